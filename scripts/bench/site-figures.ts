/**
 * Figures of a built site for `npm run bench`: how many pages, and what one runbook page and one
 * read-only page (a control) cost a reader: HTML, the JavaScript they run on load (script files and
 * inline scripts apart), the CSS that blocks their first paint (gzip, as served), and Pagefind's index.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';

export interface SiteFigures {
  pages: number;
  runbookHtmlBytes: number;
  runbookScripts: ScriptBytes;
  controlScripts: ScriptBytes;
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

/** The JavaScript a page runs as it loads: script files, and scripts written in the HTML. */
interface ScriptBytes {
  files: number;
  inline: number;
}

/** Scripts inside a `<template>` (the search dialog's module, added when search opens) are not counted. */
function scriptBytes(site: string, html: string): ScriptBytes {
  const total: ScriptBytes = { files: 0, inline: 0 };
  for (const script of parse(html).querySelectorAll('script')) {
    const type = script.getAttribute('type');
    if (type && type !== 'module' && type !== 'text/javascript') continue; // JSON data, not code
    if (script.closest('template')) continue;
    const src = script.getAttribute('src');
    if (src) total.files += Buffer.byteLength(siteFile(site, src));
    else total.inline += Buffer.byteLength(script.text);
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
    runbookScripts: scriptBytes(site, runbook),
    controlScripts: existsSync(controlPage)
      ? scriptBytes(site, readFileSync(controlPage, 'utf8'))
      : { files: 0, inline: 0 },
    blockingCssGzipBytes: blockingCssGzip(site, runbook),
    pagefindBytes: existsSync(pagefind) ? files(pagefind).reduce((sum, file) => sum + statSync(file).size, 0) : 0,
  };
}
