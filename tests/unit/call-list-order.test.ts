/** A plan's call lists come mildest first, whatever order the plan writes its severities in. */
import { describe, expect, it } from 'vitest';
import { callLists } from '../../src/lib/call-list.ts';
import type { Entry } from '../../src/lib/content/load.ts';
import { fixtureModel, withChange } from '../fixtures/generated/model.ts';

describe('callLists', () => {
  it('orders the severities minor, major, critical when the plan lists them the other way round', () => {
    const model = withChange(fixtureModel(), 'plans', 'system-failure', (d: { severities: unknown[] }) =>
      d.severities.reverse(),
    );
    const plan = model.get('plans', 'system-failure') as Entry<'plans'>;
    expect(plan.data.severities.map((s) => s.level)).toEqual(['critical', 'major', 'minor']);
    expect(callLists(plan).map((l) => [l.level, l.decisionLevel, l.decider])).toEqual([
      ['minor', 1, 'department-head'],
      ['major', 2, 'executive-in-charge'],
      ['critical', 3, 'ceo'],
    ]);
  });
});
