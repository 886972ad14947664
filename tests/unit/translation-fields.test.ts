/** The prose fields of an entry: a missing or empty (null) value has none. */
import { describe, expect, it } from 'vitest';
import { proseFields, valueAt } from '../../src/lib/translations/fields.ts';

describe('proseFields', () => {
  it('finds no prose in data that is null, or in a list item that is null', () => {
    expect(proseFields('roles', null)).toEqual([]);
    expect(proseFields('roles', { responsibilities: [null, { text: 'Keeps the rota.' }] })).toEqual([
      { path: ['responsibilities', 1, 'text'], value: 'Keeps the rota.' },
    ]);
  });

  it('finds no prose under a field that is null or a string where the path goes on', () => {
    expect(proseFields('runbooks', { summary: 'Roll back.', escalation: null })).toEqual([
      { path: ['summary'], value: 'Roll back.' },
    ]);
    expect(proseFields('runbooks', { escalation: 'call the duty manager' })).toEqual([]);
  });
});

describe('valueAt', () => {
  it('is undefined where the path goes on past null or past a string', () => {
    expect(valueAt({ escalation: null }, ['escalation', 'when'])).toBeUndefined();
    expect(valueAt({ escalation: 'x' }, ['escalation', 'when'])).toBeUndefined();
    expect(valueAt({ escalation: { when: 'at once' } }, ['escalation', 'when'])).toBe('at once');
  });
});
