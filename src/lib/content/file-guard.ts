/**
 * What the loader checks about a content file before it parses it: a symbolic link is never
 * followed (two links to `.` made the old walk loop for ever, a self-link multiplied every id),
 * a file over the size limit is never parsed (a 10 MB MDX body took minutes and gigabytes), and
 * the bytes must be UTF-8 text, because invalid bytes would be published as U+FFFD.
 */
import { lstatSync, readFileSync } from 'node:fs';
import type { Position } from './parse.ts';

/** Ten times the largest entry today (about 30 KB): room for long runbooks, none for a pasted dump. */
export const MAX_FILE_BYTES = 256 * 1024;

export const FILE_RULES = ['symlink', 'file-too-large', 'encoding'] as const;

export interface FileProblem {
  rule: (typeof FILE_RULES)[number] | 'parse';
  message: string;
  hint?: string;
  position?: Position;
}

export type GuardedFile = { text: string } | { problem: FileProblem };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Line and column (1-based, in characters) of the byte at `offset`, counting the valid text before it. */
function positionOfByte(buffer: Buffer, offset: number): Position {
  const before = buffer.subarray(0, offset).toString('utf8');
  const lines = before.split('\n');
  return { line: lines.length, column: lines.at(-1)!.length + 1 };
}

/** The offset of the first byte that does not start a well-formed UTF-8 sequence (RFC 3629). */
function firstInvalidByte(b: Buffer): number {
  let i = 0;
  // Stryker disable next-line EqualityOperator: equivalent, one more turn reads no byte and returns `b.length` all the same
  while (i < b.length) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    const n = c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : 0;
    if (n === 0) return i;
    // a sequence cut short by the end of the file reads no byte there, which continues nothing
    for (let k = 1; k <= n; k++) if (((b[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    const next = b[i + 1]!;
    // overlong forms, UTF-16 surrogates, and code points past U+10FFFF
    if (
      (c === 0xe0 && next < 0xa0) ||
      (c === 0xed && next > 0x9f) ||
      (c === 0xf0 && next < 0x90) ||
      (c === 0xf4 && next > 0x8f)
    )
      return i;
    i += n + 1;
  }
  return b.length;
}

/** Reads a content file if it is safe to parse, or says why not. Never follows a link, never throws. */
export function readGuarded(path: string, maxBytes = MAX_FILE_BYTES): GuardedFile {
  let stat;
  try {
    stat = lstatSync(path);
  } catch (error) {
    return {
      problem: {
        rule: 'parse',
        message: `the file cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
      },
    };
  }
  if (stat.isSymbolicLink()) {
    return {
      problem: {
        rule: 'symlink',
        position: { line: 1, column: 1 },
        message: 'a symbolic link; the checker never follows links, so what it points at is not checked',
        hint: 'replace the link with the file itself',
      },
    };
  }
  if (!stat.isFile()) return { problem: { rule: 'parse', message: 'not a regular file' } };
  if (stat.size > maxBytes) {
    return {
      problem: {
        rule: 'file-too-large',
        position: { line: 1, column: 1 },
        message: `the file has ${stat.size} bytes, over the limit of ${maxBytes}; it was not parsed`,
        hint: 'split the entry, or move generated data out of src/content',
      },
    };
  }
  let buffer: Buffer;
  try {
    buffer = readFileSync(path);
  } catch (error) {
    return {
      problem: {
        rule: 'parse',
        message: `the file cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
      },
    };
  }
  if (buffer.includes(0)) return { problem: { rule: 'parse', message: 'the file is binary, not text' } };
  try {
    return { text: utf8.decode(buffer) };
  } catch {
    const offset = firstInvalidByte(buffer);
    return {
      problem: {
        rule: 'encoding',
        // Stryker disable next-line StringLiteral: equivalent, the decoder and firstInvalidByte agree that a byte of the buffer is invalid
        message: `invalid UTF-8 at byte ${offset} (0x${buffer[offset]?.toString(16).padStart(2, '0') ?? '??'}); the site would show � there`,
        hint: 'save the file as UTF-8',
        position: positionOfByte(buffer, offset),
      },
    };
  }
}
