import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

const relay = `http://127.0.0.1:${process.env.PORT ?? '8787'}`;

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    sourcemap: false,
    chunkSizeWarningLimit: 1500,
  },
  server: {
    host: '127.0.0.1',
    // The dev server proxies the relay so the app always talks to one origin.
    proxy: { '/api': relay, '/healthz': relay },
  },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'src/**/*.test.tsx', 'bench/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
