/**
 * How long the first search result takes to appear, as a reader sees it: the built site opened in
 * Chromium, the search dialog opened with `/`, a query typed; the time runs from the typing to the
 * first hit shown (Pagefind and its index fetched cold, as on a first visit). Two settings:
 *
 * - `firstSearchResult`: served on a loopback port by the static server, at full speed;
 * - `firstSearchResultOnPhone`: served by nginx with the repository's config over TLS and HTTP/2,
 *   as production serves it, Chromium's network throttled to Lighthouse's slow 4G (150 ms, 1.6
 *   Mbit/s down, 750 kbit/s up) on a phone-sized window.
 *
 * The Chromium is the browser tests' (CHROMIUM_PATH, else Debian's, else Playwright's).
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import { serve } from '../static-server.ts';
import { startNginx } from '../nginx-server.ts';
import { chromiumPath } from '../chromium.ts';

/** Lighthouse's mobile throttling, as Chromium's DevTools protocol takes it (bytes per second). */
const SLOW_4G = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6e6 / 8) * 0.9,
  uploadThroughput: (750e3 / 8) * 0.9,
};

const launch = (): Promise<Browser> => chromium.launch(chromiumPath ? { executablePath: chromiumPath } : {});

/** From typing `query` into the search dialog of `page` (already on the site) to its first hit, in ms. */
async function timeFirstHit(page: Page, query: string): Promise<number> {
  await page.keyboard.press('/');
  const input = page.getByRole('searchbox');
  await input.waitFor();
  const start = performance.now();
  await input.fill(query);
  // the first hit shown for the query (its excerpt may still be on its way)
  await page.locator(`[data-search-results][data-term="${query}"] .search-hit`).first().waitFor({ timeout: 120_000 });
  return Math.round(performance.now() - start);
}

export async function firstSearchResult(site: string, query: string): Promise<number> {
  const { server, url } = await serve(site);
  const browser = await launch();
  try {
    const page = await browser.newPage();
    await page.goto(`${url}/`);
    return await timeFirstHit(page, query);
  } finally {
    await browser.close();
    server.close();
  }
}

export async function firstSearchResultOnPhone(site: string, query: string): Promise<number> {
  const nginx = await startNginx(site, { tls: true });
  const browser = await launch();
  try {
    const context = await browser.newContext({
      ignoreHTTPSErrors: true,
      httpCredentials: { username: nginx.user, password: nginx.password },
      viewport: { width: 412, height: 823 },
    });
    const page = await context.newPage();
    const devtools = await context.newCDPSession(page);
    await devtools.send('Network.enable');
    await devtools.send('Network.emulateNetworkConditions', SLOW_4G);
    await page.goto(`${nginx.url}/`);
    return await timeFirstHit(page, query);
  } finally {
    await browser.close();
    await nginx.stop();
  }
}
