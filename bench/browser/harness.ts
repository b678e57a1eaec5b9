import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type Page } from 'playwright';
import playwrightConfig from '../../playwright.config.ts';
import { buildApp } from '../../src/server/http/app.ts';
import { loadConfig } from '../../src/server/config.ts';
import { installProbe } from './probe.ts';

export interface BrowserSession {
  origin: string;
  /** A fresh tab with the app loaded, idle, and the probe installed. */
  openApp(): Promise<Page>;
  close(): Promise<void>;
}

const VIEWPORT = { width: 1440, height: 900 };

/**
 * Headless Chromium (the e2e tests' binary and flags) on the built app, served by the real relay on
 * 127.0.0.1. The relay runs the embedded engine; no benchmark here runs OCR, so nothing leaves the
 * machine.
 */
export async function startBrowserSession(
  distDir: string,
  signal: AbortSignal,
  env: Record<string, string> = {},
): Promise<BrowserSession> {
  const config = loadConfig({
    HOST: '127.0.0.1',
    PORT: '0',
    LOG_LEVEL: 'warn',
    OCR_ENGINE: 'tesseract',
    ...env,
  });
  const app = buildApp(config, { staticRoot: distDir });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const origin = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  let browser: Browser | undefined;
  const close = async () => {
    signal.removeEventListener('abort', onAbort);
    await browser?.close().catch(() => {});
    await app.close();
  };
  const onAbort = () => void close();
  signal.addEventListener('abort', onAbort, { once: true });
  try {
    const launch = playwrightConfig.use?.launchOptions ?? {};
    browser = await chromium.launch({
      ...launch,
      executablePath: process.env.CHROMIUM_PATH ?? launch.executablePath ?? '/usr/bin/chromium',
    });
  } catch (e) {
    await close();
    throw e;
  }
  const b = browser;
  return {
    origin,
    async openApp() {
      const page = await b.newPage({ viewport: VIEWPORT });
      // tsx compiles this file with keepNames: functions handed to page.evaluate call __name.
      await page.addInitScript('globalThis.__name = (f) => f');
      await page.goto(origin);
      await page.getByTestId('empty-state').waitFor({ timeout: 30_000 });
      await page.evaluate(installProbe);
      return page;
    },
    close,
  };
}
