/** The search filters' kinds: one per collection, the same in the English and the Chinese index. */
import { describe, expect, it } from 'vitest';
import { KIND_BY_COLLECTION } from '../../src/lib/search-facets.ts';

describe('search facets', () => {
  it('every collection has a kind of its own', () => {
    const kinds = Object.values(KIND_BY_COLLECTION);
    expect(new Set(kinds).size).toBe(kinds.length);
  });
});
