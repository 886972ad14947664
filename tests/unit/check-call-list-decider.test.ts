import { describe, expect, it } from 'vitest';
import { variant } from '../fixtures/clean/variant.ts';

const PLAN = 'plans/system-failure.mdx';
const callListDecider = (found: string[]) => found.filter((f) => f.includes('  call-list-decider  '));
const CRITICAL =
  '    commander: ops-engineer\n  - level: critical\n    criteria: ["No booking succeeds"]\n    decisionLevel: 1\n    decider: department-head\n    commander: ops-engineer\nroles:';

describe('call-list-decider', () => {
  it('a severity whose decider no notification calls is reported at that severity’s decider, not the first one', () => {
    expect(
      callListDecider(
        variant([
          [PLAN, '    commander: ops-engineer\nroles:', CRITICAL],
          [PLAN, 'severities: [minor, major, critical]', 'severities: [minor, major]'],
        ]),
      ),
    ).toEqual([
      'plans/system-failure.mdx:19:5  call-list-decider  at `critical`, no notification of plan `system-failure` calls the decider `department-head`  (add `critical` to the `severities` of the notification that calls `department-head`, or add one (`to: [department-head]`, `channel: phone`, `severities: [critical]`))',
    ]);
  });

  it('a decider who is also the commander of that severity needs no call', () => {
    expect(
      callListDecider(
        variant([
          [
            PLAN,
            'decider: department-head\n    commander: ops-engineer',
            'decider: ops-engineer\n    commander: ops-engineer',
          ],
          [PLAN, 'severities: [minor, major, critical]', 'severities: [minor]'],
        ]),
      ),
    ).toEqual([]);
  });
});
