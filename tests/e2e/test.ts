/**
 * The browser tests' `test` and `expect`: Playwright's, with the site's offline copy off unless a
 * spec turns it on (`test.use({ offlineCopy: true })`).
 *
 * Every test opens a fresh browser context, and in each one the site's service worker would install
 * and save its whole offline list (741 files today) while the test runs: on two cores that load, not
 * the test, made most of the time of a page's test. With the offline copy off, the page sees no
 * Service Worker API, as in a browser without one, and the site takes its own path for that (it only
 * registers the worker where the API exists). The offline specs and the deployment spec keep it on.
 */
import { test as base } from '@playwright/test';

export { expect } from '@playwright/test';

export const test = base.extend<{ offlineCopy: boolean }>({
  offlineCopy: [false, { option: true }],
  context: async ({ context, offlineCopy }, use) => {
    if (!offlineCopy)
      await context.addInitScript(() =>
        Object.defineProperty(Navigator.prototype, 'serviceWorker', { get: () => undefined, configurable: true }),
      );
    await use(context);
  },
});
