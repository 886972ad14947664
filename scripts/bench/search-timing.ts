/**
 * How long the first search result takes to appear, as a reader sees it: the built site served on
 * a loopback port, opened in Chromium, the search dialog opened with `/`, a query typed; the time
 * runs from the typing to the first hit shown (Pagefind and its index fetched cold, as on a first
 * visit). The Chromium is the browser tests' (CHROMIUM_PATH, else Debian's, else Playwright's).
 */
import { chromium } from '@playwright/test';
import { serve } from '../static-server.ts';
import { chromiumPath } from '../chromium.ts';

export async function firstSearchResult(site: string, query: string): Promise<number> {
  const { server, url } = await serve(site);
  const browser = await chromium.launch(chromiumPath ? { executablePath: chromiumPath } : {});
  try {
    const page = await browser.newPage();
    await page.goto(`${url}/`);
    await page.keyboard.press('/');
    const input = page.getByRole('searchbox');
    await input.waitFor();
    const start = performance.now();
    await input.fill(query);
    // the first hit shown for the query (its excerpt may still be on its way)
    await page.locator(`[data-search-results][data-term="${query}"] .search-hit`).first().waitFor();
    return Math.round(performance.now() - start);
  } finally {
    await browser.close();
    server.close();
  }
}
