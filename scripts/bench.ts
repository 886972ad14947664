/**
 * `npm run bench [-- --sizes 200,2000,5000 | --quick]`: how the handbook's check and build grow
 * with the content, against a plain Astro + MDX build of the same bodies. For each size it makes
 * synthetic content (the real content plus that many entries copied from the real ones, see
 * scripts/bench/synthesize.ts) in a temporary folder and runs, one after another:
 *
 * - the content check from cold (a fresh process, the checker's disk cache emptied), then warm
 *   with one runbook changed;
 * - the full `npm run build` (check, Astro, Pagefind, service worker, headers, links), then a
 *   rebuild with one runbook changed;
 * - the baseline: plain Astro 7 + MDX, one bare page per MDX body (scripts/bench/baseline.ts);
 *
 * and measures each one's wall time and the peak memory of its whole process tree, then the built
 * site: its pages, one runbook page's HTML, JavaScript and render-blocking CSS, Pagefind's index
 * and the time its first result takes to appear in Chromium. Prints a table and writes the same as
 * JSON to bench/results-<date>.json. A script that prints figures, not a test: it passes or fails
 * no target; the README compares the figures with them.
 */
import { mkdtempSync, rmSync, writeFileSync, mkdirSync, appendFileSync } from 'node:fs';
import { tmpdir, cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { synthesize } from './bench/synthesize.ts';
import { measure, type Measured } from './bench/measure.ts';
import { writeBaseline } from './bench/baseline.ts';
import { siteFigures, type SiteFigures } from './bench/site-figures.ts';
import { firstSearchResult } from './bench/search-timing.ts';
import { DEFAULT_CONTENT_DIR } from '../src/lib/content/files.ts';

const USAGE = 'usage: npm run bench [-- --sizes 200,2000,5000] [-- --quick] (entries added to the real content)';

let sizes: number[];
try {
  const { values } = parseArgs({
    options: { sizes: { type: 'string', default: '200,2000,5000' }, quick: { type: 'boolean', default: false } },
  });
  sizes = (values.quick ? '200,1000' : values.sizes).split(',').map(Number);
  if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`--sizes takes whole numbers: ${values.sizes}`);
} catch (error) {
  console.error(`${(error as Error).message}\n${USAGE}`);
  process.exit(2);
}

interface Step {
  seconds: number;
  peakRssMB?: number;
}

interface SizeResult {
  added: number;
  mdxBodies: number;
  checkCold: Step;
  checkWarm: Step;
  build: Step;
  rebuild: Step;
  baseline: Step;
  site: SiteFigures & { firstResultMs: number };
  ratios: { buildToBaseline: number; peakRssToBaseline?: number; coldToRebuild: number };
}

const node = process.execPath;
const step = (m: Measured): Step => ({
  seconds: Math.round(m.seconds * 10) / 10,
  ...(m.peakRss === undefined ? {} : { peakRssMB: Math.round(m.peakRss / 2 ** 20) }),
});

/** A visible change to one runbook's body, as an author's edit would make. */
function touch(file: string, round: number): void {
  appendFileSync(file, `\nBench edit ${round}: this paragraph was added to measure a rebuild.\n`);
}

async function benchSize(added: number): Promise<SizeResult> {
  const work = mkdtempSync(join(tmpdir(), `handbook-bench-${added}-`));
  try {
    const content = synthesize(DEFAULT_CONTENT_DIR, join(work, 'content'), added);
    const env = {
      HANDBOOK_CONTENT_DIR: content.dir,
      HANDBOOK_DIST_DIR: join(work, 'dist'),
      HANDBOOK_CACHE_DIR: join(work, 'astro-cache'),
    };
    console.log(`\n— ${added} entries added (${content.mdxFiles.length} MDX bodies), in ${work}`);
    rmSync('node_modules/.cache/handbook', { recursive: true, force: true });
    const checkCold = step(await measure(node, ['scripts/check.ts', content.dir]));
    touch(content.sampleRunbook, 1);
    const checkWarm = step(await measure(node, ['scripts/check.ts', content.dir]));
    console.log(`  check: cold ${checkCold.seconds} s, warm ${checkWarm.seconds} s`);
    const build = step(await measure(node, ['scripts/build.ts'], { env }));
    console.log(`  build: ${build.seconds} s, ${build.peakRssMB ?? '?'} MB`);
    touch(content.sampleRunbook, 2);
    const rebuild = step(await measure(node, ['scripts/build.ts'], { env }));
    console.log(`  rebuild: ${rebuild.seconds} s`);
    const figures = siteFigures(env.HANDBOOK_DIST_DIR, content.sampleRunbook);
    const firstResultMs = await firstSearchResult(env.HANDBOOK_DIST_DIR, 'rollback');
    const root = writeBaseline(join(work, 'baseline'), content.dir, content.mdxFiles);
    const baseline = step(
      await measure(node, [resolve('node_modules/astro/bin/astro.mjs'), 'build', '--root', root], { cwd: root }),
    );
    console.log(`  baseline: ${baseline.seconds} s, ${baseline.peakRssMB ?? '?'} MB`);
    return {
      added,
      mdxBodies: content.mdxFiles.length,
      checkCold,
      checkWarm,
      build,
      rebuild,
      baseline,
      site: { ...figures, firstResultMs },
      ratios: {
        buildToBaseline: Math.round((build.seconds / baseline.seconds) * 100) / 100,
        ...(build.peakRssMB && baseline.peakRssMB
          ? { peakRssToBaseline: Math.round((build.peakRssMB / baseline.peakRssMB) * 100) / 100 }
          : {}),
        coldToRebuild: Math.round((build.seconds / rebuild.seconds) * 100) / 100,
      },
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function printTable(results: readonly SizeResult[]): void {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const rows: [string, (r: SizeResult) => string][] = [
    ['MDX bodies', (r) => String(r.mdxBodies)],
    ['check, cold', (r) => `${r.checkCold.seconds} s`],
    ['check, warm (1 file changed)', (r) => `${r.checkWarm.seconds} s`],
    ['build (whole pipeline)', (r) => `${r.build.seconds} s`],
    ['build, peak RSS', (r) => `${r.build.peakRssMB ?? '?'} MB`],
    ['rebuild (1 file changed)', (r) => `${r.rebuild.seconds} s`],
    ['baseline: plain Astro + MDX', (r) => `${r.baseline.seconds} s`],
    ['baseline, peak RSS', (r) => `${r.baseline.peakRssMB ?? '?'} MB`],
    ['build ÷ baseline (time)', (r) => `${r.ratios.buildToBaseline}×`],
    ['build ÷ baseline (memory)', (r) => (r.ratios.peakRssToBaseline ? `${r.ratios.peakRssToBaseline}×` : '?')],
    ['cold build ÷ rebuild', (r) => `${r.ratios.coldToRebuild}×`],
    ['pages', (r) => String(r.site.pages)],
    ['one runbook page: HTML', (r) => kb(r.site.runbookHtmlBytes)],
    ['one runbook page: script files', (r) => kb(r.site.runbookScripts.files)],
    ['one runbook page: inline scripts', (r) => kb(r.site.runbookScripts.inline)],
    ['a read-only page (a control): script files', (r) => kb(r.site.controlScripts.files)],
    ['a read-only page (a control): inline scripts', (r) => kb(r.site.controlScripts.inline)],
    ['render-blocking CSS, gzip', (r) => kb(r.site.blockingCssGzipBytes)],
    ['Pagefind index (both languages)', (r) => kb(r.site.pagefindBytes)],
    ['first search result (Chromium)', (r) => `${r.site.firstResultMs} ms`],
  ];
  const header = ['entries added', ...results.map((r) => String(r.added))];
  const lines = [header, ...rows.map(([label, cell]) => [label, ...results.map(cell)])];
  const widths = header.map((_, i) => Math.max(...lines.map((line) => line[i]!.length)));
  console.log('');
  for (const line of lines)
    console.log(line.map((cell, i) => (i ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join('  '));
}

const results: SizeResult[] = [];
for (const size of sizes) results.push(await benchSize(size));
printTable(results);
const machine = {
  cpus: cpus().length,
  cpuModel: cpus()[0]?.model,
  memoryGB: Math.round(totalmem() / 2 ** 30),
  node: process.version,
};
const date = new Date().toISOString().slice(0, 10);
mkdirSync('bench', { recursive: true });
// the full run is results-<date>.json; any other sizes say so in the name
const suffix = sizes.join(',') === '200,2000,5000' ? '' : `-${sizes.join('-')}`;
const file = `bench/results-${date}${suffix}.json`;
writeFileSync(file, `${JSON.stringify({ date, machine, results }, null, 2)}\n`);
console.log(
  `\n${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGB} GB, Node ${machine.node}; written to ${file}`,
);
