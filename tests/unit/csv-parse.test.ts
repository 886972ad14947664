/** Reading CSV back: blank lines are skipped, and every error is named with its row. */
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/lib/csv.ts';

describe('parseCsv', () => {
  it('skips blank lines', () => {
    expect(parseCsv('a,b\r\n\r\nc,d\r\n')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });

  it('names each error with its row, separated by semicolons', () => {
    expect(() => parseCsv('a,b\r\nc,"d\r\n')).toThrow('invalid CSV: row 1: Quoted field unterminated');
    expect(() => parseCsv('a,"b"x,c\r\n"d\r\n')).toThrow(
      'invalid CSV: row 0: Trailing quote on quoted field is malformed; ' +
        'row 0: Trailing quote on quoted field is malformed; row 0: Quoted field unterminated',
    );
  });
});
