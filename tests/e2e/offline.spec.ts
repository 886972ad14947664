/**
 * Offline: after one visit the service worker has precached the runbooks, plans, roles and matrix
 * and both search indexes; with the network gone they still load, say so and how old they are,
 * and search finds them. The cache is named by a hash of the build, so builds never mix.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './test.ts';
import { search } from './reader-helpers.ts';
import { offlineLaunchOptions } from './browser.ts';
import { writeServiceWorker } from '../../scripts/service-worker.ts';

test.use({ launchOptions: offlineLaunchOptions, offlineCopy: true });

/** Visits the home page once and waits until the worker has installed (precached) and taken over. */
async function visitOnce(page: Page): Promise<string> {
  await page.goto('/');
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    const worker = registration.active!;
    if (worker.state !== 'activated') {
      await new Promise<void>((resolve) =>
        worker.addEventListener('statechange', () => worker.state === 'activated' && resolve()),
      );
    }
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
      );
    }
    return (await caches.keys()).join(',') + ` ${registration.active?.state}`;
  });
}

test('after one visit, a runbook is served offline, says how old it is, and search finds it', async ({
  page,
  context,
}) => {
  // the service worker saves every offline file first: twice as long with the other worker busy
  test.setTimeout(90_000);
  const state = await visitOnce(page);
  expect(state).toMatch(/^handbook-[0-9a-f]{12} activated$/);
  await context.setOffline(true);
  try {
    await page.goto('/runbooks/rollback/');
    await expect(page.locator('h1')).toContainText('Roll back a production release');
    const banner = page.locator('[data-offline]');
    await expect(banner).toBeVisible();
    await expect(banner).toHaveText(/^You are offline\. This saved copy was built .+ \(.+\)\.$/);

    // Search was never opened online: its script and both indexes come from the precache.
    expect(await search(page, 'rollback')).toContain('/runbooks/rollback/');
    expect(await search(page, '生产发布回滚')).toContain('/runbooks/rollback/');

    // Plans, roles and the matrix were saved too; a page that was not gets the offline page.
    await page.goto('/plans/data-leak/');
    await expect(page.locator('h1')).toContainText('Data leak');
    await page.goto('/roles/ops-engineer/');
    await expect(page.locator('h1')).toContainText('Operations engineer');
    const matrix = await page.goto('/matrix/');
    expect(matrix?.status()).toBe(200);
    await page.goto('/policy/5-1/');
    await expect(page.locator('h1')).toHaveText('Not saved for offline reading');
  } finally {
    await context.setOffline(false);
  }
  await page.goto('/runbooks/rollback/');
  await expect(page.locator('[data-offline]')).toBeHidden();
});

test('the cache is named after the build: one cache, whose name changes when any saved file does', async ({
  page,
  request,
}) => {
  const sw = await (await request.get('/sw.js')).text();
  const version = /"version":"([0-9a-f]{12})"/.exec(sw)?.[1];
  expect(version).toBeTruthy();
  await visitOnce(page);
  expect(await page.evaluate(() => caches.keys())).toEqual([`handbook-${version}`]);

  // The version is a hash of the precached files: same files, same version; one byte changed, a new one.
  const site = mkdtempSync(join(tmpdir(), 'sw-'));
  try {
    mkdirSync(join(site, 'runbooks', 'a'), { recursive: true });
    writeFileSync(join(site, 'index.html'), '<h1>home</h1>');
    writeFileSync(join(site, 'runbooks', 'a', 'index.html'), '<h1>a</h1>');
    writeFileSync(join(site, 'notes.txt'), 'not precached');
    const first = writeServiceWorker(site);
    expect(first.count).toBe(2);
    writeFileSync(join(site, 'notes.txt'), 'still not precached');
    expect(writeServiceWorker(site).version).toBe(first.version);
    writeFileSync(join(site, 'runbooks', 'a', 'index.html'), '<h1>b</h1>');
    expect(writeServiceWorker(site).version).not.toBe(first.version);
  } finally {
    rmSync(site, { recursive: true, force: true });
  }
});
