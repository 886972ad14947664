/** The clauses that use a parameter are listed in clause-number order: 9.1 before 10.1. */
import { describe, expect, it } from 'vitest';
import type { AnyEntry } from '../../src/lib/content/load.ts';
import { buildModel } from '../../src/lib/model.ts';
import { buildDecisions } from '../../src/lib/traceability.ts';
import { fixtureModel } from '../fixtures/generated/model.ts';

describe('the clauses of a parameter', () => {
  it('sort by number, not as text', () => {
    const entries = fixtureModel().entries;
    const clause = entries.find((e) => e.collection === 'clauses' && e.id === '3.1')!;
    const model = buildModel([...entries, { ...clause, id: '10.1' } as AnyEntry, { ...clause, id: '9.1' } as AnyEntry]);
    const kickoff = buildDecisions(model).parameters.find((p) => p.id === 'kickoff-days')!;
    expect(kickoff.clauses).toEqual(['3.1', '9.1', '10.1']);
  });
});
