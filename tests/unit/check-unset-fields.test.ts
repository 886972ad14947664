import { describe, expect, it } from 'vitest';
import { cleanText, variant } from '../fixtures/clean/variant.ts';

const ofRule = (rule: string, found: string[]) => found.filter((f) => f.includes(`  ${rule}  `));
const PLAN = 'plans/system-failure.mdx';
const DRILL = 'obligations/drill-system-failure.yaml';

describe('obligation-no-evidence', () => {
  it('an obligation with an empty `evidence` list is reported at that list', () => {
    expect(
      ofRule(
        'obligation-no-evidence',
        variant([
          [DRILL, 'evidence:\n  - A drill record with scenario, date, participants and timeline', 'evidence: []'],
        ]),
      ),
    ).toEqual([
      'obligations/drill-system-failure.yaml:11:1  obligation-no-evidence  obligation `drill-system-failure` lists no `evidence`: an auditor cannot tell that it happened  (list what it leaves behind: minutes, a report, a drill record, a ticket)',
    ]);
  });
});

describe('plan-no-drill', () => {
  it('a plan without `drill` that two obligations exercise names both, comma-separated, and suggests the first', () => {
    expect(
      ofRule(
        'plan-no-drill',
        variant([
          [PLAN, 'drill: drill-system-failure\n', ''],
          ['obligations/drill-system-failure-night.yaml', cleanText(DRILL)],
        ]),
      ),
    ).toEqual([
      'plans/system-failure.mdx:2:1  plan-no-drill  plan `system-failure` has no `drill`: clause 6.2 requires emergency plans to be drilled regularly  (obligation `drill-system-failure`, `drill-system-failure-night` exercises it: add `drill: drill-system-failure`)',
    ]);
  });

  it('a plan naming its drill is not reported', () => {
    expect(ofRule('plan-no-drill', variant([]))).toEqual([]);
  });
});
