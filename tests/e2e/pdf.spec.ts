/**
 * `npm run pdf` prints the emergency binder and the audit pack from the built site, with a title page,
 * contents and page numbers, in English and in Chinese (`<name>.zh-CN.pdf`, from the /zh-cn/ binders).
 * The Chinese checks read the PDF with poppler's `pdffonts` and `pdftotext` (Debian: poppler-utils).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './test.ts';
import { pdfPageCount } from '../../scripts/pdf.ts';
import { describeVersion } from '../../src/lib/build-info.ts';
import { todayIn } from '../../src/lib/today.ts';
import { dateText } from '../../src/i18n/words.ts';
import { binderFile } from '../../src/lib/binder-contents.ts';
import { en } from '../../src/i18n/en.ts';
import { zhCn } from '../../src/i18n/zh-cn.ts';

const HAN = /\p{Script=Han}/u;
/** pdftotext breaks long lines where the page did: compare text without white space. */
const squeeze = (text: string) => text.replace(/\s+/g, '');

/** A binder page, assembled (it fetches every page it holds: slow on a loaded machine). */
async function openBinder(page: Page, path: string) {
  await page.goto(path);
  await expect(page.locator('html')).toHaveAttribute('data-binder-ready', 'true', { timeout: 120_000 });
}

/** Runs `npm run pdf`'s script against the test server; returns the folder it wrote. */
function printPdf(baseURL: string, args: string[] = []): string {
  const out = mkdtempSync(join(tmpdir(), 'binders-'));
  const log = execFileSync(process.execPath, ['scripts/pdf.ts', '--base-url', baseURL, '--out', out, ...args], {
    encoding: 'utf8',
    timeout: 280_000,
  });
  console.log(log.trim());
  return out;
}

/** A poppler tool's output; says what to install when it is missing. */
function poppler(tool: 'pdffonts' | 'pdftotext', args: string[]): string {
  try {
    return execFileSync(tool, args, { encoding: 'utf8' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      throw new Error(`${tool} is missing: install poppler-utils (apt-get install poppler-utils)`, { cause: error });
    throw error;
  }
}

test('the binder pages have a title page, a table of contents and every document', async ({ page }) => {
  test.setTimeout(150_000);
  await openBinder(page, '/binder/emergency/');
  await expect(page.locator('h1')).toHaveText('Emergency binder');
  const contents = page.getByRole('navigation', { name: 'Contents' }).locator('li');
  const plans = await page
    .locator('.binder-doc')
    .evaluateAll((s) => s.map((el) => (el as HTMLElement).dataset.binderSrc));
  expect(plans.filter((p) => p?.startsWith('/plans/'))).toHaveLength(3);
  expect(plans.filter((p) => p?.startsWith('/runbooks/')).length).toBeGreaterThanOrEqual(5);
  await expect(contents).toHaveCount(plans.length);
  // Each document arrived, with its steps, and ids stay unique across documents.
  await expect(page.locator('.binder-doc .binder-doc-title'), 'a document left as its link').toHaveCount(0);
  expect(await page.locator('.binder-doc [data-steps] li[data-step]').count()).toBeGreaterThan(30);
  const ids = await page.locator('[id]').evaluateAll((els) => els.map((e) => e.id));
  expect(new Set(ids).size).toBe(ids.length);
});

test('the Chinese binders gather the /zh-cn/ pages, titled and linked in Chinese', async ({ page }) => {
  test.setTimeout(300_000);
  for (const kind of ['audit', 'emergency'] as const) {
    await openBinder(page, `/zh-cn/binder/${kind}/`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.locator('h1')).toHaveText(zhCn[`binder.${kind}`]);
    await expect(page.locator('.binder-doc .binder-doc-title'), 'a document left as its link').toHaveCount(0);
    const sources = await page
      .locator('section[data-binder-src]')
      .evaluateAll((s) => s.map((el) => (el as HTMLElement).dataset.binderSrc!));
    expect(sources.length, kind).toBeGreaterThan(3);
    expect(
      sources.filter((src) => !src.startsWith('/zh-cn/')),
      kind,
    ).toEqual([]);
    // Every entry of the contents is a Chinese title, once (no English name, no title printed twice).
    const titles = await page
      .getByRole('navigation', { name: zhCn['binder.contents'] })
      .locator('li')
      .allTextContents();
    expect(titles.length, kind).toBe(sources.length);
    for (const title of titles) {
      expect(title, kind).toMatch(HAN);
      const half = title.trim().slice(0, title.trim().length / 2);
      expect(title.trim(), `${kind}: a title printed twice`).not.toBe(`${half}${half}`);
    }
    // Links that leave the binder stay in Chinese.
    const pages = await page
      .locator('.binder-doc a[href^="/"]')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')!).filter((h) => h.endsWith('/')));
    expect(
      pages.filter((href) => !href.startsWith('/zh-cn/')),
      kind,
    ).toEqual([]);
  }
  // Still on the emergency binder. A runbook's steps start on a new page in Chinese too (print.css
  // keys on the structure, not on English ids).
  await page.emulateMedia({ media: 'print' });
  const breaks = await page
    .locator('.binder-doc .prose :is(h2, h3, h4)')
    .evaluateAll((hs) => hs.filter((h) => getComputedStyle(h).breakBefore === 'page').map((h) => h.textContent));
  expect(breaks.length).toBeGreaterThanOrEqual(5);
  for (const heading of breaks) expect(heading).toMatch(HAN);
  // Commands print in the monospace face, not in the Chinese text face (`:lang()` reaches every element).
  const codeFont = await page
    .locator('.binder-doc pre span')
    .first()
    .evaluate((el) => getComputedStyle(el).fontFamily);
  expect(codeFont).toMatch(/monospace$/);
});

test('printed, the audit pack keeps the permission grid, its Chinese column titles upright', async ({ page }) => {
  test.setTimeout(300_000);
  // As wide as A4's text, the width print media queries see: narrower than the phone breakpoint,
  // and paper must still get the grid (the per-role list is for screens).
  await page.setViewportSize({ width: 700, height: 990 });
  for (const path of ['/binder/audit/', '/zh-cn/binder/audit/']) {
    await openBinder(page, path);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.binder-doc .matrix'), path).toBeVisible();
    const turned = await page
      .locator('.binder-doc .matrix-col-title')
      .first()
      .evaluate((el) => getComputedStyle(el).transform);
    if (path.startsWith('/zh-cn/')) expect(turned, 'Chinese reads top to bottom, upright').toBe('none');
    else expect(turned, 'Latin reads bottom to top').not.toBe('none');
    await page.emulateMedia({ media: null });
  }
});

/** The stamp the print footer gives a binder's sheets: the build's version and day, in its language. */
async function stampOf(page: Page, path: string, locale: 'en' | 'zh-cn'): Promise<string> {
  await page.goto(path);
  const builtAt = await page.locator('[data-built]').first().getAttribute('data-built');
  const version = await describeVersion(process.cwd());
  return (locale === 'en' ? en : zhCn)['print.stamp']
    .replace('{version}', version)
    .replace('{date}', dateText(locale, todayIn(undefined, new Date(builtAt!))));
}

/** Each page's text (pdftotext ends a page with a form feed), white space removed. */
const pagesOf = (file: string) =>
  poppler('pdftotext', [file, '-']).split('\f').slice(0, pdfPageCount(file)).map(squeeze);

/** The pages of a PDF whose footer lacks the stamp, the binder's address or its "page n of m". */
function unstamped(file: string, stamp: string, path: string, locale: 'en' | 'zh-cn'): number[] {
  const pages = pagesOf(file);
  const pageWords = (locale === 'en' ? en : zhCn)['binder.page'];
  return pages.flatMap((text, i) =>
    text.includes(squeeze(stamp)) &&
    text.includes(squeeze(path)) &&
    text.includes(squeeze(pageWords.replace('{page}', String(i + 1)).replace('{total}', String(pages.length))))
      ? []
      : [i + 1],
  );
}

test('npm run pdf writes both binders with more than a handful of pages, each page stamped', async ({
  baseURL,
  page,
}) => {
  test.setTimeout(300_000);
  const stamp = await stampOf(page, '/binder/audit/', 'en');
  const out = printPdf(baseURL!, ['--locale', 'en']);
  try {
    const emergency = join(out, binderFile('emergency', 'en'));
    const audit = join(out, binderFile('audit', 'en'));
    expect([emergency, audit].map((f) => f.slice(out.length + 1))).toEqual(['emergency-binder.pdf', 'audit-pack.pdf']);
    expect(existsSync(emergency) && existsSync(audit)).toBe(true);
    expect(pdfPageCount(emergency)).toBeGreaterThan(20);
    expect(pdfPageCount(audit)).toBeGreaterThan(5);
    const footer = en['binder.page'].replace('{page}', '1').replace('{total}', String(pdfPageCount(audit)));
    expect(squeeze(poppler('pdftotext', ['-l', '1', audit, '-']))).toContain(squeeze(footer));
    // every page carries the version, the build date and the address, and no made-up host
    expect(unstamped(audit, stamp, '/binder/audit/', 'en')).toEqual([]);
    expect(poppler('pdftotext', [audit, '-'])).not.toContain('example.internal');
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});

test('npm run pdf prints the Chinese binder with its Chinese fonts embedded', async ({ baseURL, page }) => {
  test.setTimeout(300_000);
  await openBinder(page, '/zh-cn/binder/emergency/');
  // What only the Chinese binder holds (an English page shows the Chinese title beside its own, so
  // titles alone would not tell the editions apart): the section headings of the Chinese bodies.
  const headings = await page.locator('.binder-doc .prose h3').allTextContents();
  expect(headings.length).toBeGreaterThan(20);
  const titles = await page.getByRole('navigation', { name: zhCn['binder.contents'] }).locator('li').allTextContents();
  const stamp = await stampOf(page, '/zh-cn/binder/emergency/', 'zh-cn');
  const out = printPdf(baseURL!, ['--locale', 'zh-cn', '--binder', 'emergency']);
  try {
    const file = join(out, binderFile('emergency', 'zh-cn'));
    expect(file.slice(out.length + 1)).toBe('emergency-binder.zh-CN.pdf');
    expect(existsSync(file)).toBe(true);
    const pages = pdfPageCount(file);
    expect(pages).toBeGreaterThan(20);

    // pdffonts: one row per font (name, type, encoding, emb, sub, uni, object, generation).
    const rows = poppler('pdffonts', [file]).trim().split('\n').slice(2);
    const fonts = rows.map((row) => ({
      name: row.split(/\s+/)[0]!,
      embedded: / (yes|no)\s+(?:yes|no)\s+(?:yes|no)\s+\d+\s+\d+$/.exec(row)?.[1],
    }));
    expect(fonts.filter((f) => /NotoSans(?:CJK)?SC/i.test(f.name)).length, rows.join('\n')).toBeGreaterThan(0);
    expect(
      fonts.filter((f) => f.embedded !== 'yes'),
      rows.join('\n'),
    ).toEqual([]);

    // pdftotext: the cover, every title of the contents, every heading of the bodies and the running
    // footer, in Chinese.
    const text = squeeze(poppler('pdftotext', [file, '-']));
    const wanted = [
      zhCn['binder.emergency'],
      zhCn['binder.emergencyIntro'],
      zhCn['binder.page'].replace('{page}', '1').replace('{total}', String(pages)),
      ...titles,
      ...headings,
    ];
    expect(
      wanted.filter((words) => !text.includes(squeeze(words))),
      'Chinese words missing from the PDF',
    ).toEqual([]);
    expect(headings.filter((heading) => HAN.test(heading)).length).toBeGreaterThan(headings.length / 2);
    expect(unstamped(file, stamp, '/zh-cn/binder/emergency/', 'zh-cn'), 'pages without the Chinese stamp').toEqual([]);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
