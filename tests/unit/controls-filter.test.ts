import { describe, expect, it } from 'vitest';
import { compareKeys, readFilters, rowMatches, writeFilters } from '../../src/client/controls/filter.ts';

const row = { basis: '6.1', owner: 'department-head', laws: ['CSL', 'DSL'], area: 'training', proposed: true };

describe('the controls register filters', () => {
  it('reads the view from the URL and writes it back the same', () => {
    const filters = readFilters('?basis=6.1&proposed=1&law=DSL&sort=-owner&unknown=x');
    expect(filters).toEqual({ basis: '6.1', proposed: true, law: 'DSL', sort: 'owner', descending: true });
    expect(writeFilters(filters)).toBe('?basis=6.1&law=DSL&proposed=1&sort=-owner');
    expect(writeFilters({})).toBe('');
    expect(readFilters('?proposed=0&basis=')).toEqual({});
    // a value of blanks only is no filter; a value is read without the blanks around it
    expect(readFilters('?owner=%20%20&area=%20change%20')).toEqual({ area: 'change' });
    // only a leading minus sorts in descending order; one inside the key is part of it
    expect(readFilters('?sort=due-date')).toEqual({ sort: 'due-date', descending: false });
    expect(readFilters('?sort=-due-date')).toEqual({ sort: 'due-date', descending: true });
    expect(writeFilters({ sort: 'owner' })).toBe('?sort=owner');
  });

  it('keeps a row only when every filter set matches it', () => {
    expect(rowMatches(row, {})).toBe(true);
    expect(
      rowMatches(row, { basis: '6.1', proposed: true, law: 'DSL', owner: 'department-head', area: 'training' }),
    ).toBe(true);
    expect(rowMatches(row, { basis: '6.2' })).toBe(false);
    expect(rowMatches(row, { law: 'PIPL' })).toBe(false);
    expect(rowMatches(row, { owner: 'ops-engineer' })).toBe(false);
    expect(rowMatches(row, { area: 'backup' })).toBe(false);
    expect(rowMatches({ ...row, proposed: false }, { proposed: true })).toBe(false);
  });

  it('sorts clause ids and numbers by value, words without regard to case', () => {
    expect(['6.10', '6.2', '10.1', '6.1'].sort(compareKeys)).toEqual(['6.1', '6.2', '6.10', '10.1']);
    expect(['b', 'A', 'c'].sort(compareKeys)).toEqual(['A', 'b', 'c']);
  });
});
