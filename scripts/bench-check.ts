/**
 * How long `npm run check` takes on the real content, without a site build.
 *
 *   node scripts/bench-check.ts [runs=10] [content-dir]
 *
 * Prints two figures: the whole CLI as a fresh process (what an author waits for, Node start-up
 * and module loading included), and the check pipeline alone run in-process (load, model,
 * every rule), each as min / median / max over the runs.
 */
import { spawnSync } from 'node:child_process';
import { checkContent } from '../src/lib/checks/index.ts';
import { DEFAULT_CONTENT_DIR } from '../src/lib/content/files.ts';

const runs = Number(process.argv[2] ?? 10);
const contentDir = process.argv[3] ?? process.env.HANDBOOK_CONTENT_DIR ?? DEFAULT_CONTENT_DIR;
if (!Number.isInteger(runs) || runs < 1) {
  console.error('usage: node scripts/bench-check.ts [runs=10] [content-dir]');
  process.exit(2);
}

function stats(times: number[]): string {
  const sorted = [...times].sort((a, b) => a - b);
  const ms = (t: number) => `${t.toFixed(0)} ms`;
  return `min ${ms(sorted[0]!)}  median ${ms(sorted[Math.floor(sorted.length / 2)]!)}  max ${ms(sorted.at(-1)!)}`;
}

function time(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

let size = { files: 0, findings: 0, edges: 0 };
const inProcess = Array.from({ length: runs }, () =>
  time(() => {
    const { model, findings } = checkContent({ contentDir });
    size = { files: model.entries.length, findings: findings.length, edges: model.edges.length };
  }),
);
const cli = Array.from({ length: runs }, () =>
  time(() => {
    const run = spawnSync(process.execPath, ['scripts/check.ts', contentDir], { encoding: 'utf8' });
    if (run.status === 2) throw new Error(`the checker failed: ${run.stderr}`);
  }),
);

console.log(`${contentDir}: ${size.files} entries, ${size.edges} edges, ${size.findings} findings; ${runs} runs each`);
console.log(`node scripts/check.ts (fresh process)  ${stats(cli)}`);
console.log(
  `checkContent() in-process            ${stats(inProcess)}  (first run ${inProcess[0]!.toFixed(0)} ms, cold)`,
);
