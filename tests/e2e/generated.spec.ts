/** The generated audit views, against the production build: what an auditor and a new hire do with them. */
import type { Page } from '@playwright/test';
import { test, expect } from './test.ts';
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { zhCn } from '../../src/i18n/zh-cn.ts';
import { AXE_SWEEP_TIMEOUT, axeViolations, axeViolationsInBothThemes, PAGE_KINDS } from './reader-helpers.ts';

const GENERATED = [
  '/matrix/',
  '/approvals/',
  '/raci/',
  '/checklists/',
  '/traceability/',
  '/parameters/',
  '/org/',
  '/calendar/',
];
const CHECKLIST_HEADER = [
  'done',
  'group',
  'item',
  'statement',
  'owner',
  'evidence',
  'test',
  'basis',
  'note',
  'source',
  'result',
  'sample',
  'finding',
  'tested_by',
  'date',
];

/** Every checklist page, read from the index so that a new checklist is scanned too. */
async function checklistPaths(page: Page): Promise<string[]> {
  await page.goto('/checklists/');
  return page
    .locator('main .entry-list > li > a')
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

const parseCsv = (text: string) => Papa.parse<string[]>(text, { delimiter: ',', skipEmptyLines: true }).data;

test.describe('every generated page', () => {
  for (const path of [...GENERATED, '/roles/department-head/', '/roles/ops-engineer/']) {
    test(`${path} renders with no console error, no axe violation and no script of its own`, async ({ page }) => {
      test.setTimeout(AXE_SWEEP_TIMEOUT);
      const errors: string[] = [];
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      page.on('pageerror', (e) => errors.push(e.message));
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await expect(page.locator('h1')).not.toBeEmpty();
      // the page-kind sweep (layout.spec.ts) scans its own pages in both themes already
      if (!PAGE_KINDS.includes(path)) expect(await axeViolationsInBothThemes(page)).toEqual([]);
      // the generated views draw everything at build time (the layout's own scripts are not theirs)
      expect(await page.locator('.generated script, .role-slice script, .diagram script').count()).toBe(0);
      expect(errors).toEqual([]);
    });
  }

  test('each checklist page passes axe and has a checkbox per item and sign-off lines', async ({ page }) => {
    test.setTimeout(240_000);
    const paths = await checklistPaths(page);
    expect(paths.length).toBeGreaterThanOrEqual(14);
    for (const path of paths) {
      expect((await page.goto(path))?.status(), path).toBe(200);
      // the checklists share one layout: one of them is scanned in the dark theme as well
      const scan = path === '/checklists/quarterly-internal-audit/' ? axeViolationsInBothThemes : axeViolations;
      expect(await scan(page), path).toEqual([]);
      const items = page.locator('.checklist-item');
      expect(await page.locator('.checklist-item input[type=checkbox]').count(), path).toBe(await items.count());
      await expect(page.getByRole('heading', { name: 'Sign-off' })).toBeVisible();
    }
  });
});

test.describe('the permission matrix', () => {
  test('the department head × project approval cell links to clause 4.1', async ({ page }) => {
    await page.goto('/matrix/');
    const cell = page.locator('td[data-role="department-head"][data-permission="approve-project"]');
    await expect(cell.locator('a')).toHaveAttribute('href', '/policy/4-1/');
    await expect(cell).toContainText('4.1');
    await page.locator('td[data-role="department-head"][data-permission="approve-project"] a').click();
    await expect(page).toHaveURL(/\/policy\/4-1\/$/);
    await expect(page.locator('h1')).toContainText('4.1');
  });

  test('a proposed grant links to the permission that argues it', async ({ page }) => {
    await page.goto('/matrix/');
    await expect(page.locator('td[data-role="ops-engineer"][data-permission="perform-release"] a')).toHaveAttribute(
      'href',
      '/permissions/perform-release/',
    );
  });

  test('headers stick while the matrix scrolls, inside a named, focusable region', async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto('/matrix/');
    const region = page.getByRole('region', { name: /Role-permission matrix/ });
    await expect(region).toHaveAttribute('tabindex', '0');
    await region.focus();
    await expect(region).toBeFocused();
    const header = region.locator('thead tr.matrix-perms th').first();
    const rowHeader = region.locator('tbody th[scope=row]').last();
    /** Positions relative to the scroll box, so a scroll of the page itself does not count. */
    const offsets = async () => {
      const [box, h, r] = await Promise.all([region.boundingBox(), header.boundingBox(), rowHeader.boundingBox()]);
      return { headerTop: Math.round(h!.y - box!.y), rowLeft: Math.round(r!.x - box!.x) };
    };
    const start = await offsets();
    await region.evaluate((el) => {
      el.scrollTop = 300;
      el.scrollLeft = 500;
    });
    const middle = await offsets();
    await region.evaluate((el) => {
      el.scrollTop = 600;
      el.scrollLeft = 900;
    });
    const end = await offsets();
    // the header row has stuck to the top of the box (under the area row), the role column to its left edge
    expect(middle.headerTop).toBeLessThan(start.headerTop);
    expect(end.headerTop).toBe(middle.headerTop);
    expect(middle.rowLeft).toBe(start.rowLeft);
    expect(end.rowLeft).toBe(start.rowLeft);
  });

  test('on a phone the table gives way to a per-role list', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/matrix/');
    await expect(page.locator('table.matrix')).toBeHidden();
    const list = page.locator('.matrix-role[data-role="department-head"]');
    await expect(list).toBeVisible();
    await expect(list.locator('li[data-permission="approve-project"]')).toContainText('4.1');
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 1366, height: 768 });
    await expect(page.locator('table.matrix')).toBeVisible();
    await expect(page.locator('.matrix-by-role')).toBeHidden();
  });

  test('the CSV and JSON downloads hold the same grants as the table', async ({ page, request }) => {
    await page.goto('/matrix/');
    const granted = await page.locator('td.matrix-cell a').count();
    const csv = await request.get('/exports/matrix.csv');
    expect(csv.status()).toBe(200);
    const rows = parseCsv(await csv.text());
    expect(rows[0]!.slice(0, 4)).toEqual(['role', 'role_name', 'scope', 'grade']);
    expect(
      rows
        .slice(1)
        .flatMap((r) => r.slice(4))
        .filter(Boolean).length,
    ).toBe(granted);
    const dh = rows.find((r) => r[0] === 'department-head')!;
    // the grant's basis with the words of clause 4.1 it quotes
    expect(dh[rows[0]!.indexOf('approve-project')]).toMatch(/^4\.1 «[^»]*项目全权审批权[^»]*»$/);
    const json = await (await request.get('/exports/matrix.json')).json();
    expect(json.cells['department-head']['approve-project']).toMatchObject({ granted: true, basis: '4.1' });
    expect(json.cells['department-head']['approve-project'].quotes.join('')).toContain('项目全权审批权');
  });
});

test.describe('approvals', () => {
  test('the procurement diagram lists three signers in order: department head, Finance, CEO', async ({ page }) => {
    await page.goto('/approvals/');
    const figure = page.locator('figure#chain-procurement');
    // a wide and a narrow layout, the one the column fits shown: each an image named by caption and text
    const svgs = figure.locator('svg');
    await expect(svgs).toHaveCount(2);
    for (const svg of await svgs.all()) {
      await expect(svg).toHaveAttribute('role', 'img');
      await expect(svg).toHaveAttribute('aria-labelledby', 'chain-procurement-caption chain-procurement-text');
    }
    await expect(figure.locator('svg:visible')).toHaveCount(1);
    const steps = page.locator('#chain-procurement-text ol > li');
    await expect(steps).toHaveCount(3);
    expect(await steps.evaluateAll((li) => li.map((l) => l.getAttribute('data-signers')))).toEqual([
      'department-head',
      'finance',
      'ceo',
    ]);
    await expect(steps.nth(0)).toContainText('Department head');
    await expect(steps.nth(1)).toContainText('Finance');
    await expect(steps.nth(2)).toContainText('CEO');
    // the SVG is static: drawn at build time, in the HTML as served
    const html = await (await page.request.get('/approvals/')).text();
    expect(html).toContain('<svg role="img" aria-labelledby="chain-procurement-caption chain-procurement-text"');
  });

  test('the lifecycle shows five stages with their gates, and the escalation ladder three levels', async ({ page }) => {
    await page.goto('/approvals/');
    await expect(page.locator('#lifecycle-text tbody tr')).toHaveCount(5);
    await expect(page.locator('#escalation-text ol.ladder > li')).toHaveCount(3);
    await expect(page.locator('#escalation-text ol.ladder > li').nth(2)).toContainText('CEO');
  });
});

test.describe('checklists', () => {
  test('every checklist CSV download opens and parses, one row per item', async ({ page, request }) => {
    const paths = await checklistPaths(page);
    for (const path of paths) {
      const id = path.split('/').filter(Boolean).at(-1)!;
      await page.goto(path);
      const items = await page.locator('.checklist-item').count();
      const response = await request.get(`/exports/checklists/${id}.csv`);
      expect(response.status(), id).toBe(200);
      expect(response.headers()['content-type'], id).toMatch(/text\/csv/);
      const rows = parseCsv(await response.text());
      expect(rows[0], id).toEqual(CHECKLIST_HEADER);
      expect(rows.length - 1, id).toBe(items);
    }
  });

  test('the download link of a checklist page downloads its CSV', async ({ page }) => {
    await page.goto('/checklists/quarterly-internal-audit/');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: /Download this checklist as CSV/ }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('quarterly-internal-audit.csv');
  });

  test('a downloaded checklist, in each language, names owners and is plain text with columns to fill in', async ({
    page,
  }) => {
    for (const [path, link, owner, writeIn] of [
      ['/checklists/quarterly-internal-audit/', /Download this checklist as CSV/, 'Department head', CHECKLIST_HEADER],
      [
        '/zh-cn/checklists/quarterly-internal-audit/',
        new RegExp(zhCn['checklists.download'].replace(/[()（）]/g, '.')),
        '部门负责人',
        CHECKLIST_HEADER.map((c) => zhCn[`csv.checklist.${c}` as keyof typeof zhCn]),
      ],
    ] as const) {
      await page.goto(path);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name: link }).click(),
      ]);
      const rows = parseCsv(readFileSync(await download.path(), 'utf8').replace(/^\ufeff/, ''));
      expect(rows[0], path).toEqual(writeIn);
      const body = rows.slice(1);
      expect(body.length, path).toBeGreaterThan(10);
      const owners = new Set(body.map((r) => r[4]));
      expect(owners.has(owner), `${path}: ${[...owners].join(', ')}`).toBe(true);
      expect(
        [...owners].filter((o) => /^[a-z0-9]+(-[a-z0-9]+)+$/.test(o!)),
        path,
      ).toEqual([]);
      expect(
        body.flatMap((r) => r.filter((cell) => /`|\]\(|\*\*/.test(cell))),
        path,
      ).toEqual([]);
      expect(body.flatMap((r) => r.slice(10)).filter(Boolean), path).toEqual([]);
    }
  });

  test('a checklist item is ticked on a short title, its statement below, in each language', async ({ page }) => {
    for (const path of ['/checklists/quarterly-internal-audit/', '/zh-cn/checklists/quarterly-internal-audit/']) {
      await page.goto(path);
      const lines = await page.locator('.checklist-line label').allTextContents();
      expect(lines.length, path).toBeGreaterThan(40);
      expect(
        lines.filter((line) => line.length > 160 || line.includes('`')),
        path,
      ).toEqual([]);
      await expect(page.locator('.checklist-item[data-item="chg-01"] .checklist-detail').first()).toContainText(
        path.startsWith('/zh-cn/') ? '检查内容' : 'What must be true',
      );
    }
  });

  test('printed, a checklist keeps its sign-off lines and drops the download buttons', async ({ page }) => {
    await page.emulateMedia({ media: 'print' });
    await page.goto('/checklists/gate-deployment/');
    await expect(page.locator('.signoff')).toBeVisible();
    await expect(page.locator('.gen-downloads')).toBeHidden();
    await expect(page.locator('.sidebar')).toBeHidden();
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.byteLength).toBeGreaterThan(1000);
  });
});

test.describe('calendar, org, traceability, decisions, role slice', () => {
  test('the calendar feed has an event per duty listed in the year view', async ({ page, request }) => {
    await page.goto('/calendar/');
    const rows = await page.locator('table.year tbody tr').count();
    const ics = await request.get('/calendar.ics');
    expect(ics.status()).toBe(200);
    const text = await ics.text();
    expect(text.match(/BEGIN:VEVENT/g)?.length).toBe(rows);
    expect(text).toMatch(/RRULE:FREQ=WEEKLY;BYDAY=[A-Z]{2}/);
  });

  test('the org chart is an SVG named by its nested-list text equivalent', async ({ page }) => {
    await page.goto('/org/');
    await expect(page.locator('#org svg')).toHaveAttribute('aria-labelledby', 'org-caption org-text');
    await expect(
      page.locator('#org-text li[data-role="ceo"] li[data-role="executive-in-charge"] li[data-role="department-head"]'),
    ).toHaveCount(1);
  });

  test('the open-decisions register counts the values still proposed', async ({ page }) => {
    await page.goto('/parameters/');
    await expect(page.locator('.decisions-count')).toContainText(/\d+ of \d+ values are still proposed/);
    await expect(page.locator('tr[data-parameter="kickoff-days"]')).toContainText('3.1');
  });

  test('one open-decisions register in each language: the old address leads to it, values read as people write them, uses named by title', async ({
    page,
  }) => {
    for (const [lang, values] of [
      [
        '',
        { 'ops-report-day': 'the 5th of each month', 'weekly-meeting-day': 'every Tuesday', 'kickoff-days': '5 days' },
      ],
      ['/zh-cn', { 'ops-report-day': '每月5日', 'weekly-meeting-day': '每周二', 'kickoff-days': '5 天' }],
    ] as const) {
      await page.goto(`${lang}/decisions/`);
      await expect(page).toHaveURL(new RegExp(`${lang}/parameters/$`));
      const rows = page.locator('tr[data-parameter]');
      await expect(rows).toHaveCount(13);
      for (const [id, text] of Object.entries(values)) {
        await expect(page.locator(`tr[data-parameter="${id}"] td`).first()).toHaveText(text);
        await page.goto(`${lang}/parameters/${id}/`);
        await expect(page.locator('.param-figure strong')).toHaveText(text);
        await page.goto(`${lang}/parameters/`);
      }
      // every "used by" link is named by a title, never by a path
      const names = await page.locator('tr[data-parameter] td:last-child a').allTextContents();
      expect(names.length).toBeGreaterThan(13);
      expect(names.filter((name) => /^\/|\/$|\.ics$/.test(name.trim()))).toEqual([]);
      // the navigation lists the register once, not a second page of the same values
      await expect(page.locator(`nav a[href="${lang}/decisions/"]`)).toHaveCount(0);
    }
  });

  test('a role page carries its slice: the same permissions as its matrix row', async ({ page }) => {
    await page.goto('/matrix/');
    const row = await page
      .locator('td[data-role="department-head"] a')
      .evaluateAll((cells) => cells.map((c) => c.parentElement!.getAttribute('data-permission')).sort());
    await page.goto('/roles/department-head/');
    const slice = await page
      .locator('.role-slice .slice-permissions > li')
      .evaluateAll((li) => li.map((l) => l.getAttribute('data-permission')).sort());
    expect(slice).toEqual(row);
    await expect(page.locator('.role-slice')).toContainText('Approvals it signs');
  });
});
