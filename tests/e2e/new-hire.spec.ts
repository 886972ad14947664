/** The new hire's first day, against the production build: the onboarding guide, whom I report to, what I may touch, when we meet, where I am. */
import type { Page } from '@playwright/test';
import { test, expect } from './test.ts';
import { axeViolations } from './reader-helpers.ts';

/** Positions in document order: is `a` before `b`? */
const before = (page: Page, a: string, b: string) =>
  page.evaluate(
    ([a, b]) =>
      Boolean(
        document.querySelector(a!)!.compareDocumentPosition(document.querySelector(b!)!) &
        Node.DOCUMENT_POSITION_FOLLOWING,
      ),
    [a, b],
  );

for (const { prefix, reading } of [
  { prefix: '', reading: 'Reading list' },
  { prefix: '/zh-cn', reading: '阅读清单' },
]) {
  test(`the onboarding guide opens with its contents and the reading list it points to (${prefix || 'en'})`, async ({
    page,
  }) => {
    await page.goto(`${prefix}/guides/onboarding/`);
    const toc = page.locator('nav.toc');
    await expect(toc).toBeVisible();
    await expect(toc.locator('a').first()).toHaveAttribute('href', '#reading');
    await expect(toc.locator('a').first()).toHaveText(reading);
    // the body's own words send the reader to the list, and the list is where they say: above the body
    await expect(page.locator('.prose a[href="#reading"]').first()).toBeVisible();
    expect(await before(page, 'nav.toc', '#reading')).toBe(true);
    expect(await before(page, '#reading', '.prose h2')).toBe(true);
    // 27 entries in groups, numbered on across them
    const list = page.locator('section.reading-list');
    await expect(list.locator('h3')).not.toHaveCount(0);
    expect(await list.locator('h3').count()).toBeGreaterThan(2);
    await expect(list.locator('li')).toHaveCount(27);
    const starts = await list.locator('ol').evaluateAll((ols) => ols.map((o) => (o as HTMLOListElement).start));
    expect(starts[0]).toBe(1);
    expect(starts).toEqual([...starts].sort((x, y) => x - y));
    expect(await axeViolations(page)).toEqual([]);
  });
}

test('whom do I report to: the new-hire page includes the manager every post page names', async ({ page }) => {
  const managers = async (role: string) => {
    await page.goto(`/roles/${role}/`);
    return page
      .locator('dl.facts div', { has: page.locator('dt', { hasText: /^Reports to/ }) })
      .locator('dd a.ref-roles')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  };
  const newHire = await managers('new-hire');
  for (const post of ['ops-engineer', 'frontend-engineer', 'security-auditor', 'test-engineer'])
    for (const m of await managers(post)) expect(newHire, post).toContain(m);
  await page.goto('/guides/onboarding/');
  await expect(page.locator('.prose')).not.toContainText('your L2 architect');
});

test('a role page shows each permission once, with its limits, its conditions and what “Proposed” means', async ({
  page,
}) => {
  await page.goto('/roles/ops-engineer/');
  const items = page.locator('.slice-permissions > li');
  expect(await items.count()).toBeGreaterThan(5);
  for (const li of await items.all()) {
    const id = await li.getAttribute('data-permission');
    // one link per permission: a keyboard user tabs to it once
    await expect(li.locator(`a[href="/permissions/${id}/"]`)).toHaveCount(1);
  }
  const data = items.filter({ has: page.locator('[href="/permissions/access-guest-personal-data/"]') });
  await expect(data.locator('[data-limit="assessment"]')).toContainText('Only after your assessment is passed');
  await expect(data.locator('details.permission-conditions summary')).toHaveText('Conditions');
  const restore = page.locator('.slice-permissions > li[data-permission="restore-backup"]');
  await expect(restore.locator('[data-limit="through"] a[href="/runbooks/database-restore/"]')).toBeVisible();
  // "Proposed" is explained where it appears, and spelled one way
  await expect(page.locator('.slice-legend')).toContainText('“Proposed”');
  const marks = await page.locator('.role-slice .gen-basis-proposed').allInnerTexts();
  expect(new Set(marks.map((m) => m.trim()))).toEqual(new Set(['Proposed']));
  expect(await axeViolations(page)).toEqual([]);
  await page.goto('/zh-cn/roles/ops-engineer/');
  await expect(
    page.locator('.slice-permissions > li[data-permission="access-guest-personal-data"] [data-limit="assessment"]'),
  ).toContainText('考核合格后方可使用');
});

test('the weekly meeting is written as people write it, its time marked as proposed', async ({ page }) => {
  await page.goto('/obligations/weekly-department-meeting/');
  await expect(page.locator('.cadence-when')).toHaveText('Every Tuesday, 10:00');
  await expect(page.locator('dl.facts')).toContainText(/time of day:\s*Proposed/);
  await page.goto('/zh-cn/obligations/weekly-department-meeting/');
  await expect(page.locator('.cadence-when')).toHaveText('每周二 10:00');
  await page.goto('/roles/new-hire/');
  await expect(page.locator('#meetings + ul')).toContainText('Every Tuesday, 10:00');
});

test('the sidebar marks where the reader is, with more than a colour', async ({ page }) => {
  await page.goto('/roles/ops-engineer/');
  const current = page.locator('#site-nav a[aria-current]');
  await expect(current.first()).toBeAttached();
  expect(await current.first().evaluate((a) => getComputedStyle(a).boxShadow)).not.toBe('none');
  await page.goto('/permissions/restore-backup/');
  await expect(page.locator('#site-nav a[aria-current]')).not.toHaveCount(0);
});
