/**
 * Runs ShellCheck over many shell blocks in one process (one temporary file per block, one
 * invocation for all), with results cached by a hash of ShellCheck's version, its options and the
 * block. Where ShellCheck is not installed, mvdan/sh compiled to WebAssembly (`sh-syntax`)
 * checks syntax only, in a child process because it is asynchronous and the checker is not.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface ShellDiagnostic {
  line: number;
  column: number;
  level: 'error' | 'warning' | 'info' | 'style';
  /** ShellCheck's code (2086 for SC2086); 0 for a syntax error from the fallback parser. */
  code: number;
  message: string;
}

export interface ShellLint {
  /** Which tool read the blocks. */
  tool: 'shellcheck' | 'sh-syntax';
  version: string;
  /** One list per block, in the order given. */
  results: ShellDiagnostic[][];
}

/**
 * Pasted blocks run in the engineer's interactive bash. Only ShellCheck's `error` and `warning`
 * levels are asked for: `info` is mostly quoting advice, and many blocks split a word list on
 * purpose (`$FILES`). Off: SC2034 (assigned, unused) and SC2154 (used, unassigned), because a
 * block sets variables for the next step's block, and the destructive-command rule judges unset
 * variables where they are dangerous; SC2164 (`cd … || exit`), because `exit` in a pasted block
 * closes the engineer's session, and a failing `cd` is caught where it matters, by that rule.
 */
export const SHELLCHECK_ARGS = ['--shell=bash', '--format=json1', '--norc', '--severity=warning', '--exclude=SC2034,SC2154,SC2164'] as const;

/** ShellCheck's binary: `HANDBOOK_SHELLCHECK` (tests point it nowhere to exercise the fallback), else `shellcheck` on the PATH. */
const binary = () => process.env.HANDBOOK_SHELLCHECK ?? 'shellcheck';

const CACHE_FILE = join('node_modules', '.cache', 'handbook', 'shellcheck.json');

function readCache(): Record<string, ShellDiagnostic[]> {
  try {
    return JSON.parse(readFileSync(CACHE_FILE, 'utf8')) as Record<string, ShellDiagnostic[]>;
  } catch {
    return {};
  }
}

function writeCache(cache: Record<string, ShellDiagnostic[]>): void {
  try {
    mkdirSync(dirname(CACHE_FILE), { recursive: true });
    // Write then rename, so that parallel runs (Vitest workers) never read half a file.
    const partial = `${CACHE_FILE}.${process.pid}`;
    writeFileSync(partial, JSON.stringify(cache));
    renameSync(partial, CACHE_FILE);
  } catch {
    // A read-only checkout only loses the cache.
  }
}

function shellcheckVersion(): string | null {
  const run = spawnSync(binary(), ['--version'], { encoding: 'utf8' });
  if (run.error || run.status !== 0) return null;
  return /version:\s*(\S+)/.exec(run.stdout)?.[1] ?? 'unknown';
}

export function lintShellBlocks(blocks: readonly string[]): ShellLint {
  const version = shellcheckVersion();
  if (version === null) return { tool: 'sh-syntax', version: 'sh-syntax', results: syntaxOnly(blocks) };
  const keyOf = (code: string) => createHash('sha256').update(`${version}\0${SHELLCHECK_ARGS.join(' ')}\0${code}`).digest('hex');
  const cache = readCache();
  const keys = blocks.map(keyOf);
  const missing = [...new Set(keys.filter((k) => !(k in cache)))];
  if (missing.length > 0) {
    const dir = mkdtempSync(join(tmpdir(), 'handbook-shellcheck-'));
    try {
      const files = missing.map((key, i) => {
        const path = join(dir, `${i}.sh`);
        writeFileSync(path, blocks[keys.indexOf(key)] ?? '');
        return path;
      });
      const run = spawnSync(binary(), [...SHELLCHECK_ARGS, ...files], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
      if (run.error || (run.status !== 0 && run.status !== 1)) {
        throw new Error(`shellcheck failed (${run.error?.message ?? `exit ${run.status}`}): ${run.stderr.slice(0, 200)}`);
      }
      const comments = (JSON.parse(run.stdout) as { comments: (ShellDiagnostic & { file: string })[] }).comments;
      missing.forEach((key) => (cache[key] = []));
      for (const c of comments) {
        const key = missing[files.indexOf(c.file)];
        if (key) cache[key]?.push({ line: c.line, column: c.column, level: c.level, code: c.code, message: c.message });
      }
      writeCache(cache);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return { tool: 'shellcheck', version, results: keys.map((k) => cache[k] ?? []) };
}

function syntaxOnly(blocks: readonly string[]): ShellDiagnostic[][] {
  const child = fileURLToPath(new URL('./sh-syntax-child.ts', import.meta.url));
  const run = spawnSync(process.execPath, [child], { input: JSON.stringify(blocks), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`the fallback shell parser failed: ${run.stderr.slice(0, 300)}`);
  return JSON.parse(run.stdout) as ShellDiagnostic[][];
}
