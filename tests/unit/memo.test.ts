import { describe, expect, it } from 'vitest';
import { memoize } from '../../src/lib/memo.ts';

function counted() {
  const calls: string[] = [];
  const parse = memoize(
    (text: string, line: number) => {
      calls.push(`${line}:${text}`);
      if (text === 'bad') throw new Error('unparsable');
      return { text, line };
    },
    (text, line) => `${line}\u0000${text}`,
    3,
  );
  return { calls, parse };
}

describe('memoize', () => {
  it('computes a key once and hands every later caller the same result', () => {
    const { calls, parse } = counted();
    const first = parse('a', 1);
    expect(parse('a', 1)).toBe(first);
    expect(first).toEqual({ text: 'a', line: 1 });
    expect(calls).toEqual(['1:a']);
  });

  it('keeps results apart by the whole key, every argument in it', () => {
    const { calls, parse } = counted();
    expect(parse('a', 1)).toEqual({ text: 'a', line: 1 });
    expect(parse('a', 2)).toEqual({ text: 'a', line: 2 });
    expect(parse('b', 1)).toEqual({ text: 'b', line: 1 });
    expect(calls).toEqual(['1:a', '2:a', '1:b']);
  });

  it('remembers a falsy result as well', () => {
    const calls: string[] = [];
    const empty = memoize(
      (text: string) => (calls.push(text), text.length === 0 ? undefined : text),
      (text) => text,
    );
    expect(empty('')).toBeUndefined();
    expect(empty('')).toBeUndefined();
    expect(calls).toEqual(['']);
  });

  it('does not remember a call that threw: the next call tries again', () => {
    const { calls, parse } = counted();
    expect(() => parse('bad', 1)).toThrow('unparsable');
    expect(() => parse('bad', 1)).toThrow('unparsable');
    expect(calls).toEqual(['1:bad', '1:bad']);
  });

  it('starts again when full instead of growing past its capacity', () => {
    const { calls, parse } = counted();
    for (const text of ['a', 'b', 'c']) parse(text, 1);
    parse('a', 1);
    expect(calls).toHaveLength(3); // all three still known
    parse('d', 1); // the fourth key clears the three before it
    parse('a', 1);
    parse('d', 1);
    expect(calls).toEqual(['1:a', '1:b', '1:c', '1:d', '1:a']);
  });
});
