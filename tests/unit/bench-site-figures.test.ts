/**
 * What `npm run bench` reports of a built site, on a small site written here: only `<head>`'s
 * stylesheets block the first paint, and a page's JavaScript is its script files and its inline
 * scripts, apart, without the scripts a `<template>` holds until a feature is opened.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, expect, it } from 'vitest';
import { pagesToScore } from '../../scripts/bench/lighthouse.ts';
import { siteFigures } from '../../scripts/bench/site-figures.ts';

const site = mkdtempSync(join(tmpdir(), 'handbook-site-figures-'));
afterAll(() => rmSync(site, { recursive: true, force: true }));
const write = (path: string, text: string) => {
  mkdirSync(dirname(join(site, path)), { recursive: true });
  writeFileSync(join(site, path), text);
};

const pageCss = 'main { color: #123; }'.repeat(40);
const fontCss = '@font-face { font-family: X; src: url(x.woff2); }'.repeat(40);
const inline = 'document.body.dataset.ready = "1";';
write('_astro/page.css', pageCss);
write('_astro/fonts.css', fontCss);
write('_astro/print.css', 'body { color: black; }');
write('_astro/mode.js', 'export const mode = 1;');
write('_astro/search.js', 'export const search = "only when opened";');
const head = `<head><link rel="stylesheet" href="/_astro/page.css"><link rel="stylesheet" href="/_astro/print.css" media="print"><style>p{margin:0}</style></head>`;
write(
  'runbooks/rollback/index.html',
  `<html>${head}<body><main>Steps</main><script type="module" src="/_astro/mode.js"></script><script>${inline}</script>` +
    `<script type="application/json">{"data": true}</script><template><script type="module" src="/_astro/search.js"></script></template>` +
    `<link rel="stylesheet" href="/_astro/fonts.css"></body></html>`,
);
write(
  'controls/acc-01/index.html',
  `<html>${head}<body><main>A control</main><script>${inline}</script></body></html>`,
);
write('pagefind/pagefind.js', '12345');

it('counts as render-blocking only the stylesheets of <head> for every medium, linked and inline', () => {
  const figures = siteFigures(site, 'src/content/runbooks/rollback.mdx');
  expect(figures.blockingCssGzipBytes).toBe(gzipSync(pageCss).byteLength + gzipSync('p{margin:0}').byteLength);
});

it('gives script files and inline scripts apart, leaving out data and what a <template> holds', () => {
  const figures = siteFigures(site, 'src/content/runbooks/rollback.mdx');
  expect(figures.runbookScripts).toStrictEqual({
    files: Buffer.byteLength('export const mode = 1;'),
    inline: Buffer.byteLength(inline),
  });
  expect(figures.controlScripts).toStrictEqual({ files: 0, inline: Buffer.byteLength(inline) });
  expect(figures.pages).toBe(2);
  expect(figures.pagefindBytes).toBe(5);
});

it('scores with Lighthouse each page kind the site has, in each language it has it', () => {
  write('zh-cn/runbooks/rollback/index.html', '<html><body>回滚</body></html>');
  write('index.html', '<html><body>Home</body></html>');
  // acc-01 is not the control page scored (chg-01 is), and only the runbook has its Chinese twin here
  expect(pagesToScore(site)).toStrictEqual(['/', '/runbooks/rollback/', '/zh-cn/runbooks/rollback/']);
});
