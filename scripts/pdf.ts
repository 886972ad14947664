/**
 * `npm run pdf`: prints the emergency binder (every plan and its runbooks) and the audit pack
 * (checklists, matrix, traceability) of the built site to PDF, with Playwright's Chromium, in every
 * language of the site: `emergency-binder.pdf` from /binder/emergency/, `emergency-binder.zh-CN.pdf`
 * from /zh-cn/binder/emergency/, and so on.
 *
 *   node scripts/pdf.ts [--base-url http://127.0.0.1:4321] [--out <dir>] [--locale zh-cn] [--binder emergency]
 *
 * Without --base-url it serves the built site (HANDBOOK_DIST_DIR, default dist/) itself. The PDFs
 * go to <dist>/downloads/, where the site publishes them (`HANDBOOK_PDF=1 npm run build` runs this on
 * the staged build), unless --out says otherwise; --locale and --binder (each repeatable) print only
 * those. The binder pages hold the title page and the table of contents; the footer, printed by the
 * site's print styles in the binder's language, gives its address, the build's version and day, and
 * numbers the pages. Every web font the text uses is loaded before printing,
 * so the PDF embeds the Chinese faces (Noto Sans SC) instead of falling back to whatever the machine has.
 * Exit codes: 0 written, 1 a binder could not be printed, 2 bad usage or no built site.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Page } from '@playwright/test';
import { BINDER_DOWNLOADS_DIR, BINDERS, binderFile, type BinderKind } from '../src/lib/binder-contents.ts';
import { LOCALES, localePath, type Locale } from '../src/lib/routes.ts';
import { serve } from './static-server.ts';
import { chromiumPath } from './chromium.ts';

/** Pages in a PDF file: its page objects (`/Type /Page`, not `/Pages`). */
export const pdfPageCount = (file: string): number =>
  (readFileSync(file, 'latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;

/**
 * Chromium's sandbox stays on unless it cannot work: as root (Chromium refuses to start) or
 * where the container forbids it (HANDBOOK_NO_SANDBOX=1). The pages printed are our own build.
 */
export const sandboxArgs = (): string[] =>
  process.getuid?.() === 0 || process.env.HANDBOOK_NO_SANDBOX === '1' ? ['--no-sandbox'] : [];

/**
 * Loads every web font face the page's text needs, then waits for them. A face split in unicode-range
 * slices (Noto Sans SC comes in about a hundred) loads only the slices whose characters are on the
 * page; without this, text the binder added after the first layout may print in a fallback face.
 */
async function loadFonts(page: Page): Promise<void> {
  // the page adds the font's stylesheet once it has loaded (src/layouts/Base.astro): its rules first
  await page.waitForFunction(() => document.querySelector<HTMLLinkElement>('link[data-web-fonts]')?.sheet);
  await page.evaluate(async () => {
    const text = document.body.innerText;
    const faces = new Set(
      [...document.fonts].map((f) => `${f.style} ${f.weight} 16px "${f.family.replace(/^["']|["']$/g, '')}"`),
    );
    await Promise.all([...faces].map((font) => document.fonts.load(font, text)));
    await document.fonts.ready;
  });
}

interface PrintOptions {
  locales?: readonly Locale[];
  binders?: readonly BinderKind[];
}

export async function printBinders(
  baseUrl: string,
  outDir: string,
  { locales = Object.keys(LOCALES) as Locale[], binders = BINDERS }: PrintOptions = {},
): Promise<{ file: string; pages: number }[]> {
  mkdirSync(outDir, { recursive: true });
  const browser = await chromium.launch({
    ...(chromiumPath ? { executablePath: chromiumPath } : {}),
    args: [...sandboxArgs(), '--disable-gpu'],
  });
  const written: { file: string; pages: number }[] = [];
  try {
    const page = await browser.newPage();
    for (const locale of locales) {
      for (const kind of binders) {
        const url = `${baseUrl}${localePath(`/binder/${kind}/`, locale)}`;
        const response = await page.goto(url);
        if (!response?.ok()) throw new Error(`${url} answered ${response?.status()}`);
        await page.waitForFunction(() => document.documentElement.dataset.binderReady === 'true', undefined, {
          timeout: 60_000,
        });
        await page.emulateMedia({ media: 'print' });
        await loadFonts(page);
        const file = join(outDir, binderFile(kind, locale));
        // Sizes, margins and the running footer come from the site's print styles (print.css), as
        // when a reader prints the page: the page's address, the version, the build day and
        // "page n of m", in the binder's language and its web fonts.
        await page.pdf({
          path: file,
          format: 'A4',
          preferCSSPageSize: true,
          printBackground: true,
          outline: true,
          tagged: true,
        });
        await page.emulateMedia({ media: null });
        written.push({ file, pages: pdfPageCount(file) });
      }
    }
  } finally {
    await browser.close();
  }
  return written;
}

/** The values of a repeatable option, each checked against the allowed ones; undefined when not given. */
function pick<T extends string>(name: string, given: string[] | undefined, allowed: readonly T[]): T[] | undefined {
  if (!given?.length) return undefined;
  const wrong = given.filter((v) => !allowed.includes(v as T));
  if (wrong.length) {
    console.error(`✖ --${name} ${wrong.join(', ')}: not one of ${allowed.join(', ')}`);
    process.exit(2);
  }
  return given as T[];
}

if (import.meta.url === `file://${process.argv[1] && resolve(process.argv[1])}`) {
  const { values } = parseArgs({
    options: {
      'base-url': { type: 'string' },
      out: { type: 'string' },
      locale: { type: 'string', multiple: true },
      binder: { type: 'string', multiple: true },
    },
  });
  const locales = pick('locale', values.locale, Object.keys(LOCALES) as Locale[]);
  const binders = pick('binder', values.binder, BINDERS);
  const dist = resolve(process.env.HANDBOOK_DIST_DIR ?? 'dist');
  let server: Server | undefined;
  let baseUrl = values['base-url']?.replace(/\/$/, '');
  if (!baseUrl) {
    if (!existsSync(join(dist, 'binder'))) {
      console.error(`✖ no built site with binders in ${dist}: run \`npm run build\` first (or pass --base-url)`);
      process.exit(2);
    }
    ({ server, url: baseUrl } = await serve(dist));
  }
  try {
    for (const { file, pages } of await printBinders(baseUrl, resolve(values.out ?? join(dist, BINDER_DOWNLOADS_DIR)), {
      ...(locales ? { locales } : {}),
      ...(binders ? { binders } : {}),
    })) {
      console.log(`✔ ${file}: ${pages} pages`);
    }
  } catch (error) {
    console.error(`✖ printing the binders failed: ${(error as Error).message}`);
    process.exitCode = 1;
  } finally {
    server?.close();
  }
}
