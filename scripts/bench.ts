/**
 * `npm run bench [-- --sizes 200,2000,5000 | --quick]`: how the handbook's check and build grow
 * with the content, against a plain Astro + MDX build of the same bodies. For each size it makes
 * synthetic content (the real content plus that many entries copied from the real ones, see
 * scripts/bench/synthesize.ts) in a temporary folder and runs, one after another:
 *
 * - the content check from cold (a fresh process, the checker's disk cache emptied), then again
 *   with one runbook changed: in a fresh process, and in a watching one (`check.ts --watch`, warm);
 * - the full `npm run build` (check, Astro, Pagefind, service worker, headers, links), then a
 *   rebuild with one runbook changed;
 * - the baseline: plain Astro 7 + MDX, one bare page per MDX body (scripts/bench/baseline.ts);
 *
 * and measures each one's wall time and the peak memory of its whole process tree, then the built
 * site: its pages, one runbook page's HTML, JavaScript and render-blocking CSS, Pagefind's index
 * and the time its first result takes to appear in Chromium; on the largest size, Lighthouse's
 * mobile score of one page of every kind in both languages (scripts/bench/lighthouse.ts) on the
 * largest size whose build ran to the end. Prints a table and writes the same as
 * JSON to bench/results-<date>.json. A script that prints figures, not a test: it passes or fails
 * no target; the README compares the figures with them. A step whose memory passes `--max-rss` is
 * stopped there and reported as stopped, and the bench goes on.
 */
import { mkdtempSync, rmSync, writeFileSync, mkdirSync, appendFileSync } from 'node:fs';
import { tmpdir, cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { synthesize } from './bench/synthesize.ts';
import { measure, OverMemory, StepFailed, type Measured } from './bench/measure.ts';
import { writeBaseline } from './bench/baseline.ts';
import { siteFigures } from './bench/site-figures.ts';
import { firstSearchResult, firstSearchResultOnPhone } from './bench/search-timing.ts';
import { watchedCheckSeconds } from './bench/watch-timing.ts';
import { lighthouseScores, pagesToScore, type PageScore } from './bench/lighthouse.ts';
import { printLighthouse, printTable, ran, ratio, shown, type SizeResult, type Step } from './bench/table.ts';
import { DEFAULT_CONTENT_DIR } from '../src/lib/content/files.ts';

const USAGE =
  "usage: npm run bench [-- --sizes 200,2000,5000] [-- --quick] [-- --max-rss <GB>] [-- --no-lighthouse] (entries added to the real content; a step whose memory passes --max-rss, by default three quarters of this machine's, is stopped and reported as such)";

let sizes: number[];
/** The memory a step's process tree may hold before it is stopped, in bytes. */
let maxRss: number;
/** Run Lighthouse on the largest size's site (`--no-lighthouse` skips it, some ten minutes). */
let lighthouse: boolean;
try {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '200,2000,5000' },
      quick: { type: 'boolean', default: false },
      'max-rss': { type: 'string' },
      lighthouse: { type: 'boolean', default: true },
    },
    allowNegative: true,
  });
  lighthouse = values.lighthouse;
  sizes = (values.quick ? '200,1000' : values.sizes).split(',').map(Number);
  if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`--sizes takes whole numbers: ${values.sizes}`);
  const gigabytes = values['max-rss'] === undefined ? (totalmem() * 0.75) / 2 ** 30 : Number(values['max-rss']);
  if (!(gigabytes > 0)) throw new Error(`--max-rss takes a number of gigabytes: ${values['max-rss']}`);
  maxRss = gigabytes * 2 ** 30;
} catch (error) {
  console.error(`${(error as Error).message}\n${USAGE}`);
  process.exit(2);
}

const node = process.execPath;
const tenths = (seconds: number) => Math.round(seconds * 10) / 10;
const step = (m: Measured): Step => ({
  seconds: tenths(m.seconds),
  ...(m.peakRss === undefined ? {} : { peakRssMB: Math.round(m.peakRss / 2 ** 20) }),
});

/** Runs one step under the memory ceiling; a step stopped there, or failing, is a result, not a failure of the bench. */
async function run(
  command: string,
  args: readonly string[],
  options: { env?: Record<string, string>; cwd?: string } = {},
): Promise<Step> {
  try {
    return step(await measure(command, args, { ...options, maxRss }));
  } catch (error) {
    if (error instanceof OverMemory)
      return { seconds: tenths(error.seconds), stoppedAboveMB: Math.round(error.limit / 2 ** 20) };
    if (!(error instanceof StepFailed)) throw error;
    console.log(`  ${args.join(' ')} failed after ${tenths(error.seconds)} s: ${error.reason}`);
    return {
      seconds: tenths(error.seconds),
      ...(error.peakRss === undefined ? {} : { peakRssMB: Math.round(error.peakRss / 2 ** 20) }),
      failed: error.reason,
    };
  }
}
/** A check in a watching process after one change; a watcher that fails is a result too. */
async function watchedCheck(contentDir: string, change: () => void): Promise<Step> {
  try {
    return { seconds: Math.round((await watchedCheckSeconds(contentDir, change)) * 100) / 100 };
  } catch (error) {
    return { seconds: 0, failed: (error as Error).message };
  }
}

/** The first search result on a phone's link, or undefined where nginx or openssl is missing (said so). */
async function phoneTiming(site: string): Promise<number | undefined> {
  try {
    return await firstSearchResultOnPhone(site, 'rollback');
  } catch (error) {
    console.log(`  first search result on slow 4G not measured: ${(error as Error).message.split('\n')[0]}`);
    return undefined;
  }
}

/** A visible change to one runbook's body, as an author's edit would make. */
function touch(file: string, round: number): void {
  appendFileSync(file, `\nBench edit ${round}: this paragraph was added to measure a rebuild.\n`);
}

/** Lighthouse's figures for the built site, or why there are none (nginx missing). */
async function lighthouseOf(site: string): Promise<PageScore[] | undefined> {
  try {
    console.log(`\nLighthouse on ${site}, one page of every kind in both languages …`);
    return await lighthouseScores(site, pagesToScore(site));
  } catch (error) {
    console.log(`  Lighthouse not run: ${(error as Error).message}`);
    return undefined;
  }
}

/**
 * Benches one size. Its temporary folder is removed, unless its build ran to the end: then the
 * caller gets the built site (to score with Lighthouse) and removes the folder itself.
 */
async function benchSize(added: number): Promise<{ result: SizeResult; site?: string; remove(): void }> {
  const work = mkdtempSync(join(tmpdir(), `handbook-bench-${added}-`));
  const remove = () => rmSync(work, { recursive: true, force: true });
  try {
    const content = synthesize(DEFAULT_CONTENT_DIR, join(work, 'content'), added);
    const env = {
      HANDBOOK_CONTENT_DIR: content.dir,
      HANDBOOK_DIST_DIR: join(work, 'dist'),
      HANDBOOK_CACHE_DIR: join(work, 'astro-cache'),
    };
    console.log(`\n— ${added} entries added (${content.mdxFiles.length} MDX bodies), in ${work}`);
    rmSync('node_modules/.cache/handbook', { recursive: true, force: true });
    const checkCold = await run(node, ['scripts/check.ts', content.dir]);
    touch(content.sampleRunbook, 1);
    const checkWarm = await run(node, ['scripts/check.ts', content.dir]);
    const checkWatched = await watchedCheck(content.dir, () => touch(content.sampleRunbook, 2));
    console.log(`  check: cold ${shown(checkCold)}, warm ${shown(checkWarm)}, watching ${shown(checkWatched)}`);
    const build = await run(node, ['scripts/build.ts'], { env });
    console.log(`  build: ${shown(build)}, ${build.peakRssMB ?? '?'} MB`);
    touch(content.sampleRunbook, 3);
    const rebuild = ran(build) ? await run(node, ['scripts/build.ts'], { env }) : build;
    console.log(`  rebuild: ${shown(rebuild)}`);
    const site = ran(rebuild)
      ? {
          ...siteFigures(env.HANDBOOK_DIST_DIR, content.sampleRunbook),
          firstResultMs: await firstSearchResult(env.HANDBOOK_DIST_DIR, 'rollback'),
          firstResultOnPhoneMs: await phoneTiming(env.HANDBOOK_DIST_DIR),
        }
      : undefined;
    const root = writeBaseline(join(work, 'baseline'), content.mdxFiles);
    const baseline = await run(node, [resolve('node_modules/astro/bin/astro.mjs'), 'build', '--root', root], {
      cwd: root,
    });
    console.log(`  baseline: ${shown(baseline)}, ${baseline.peakRssMB ?? '?'} MB`);
    const memory = ratio(build, baseline, (s) => s.peakRssMB);
    const buildToBaseline = ratio(build, baseline);
    const coldToRebuild = ratio(build, rebuild);
    const result: SizeResult = {
      added,
      mdxBodies: content.mdxFiles.length,
      checkCold,
      checkWarm,
      checkWatched,
      build,
      rebuild,
      baseline,
      ...(site ? { site } : {}),
      ratios: {
        ...(buildToBaseline !== undefined ? { buildToBaseline } : {}),
        ...(memory !== undefined ? { peakRssToBaseline: memory } : {}),
        ...(coldToRebuild !== undefined ? { coldToRebuild } : {}),
      },
    };
    if (site) return { result, site: env.HANDBOOK_DIST_DIR, remove };
    remove();
    return { result, remove };
  } catch (error) {
    remove();
    throw error;
  }
}

const results: SizeResult[] = [];
/** The largest size whose build ran to the end, kept for Lighthouse. */
let largest: Awaited<ReturnType<typeof benchSize>> | undefined;
for (const size of sizes) {
  const benched = await benchSize(size);
  results.push(benched.result);
  if (!benched.site) continue;
  largest?.remove();
  largest = benched;
}
if (largest && lighthouse) {
  const scores = await lighthouseOf(largest.site!);
  if (scores) largest.result.lighthouse = scores;
}
largest?.remove();
printTable(results);
const scored = results.find((r) => r.lighthouse);
if (scored) printLighthouse(scored);
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
