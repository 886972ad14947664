/**
 * A new build's service worker installs beside the old one and waits: the page offers to switch,
 * and switching reloads onto the new build and leaves only its cache. The test serves the built
 * site itself, so that it can swap /sw.js for a "new build" half-way.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test, expect } from './test.ts';
import { serve } from '../../scripts/static-server.ts';

const DIST = resolve(process.env.HANDBOOK_DIST_DIR ?? 'dist');

test.use({ offlineCopy: true });

test('a new build is offered, and switching to it replaces the old cache', async ({ page }) => {
  // The new worker downloads every file it saves before it is offered: about 16 s alone, twice
  // that with the other test worker busy on the two cores.
  test.setTimeout(90_000);
  const original = readFileSync(join(DIST, 'sw.js'), 'utf8');
  const oldVersion = /"version":"([0-9a-f]{12})"/.exec(original)![1]!;
  const newVersion = 'feedfacecafe';
  let deployed = original;
  const { server, url: base } = await serve(DIST, (path) =>
    path === '/sw.js'
      ? { headers: { 'content-type': 'text/javascript', 'cache-control': 'no-cache' }, body: deployed }
      : undefined,
  );
  try {
    await page.goto(`${base}/runbooks/rollback/`);
    await page.evaluate(async () => {
      const worker = (await navigator.serviceWorker.ready).active!;
      if (worker.state !== 'activated')
        await new Promise<void>((r) =>
          worker.addEventListener('statechange', () => worker.state === 'activated' && r()),
        );
    });
    await page.reload();
    expect(await page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);

    // A new build is deployed: the browser finds the new worker, which installs and waits.
    deployed = original.replace(`"version":"${oldVersion}"`, `"version":"${newVersion}"`);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
    const offer = page.locator('[data-update]');
    await expect(offer).toBeVisible({ timeout: 60_000 });
    await expect(offer).toContainText('A new version of the handbook is ready.');
    // Until the reader switches, the old build's cache is the one that serves.
    expect(await page.evaluate(() => caches.keys())).toEqual(
      expect.arrayContaining([`handbook-${oldVersion}`, `handbook-${newVersion}`]),
    );
    await Promise.all([page.waitForEvent('load'), offer.getByRole('button', { name: 'Switch to it' }).click()]);
    await expect.poll(() => page.evaluate(() => caches.keys())).toEqual([`handbook-${newVersion}`]);
    await expect(page.locator('h1')).toContainText('Roll back');
    await expect(page.locator('[data-update]')).toBeHidden();
  } finally {
    server.closeAllConnections();
    server.close();
  }
});
