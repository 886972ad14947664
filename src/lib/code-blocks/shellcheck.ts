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
import { memoize } from '../memo.ts';

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
const SHELLCHECK_ARGS = [
  '--shell=bash',
  '--format=json1',
  '--norc',
  '--severity=warning',
  '--exclude=SC2034,SC2154,SC2164',
] as const;

/** ShellCheck's binary: `HANDBOOK_SHELLCHECK` (tests point it nowhere to exercise the fallback), else `shellcheck` on the PATH. */
const binary = () => process.env.HANDBOOK_SHELLCHECK ?? 'shellcheck';

const CACHE_FILE = join('node_modules', '.cache', 'handbook', 'shellcheck.json');
/** Entries kept: the blocks of this run first, then the most recent others (fixtures, other branches). */
const CACHE_CAP = 50_000;
/** Files per ShellCheck process: one for every block would cost a process each, all in one would exceed ARG_MAX. */
const FILES_PER_RUN = 400;

function readCache(): Record<string, ShellDiagnostic[]> {
  try {
    return JSON.parse(readFileSync(CACHE_FILE, 'utf8')) as Record<string, ShellDiagnostic[]>;
  } catch {
    return {};
  }
}

function writeCache(old: Record<string, ShellDiagnostic[]>, used: readonly string[]): void {
  const usedSet = new Set(used);
  const others = Object.keys(old).filter((k) => !usedSet.has(k));
  const kept = [...others.slice(Math.max(0, others.length + usedSet.size - CACHE_CAP)), ...usedSet];
  const cache = Object.fromEntries(kept.map((k) => [k, old[k] ?? []]));
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

/** ShellCheck's version, asked once per binary: starting it costs more than checking the blocks from the cache. */
const shellcheckVersion = memoize(
  (binary: string): string | null => {
    const run = spawnSync(binary, ['--version'], { encoding: 'utf8' });
    if (run.error || run.status !== 0) return null;
    return /version:\s*(\S+)/.exec(run.stdout)?.[1] ?? 'unknown';
  },
  (binary) => binary,
);

export function lintShellBlocks(blocks: readonly string[]): ShellLint {
  const version = shellcheckVersion(binary());
  if (version === null) return { tool: 'sh-syntax', version: 'sh-syntax', results: syntaxOnly(blocks) };
  const keyOf = (code: string) =>
    createHash('sha256')
      .update(`${version}\0${SHELLCHECK_ARGS.join(' ')}\0${code}`)
      .digest('hex');
  const cache = readCache();
  const keys = blocks.map(keyOf);
  // Stryker disable next-line StringLiteral: equivalent, `keys` is `blocks` mapped, so `blocks[i]` is a string for every `i` it visits
  const blockOf = new Map(keys.map((k, i) => [k, blocks[i] ?? '']));
  const missing = [...blockOf.keys()].filter((k) => !(k in cache));
  if (missing.length > 0) {
    const dir = mkdtempSync(join(tmpdir(), 'handbook-shellcheck-'));
    try {
      const files = missing.map((key, i) => {
        const path = join(dir, `${i}.sh`);
        // Stryker disable next-line StringLiteral: equivalent, `missing` holds keys of `blockOf` only
        writeFileSync(path, blockOf.get(key) ?? '');
        return path;
      });
      // Stryker disable next-line StringLiteral: equivalent, `files` is `missing` mapped, so `missing[i]` is a key for every `i`
      const keyOfFile = new Map(files.map((f, i) => [f, missing[i] ?? '']));
      missing.forEach((key) => (cache[key] = []));
      for (const c of runShellcheck(files)) {
        // Stryker disable next-line StringLiteral: equivalent, ShellCheck names only the files it was given, all in `keyOfFile`
        cache[keyOfFile.get(c.file) ?? '']?.push({
          line: c.line,
          column: c.column,
          level: c.level,
          code: c.code,
          message: c.message,
        });
      }
    } finally {
      // Stryker disable next-line BooleanLiteral: equivalent, the folder was made just before, so there is always one to remove
      rmSync(dir, { recursive: true, force: true });
    }
    writeCache(cache, keys);
  }
  return { tool: 'shellcheck', version, results: keys.map((k) => cache[k] ?? []) };
}

/** ShellCheck's comments on the files: one process for a few groups, in parallel by a child process for many. */
function runShellcheck(files: string[]): (ShellDiagnostic & { file: string })[] {
  const groups: string[][] = [];
  for (let start = 0; start < files.length; start += FILES_PER_RUN)
    groups.push(files.slice(start, start + FILES_PER_RUN));
  const run =
    groups.length === 1
      ? spawnSync(binary(), [...SHELLCHECK_ARGS, ...files], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 })
      : spawnSync(process.execPath, [fileURLToPath(new URL('./shellcheck-child.ts', import.meta.url))], {
          input: JSON.stringify({ binary: binary(), args: SHELLCHECK_ARGS, groups }),
          encoding: 'utf8',
          maxBuffer: 256 * 1024 * 1024,
        });
  if (run.error || (run.status !== 0 && (groups.length > 1 || run.status !== 1))) {
    throw new Error(
      `shellcheck failed (${run.error?.message ?? `exit ${run.status}`}): ${(run.stderr ?? '').slice(0, 300)}`,
    );
  }
  const parsed = JSON.parse(run.stdout) as
    { comments: (ShellDiagnostic & { file: string })[] } | (ShellDiagnostic & { file: string })[];
  return Array.isArray(parsed) ? parsed : parsed.comments;
}

function syntaxOnly(blocks: readonly string[]): ShellDiagnostic[][] {
  const child = fileURLToPath(new URL('./sh-syntax-child.ts', import.meta.url));
  const run = spawnSync(process.execPath, [child], {
    input: JSON.stringify(blocks),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  // Stryker disable next-line StringLiteral: equivalent, with an `encoding` `stderr` is always a string
  if (run.status !== 0) throw new Error(`the fallback shell parser failed: ${(run.stderr ?? '').slice(0, 300)}`);
  return JSON.parse(run.stdout) as ShellDiagnostic[][];
}
