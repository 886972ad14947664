/**
 * ShellCheck over many shell blocks: which tool read them, the version it reports, each block's
 * own diagnostics, the cache on disk (where it is, what it keys on, what it keeps), how the files
 * are split between ShellCheck processes, and what a failing ShellCheck or fallback parser says.
 *
 * Most tests run a stand-in for ShellCheck (a small Node script that prints a `warning` for each
 * line `warn <code> <message>` of a file and logs its arguments), so that every path is exercised
 * whatever the machine has installed. Each test runs in a fresh working directory (the cache is
 * written under its `node_modules`) with its own TMPDIR.
 */
import { createHash } from 'node:crypto';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ShellDiagnostic } from '../../src/lib/code-blocks/shellcheck.ts';

type Shellcheck = typeof import('../../src/lib/code-blocks/shellcheck.ts');
let lintShellBlocks: Shellcheck['lintShellBlocks'];

/** The options every ShellCheck run is given; they are part of the cache key. */
const ARGS = ['--shell=bash', '--format=json1', '--norc', '--severity=warning', '--exclude=SC2034,SC2154,SC2164'];

const saved = {
  cwd: process.cwd(),
  shellcheck: process.env.HANDBOOK_SHELLCHECK,
  tmp: process.env.TMPDIR,
  nodeOptions: process.env.NODE_OPTIONS,
};
const restore = (name: string, value: string | undefined) => {
  if (value === undefined) delete process.env[name];
  else process.env[name] = value;
};

let root = '';
/** The working directory of the run. */
let work = '';
/** TMPDIR of the run: where the block files go. */
let temp = '';
let fakes = 0;

// The module reads where its cache lives when it loads: each test loads it afresh, so that what it
// states is computed inside the test (see "A table a module builds when it loads" in the README).
beforeEach(async () => {
  vi.resetModules();
  ({ lintShellBlocks } = await import('../../src/lib/code-blocks/shellcheck.ts'));
  root = mkdtempSync(join(tmpdir(), 'shellcheck-lint-test-'));
  work = join(root, 'work');
  temp = join(root, 'tmp');
  mkdirSync(work);
  mkdirSync(temp);
  process.chdir(work);
  process.env.TMPDIR = temp;
});

afterEach(() => {
  process.chdir(saved.cwd);
  restore('HANDBOOK_SHELLCHECK', saved.shellcheck);
  restore('TMPDIR', saved.tmp);
  restore('NODE_OPTIONS', saved.nodeOptions);
  rmSync(root, { recursive: true, force: true });
});

interface Fake {
  /** What `--version` prints; null: `--version` exits 2. */
  version?: string | null;
  /** Exit status when linting (default: 1 when it commented, else 0, as ShellCheck does). */
  exit?: number;
  stderr?: string;
}

const VERSION_OUTPUT =
  'ShellCheck - shell script analysis tool\nversion: 0.9.0\nlicense: GNU General Public License, version 3\n';

/** A stand-in for ShellCheck, set as the binary to run; `calls()` are the argument lists it was linting with. */
function useFakeShellcheck(fake: Fake = {}): { calls: () => string[][] } {
  fakes += 1;
  const path = join(root, `fake-shellcheck-${fakes}.cjs`);
  const log = join(root, `fake-shellcheck-${fakes}.log`);
  const settings = { version: VERSION_OUTPUT, ...fake, log };
  writeFileSync(
    path,
    `#!${process.execPath}
const fs = require('node:fs');
const fake = ${JSON.stringify(settings)};
const args = process.argv.slice(2);
if (args[0] === '--version') {
  if (fake.version === null) process.exit(2);
  process.stdout.write(fake.version);
  process.exit(0);
}
fs.appendFileSync(fake.log, JSON.stringify(args) + '\\n');
if (fake.exit !== undefined && fake.exit > 1) {
  process.stderr.write(fake.stderr ?? '');
  process.exit(fake.exit);
}
const comments = [];
for (const file of args.filter((a) => !a.startsWith('--'))) {
  fs.readFileSync(file, 'utf8').split('\\n').forEach((text, i) => {
    const m = /^warn (\\d+) (.*)$/.exec(text);
    if (m) comments.push({ file, line: i + 1, endLine: i + 1, column: 1, endColumn: text.length + 1, level: 'warning', code: Number(m[1]), message: m[2], fix: null });
  });
}
process.stdout.write(JSON.stringify({ comments }));
process.exit(fake.exit ?? (comments.length > 0 ? 1 : 0));
`,
  );
  chmodSync(path, 0o755);
  process.env.HANDBOOK_SHELLCHECK = path;
  return {
    calls: () =>
      existsSync(log)
        ? readFileSync(log, 'utf8')
            .split('\n')
            .filter(Boolean)
            .map((line) => JSON.parse(line) as string[])
        : [],
  };
}

const warning = (line: number, code: number, message: string): ShellDiagnostic => ({
  line,
  column: 1,
  level: 'warning',
  code,
  message,
});

const CACHE = () => join(work, 'node_modules', '.cache', 'handbook', 'shellcheck.json');
const readCacheFile = () => JSON.parse(readFileSync(CACHE(), 'utf8')) as Record<string, ShellDiagnostic[] | null>;
const keyOf = (version: string, code: string) =>
  createHash('sha256')
    .update(`${version}\0${ARGS.join(' ')}\0${code}`)
    .digest('hex');

describe('which tool reads the blocks', () => {
  it('without ShellCheck, the blocks are checked for syntax only, by sh-syntax', () => {
    process.env.HANDBOOK_SHELLCHECK = join(root, 'no-such-shellcheck');
    expect(lintShellBlocks(['echo ok', 'if true; then echo x'])).toEqual({
      tool: 'sh-syntax',
      version: 'sh-syntax',
      results: [[], [{ line: 1, column: 1, level: 'error', code: 0, message: '`if` statement must end with `fi`' }]],
    });
  });

  it('a ShellCheck whose --version fails counts as not installed, and is never asked to lint', () => {
    const fake = useFakeShellcheck({ version: null });
    const lint = lintShellBlocks(['echo ok']);
    expect(lint).toEqual({ tool: 'sh-syntax', version: 'sh-syntax', results: [[]] });
    expect(fake.calls()).toEqual([]);
  });

  it('the version is the word after "version:", however it is spaced', () => {
    useFakeShellcheck({ version: 'ShellCheck - shell script analysis tool\nversion:\t 0.10.0\nlicense: GPL\n' });
    expect(lintShellBlocks(['echo ok'])).toEqual({ tool: 'shellcheck', version: '0.10.0', results: [[]] });
  });

  it('a ShellCheck that prints no version line is of version "unknown"', () => {
    useFakeShellcheck({ version: 'ShellCheck, a build of my own\n' });
    expect(lintShellBlocks(['echo ok'])).toEqual({ tool: 'shellcheck', version: 'unknown', results: [[]] });
  });

  it.skipIf(spawnSync('shellcheck', ['--version']).status !== 0)(
    'the installed ShellCheck reports warnings and errors, not info-level quoting advice',
    () => {
      delete process.env.HANDBOOK_SHELLCHECK;
      const version = /version:\s*(\S+)/.exec(spawnSync('shellcheck', ['--version'], { encoding: 'utf8' }).stdout)?.[1];
      const lint = lintShellBlocks(['rm -rf "$DIR/"*\necho $x', 'echo "$x"', 'for f in $(ls); do echo "$f"; done']);
      expect(lint).toEqual({
        tool: 'shellcheck',
        version,
        results: [
          [
            {
              line: 1,
              column: 8,
              level: 'warning',
              code: 2115,
              message: 'Use "${var:?}" to ensure this never expands to /* .',
            },
          ],
          [],
          [
            {
              line: 1,
              column: 10,
              level: 'error',
              code: 2045,
              message: 'Iterating over ls output is fragile. Use globs.',
            },
          ],
        ],
      });
    },
  );
});

describe('each block gets its own diagnostics', () => {
  it('in the order the blocks are given, from one ShellCheck run over one temporary file per block', () => {
    const fake = useFakeShellcheck();
    const lint = lintShellBlocks([
      'warn 2086 Double quote to prevent globbing\necho ok\nwarn 2115 Use a guard',
      'echo fine',
      'echo x\nwarn 2045 Iterating over ls',
    ]);
    expect(lint).toEqual({
      tool: 'shellcheck',
      version: '0.9.0',
      results: [
        [warning(1, 2086, 'Double quote to prevent globbing'), warning(3, 2115, 'Use a guard')],
        [],
        [warning(2, 2045, 'Iterating over ls')],
      ],
    });
    const calls = fake.calls();
    expect(calls).toHaveLength(1);
    expect(calls[0]?.slice(0, ARGS.length)).toEqual(ARGS);
    const files = calls[0]?.slice(ARGS.length) ?? [];
    expect(files).toHaveLength(3);
    const dir = files[0]?.slice(0, -'/0.sh'.length) ?? '';
    expect(dir).toMatch(new RegExp(`^${temp}/handbook-shellcheck-[A-Za-z0-9]{6}$`));
    expect(files).toEqual([`${dir}/0.sh`, `${dir}/1.sh`, `${dir}/2.sh`]);
  });

  it('the same block twice is linted once and gets the same diagnostics twice', () => {
    const fake = useFakeShellcheck();
    const lint = lintShellBlocks(['warn 2086 quote it', 'echo ok', 'warn 2086 quote it']);
    const diagnostics = [warning(1, 2086, 'quote it')];
    expect(lint.results).toEqual([diagnostics, [], diagnostics]);
    expect(fake.calls().map((args) => args.length - ARGS.length)).toEqual([2]);
  });

  it('the temporary files are removed once ShellCheck has read them', () => {
    useFakeShellcheck();
    lintShellBlocks(['warn 2086 quote it', 'echo ok']);
    expect(readdirSync(temp)).toEqual([]);
  });

  it('400 blocks go to one ShellCheck process', () => {
    const fake = useFakeShellcheck();
    const blocks = Array.from({ length: 400 }, (_, i) => `warn ${1000 + i} block ${i}`);
    const lint = lintShellBlocks(blocks);
    expect(lint.results).toEqual(blocks.map((_, i) => [warning(1, 1000 + i, `block ${i}`)]));
    expect(fake.calls().map((args) => args.length - ARGS.length)).toEqual([400]);
  });

  it('past 400 blocks, the files are split into runs of 400, all comments collected', () => {
    const fake = useFakeShellcheck();
    const blocks = Array.from({ length: 401 }, (_, i) => `warn ${1000 + i} block ${i}`);
    const lint = lintShellBlocks(blocks);
    expect(lint.results).toEqual(blocks.map((_, i) => [warning(1, 1000 + i, `block ${i}`)]));
    const calls = fake.calls();
    expect(calls.map((args) => args.length - ARGS.length).sort((a, b) => a - b)).toEqual([1, 400]);
    for (const args of calls) expect(args.slice(0, ARGS.length)).toEqual(ARGS);
    const files = calls.flatMap((args) => args.slice(ARGS.length));
    expect(new Set(files).size).toBe(401);
  });
});

describe('the cache', () => {
  it('is written to node_modules/.cache/handbook/shellcheck.json, keyed by version, options and block', () => {
    useFakeShellcheck();
    lintShellBlocks(['warn 2086 quote it', 'echo ok']);
    expect(readdirSync(join(work, 'node_modules', '.cache', 'handbook'))).toEqual(['shellcheck.json']);
    expect(readCacheFile()).toEqual({
      [keyOf('0.9.0', 'warn 2086 quote it')]: [warning(1, 2086, 'quote it')],
      [keyOf('0.9.0', 'echo ok')]: [],
    });
  });

  it('a cached block is not given to ShellCheck again', () => {
    const fake = useFakeShellcheck();
    const first = lintShellBlocks(['warn 2086 quote it', 'echo ok']);
    const second = lintShellBlocks(['echo ok', 'warn 2086 quote it']);
    expect(second.results).toEqual([first.results[1], first.results[0]]);
    expect(fake.calls()).toHaveLength(1);
  });

  it('a block found in the cache takes its diagnostics from there, and ShellCheck is not run at all', () => {
    useFakeShellcheck({ exit: 3, stderr: 'must not run' });
    const cached = [warning(4, 2115, 'from the cache')];
    mkdirSync(join(work, 'node_modules', '.cache', 'handbook'), { recursive: true });
    writeFileSync(CACHE(), JSON.stringify({ [keyOf('0.9.0', 'echo cached')]: cached }));
    expect(lintShellBlocks(['echo cached'])).toEqual({ tool: 'shellcheck', version: '0.9.0', results: [cached] });
  });

  it('a run that finds every block in the cache leaves the cache file as it was', () => {
    useFakeShellcheck();
    mkdirSync(join(work, 'node_modules', '.cache', 'handbook'), { recursive: true });
    writeFileSync(CACHE(), JSON.stringify({ [keyOf('0.9.0', 'echo cached')]: [] }));
    const longAgo = new Date('2020-01-01T00:00:00Z');
    utimesSync(CACHE(), longAgo, longAgo);
    lintShellBlocks(['echo cached']);
    expect(statSync(CACHE()).mtime).toEqual(longAgo);
  });

  it('keeps 50,000 entries: the blocks of this run, then the most recent others; an entry without a list is kept as an empty list', () => {
    useFakeShellcheck();
    const again = 'echo cached before';
    const old: Record<string, ShellDiagnostic[] | null> = {};
    for (let i = 0; i < 50_000; i++) old[`old-${String(i).padStart(5, '0')}`] = [];
    old['old-00001'] = null;
    old['old-00002'] = [warning(1, 2086, 'kept as it was')];
    delete old['old-00010'];
    old[keyOf('0.9.0', again)] = [warning(2, 2045, 'cached')];
    mkdirSync(join(work, 'node_modules', '.cache', 'handbook'), { recursive: true });
    writeFileSync(CACHE(), JSON.stringify(old));

    const lint = lintShellBlocks([again, 'warn 2115 new']);
    expect(lint.results).toEqual([[warning(2, 2045, 'cached')], [warning(1, 2115, 'new')]]);

    const written = readCacheFile();
    const others = Object.keys(old).filter((k) => k.startsWith('old-'));
    // 49,999 others and 2 blocks of this run: the oldest other goes.
    expect(Object.keys(written)).toEqual([...others.slice(1), keyOf('0.9.0', again), keyOf('0.9.0', 'warn 2115 new')]);
    expect(written['old-00001']).toEqual([]);
    expect(written['old-00002']).toEqual([warning(1, 2086, 'kept as it was')]);
  });

  it('a cache that cannot be written is only lost: the run still gives its results', () => {
    useFakeShellcheck();
    writeFileSync(join(work, 'node_modules'), 'a file where the cache folder should be');
    expect(lintShellBlocks(['warn 2086 quote it']).results).toEqual([[warning(1, 2086, 'quote it')]]);
  });
});

describe('a failing run', () => {
  it('ShellCheck exiting 2 stops the check with its exit status and the first 300 characters of its errors', () => {
    useFakeShellcheck({ exit: 2, stderr: 'x'.repeat(400) });
    expect(() => lintShellBlocks(['echo ok'])).toThrow(new Error(`shellcheck failed (exit 2): ${'x'.repeat(300)}`));
  });

  it('one of several ShellCheck runs failing stops the check too', () => {
    useFakeShellcheck({ exit: 2, stderr: 'broken' });
    const blocks = Array.from({ length: 401 }, (_, i) => `echo ${i}`);
    expect(() => lintShellBlocks(blocks)).toThrow(/^shellcheck failed \(exit 1\): [\s\S]*exit 2: broken/);
  });

  it('a fallback parser that cannot start stops the check with the first 300 characters of its errors', () => {
    process.env.HANDBOOK_SHELLCHECK = join(root, 'no-such-shellcheck');
    process.env.NODE_OPTIONS = `--require=${join(root, 'no-such-preload.cjs')}`;
    const prefix = 'the fallback shell parser failed: ';
    let message = '';
    try {
      lintShellBlocks(['echo ok']);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message.startsWith(`${prefix}node:internal`)).toBe(true);
    expect(message).toHaveLength(prefix.length + 300);
  });
});
