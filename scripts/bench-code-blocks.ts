/**
 * Benchmark of the code-block rules: copies the content, multiplies the runbooks to reach about
 * N entries, and prints the time of each code-block rule with ShellCheck's cache cold and warm.
 *
 *   node scripts/bench-code-blocks.ts [entries=1000]
 *
 * Figures, not a test: the time depends on the machine and its load.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHECKS } from '../src/lib/checks/index.ts';
import { loadContent } from '../src/lib/content/load.ts';
import { buildModel } from '../src/lib/model.ts';

const target = Number(process.argv[2] ?? 1000);
const dir = mkdtempSync(join(tmpdir(), 'handbook-bench-'));
const cacheDir = mkdtempSync(join(tmpdir(), 'handbook-bench-cache-'));
try {
  cpSync('src/content', dir, { recursive: true });
  const runbooks = readdirSync(join(dir, 'runbooks')).filter((f) => f.endsWith('.mdx'));
  const existing = readdirSync(dir, { recursive: true }).filter((f) => /\.(ya?ml|mdx)$/.test(String(f))).length;
  const copies = Math.max(0, Math.ceil((target - existing) / runbooks.length));
  for (let i = 1; i <= copies; i++) {
    for (const f of runbooks) {
      // Each copy differs by one comment, as edited entries would, so the cache cannot share them.
      const text = readFileSync(join(dir, 'runbooks', f), 'utf8').replace(
        /^( *)```sh\n/gm,
        (_, indent: string) => `${indent}\`\`\`sh\n${indent}# copy ${i}\n`,
      );
      writeFileSync(join(dir, 'runbooks', f.replace('.mdx', `-copy-${i}.mdx`)), text);
    }
  }
  let t = performance.now();
  const loaded = loadContent({ contentDir: dir });
  const model = buildModel(loaded.entries);
  const blocks = model.entries.reduce((n, e) => n + (e.bodyScan?.codeBlocks.length ?? 0), 0);
  console.log(
    `${model.entries.length} entries (${loaded.failed.length} failed to load), ${blocks} code blocks; load and model ${(performance.now() - t).toFixed(0)} ms`,
  );
  for (const f of loaded.findings.slice(0, 3)) console.log(`  ${f.file}: ${f.message}`);
  const context = {
    model,
    today: '2027-01-01',
    strict: false,
    failed: [],
    translations: [],
    contactFiles: [],
    exists: () => true,
  };
  process.chdir(cacheDir); // a cache of its own, under this folder's node_modules/.cache
  for (const pass of ['cold', 'warm']) {
    for (const check of CHECKS.filter((c) => /code|shellcheck|destructive|mixed|sql|promql|data-block/.test(c.id))) {
      t = performance.now();
      const n = check.run(context).length;
      console.log(
        `${pass}  ${check.id.padEnd(20)} ${(performance.now() - t).toFixed(0).padStart(7)} ms  ${n} findings`,
      );
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
  rmSync(cacheDir, { recursive: true, force: true });
}
