/**
 * Page weight, measured and printed: the JavaScript a page loads before search is opened. A runbook
 * loads the incident-mode script and nothing else (under 10 KB gzip); a page that is only read
 * loads none; Pagefind arrives only when search opens.
 */
import { gzipSync } from 'node:zlib';
import type { Page, Response } from '@playwright/test';
import { test, expect } from './test.ts';
import { openSearch } from './reader-helpers.ts';

interface Loaded {
  url: string;
  bytes: number;
  gzip: number;
}

function recordScripts(page: Page): Promise<Loaded>[] {
  const loaded: Promise<Loaded>[] = [];
  page.on('response', (response: Response) => {
    if (response.request().resourceType() !== 'script') return;
    loaded.push(
      response.body().then((body) => ({
        url: new URL(response.url()).pathname,
        bytes: body.length,
        gzip: gzipSync(body, { level: 9 }).length,
      })),
    );
  });
  return loaded;
}

const inlineBytes = (page: Page) =>
  page.evaluate(() =>
    [...document.scripts].filter((s) => !s.src).reduce((sum, s) => sum + new Blob([s.textContent ?? '']).size, 0),
  );

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

test('a runbook loads only the incident-mode script before search is opened, under 10 KB gzip', async ({ page }) => {
  const loaded = recordScripts(page);
  await page.goto('/runbooks/rollback/');
  await page.waitForLoadState('networkidle');
  const before = await Promise.all(loaded);
  const inline = await inlineBytes(page);
  const total = before.reduce((sum, s) => sum + s.gzip, 0);
  console.log(
    `runbook /runbooks/rollback/ before search: ${before.length} script file(s), ${kb(before.reduce((s, x) => s + x.bytes, 0))} raw, ${kb(total)} gzip` +
      before.map((s) => `\n  ${s.url}  ${s.bytes} B raw, ${s.gzip} B gzip`).join('') +
      `\n  + inline scripts in the HTML: ${inline} B`,
  );
  expect(before.map((s) => s.url)).toEqual([expect.stringMatching(/^\/_astro\/IncidentMode\.[^/]+\.js$/)]);
  expect(total).toBeLessThan(10 * 1024);
  expect(inline).toBeLessThan(4 * 1024);

  // Opening search brings the search script and Pagefind, and only then.
  const count = loaded.length;
  await openSearch(page);
  await expect.poll(() => loaded.length).toBeGreaterThan(count);
  await page.getByRole('searchbox', { name: 'Search the handbook' }).fill('rollback');
  await expect(page.locator('.search-hit').first()).toBeVisible();
  const after = (await Promise.all(loaded)).slice(count);
  expect(after.some((s) => s.url.startsWith('/_astro/SearchModule'))).toBe(true);
  expect(after.some((s) => s.url === '/pagefind/pagefind.js')).toBe(true);
  console.log(
    `after opening search: +${after.length} script file(s), ${kb(after.reduce((s, x) => s + x.gzip, 0))} gzip (${after.map((s) => s.url).join(', ')})`,
  );
});

test('the Chinese runbook loads the same single script, under 10 KB gzip, with its inline scripts under 4 KB', async ({
  page,
}) => {
  const loaded = recordScripts(page);
  await page.goto('/zh-cn/runbooks/rollback/');
  await page.waitForLoadState('networkidle');
  const before = await Promise.all(loaded);
  const inline = await inlineBytes(page);
  const total = before.reduce((sum, s) => sum + s.gzip, 0);
  console.log(`runbook /zh-cn/runbooks/rollback/ before search: ${kb(total)} gzip, inline ${inline} B`);
  expect(before.map((s) => s.url)).toEqual([expect.stringMatching(/^\/_astro\/IncidentMode\.[^/]+\.js$/)]);
  expect(total).toBeLessThan(10 * 1024);
  expect(inline).toBeLessThan(4 * 1024);
});

test('a page that is only read loads no script file, in either language', async ({ page }) => {
  for (const path of [
    '/',
    '/policy/3-1/',
    '/roles/ops-engineer/',
    '/controls/chg-01/',
    '/zh-cn/',
    '/zh-cn/roles/ops-engineer/',
    '/zh-cn/matrix/',
  ]) {
    const loaded = recordScripts(page);
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    expect(
      (await Promise.all(loaded)).map((s) => s.url),
      path,
    ).toEqual([]);
    page.removeAllListeners('response');
  }
});
