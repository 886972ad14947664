/**
 * `npm run pdf`: prints the emergency binder (every plan and its runbooks) and the audit pack
 * (checklists, matrix, traceability) of the built site to PDF, with Playwright's Chromium.
 *
 *   node scripts/pdf.ts [--base-url http://127.0.0.1:4321] [--out <dir>]
 *
 * Without --base-url it serves the built site (HANDBOOK_DIST_DIR, default dist/) itself. The PDFs
 * go to <dist>/pdf/ unless --out says otherwise. The binder pages (/binder/emergency/ and
 * /binder/audit/) hold the title page and the table of contents; the footer numbers the pages.
 * Exit codes: 0 written, 1 a binder could not be printed, 2 bad usage or no built site.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { en } from '../src/i18n/en.ts';
import { serve } from './static-server.ts';

export const BINDER_FILES = { emergency: 'emergency-binder.pdf', audit: 'audit-pack.pdf' } as const;

/** Pages in a PDF file: its page objects (`/Type /Page`, not `/Pages`). */
export const pdfPageCount = (file: string): number =>
  (readFileSync(file, 'latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;

/** Same choice as playwright.config.ts: CHROMIUM_PATH, else Debian's chromium, else Playwright's own. */
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

/**
 * Chromium's sandbox stays on unless it cannot work: as root (Chromium refuses to start) or
 * where the container forbids it (HANDBOOK_NO_SANDBOX=1). The pages printed are our own build.
 */
export const sandboxArgs = (): string[] =>
  process.getuid?.() === 0 || process.env.HANDBOOK_NO_SANDBOX === '1' ? ['--no-sandbox'] : [];

const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

export async function printBinders(baseUrl: string, outDir: string): Promise<{ file: string; pages: number }[]> {
  mkdirSync(outDir, { recursive: true });
  const browser = await chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: [...sandboxArgs(), '--disable-gpu'],
  });
  const written: { file: string; pages: number }[] = [];
  try {
    const page = await browser.newPage();
    for (const [kind, name] of Object.entries(BINDER_FILES) as [keyof typeof BINDER_FILES, string][]) {
      const response = await page.goto(`${baseUrl}/binder/${kind}/`);
      if (!response?.ok()) throw new Error(`${baseUrl}/binder/${kind}/ answered ${response?.status()}`);
      await page.waitForFunction(() => document.documentElement.dataset.binderReady === 'true', undefined, {
        timeout: 60_000,
      });
      await page.evaluate(() => document.fonts.ready);
      const title = escapeHtml(`${en['site.title']} · ${en[`binder.${kind}`]}`);
      const footer = escapeHtml(en['binder.page'])
        .replace('{page}', '<span class="pageNumber"></span>')
        .replace('{total}', '<span class="totalPages"></span>');
      const file = join(outDir, name);
      await page.pdf({
        path: file,
        format: 'A4',
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: '<span></span>',
        footerTemplate: `<div style="font: 8px sans-serif; color: #444; width: 100%; padding: 0 16mm; display: flex; justify-content: space-between;"><span>${title}</span><span>${footer}</span></div>`,
        margin: { top: '16mm', bottom: '18mm', left: '14mm', right: '14mm' },
        outline: true,
        tagged: true,
      });
      written.push({ file, pages: pdfPageCount(file) });
    }
  } finally {
    await browser.close();
  }
  return written;
}

if (import.meta.url === `file://${process.argv[1] && resolve(process.argv[1])}`) {
  const { values } = parseArgs({ options: { 'base-url': { type: 'string' }, out: { type: 'string' } } });
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
    for (const { file, pages } of await printBinders(baseUrl, resolve(values.out ?? join(dist, 'pdf')))) {
      console.log(`✔ ${file}: ${pages} pages`);
    }
  } catch (error) {
    console.error(`✖ printing the binders failed: ${(error as Error).message}`);
    process.exitCode = 1;
  } finally {
    server?.close();
  }
}
