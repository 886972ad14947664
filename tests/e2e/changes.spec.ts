/**
 * Releases on the site: a fixture site built once from a git repository holding the real content
 * with two release tags, one grant apart, served on a port of its own by the site's static server. `/changes/` shows the release with
 * the granted permission, the matrix outlines that cell, and the entry page shows its history.
 */
import { test, expect } from './test.ts';
import { rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import Papa from 'papaparse';
import { bump, TestRepo } from '../fixtures/history/repo.ts';
import { serve } from '../../scripts/static-server.ts';
import { buildFixtureSite } from './fixture-build.ts';
import { axeViolationsInBothThemes } from './reader-helpers.ts';

/** Where the fixture site is served: the site's static server, on a free port of its own. */
let BASE = '';

test.describe('releases and their change reports', () => {
  test.describe.configure({ mode: 'serial', timeout: 600_000 });
  let repo: TestRepo;
  let server: Server | undefined;

  test.beforeAll(async () => {
    // the build waits for any other fixture build (fixture-build.ts), then takes a few minutes of its own
    test.setTimeout(1_200_000);
    repo = new TestRepo('src/content');
    repo.commit('2026-11-02', 'Handbook as approved');
    repo.tag('handbook-2026.11');
    repo.edit('permissions/approve-project.yaml', (t) =>
      bump('1.1')(t.replace('grantees: [department-head]', 'grantees: [department-head, l1-architect]')),
    );
    repo.commit('2026-12-01', 'Grant project approval to the L1 architect');
    repo.tag('handbook-2026.12');
    // not committed yet: what this build says that the last release did not
    repo.edit('parameters/acceptance-days.yaml', (t) => bump('1.1')(t.replace('status: proposed', 'status: approved')));
    const dist = join(repo.root, 'dist');
    const build = buildFixtureSite({
      HANDBOOK_CONTENT_DIR: repo.content,
      HANDBOOK_DIST_DIR: dist,
      HANDBOOK_CACHE_DIR: join(repo.root, 'cache'),
    });
    expect(build.status, `build failed:\n${build.stdout.slice(-3000)}\n${build.stderr.slice(-3000)}`).toBe(0);
    ({ server, url: BASE } = await serve(dist));
  });

  test.afterAll(() => {
    server?.close();
    if (repo) rmSync(repo.root, { recursive: true, force: true });
  });

  test('/changes/ lists both releases, and 2026.12 shows the granted permission', async ({ page }) => {
    await page.goto(`${BASE}/changes/`);
    await expect(page.locator('[data-release]')).toHaveCount(2);
    const release = page.locator('[data-release="handbook-2026.12"]');
    await expect(release.getByRole('heading', { name: 'Release handbook-2026.12' })).toBeVisible();
    const row = release.locator('tr[data-role="l1-architect"][data-permission="approve-project"]');
    await expect(row).toHaveCount(1);
    await expect(row).toContainText('granted');
    await expect(release.locator('.changes-permissions tbody tr')).toHaveCount(1);
    await row.getByRole('link', { name: 'approve-project' }).click();
    await expect(page).toHaveURL(/\/permissions\/approve-project\/$/);
    await expect(page.locator('[data-history="last-changed"]')).toHaveText(
      'Last changed on 2026-12-01: Grant project approval to the L1 architect',
    );
  });

  test('"since the last release" shows what this build decided after handbook-2026.12', async ({ page }) => {
    await page.goto(`${BASE}/changes/`);
    const since = page.locator('#since-last');
    await expect(since.getByRole('heading', { level: 2 })).toHaveText('Since the last release, handbook-2026.12');
    await expect(since.locator('[data-parameter]')).toHaveCount(1);
    await expect(since.locator('[data-parameter="acceptance-days"]')).toHaveText(
      'acceptance-days decided: 14 (proposed) → 14 (approved)',
    );
    await expect(since.locator('.changes-permissions')).toHaveCount(0);
  });

  test('the matrix outlines the cell changed since 2026.11, and only that cell', async ({ page }) => {
    await page.goto(`${BASE}/matrix/`);
    await page.locator('nav.matrix-since').getByRole('link', { name: 'handbook-2026.11' }).click();
    await expect(page).toHaveURL(/\/matrix\/since\/handbook-2026\.11\/$/);
    const changed = page.locator('td.cell-changed');
    await expect(changed).toHaveCount(1);
    await expect(changed).toHaveAttribute('data-role', 'l1-architect');
    await expect(changed).toHaveAttribute('data-permission', 'approve-project');
    await expect(changed).toContainText('changed since handbook-2026.11');
    await expect(page.locator('script[src]')).toHaveCount(0);
  });

  test('the report downloads as JSON and its permission changes as CSV', async ({ request }) => {
    const json = await (await request.get(`${BASE}/exports/changes/handbook-2026.12.json`)).json();
    expect(json.report.permissions).toEqual([
      { role: 'l1-architect', permission: 'approve-project', change: 'granted', basis: '4.1' },
    ]);
    const csv = await (await request.get(`${BASE}/exports/changes/handbook-2026.12.csv`)).text();
    expect(Papa.parse(csv.replace(/^\ufeff/, ''), { skipEmptyLines: true }).data).toEqual([
      ['role', 'permission', 'change', 'basis', 'via'],
      ['l1-architect', 'approve-project', 'granted', '4.1', ''],
    ]);
  });

  test("the change page, the outlined matrix and an entry's open history pass axe in both themes", async ({ page }) => {
    for (const path of ['/changes/', '/matrix/since/handbook-2026.11/', '/permissions/approve-project/']) {
      await page.goto(`${BASE}${path}`);
      await page
        .locator('.entry-history details')
        .evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
      expect(await axeViolationsInBothThemes(page), path).toEqual([]);
    }
  });
});
