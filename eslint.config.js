import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// The dependency rules (README, Architecture). ESLint keeps only the last matching setting of a
// rule, so each area's block lists every pattern that applies to it.
const UI_PACKAGES = ['react', 'react-dom', 'konva', 'react-konva', 'zustand'];
const restrict = (message, regex) => ({ regex, message });
const TESTS = ['src/**/*.test.{ts,tsx}', 'src/**/*.testutil.ts', 'src/**/*.bench.ts'];
// The product under src/ never reaches into test support, the bench or e2e (its tests may).
const NO_TEST_SUPPORT = restrict(
  'Product code imports no test support, bench or e2e code (see test/support/).',
  '^(\\.\\./)+(test|bench|e2e)/',
);

// Schemas in the browser must be built after zod is told not to try eval (CSP): see src/clova/zod.ts.
const ZOD = { name: 'zod', message: 'Import z from src/clova/zod.ts (jitless before any schema is built).' };

const AREAS = [
  {
    files: ['src/app/**'],
    paths: [ZOD],
    patterns: [],
  },
  {
    files: ['src/model/**'],
    paths: [
      ...UI_PACKAGES.map((name) => ({
        name,
        message: 'src/model is pure: no React, Konva or stores (see src/model/README.md).',
      })),
      ZOD,
    ],
    patterns: [
      restrict('src/model is pure: no React, Konva, stores or TanStack.', '^(react-dom|konva|zustand)/'),
      restrict('src/model is pure: no TanStack.', '^@tanstack/'),
      restrict('src/model imports nothing from the app or the relay.', '^(\\.\\./)+(app|server)(/|$)'),
    ],
  },
  {
    files: ['src/app/lib/**'],
    patterns: [
      restrict('src/app/lib is a leaf: it imports nothing from the rest of the app.', '^\\.\\./(?!\\.\\./)'),
    ],
  },
  {
    files: ['src/clova/**'],
    paths: [ZOD],
    patterns: [
      restrict(
        'src/clova is the contract: it imports nothing from the app, the relay or the model.',
        '^(\\.\\./)+(app|server|model)(/|$)',
      ),
    ],
  },
];

const rule = (paths, patterns) => ['error', { ...(paths ? { paths } : {}), patterns }];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', '.tmp'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: TESTS,
    rules: { 'no-restricted-imports': rule(undefined, [NO_TEST_SUPPORT]) },
  },
  ...AREAS.flatMap(({ files, paths, patterns }) => [
    {
      files,
      ignores: TESTS,
      rules: { 'no-restricted-imports': rule(paths, [...patterns, NO_TEST_SUPPORT]) },
    },
    {
      files: files.map((f) => `${f}/*.test.{ts,tsx}`),
      rules: { 'no-restricted-imports': rule(paths, patterns) },
    },
  ]),
  // The one module that configures zod before handing it out.
  { files: ['src/clova/zod.ts'], rules: { 'no-restricted-imports': 'off' } },
);
