/**
 * What `npm run bench` measures for one size, and how it prints it: the table of figures per size
 * and Lighthouse's scores per page.
 */
import type { SiteFigures } from './site-figures.ts';
import { scoreLines, type PageScore } from './lighthouse.ts';

export interface Step {
  seconds: number;
  peakRssMB?: number;
  /** Stopped when its memory passed this (`--max-rss`): its time is how long it ran. */
  stoppedAboveMB?: number;
  /** Ended with an error of its own (Node's heap exhausted, say): why, in a few words. */
  failed?: string;
}

export interface SizeResult {
  added: number;
  mdxBodies: number;
  checkCold: Step;
  checkWarm: Step;
  /** The same change checked by a watching process (`check.ts --watch`); absent in results from before it. */
  checkWatched?: Step;
  build: Step;
  rebuild: Step;
  baseline: Step;
  /** Absent when the build was stopped. */
  /** `firstResultOnPhoneMs`: over TLS and HTTP/2, slow 4G (absent in results from before it, or without nginx). */
  site?: SiteFigures & { firstResultMs: number; firstResultOnPhoneMs?: number };
  /** Lighthouse on one page of every kind in both languages: the largest size that built, unless skipped. */
  lighthouse?: PageScore[];
  /** Each only when both its steps ran to the end. */
  ratios: { buildToBaseline?: number; peakRssToBaseline?: number; coldToRebuild?: number };
}

export const ran = (s: Step) => s.stoppedAboveMB === undefined && s.failed === undefined;
/** a ÷ b of a figure of two steps, when both ran to the end and have it. */
export const ratio = (a: Step, b: Step, figure: (s: Step) => number | undefined = (s) => s.seconds) => {
  const [x, y] = [figure(a), figure(b)];
  return ran(a) && ran(b) && x && y ? Math.round((x / y) * 100) / 100 : undefined;
};
/** A step's time and memory as the table shows them. */
export const shown = (s: Step) =>
  ran(s)
    ? `${s.seconds} s`
    : s.failed !== undefined
      ? `failed after ${s.seconds} s: ${s.failed}`
      : `stopped above ${s.stoppedAboveMB} MB`;

/** A figure over the pages Lighthouse scored; `-` when it did not run or scored none. */
function lighthouseFigure(
  r: SizeResult,
  figure: (scored: Extract<PageScore, { performance: number }>[]) => string,
): string {
  const scored = (r.lighthouse ?? []).filter(
    (p): p is Extract<PageScore, { performance: number }> => 'performance' in p,
  );
  return scored.length ? figure(scored) : '-';
}

export function printTable(results: readonly SizeResult[]): void {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const times = (n: number | undefined) => (n === undefined ? '-' : `${n}×`);
  const memory = (s: Step) => (s.peakRssMB === undefined ? '?' : `${s.peakRssMB} MB`);
  /** A figure of the built site; `-` when the build was stopped. */
  const ofSite =
    (figure: (site: NonNullable<SizeResult['site']>) => string) =>
    (r: SizeResult): string =>
      r.site ? figure(r.site) : '-';
  const rows: [string, (r: SizeResult) => string][] = [
    ['MDX bodies', (r) => String(r.mdxBodies)],
    ['check, cold', (r) => shown(r.checkCold)],
    ['check, warm (1 file changed)', (r) => shown(r.checkWarm)],
    ['check, watching (1 file changed)', (r) => (r.checkWatched ? shown(r.checkWatched) : '-')],
    ['build (whole pipeline)', (r) => shown(r.build)],
    ['build, peak RSS', (r) => memory(r.build)],
    ['rebuild (1 file changed)', (r) => shown(r.rebuild)],
    ['baseline: plain Astro + MDX', (r) => shown(r.baseline)],
    ['baseline, peak RSS', (r) => memory(r.baseline)],
    ['build ÷ baseline (time)', (r) => times(r.ratios.buildToBaseline)],
    ['build ÷ baseline (memory)', (r) => times(r.ratios.peakRssToBaseline)],
    ['cold build ÷ rebuild', (r) => times(r.ratios.coldToRebuild)],
    ['pages', ofSite((site) => String(site.pages))],
    ['one runbook page: HTML', ofSite((site) => kb(site.runbookHtmlBytes))],
    ['one runbook page: script files', ofSite((site) => kb(site.runbookScripts.files))],
    ['one runbook page: inline scripts', ofSite((site) => kb(site.runbookScripts.inline))],
    ['a read-only page (a control): script files', ofSite((site) => kb(site.controlScripts.files))],
    ['a read-only page (a control): inline scripts', ofSite((site) => kb(site.controlScripts.inline))],
    ['render-blocking CSS, gzip', ofSite((site) => kb(site.blockingCssGzipBytes))],
    ['Pagefind index (both languages)', ofSite((site) => kb(site.pagefindBytes))],
    ['first search result (Chromium)', ofSite((site) => `${site.firstResultMs} ms`)],
    [
      'first search result, slow 4G, HTTP/2',
      ofSite((site) => (site.firstResultOnPhoneMs === undefined ? '-' : `${site.firstResultOnPhoneMs} ms`)),
    ],
    [
      'Lighthouse mobile: lowest score',
      (r) => lighthouseFigure(r, (p) => String(Math.min(...p.map((s) => s.performance)))),
    ],
    ['Lighthouse mobile: slowest LCP', (r) => lighthouseFigure(r, (p) => `${Math.max(...p.map((s) => s.lcpMs))} ms`)],
  ];
  const header = ['entries added', ...results.map((r) => String(r.added))];
  const lines = [header, ...rows.map(([label, cell]) => [label, ...results.map(cell)])];
  const widths = header.map((_, i) => Math.max(...lines.map((line) => line[i]!.length)));
  console.log('');
  for (const line of lines)
    console.log(line.map((cell, i) => (i ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join('  '));
}

/** Each page's Lighthouse score and largest contentful paint, worst first. */
export function printLighthouse(result: SizeResult): void {
  if (!result.lighthouse) return;
  console.log(`\nLighthouse, mobile (${result.added} entries added): performance, largest contentful paint`);
  for (const line of scoreLines(result.lighthouse)) console.log(line);
}
