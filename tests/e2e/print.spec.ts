/**
 * Printing, as a reader does it from the browser (print media, the page's own @page sizes): the
 * permission matrix and the quarterly audit checklist, in both languages, read back from the PDF
 * with poppler's `pdftotext`. Every sheet carries the page's address, the build's version and day
 * and its page number; every sheet a table runs over repeats its column headers; no sheet but the
 * last is more than half blank; the checklist prints as rows to fill in, on at most 8 A4 sheets.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './test.ts';
import { describeVersion } from '../../src/lib/build-info.ts';
import { todayIn } from '../../src/lib/today.ts';
import { useTranslations } from '../../src/i18n/index.ts';
import { dateText } from '../../src/i18n/words.ts';
import { localePath, type Locale } from '../../src/lib/routes.ts';
import { PAGE_KINDS } from './reader-helpers.ts';

const HAN = /\p{Script=Han}/u;
/** pdftotext breaks lines where the sheet did: compare text without white space. */
const squeeze = (text: string) => text.replace(/\s+/g, '');

function pdftotext(args: string[]): string {
  try {
    return execFileSync('pdftotext', args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      throw new Error('pdftotext is missing: install poppler-utils (apt-get install poppler-utils)', { cause: error });
    throw error;
  }
}

interface Sheet {
  /** The text in reading order (pdftotext's default), squeezed. */
  text: string;
  /** The text laid out as on the sheet, squeezed line by line and joined. */
  layout: string;
  /** How far down the sheet the body (above the footer) reaches, as a share of the sheet's height. */
  filled: number;
  /** The words above the footer, each with its top edge (points from the top of the sheet). */
  words: { text: string; top: number }[];
}

const decodeXml = (text: string) =>
  text.replace(
    /&(amp|lt|gt|quot|apos);/g,
    (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" })[e]!,
  );

/** Every sheet of a PDF: its text, and how much of it the body fills (from the words' boxes). */
function readSheets(file: string): Sheet[] {
  const plain = pdftotext([file, '-']).split('\f').slice(0, -1);
  const layout = pdftotext(['-layout', file, '-']).split('\f').slice(0, -1);
  const boxes = pdftotext(['-bbox', file, '-']);
  const pages = [...boxes.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)];
  return pages.map(([, , h, words], i) => {
    const height = Number(h);
    // The footer sits in the bottom margin (12 mm and more, 34 pt); a body word ends above it.
    const footerTop = height - 30;
    const body = [...words!.matchAll(/yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</g)]
      .map(([, yMin, yMax, text]) => ({ top: Number(yMin), bottom: Number(yMax), text: decodeXml(text!) }))
      .filter((word) => word.top < footerTop);
    return {
      text: squeeze(plain[i] ?? ''),
      layout: (layout[i] ?? '').split('\n').map(squeeze).join(''),
      filled: body.length ? Math.max(...body.map((w) => w.bottom)) / footerTop : 0,
      words: body.map(({ text, top }) => ({ text, top })),
    };
  });
}

/** Prints the page as the browser's print dialog would (A4 or the page's own @page size), returns its sheets. */
async function print(page: Page, path: string): Promise<Sheet[]> {
  await page.goto(path);
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => document.fonts.ready);
  const dir = mkdtempSync(join(tmpdir(), 'print-'));
  try {
    const file = join(dir, 'page.pdf');
    await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
    return readSheets(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await page.emulateMedia({ media: null });
  }
}

/** The footer every sheet must carry: the address (a path when the build names no site), version and day, page n of m. */
async function expectFooters(page: Page, sheets: Sheet[], path: string, locale: Locale) {
  const t = useTranslations(locale);
  const version = await describeVersion(process.cwd());
  const builtAt = await page.locator('[data-built]').first().getAttribute('data-built');
  const stamp = t('print.stamp', { version, date: dateText(locale, todayIn(undefined, new Date(builtAt!))) });
  expect(sheets.length, path).toBeGreaterThan(0);
  sheets.forEach((sheet, i) => {
    const where = `${path}, sheet ${i + 1} of ${sheets.length}`;
    expect(sheet.text, `${where}: address`).toContain(squeeze(path));
    expect(sheet.text, `${where}: version and build day`).toContain(squeeze(stamp));
    expect(sheet.text, `${where}: page number`).toContain(
      squeeze(t('binder.page', { page: String(i + 1), total: String(sheets.length) })),
    );
  });
}

/** No sheet but the last is more than half blank; the last holds something besides the footer. */
function expectNoBlankSheets(sheets: Sheet[], path: string) {
  sheets.forEach((sheet, i) => {
    const where = `${path}, sheet ${i + 1} of ${sheets.length}`;
    if (i < sheets.length - 1) expect(sheet.filled, `${where} is more than half blank`).toBeGreaterThan(0.5);
    else expect(sheet.words.length, `${where} holds only its footer`).toBeGreaterThan(3);
  });
}

for (const locale of ['en', 'zh-cn'] as const) {
  const t = useTranslations(locale);

  test(`printed, the ${locale} matrix keeps its legend, repeats its headers and names its source on every sheet`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const path = localePath('/matrix/', locale);
    await page.goto(path);
    // The header row of areas (horizontal in both languages) and the last role of the grid.
    const areas = squeeze(
      (await page.locator('.matrix thead tr.matrix-areas th:not(.matrix-corner)').allTextContents()).join(''),
    );
    // Its longest word: a name wrapped in its cell has other cells' marks between its lines.
    const lastRole = (await page.locator('.matrix tbody th[scope="row"] a').last().textContent())!
      .trim()
      .split(/\s+/)
      .sort((a, b) => b.length - a.length)[0]!;
    const sheets = await print(page, path);
    await expectFooters(page, sheets, path, locale);
    expectNoBlankSheets(sheets, path);
    // The legend prints on the sheet where the grid starts.
    const legend = squeeze(t('matrix.legend.proposed'));
    const firstGridSheet = sheets.findIndex((s) => s.layout.includes(areas));
    expect(firstGridSheet, 'the grid prints').toBeGreaterThanOrEqual(0);
    expect(sheets[firstGridSheet]!.text, 'the legend sits with the grid').toContain(legend);
    // Every sheet the grid runs over, up to its last row, repeats the column headers.
    const lastGridSheet = sheets.findLastIndex((s) => s.layout.includes(lastRole));
    expect(lastGridSheet).toBeGreaterThanOrEqual(firstGridSheet);
    for (let i = firstGridSheet; i <= lastGridSheet; i++)
      expect(sheets[i]!.layout, `${path}, sheet ${i + 1}: column headers`).toContain(areas);
    // Proposed marks print dark, whatever the screen's colour scheme.
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    const mark = await page
      .locator('.matrix-cell.cell-proposed a')
      .first()
      .evaluate((a) => getComputedStyle(a).color);
    expect(mark).toBe('rgb(0, 0, 0)');
  });

  test(`printed, the ${locale} quarterly checklist is rows to fill in, headed on every sheet, at most 8 A4 sheets`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const path = localePath('/checklists/quarterly-internal-audit/', locale);
    await page.goto(path);
    const items = await page.locator('.checklist-item').count();
    expect(items).toBeGreaterThan(40);
    const sheets = await print(page, path);
    await expectFooters(page, sheets, path, locale);
    expectNoBlankSheets(sheets, path);
    expect(sheets.length, 'sheets').toBeLessThanOrEqual(8);
    // A row per item, each with its result to tick: the "fail" box is printed once per item.
    const pass = squeeze(t('checklists.print.pass'));
    const fail = squeeze(t('checklists.print.fail'));
    const words = sheets.flatMap((sheet) => sheet.words.map((w) => w.text));
    expect(words.filter((w) => w === fail).length, 'a result box per item').toBe(items);
    // Every sheet holding rows has the column headers above its first row (its first result box).
    // A header cell may wrap: each of its words (each character, in Chinese) is looked for.
    const headerParts = [
      t('checklists.item'),
      t('checklists.print.result'),
      t('checklists.print.finding'),
      t('checklists.print.testedBy'),
    ].flatMap((header) => (HAN.test(header) ? [...squeeze(header)] : header.split(/\s+/)));
    sheets.forEach((sheet, i) => {
      const firstRow = sheet.words.find((w) => w.text === pass);
      if (!firstRow) return;
      const above = sheet.words
        .filter((w) => w.top < firstRow.top - 1)
        .map((w) => w.text)
        .join('');
      expect(
        headerParts.filter((part) => !above.includes(part)),
        `${path}, sheet ${i + 1}: column headers missing above the rows`,
      ).toEqual([]);
    });
    // The sign-off lines print after the rows.
    expect(sheets.at(-1)!.text).toContain(squeeze(t('checklists.signature')));
  });
}

/*
 * Every other page kind, in both languages: the footer on every sheet and a first sheet that is more
 * than half used (or the only one). The binders are printed by pdf.spec.ts, once assembled.
 */
for (const locale of ['en', 'zh-cn'] as const) {
  test(`every ${locale} page kind prints its footer on every sheet, with no blank first sheet`, async ({ page }) => {
    test.setTimeout(600_000);
    const problems: string[] = [];
    for (const kind of PAGE_KINDS.filter((p) => !p.startsWith('/binder/'))) {
      const path = localePath(kind, locale);
      const sheets = await print(page, path);
      try {
        await expectFooters(page, sheets, path, locale);
      } catch (error) {
        problems.push(`${path}: ${(error as Error).message.split('\n')[0]}`);
      }
      if (sheets.length > 1 && sheets[0]!.filled <= 0.5)
        problems.push(`${path}: the first of ${sheets.length} sheets is ${Math.round(sheets[0]!.filled * 100)} % used`);
    }
    expect(problems).toEqual([]);
  });
}
