import { test as base, expect } from '@playwright/test';

declare global {
  interface Window {
    /** Every Content-Security-Policy violation this document reported (see the context fixture). */
    cspViolations: string[];
    reportCspViolation(text: string): Promise<void>;
  }
}

/**
 * Playwright's test with two extra checks: no uncaught error in the page, ever (odd input must
 * not blank the app), and no Content-Security-Policy violation in any page of the test (the
 * relay's policy must allow everything the app really does). Violations are reported from each
 * document's `securitypolicyviolation` event through a binding, so navigations lose none, and
 * Chromium's console lines catch what workers refuse.
 */
export const test = base.extend({
  context: async ({ context }, provide) => {
    const violations: string[] = [];
    await context.exposeBinding('reportCspViolation', (_source, text: string) => {
      violations.push(text);
    });
    await context.addInitScript(() => {
      window.cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) => {
        const text = `${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`;
        window.cspViolations.push(text);
        void window.reportCspViolation(text);
      });
    });
    context.on('console', (m) => {
      if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    await provide(context);
    expect(violations, 'Content-Security-Policy violations').toEqual([]);
  },
  page: async ({ page }, provide) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await provide(page);
    expect(errors, 'uncaught errors in the page').toEqual([]);
  },
});

export { expect };
