/**
 * Search (Pagefind) on the production build: shortcuts, both languages' indexes from either
 * language's pages, ids, filters, highlighted excerpts and an accessible dialog, in English and in
 * Chinese. Prints where each query puts its expected page.
 */
import { test, expect } from './test.ts';
import { axeViolations, openSearch, search, searchInput } from './reader-helpers.ts';
import { RECALL_TERMS } from '../../scripts/search-recall.ts';

/** Each query, the page it must find, and from where a reader types it. */
const QUERIES: { query: string; expect: RegExp; from: string }[] = [
  { query: '数据泄露', expect: /^\/plans\/data-leak\/$/, from: '/' },
  { query: '应急预案', expect: /^\/(plans\/[a-z-]+|policy\/6-2)\/$/, from: '/runbooks/rollback/' },
  { query: '采购审批', expect: /^\/(approvals\/procurement|policy\/3-1)\/$/, from: '/policy/2-1/' },
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
  test.setTimeout(120_000);
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

/**
 * What people type for what the handbook writes otherwise (the glossary terms' synonyms), from an
 * English and a Chinese page: the page they want is the first result, or among the first three.
 */
const TYPED: { query: string; expect: RegExp; first?: boolean }[] = [
  // "500 errors": the content says "5xx"; the system-failure plan or the 5xx triage runbook, first
  { query: '500 errors', expect: /^\/(plans\/system-failure|runbooks\/booking-outage-triage)\/$/, first: true },
  { query: '502', expect: /^\/(plans\/system-failure|runbooks\/booking-outage-triage)\/$/ },
  { query: 'outage', expect: /^\/(plans\/system-failure|glossary\/system-failure)\/$/ },
  { query: 'on call', expect: /^\/(roles\/(secondary-on-call|on-call-dba|ops-engineer)|glossary\/on-call)\/$/ },
  { query: '值班', expect: /^\/(roles\/(secondary-on-call|on-call-dba|ops-engineer)|glossary\/on-call)\/$/ },
  // any page about the database: its roles, runbooks, assumed hosts or glossary entry
  { query: 'DB', expect: /^\/[a-z]+\/[a-z-]*(database|dba|mysql)[a-z-]*\/$/ },
  { query: '数据库', expect: /^\/[a-z]+\/[a-z-]*(database|dba|mysql)[a-z-]*\/$/ },
  { query: 'breach', expect: /^\/plans\/data-leak\/$/ },
];

test('what people type finds what the handbook writes, from an English and a Chinese page', async ({ page }) => {
  test.setTimeout(120_000);
  const report: string[] = [];
  for (const from of ['/', '/zh-cn/']) {
    await page.goto(from);
    for (const q of TYPED) {
      const paths = (await search(page, q.query)).map((p) => p.replace(/^\/zh-cn\//, '/'));
      const position = paths.findIndex((p) => q.expect.test(p)) + 1;
      report.push(`${from.padEnd(8)}${q.query.padEnd(12)} → #${position || '-'}  ${paths.slice(0, 3).join('  ')}`);
      const where = `“${q.query}” from ${from}: ${paths.slice(0, 5).join(', ')}`;
      expect.soft(position, where).toBeGreaterThan(0);
      expect.soft(position, where).toBeLessThanOrEqual(q.first ? 1 : 3);
    }
  }
  console.log(`typed words:\n  ${report.join('\n  ')}`);
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

test('the index chunks a query needs load while the reader types, before the search waits out its pause', async ({
  page,
}) => {
  await page.clock.install();
  await page.goto('/');
  // time stands still: the search, which waits for a pause in the typing, cannot start. (A minute
  // ahead of now: the clock cannot go back, and a fixed date failed every run once it had passed.)
  await page.clock.pauseAt(new Date(Date.now() + 60_000));
  await openSearch(page);
  const chunk = page.waitForRequest(/\/pagefind\/index\/.+\.pf_index$/);
  await searchInput(page).fill('rollback');
  await chunk;
  await expect(page.locator('.search-hit')).toHaveCount(0);
  await page.clock.runFor(500);
  await expect(page.locator('.search-hit').first()).toBeVisible();
});

test('filters by kind, owner and severity narrow the results', async ({ page }) => {
  await page.goto('/');
  const all = await search(page, 'release');
  expect(all.length).toBeGreaterThan(3);
  const dialog = await openSearch(page);
  await dialog.getByText('Filters').click();
  const hits = dialog.locator('.search-hit');
  const ownersBefore = await hits.evaluateAll((items) => items.map((i) => (i as HTMLElement).dataset.owner));
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
  // aria-busy can still read false before the new search starts: wait until the list holds one owner
  const ownersNow = () => hits.evaluateAll((items) => items.map((i) => (i as HTMLElement).dataset.owner));
  await expect.poll(async () => new Set(await ownersNow()).size, { timeout: 10_000 }).toBe(1);
  const owners = await ownersNow();
  expect(owners.length).toBeGreaterThan(0);
  // Both lists may be full (20 hits): the unfiltered one has other owners, the filtered one none.
  expect(new Set(ownersBefore).size).toBeGreaterThan(1);
  expect(new Set(owners)).toEqual(new Set(['ops-engineer']));
  // each hit names its owner as the role is called (search-owners.json), not by the role's id
  await expect(hits.locator('.search-hit-meta').first()).toContainText('Owner: Operations engineer');

  // Kind filters the Chinese index too.
  await dialog.getByRole('group', { name: 'Owner' }).getByLabel('Operations engineer').uncheck();
  await dialog.getByRole('group', { name: 'Kind' }).getByLabel('Role').check();
  const roles = await search(page, '架构师');
  expect(roles.length).toBeGreaterThan(0);
  for (const path of roles) expect(path).toMatch(/^\/roles\//);
});

test('on a Chinese page, the owner filter and each hit name the roles in Chinese', async ({ page }) => {
  await page.goto('/zh-cn/');
  await search(page, 'release');
  const dialog = await openSearch(page);
  await dialog.getByText('筛选').click();
  await dialog.getByRole('group', { name: '负责人' }).getByLabel('系统运维岗').check();
  const hits = dialog.locator('.search-hit');
  await expect
    .poll(async () => new Set(await hits.evaluateAll((items) => items.map((i) => (i as HTMLElement).dataset.owner))), {
      timeout: 10_000,
    })
    .toEqual(new Set(['ops-engineer']));
  await expect(hits.locator('.search-hit-meta').first()).toContainText('负责人：系统运维岗');
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

// A search fetched every candidate's fragment (its page's whole text, ~10 KB) before it showed a
// hit: on a phone's link, seconds. The build's result table ranks without them.
test('hits show before any page text arrives, ranked from the build’s result table; their excerpts follow', async ({
  page,
  context,
}) => {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await context.route(/\/pagefind\/fragment\//, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/');
  await openSearch(page);
  await searchInput(page).fill('rollback');
  const list = page.locator('[data-search-results][data-term="rollback"]');
  await expect(list.locator('.search-hit-link').first()).toHaveAttribute('href', '/runbooks/rollback/');
  await expect(list).toHaveAttribute('aria-busy', 'true');
  await expect(list.locator('.search-hit-excerpt mark')).toHaveCount(0);
  release();
  await expect(list).toHaveAttribute('aria-busy', 'false');
  await expect(list.locator('.search-hit-excerpt').first().locator('mark').first()).toHaveText(/roll/i);
});

test('excerpts read as sentences: no section label first, no English title run into the Chinese one', async ({
  page,
}) => {
  await page.goto('/');
  await search(page, 'procurement final approval');
  const hits = await page.locator('.search-hit').evaluateAll((items) =>
    items.map((item) => ({
      title: item.querySelector('.search-hit-title')?.textContent ?? '',
      zh: item.querySelector('.search-hit-other')?.textContent ?? '',
      excerpt: item.querySelector('.search-hit-excerpt')?.textContent ?? '',
    })),
  );
  expect(hits.length).toBeGreaterThan(0);
  for (const { title, zh, excerpt } of hits) {
    if (zh) expect(excerpt).not.toContain(`${title.split(' ').at(-1)}${zh}`);
    expect(excerpt).not.toMatch(/^(Permissions|Controls|Roles|Runbooks|Plans) /);
  }
});

test('excerpts keep apart the words a page shows apart: a fact and its label, a word and its mark', async ({
  page,
}) => {
  await page.goto('/');
  await search(page, 'signatures in that order');
  const excerpts = await page.locator('.search-hit-excerpt').allTextContents();
  // a checklist's "How to test" label and its text, a figure and its "Proposed" mark, each apart
  for (const seam of [/How to test For each/, /selects 10 Proposed purchase requests/])
    expect(
      excerpts.some((e) => seam.test(e)),
      `${seam}: ${excerpts.join(' | ')}`,
    ).toBe(true);
  expect(
    excerpts.filter((e) => /(Basis|Owner|Conditions|Held by|Cadence|test)(Clause|Proposed|[A-Z][a-z])/.test(e)),
  ).toEqual([]);
});

test('Pagefind keeps one index per language in one bundle: the English pages and their zh-CN twins', async ({
  request,
}) => {
  const entry = (await (await request.get('/pagefind/pagefind-entry.json')).json()) as {
    languages: Record<string, { page_count: number }>;
  };
  expect(Object.keys(entry.languages).sort()).toEqual(['en', 'zh-cn']);
  // Every indexed English page has its Chinese twin indexed, and the reverse.
  expect(entry.languages['zh-cn']!.page_count).toBeGreaterThan(150);
  expect(entry.languages['zh-cn']!.page_count).toBe(entry.languages.en!.page_count);
  expect((await request.get('/pagefind-zh/pagefind-entry.json')).status()).toBe(404);
});

/** Paths of the hits without the Chinese prefix: one per page, whichever language found it. */
const pages = (paths: string[]) => paths.map((p) => p.replace(/^\/zh-cn\//, '/'));

test('on a Chinese page the policy’s terms find their entry in the first three, linked to its Chinese page', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.goto('/zh-cn/');
  const report: string[] = [];
  const terms = ['数据泄露', '三级签字', '采购审批', '会议纪要', '企业微信', '仲裁', '岗前培训', '一级架构师'];
  for (const term of terms) {
    const { expect: wanted } = RECALL_TERMS.find((t) => t.term === term)!;
    const paths = await search(page, term);
    const position = pages(paths).findIndex((p) => wanted.includes(p)) + 1;
    report.push(`${term.padEnd(8, '　')} → #${position || '-'} of ${paths.length}  ${paths.slice(0, 3).join('  ')}`);
    expect.soft(position, `“${term}”: ${paths.slice(0, 5).join(', ')}`).toBeGreaterThan(0);
    expect.soft(position, `“${term}”: ${paths.slice(0, 5).join(', ')}`).toBeLessThanOrEqual(3);
    for (const path of paths) expect.soft(path, `“${term}” links outside the Chinese pages`).toMatch(/^\/zh-cn\//);
    expect.soft(new Set(pages(paths)).size, `“${term}” lists a page twice`).toBe(paths.length);
  }
  console.log(`search from /zh-cn/:\n  ${report.join('\n  ')}`);
});

test('across languages: a Chinese query on an English page and an English one on a Chinese page, each page once', async ({
  page,
}) => {
  await page.goto('/runbooks/rollback/');
  const fromEnglish = await search(page, '数据泄露应急预案');
  expect(fromEnglish[0]).toBe('/plans/data-leak/');
  expect(new Set(pages(fromEnglish)).size).toBe(fromEnglish.length);
  for (const path of fromEnglish) expect(path).not.toMatch(/^\/zh-cn\//);
  // The English page is listed, titled in English, its Chinese name beside it, marked as Chinese.
  const first = page.locator('.search-hit').first();
  await expect(first.locator('.search-hit-title')).toHaveText(/data leak/i);
  await expect(first.locator('.search-hit-other')).toHaveAttribute('lang', 'zh-CN');

  // Words only the other language's index holds: the English index has no 岗前培训 (it does not
  // segment Chinese), the Chinese one no “compensation” (the English overbooking runbook's word).
  const training = await search(page, '岗前培训');
  expect(training.slice(0, 3)).toContain('/controls/trn-01/');

  await page.goto('/zh-cn/policy/3-1/');
  const compensation = await search(page, 'compensation');
  expect(compensation.slice(0, 2)).toContain('/zh-cn/runbooks/overbooking-reconciliation/');
  const fromChinese = await search(page, 'procurement final approval');
  expect(fromChinese.slice(0, 3)).toContain('/zh-cn/permissions/procurement-final-approval/');
  expect(new Set(pages(fromChinese)).size).toBe(fromChinese.length);
  for (const path of fromChinese) expect(path).toMatch(/^\/zh-cn\//);
  // The hit is titled in Chinese, its English name beside it, marked as English.
  const hit = page.locator('.search-hit', {
    has: page.locator('a[href="/zh-cn/permissions/procurement-final-approval/"]'),
  });
  await expect(hit.locator('.search-hit-title')).toHaveText('采购终审');
  await expect(hit.locator('.search-hit-other')).toHaveAttribute('lang', 'en');
});

test('the search dialog on a Chinese page speaks Chinese: labels, filters, owners, counts', async ({ page }) => {
  await page.goto('/zh-cn/runbooks/rollback/');
  await page.getByRole('button', { name: '搜索' }).click();
  const dialog = page.getByRole('dialog', { name: '搜索手册' });
  await expect(dialog).toBeVisible();
  await expect(searchInput(page)).toHaveAttribute('placeholder', /数据泄露/);
  await expect(dialog.getByRole('status')).toHaveText(/中英文均可/);
  await dialog.getByText('筛选').click();
  await expect(dialog.getByRole('group', { name: '类型' }).getByLabel('操作手册')).toBeVisible();
  await expect(dialog.getByRole('group', { name: '严重级别' })).toBeVisible();
  await dialog.getByRole('group', { name: '负责人' }).getByLabel('系统运维岗').check();
  await search(page, '回滚');
  await expect(dialog.getByRole('status')).toHaveText(/^\d+ 条结果$/);
  await expect(page.locator('.search-hit-meta').first()).toContainText(/负责人[:：]系统运维岗/);
  // No English word of the interface in the dialog: every legend, kind, severity and status is
  // Chinese (owners are role names, CEO among them).
  const labels = await dialog
    .locator('legend, summary, button, [role="status"], [data-filter="kind"] label, [data-filter="severity"] label')
    .evaluateAll((els) => els.map((e) => e.textContent?.trim() ?? ''));
  for (const text of labels) expect(text, 'an English interface string').not.toMatch(/[A-Za-z]{3,}/);
  expect(await axeViolations(page)).toEqual([]);
});
