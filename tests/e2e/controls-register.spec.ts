/**
 * The auditor's controls register: the filters live in the URL, so a shared link shows the same
 * subset; the expected subsets are worked out from the content files, not from the page.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './test.ts';
import { parse } from 'yaml';
import { zhCn } from '../../src/i18n/zh-cn.ts';

const CONTROLS = 'src/content/controls';

interface ExportedControl {
  id: string;
  basis: unknown;
  statement: string;
  [field: string]: unknown;
}

const clauseOf = (basis: unknown): string =>
  typeof basis === 'string'
    ? basis
    : ((basis as { clause?: string; id?: string }).clause ?? (basis as { id: string }).id);
const hasProposal = (control: ExportedControl) =>
  Object.entries(control).some(([key, value]) => (key === 'basis' || key.endsWith('Basis')) && value === 'proposed') ||
  control.statement.includes('{proposed:');

const shownIds = (page: Page) =>
  page.locator('[data-register] tbody tr:not([hidden]) td:first-child code').allTextContents();

/** The controls as the content files write them (the source files only: the translations beside them are the same controls). */
const sourceControls = () =>
  readdirSync(CONTROLS, { withFileTypes: true })
    .filter((f) => f.isFile() && f.name.endsWith('.yaml'))
    .map((f) => f.name)
    .map(
      (file) =>
        ({ id: file.replace(/\.yaml$/, ''), ...parse(readFileSync(join(CONTROLS, file), 'utf8')) }) as ExportedControl,
    );

test('the Chinese register filters the same subsets from the same URL, and names its columns in Chinese', async ({
  page,
}) => {
  const controls = sourceControls();
  const on61 = controls.filter((c) => c.basis !== 'proposed' && clauseOf(c.basis) === '6.1').map((c) => c.id);
  const both = on61.filter((id) => controls.some((c) => c.id === id && hasProposal(c)));
  expect(both.length).toBeGreaterThan(0);
  await page.goto('/zh-cn/controls/?basis=6.1&proposed=1');
  expect((await shownIds(page)).sort()).toEqual(both.sort());
  await expect(page.getByRole('status')).toHaveText(
    zhCn['controls.count'].replace('{shown}', String(both.length)).replace('{total}', String(controls.length)),
  );
  await expect(page.getByLabel(zhCn['controls.filter.basis'], { exact: true })).toHaveValue('6.1');
  // the columns an auditor asked for: id, title, basis with its quote, owner, proposed, evidence, law
  const headers = await page.locator('[data-register] thead th').allTextContents();
  for (const key of [
    'controls.col.id',
    'controls.col.control',
    'gen.basis',
    'gen.owner',
    'controls.col.proposed',
    'control.evidence',
    'control.laws',
  ] as const)
    expect(headers.map((h) => h.trim())).toContain(zhCn[key]);
  const firstRow = page.locator('[data-register] tbody tr:not([hidden])').first();
  await expect(firstRow.locator('.basis-quote')).toHaveText(/^«.+»$/);
  // links stay in the Chinese edition
  const links = await firstRow.locator('a[href^="/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  expect(links.filter((href) => !href.startsWith('/zh-cn/'))).toEqual([]);
});

test('the URL filters the register by clause and by proposal, and the view survives a reload', async ({
  page,
  request,
}) => {
  // The built site must list exactly the controls of the content.
  const published = ((await (await request.get('/exports/policy-model.json')).json()) as { controls: { id: string }[] })
    .controls;
  // the source files only: the translations beside them (zh-cn/) are the same controls
  const controls = readdirSync(CONTROLS, { withFileTypes: true })
    .filter((f) => f.isFile() && f.name.endsWith('.yaml'))
    .map((f) => f.name)
    .map(
      (file) =>
        ({ id: file.replace(/\.yaml$/, ''), ...parse(readFileSync(join(CONTROLS, file), 'utf8')) }) as ExportedControl,
    );
  expect(controls.map((c) => c.id).sort()).toEqual(published.map((c) => c.id).sort());
  const on61 = controls.filter((c) => c.basis !== 'proposed' && clauseOf(c.basis) === '6.1').map((c) => c.id);
  const proposed = controls.filter(hasProposal).map((c) => c.id);
  expect(on61.length).toBeGreaterThan(0);
  expect(proposed.length).toBeGreaterThan(0);

  await page.goto('/controls/?basis=6.1');
  expect((await shownIds(page)).sort()).toEqual(on61.sort());
  await expect(page.getByRole('status')).toHaveText(`Showing ${on61.length} of ${controls.length} controls`);
  await expect(page.getByLabel('Clause', { exact: true })).toHaveValue('6.1');

  await page.goto('/controls/?proposed=1');
  expect((await shownIds(page)).sort()).toEqual(proposed.sort());

  await page.goto('/controls/?basis=6.1&proposed=1');
  expect((await shownIds(page)).sort()).toEqual(on61.filter((id) => proposed.includes(id)).sort());
  await page.reload();
  expect((await shownIds(page)).sort()).toEqual(on61.filter((id) => proposed.includes(id)).sort());
});

test('choosing a filter and a sort order writes them into the URL', async ({ page }) => {
  await page.goto('/controls/');
  const total = await page.locator('[data-register] tbody tr').count();
  expect(await shownIds(page)).toHaveLength(total);
  await page.getByLabel('Law', { exact: true }).selectOption('PIPL');
  await expect(page).toHaveURL(/\?law=PIPL$/);
  const pipl = await shownIds(page);
  expect(pipl.length).toBeGreaterThan(0);
  expect(pipl.length).toBeLessThan(total);

  await page.getByRole('button', { name: 'Sort by Id' }).click();
  await expect(page).toHaveURL(/sort=id/);
  await page.getByRole('button', { name: 'Sort by Id' }).click();
  await expect(page).toHaveURL(/sort=-id/);
  await expect(page.locator('th[data-sort="id"]')).toHaveAttribute('aria-sort', 'descending');
  const ids = await shownIds(page);
  expect(ids).toEqual([...ids].sort((a, b) => b.localeCompare(a, undefined, { numeric: true })));

  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page).toHaveURL(/\/controls\/$/);
  expect(await shownIds(page)).toHaveLength(total);
});
