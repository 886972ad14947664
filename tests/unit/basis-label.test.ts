/** A basis in words: the clause alone, or with its quotes. */
import { describe, expect, it } from 'vitest';
import { basisLabel } from '../../src/lib/basis.ts';

describe('basisLabel', () => {
  it('names a clause given by its id alone, with no quotes', () => {
    expect(basisLabel('3.1')).toBe('clause 3.1');
  });

  it('is the caller’s word for a proposal', () => {
    expect(basisLabel('proposed', '建议')).toBe('建议');
  });
});
