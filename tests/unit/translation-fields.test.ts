/** The prose fields of an entry: a missing or empty (null) value has none. */
import { describe, expect, it } from 'vitest';
import { proseFields } from '../../src/lib/translations/fields.ts';

describe('proseFields', () => {
  it('finds no prose in data that is null, or in a list item that is null', () => {
    expect(proseFields('roles', null)).toEqual([]);
    expect(proseFields('roles', { responsibilities: [null, { text: 'Keeps the rota.' }] })).toEqual([
      { path: ['responsibilities', 1, 'text'], value: 'Keeps the rota.' },
    ]);
  });
});
