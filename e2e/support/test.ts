import { test as base, expect } from '@playwright/test';

/** Playwright's test with one extra check: no uncaught error in the page, ever (odd input must not blank the app). */
export const test = base.extend({
  page: async ({ page }, provide) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await provide(page);
    expect(errors, 'uncaught errors in the page').toEqual([]);
  },
});

export { expect };
