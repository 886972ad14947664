/** A guide's reading list in groups: each run of one kind is a group, numbered on across the groups. */
import { describe, expect, it } from 'vitest';
import { readingGroups } from '../../src/lib/reading-list.ts';

describe('reading groups', () => {
  it('groups each run of entries of one kind, numbering every entry by its place in the whole list', () => {
    expect(
      readingGroups([
        { collection: 'clauses', id: '3.1' },
        { collection: 'clauses', id: '3.2' },
        { collection: 'roles', id: 'ceo' },
        { collection: 'controls', id: 'c-1' },
        { collection: 'controls', id: 'c-2' },
        { collection: 'controls', id: 'c-3' },
      ]),
    ).toStrictEqual([
      {
        collection: 'clauses',
        items: [
          { collection: 'clauses', id: '3.1', n: 1 },
          { collection: 'clauses', id: '3.2', n: 2 },
        ],
      },
      { collection: 'roles', items: [{ collection: 'roles', id: 'ceo', n: 3 }] },
      {
        collection: 'controls',
        items: [
          { collection: 'controls', id: 'c-1', n: 4 },
          { collection: 'controls', id: 'c-2', n: 5 },
          { collection: 'controls', id: 'c-3', n: 6 },
        ],
      },
    ]);
  });

  it('starts a new group when a kind comes back after another, keeping the guide’s order', () => {
    expect(
      readingGroups([
        { collection: 'roles', id: 'ceo' },
        { collection: 'clauses', id: '4.1' },
        { collection: 'roles', id: 'finance' },
      ]),
    ).toStrictEqual([
      { collection: 'roles', items: [{ collection: 'roles', id: 'ceo', n: 1 }] },
      { collection: 'clauses', items: [{ collection: 'clauses', id: '4.1', n: 2 }] },
      { collection: 'roles', items: [{ collection: 'roles', id: 'finance', n: 3 }] },
    ]);
  });

  it('has no group for an empty list', () => {
    expect(readingGroups([])).toStrictEqual([]);
  });
});
