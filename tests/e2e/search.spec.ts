/**
 * Search (Pagefind) on the production build: shortcuts, the Chinese companion index, ids, filters,
 * highlighted excerpts and an accessible dialog. Prints where each query puts its expected page.
 */
import { test, expect } from '@playwright/test';
import { axeViolations, openSearch, search, searchInput } from './reader-helpers.ts';

/** Each query, the page it must find, and from where a reader types it. */
const QUERIES: { query: string; expect: RegExp; from: string }[] = [
  { query: '数据泄露', expect: /^\/plans\/data-leak\/$/, from: '/' },
  { query: '应急预案', expect: /^\/(plans\/[a-z-]+|policy\/6-2)\/$/, from: '/runbooks/rollback/' },
  { query: '采购审批', expect: /^\/policy\/3-1\/$/, from: '/policy/2-1/' },
  { query: '一级架构师', expect: /^\/roles\/l1-architect\/$/, from: '/controls/' },
  { query: 'ops-engineer', expect: /^\/roles\/ops-engineer\/$/, from: '/' },
  { query: 'l1-architect', expect: /^\/roles\/l1-architect\/$/, from: '/' },
  { query: '3.1', expect: /^\/policy\/3-1\/$/, from: '/' },
  { query: '6.2', expect: /^\/policy\/6-2\/$/, from: '/' },
  { query: 'chg-01', expect: /^\/controls\/chg-01\/$/, from: '/' },
  { query: 'rollback', expect: /^\/runbooks\/rollback\/$/, from: '/' },
  { query: 'data leak', expect: /^\/plans\/data-leak\/$/, from: '/' },
  { query: 'database restore', expect: /^\/runbooks\/database-restore\/$/, from: '/' },
  // What people type for what the content calls otherwise: DB for database, 值班 for on call, and
  // 'hack', a word no page uses, for a security incident.
  { query: 'hack', expect: /^\/plans\/security-incident\/$/, from: '/' },
  { query: 'DB restore', expect: /^\/runbooks\/database-restore\/$/, from: '/' },
  { query: 'secondary 值班', expect: /^\/roles\/secondary-on-call\/$/, from: '/' },
];

test('every listed query puts its page in the first three results, from wherever it is typed', async ({ page }) => {
  const report: string[] = [];
  let from = '';
  for (const q of QUERIES) {
    if (q.from !== from) {
      await page.goto(q.from);
      from = q.from;
    }
    const paths = await search(page, q.query);
    const position = paths.findIndex((p) => q.expect.test(p)) + 1;
    report.push(`${q.query.padEnd(16)} → #${position || '-'} of ${paths.length}  ${paths.slice(0, 3).join('  ')}`);
    expect.soft(position, `“${q.query}” from ${q.from}: ${paths.slice(0, 5).join(', ')}`).toBeGreaterThan(0);
    expect.soft(position, `“${q.query}” from ${q.from}: ${paths.slice(0, 5).join(', ')}`).toBeLessThanOrEqual(3);
  }
  console.log(`search hit positions:\n  ${report.join('\n  ')}`);
});

test('the keyboard shortcuts open search, Escape closes it and focus returns', async ({ page }) => {
  await page.goto('/policy/3-1/');
  const dialog = page.getByRole('dialog', { name: 'Search the handbook' });
  await expect(dialog).toBeHidden();
  await page.keyboard.press('/');
  await expect(dialog).toBeVisible();
  await expect(searchInput(page)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await page.keyboard.press('ControlOrMeta+k');
  await expect(dialog).toBeVisible();
  await expect(searchInput(page)).toBeFocused();
  // Typing "/" inside the box is text, not the shortcut.
  await page.keyboard.type('a/b');
  await expect(searchInput(page)).toHaveValue('a/b');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  // The header button opens it too, and focus goes back to it on close.
  const button = page.getByRole('button', { name: 'Search' });
  await button.click();
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(button).toBeFocused();
});

test('filters by kind, owner and severity narrow the results', async ({ page }) => {
  await page.goto('/');
  const all = await search(page, 'release');
  expect(all.length).toBeGreaterThan(3);
  const dialog = await openSearch(page);
  await dialog.getByText('Filters').click();
  const hits = dialog.locator('.search-hit');
  const kinds = async () => hits.evaluateAll((items) => items.map((i) => (i as HTMLElement).dataset.kind));

  await dialog.getByRole('group', { name: 'Kind' }).getByLabel('Runbook').check();
  await expect(dialog.locator('[data-search-results][aria-busy="false"]')).toBeVisible();
  const runbooks = await kinds();
  expect(runbooks.length).toBeGreaterThan(0);
  expect(runbooks.length).toBeLessThan(all.length);
  expect(new Set(runbooks)).toEqual(new Set(['runbook']));

  await dialog.getByRole('group', { name: 'Severity' }).getByLabel('Critical').check();
  await expect(dialog.locator('[data-search-results][aria-busy="false"]')).toBeVisible();
  const severities = await hits.evaluateAll((items) => items.map((i) => (i as HTMLElement).dataset.severity));
  expect(severities.length).toBeGreaterThan(0);
  expect(severities.length).toBeLessThanOrEqual(runbooks.length);
  for (const s of severities) expect(s).toContain('critical');

  await dialog.getByRole('group', { name: 'Severity' }).getByLabel('Critical').uncheck();
  await dialog.getByRole('group', { name: 'Kind' }).getByLabel('Runbook').uncheck();
  await dialog.getByRole('group', { name: 'Owner' }).getByLabel('Operations engineer').check();
  await expect(dialog.locator('[data-search-results][aria-busy="false"]')).toBeVisible();
  const owners = await hits.evaluateAll((items) => items.map((i) => (i as HTMLElement).dataset.owner));
  expect(owners.length).toBeGreaterThan(0);
  expect(owners.length).toBeLessThan(all.length);
  expect(new Set(owners)).toEqual(new Set(['Operations engineer']));

  // Kind filters the Chinese companion index too.
  await dialog.getByRole('group', { name: 'Owner' }).getByLabel('Operations engineer').uncheck();
  await dialog.getByRole('group', { name: 'Kind' }).getByLabel('Role').check();
  const roles = await search(page, '架构师');
  expect(roles.length).toBeGreaterThan(0);
  for (const path of roles) expect(path).toMatch(/^\/roles\//);
});

test('excerpts highlight the query, and the open dialog passes axe', async ({ page }) => {
  await page.goto('/');
  await search(page, 'rollback');
  const first = page.locator('.search-hit-excerpt').first();
  await expect(first.locator('mark').first()).toBeVisible();
  await expect(first.locator('mark').first()).toHaveText(/roll/i);
  await search(page, '数据泄露');
  await expect(page.locator('.search-hit-excerpt[lang="zh-CN"] mark').first()).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test('excerpts read as sentences: no section label first, no English title run into the Chinese one', async ({
  page,
}) => {
  await page.goto('/');
  await search(page, 'procurement final approval');
  const hits = await page.locator('.search-hit').evaluateAll((items) =>
    items.map((item) => ({
      title: item.querySelector('.search-hit-title')?.textContent ?? '',
      zh: item.querySelector('.search-hit-zh')?.textContent ?? '',
      excerpt: item.querySelector('.search-hit-excerpt')?.textContent ?? '',
    })),
  );
  expect(hits.length).toBeGreaterThan(0);
  for (const { title, zh, excerpt } of hits) {
    if (zh) expect(excerpt).not.toContain(`${title.split(' ').at(-1)}${zh}`);
    expect(excerpt).not.toMatch(/^(Permissions|Controls|Roles|Runbooks|Plans) /);
  }
});

test('Pagefind keeps one index per language: English pages in /pagefind/, their Chinese companions in /pagefind-zh/', async ({
  request,
}) => {
  const main = (await (await request.get('/pagefind/pagefind-entry.json')).json()) as {
    languages: Record<string, { page_count: number }>;
  };
  const zh = (await (await request.get('/pagefind-zh/pagefind-entry.json')).json()) as typeof main;
  expect(Object.keys(main.languages)).toEqual(['en']);
  expect(Object.keys(zh.languages)).toEqual(['zh-cn']);
  // Every entry page has its Chinese companion; the companions are records, never pages of their own.
  expect(zh.languages['zh-cn']!.page_count).toBeGreaterThan(150);
  expect((await request.get('/search-zh/')).status()).toBe(404);
});
