/**
 * What the loader's guard says about a file before it is parsed: where the first byte that is not
 * UTF-8 sits (overlong forms, UTF-16 surrogates and code points past U+10FFFF included, the
 * largest and smallest valid sequences accepted), and why a path that is not a readable regular
 * file cannot be read.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { GuardedFile } from '../../src/lib/content/file-guard.ts';

type FileGuard = typeof import('../../src/lib/content/file-guard.ts');
let readGuarded: FileGuard['readGuarded'];
// The module makes its UTF-8 decoder when it loads: each test loads it afresh, so that Stryker runs
// its mutants against these tests (see "A table a module builds when it loads" in the README).
beforeEach(async () => {
  vi.resetModules();
  ({ readGuarded } = await import('../../src/lib/content/file-guard.ts'));
});

const work = mkdtempSync(join(tmpdir(), 'file-guard-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

let count = 0;
/** The guard's answer for a file of these bytes. */
function guard(bytes: number[]): GuardedFile {
  const path = join(work, `f${count++}.yaml`);
  writeFileSync(path, Buffer.from(bytes));
  return readGuarded(path);
}

/** `a: ` then the bytes: the report names the byte's offset, its value and its column on line 1. */
const PREFIX = [0x61, 0x3a, 0x20];
const invalidAt = (offset: number, byte: number, column: number): GuardedFile => ({
  problem: {
    rule: 'encoding',
    message: `invalid UTF-8 at byte ${offset} (0x${byte.toString(16)}); the site would show � there`,
    hint: 'save the file as UTF-8',
    position: { line: 1, column },
  },
});

describe('the first invalid byte', () => {
  it('is the lead byte of an overlong three-byte form, and not that of U+0800, the smallest valid one', () => {
    expect(guard([...PREFIX, 0xe0, 0x9f, 0xbf, 0x41])).toStrictEqual(invalidAt(3, 0xe0, 4));
    // E0 A0 80 is U+0800: valid, so the report is at the stray byte after it
    expect(guard([...PREFIX, 0xe0, 0xa0, 0x80, 0xff])).toStrictEqual(invalidAt(6, 0xff, 5));
  });

  it('is the lead byte of a UTF-16 surrogate, and not that of U+D7FF, the last code point before them', () => {
    expect(guard([...PREFIX, 0xed, 0xa0, 0x80, 0x41])).toStrictEqual(invalidAt(3, 0xed, 4));
    expect(guard([...PREFIX, 0xed, 0x9f, 0xbf, 0xff])).toStrictEqual(invalidAt(6, 0xff, 5));
  });

  it('is the lead byte of an overlong four-byte form, and not that of U+10000, the smallest valid one', () => {
    expect(guard([...PREFIX, 0xf0, 0x8f, 0xbf, 0xbf, 0x41])).toStrictEqual(invalidAt(3, 0xf0, 4));
    expect(guard([...PREFIX, 0xf0, 0x90, 0x80, 0x80, 0xff])).toStrictEqual(invalidAt(7, 0xff, 6));
  });

  it('is the lead byte of a code point past U+10FFFF, and not that of U+10FFFF itself', () => {
    expect(guard([...PREFIX, 0xf4, 0x90, 0x80, 0x80, 0x41])).toStrictEqual(invalidAt(3, 0xf4, 4));
    expect(guard([...PREFIX, 0xf4, 0x8f, 0xbf, 0xbf, 0xff])).toStrictEqual(invalidAt(7, 0xff, 6));
  });

  it('is a continuation byte with no lead, or a byte that leads nothing (C0, C1, F5 to FF)', () => {
    expect(guard([...PREFIX, 0x80, 0x41])).toStrictEqual(invalidAt(3, 0x80, 4));
    expect(guard([...PREFIX, 0xbf])).toStrictEqual(invalidAt(3, 0xbf, 4));
    expect(guard([...PREFIX, 0xc0, 0x80])).toStrictEqual(invalidAt(3, 0xc0, 4));
    expect(guard([...PREFIX, 0xc1, 0xbf])).toStrictEqual(invalidAt(3, 0xc1, 4));
    expect(guard([...PREFIX, 0xf5, 0x80, 0x80, 0x80])).toStrictEqual(invalidAt(3, 0xf5, 4));
  });

  it('is the lead byte of a sequence cut short by the end of the file, or by a byte that does not continue it', () => {
    expect(guard([...PREFIX, 0xc3])).toStrictEqual(invalidAt(3, 0xc3, 4));
    expect(guard([...PREFIX, 0xe2, 0x82])).toStrictEqual(invalidAt(3, 0xe2, 4));
    expect(guard([...PREFIX, 0xc3, 0x41])).toStrictEqual(invalidAt(3, 0xc3, 4));
    expect(guard([...PREFIX, 0xe2, 0x82, 0x41])).toStrictEqual(invalidAt(3, 0xe2, 4));
    expect(guard([...PREFIX, 0xf0, 0x9f, 0x98, 0x41])).toStrictEqual(invalidAt(3, 0xf0, 4));
  });

  it('comes after valid sequences of each length, each counted as one character', () => {
    // U+0080 and U+07FF (two bytes each), U+FFFF (three), then a stray byte
    expect(guard([...PREFIX, 0xc2, 0x80, 0xdf, 0xbf, 0xef, 0xbf, 0xbf, 0xff])).toStrictEqual(invalidAt(10, 0xff, 7));
  });

  it('leaves a file of valid UTF-8 to be parsed', () => {
    expect(
      guard([...PREFIX, 0xe0, 0xa0, 0x80, 0xed, 0x9f, 0xbf, 0xf0, 0x90, 0x80, 0x80, 0xf4, 0x8f, 0xbf, 0xbf]),
    ).toStrictEqual({ text: 'a: \u0800\ud7ff\u{10000}\u{10ffff}' });
  });
});

describe('a path that cannot be read', () => {
  afterEach(() => {
    vi.doUnmock('node:fs');
    vi.resetModules();
  });

  it('names the system’s error code when the path does not exist', () => {
    expect(readGuarded(join(work, 'missing.yaml'))).toStrictEqual({
      problem: { rule: 'parse', message: 'the file cannot be read (ENOENT)' },
    });
  });

  it('says a folder is not a regular file', () => {
    expect(readGuarded(work)).toStrictEqual({ problem: { rule: 'parse', message: 'not a regular file' } });
  });

  /** The guard, with node:fs failing where `fail` says, with `error`. */
  async function guardFailing(fail: 'lstatSync' | 'readFileSync', error: Error) {
    vi.resetModules();
    vi.doMock('node:fs', async (importOriginal) => {
      const fs = await importOriginal<typeof import('node:fs')>();
      return {
        ...fs,
        [fail]: () => {
          throw error;
        },
      };
    });
    const { readGuarded: fresh } = await import('../../src/lib/content/file-guard.ts');
    const path = join(work, 'readable.yaml');
    writeFileSync(path, 'a: 1\n');
    return fresh(path);
  }

  it('says "error" when the failure to look at the path names no code', async () => {
    expect(await guardFailing('lstatSync', new Error('gone'))).toStrictEqual({
      problem: { rule: 'parse', message: 'the file cannot be read (error)' },
    });
  });

  it('names the error code, or else says "error", when a regular file cannot be read', async () => {
    expect(await guardFailing('readFileSync', Object.assign(new Error('denied'), { code: 'EACCES' }))).toStrictEqual({
      problem: { rule: 'parse', message: 'the file cannot be read (EACCES)' },
    });
    expect(await guardFailing('readFileSync', new Error('failed'))).toStrictEqual({
      problem: { rule: 'parse', message: 'the file cannot be read (error)' },
    });
  });
});
