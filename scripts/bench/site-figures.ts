/**
 * Figures of a built site for `npm run bench`: how many pages, and what one runbook page and one
 * read-only page (a control) cost a reader: HTML, the JavaScript they load (entry scripts and
 * inline ones), the CSS that blocks their first paint (gzip, as served), and Pagefind's index.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';

export interface SiteFigures {
  pages: number;
  runbookHtmlBytes: number;
  runbookScriptBytes: number;
  controlScriptBytes: number;
  blockingCssGzipBytes: number;
  pagefindBytes: number;
}

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name));
}

/** A file the page names by its site path (`/_astro/x.js`), read from the built site. */
const siteFile = (site: string, path: string): string =>
  readFileSync(join(site, decodeURIComponent(path.split(/[?#]/)[0]!)), 'utf8');

function scriptBytes(site: string, html: string): number {
  let total = 0;
  for (const script of parse(html).querySelectorAll('script')) {
    const type = script.getAttribute('type');
    if (type && type !== 'module' && type !== 'text/javascript') continue; // JSON data, not code
    const src = script.getAttribute('src');
    total += Buffer.byteLength(src ? siteFile(site, src) : script.text);
  }
  return total;
}

/** The stylesheets of `<head>`: the browser paints nothing before they arrive (one in `<body>` holds back only what follows it). */
function blockingCssGzip(site: string, html: string): number {
  const root = parse(html).querySelector('head')!;
  const sheets = root
    .querySelectorAll('link[rel="stylesheet"]')
    .filter((link) => !link.getAttribute('media') || link.getAttribute('media') === 'all')
    .map((link) => siteFile(site, link.getAttribute('href')!));
  const inline = root.querySelectorAll('style').map((style) => style.text);
  return [...sheets, ...inline].reduce((sum, css) => sum + gzipSync(css).byteLength, 0);
}

export function siteFigures(site: string, sampleRunbookFile: string): SiteFigures {
  const all = files(site);
  const runbookPage = join(site, 'runbooks', basename(sampleRunbookFile).replace(/\.mdx$/, ''), 'index.html');
  const controlPage = join(site, 'controls', 'acc-01', 'index.html');
  const runbook = readFileSync(runbookPage, 'utf8');
  const pagefind = join(site, 'pagefind');
  return {
    pages: all.filter((file) => file.endsWith('.html')).length,
    runbookHtmlBytes: Buffer.byteLength(runbook),
    runbookScriptBytes: scriptBytes(site, runbook),
    controlScriptBytes: existsSync(controlPage) ? scriptBytes(site, readFileSync(controlPage, 'utf8')) : 0,
    blockingCssGzipBytes: blockingCssGzip(site, runbook),
    pagefindBytes: existsSync(pagefind) ? files(pagefind).reduce((sum, file) => sum + statSync(file).size, 0) : 0,
  };
}
