/**
 * The clean fixture with one author's edit each, for the branches of the rules that the
 * one-fixture-per-rule tests do not reach: every message a rule can give is seen once.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/checks/index.ts';
import { formatFinding } from '../../src/lib/finding-report.ts';

const CLEAN = 'tests/fixtures/clean/content';
const work = mkdtempSync(join(tmpdir(), 'handbook-variants-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

let n = 0;
/** The clean fixture with some files replaced or added; the findings as the CLI prints them. */
function variant(files: Record<string, string>): string[] {
  const dir = join(work, String(n++));
  cpSync(CLEAN, dir, { recursive: true });
  for (const [rel, text] of Object.entries(files)) writeFileSync(join(dir, rel), text);
  return checkContent({ contentDir: dir, cwd: dir, today: '2027-01-01' }).findings.map(formatFinding);
}
const edit = (rel: string, from: string, to: string) => {
  const text = readFileSync(join(CLEAN, rel), 'utf8');
  expect(text).toContain(from);
  return { [rel]: text.replace(from, to) };
};
/** A new internal role of the fixture department. */
const role = (id: string, reportsTo: string) => ({
  [`roles/${id}.yaml`]: edit('roles/security-auditor.yaml', 'reportsTo: [department-head]', `reportsTo: ${reportsTo}`)[
    'roles/security-auditor.yaml'
  ]!.replace('keyPost: security-audit\n', ''),
});

describe('no-path-to-root', () => {
  it('a role whose line runs into a circle it is not part of: reported, pointing at the circle', () => {
    expect(
      variant({
        ...edit('roles/ops-engineer.yaml', 'reportsTo: [department-head]', 'reportsTo: [security-auditor]'),
        ...edit('roles/security-auditor.yaml', 'reportsTo: [department-head]', 'reportsTo: [ops-engineer]'),
        ...role('night-operator', '[ops-engineer]'),
      }),
    ).toEqual([
      'roles/night-operator.yaml:5:1  no-path-to-root  role `night-operator` has no reporting line to `department-head` or an external root: its line runs into a reporting circle  (break the circle (see reports-to-cycle))',
      'roles/ops-engineer.yaml:5:13  reports-to-cycle  reporting line runs in a circle: `ops-engineer` → `security-auditor` → `ops-engineer`  (one of `ops-engineer`, `security-auditor` must report to a role outside the circle)',
    ]);
  });

  it('a line that stops at two roles: both named, "report" in the plural', () => {
    const found = variant({
      ...role('night-operator', '[ops-engineer, security-auditor]'),
      ...edit('roles/ops-engineer.yaml', 'reportsTo: [department-head]', 'reportsTo: []'),
      ...edit('roles/security-auditor.yaml', 'reportsTo: [department-head]', 'reportsTo: []'),
    });
    expect(found).toContain(
      'roles/night-operator.yaml:5:1  no-path-to-root  role `night-operator` has no reporting line to `department-head` or an external root: its line stops at `ops-engineer`, `security-auditor`, which report to no one  (give `ops-engineer`, `security-auditor` a `reportsTo`)',
    );
    expect(found).toHaveLength(3);
  });

  it('a role that may report to a dead end or to the department head reaches the root', () => {
    expect(
      variant({
        ...role('night-operator', '[ops-engineer, department-head]'),
        ...edit('roles/ops-engineer.yaml', 'reportsTo: [department-head]', 'reportsTo: []'),
      }),
    ).toEqual([
      'roles/ops-engineer.yaml:5:1  no-path-to-root  role `ops-engineer` reports to no one, but only `department-head` and external roles may be roots  (name its manager in `reportsTo`, e.g. `reportsTo: [department-head]`)',
    ]);
  });

  it('a role reporting to itself is a circle', () => {
    expect(
      variant(edit('roles/ops-engineer.yaml', 'reportsTo: [department-head]', 'reportsTo: [ops-engineer]')),
    ).toEqual([
      'roles/ops-engineer.yaml:5:13  reports-to-cycle  reporting line runs in a circle: `ops-engineer` → `ops-engineer`  (one of `ops-engineer` must report to a role outside the circle)',
    ]);
  });
});

describe('parameter-undefined', () => {
  it('a marker in one text only: that field, "uses" in the singular', () => {
    expect(
      variant(edit('clauses/2-2.yaml', 'complete X{training-months} months', 'complete X{training-weeks} months')),
    ).toEqual([
      'clauses/2-2.yaml:12:3  parameter-undefined  `text.en` uses `X{training-weeks}`, but no parameter `training-weeks` is defined  (did you mean `training-months`?)',
    ]);
  });

  it('a cadence naming a parameter that does not exist', () => {
    expect(
      variant(
        edit(
          'obligations/drill-system-failure.yaml',
          '  freq: quarterly\n',
          '  freq: quarterly\n  dayParameter: drill-day\n',
        ),
      ),
    ).toEqual([
      'obligations/drill-system-failure.yaml:8:3  parameter-undefined  `cadence.dayParameter` names parameter `drill-day`, which is not defined  (did you mean `training-months`?)',
    ]);
  });
});

describe('unknown-reference', () => {
  it('an id of another collection: says which collection has it', () => {
    const found = variant(
      edit('obligations/drill-system-failure.yaml', 'plan: system-failure', 'plan: approve-release'),
    );
    expect(found).toEqual([
      'obligations/drill-system-failure.yaml:14:1  unknown-reference  `plan` points at plan `approve-release`, which does not exist  (did you mean `system-failure`?; `approve-release` is a permission id)',
    ]);
  });
});

describe('emergency plans without runbooks or drill', () => {
  /** The clean plan's body section that names its runbook. */
  const RUNBOOKS_SECTION =
    '\n## Runbooks\n\n- <Runbook id="rollback" />: a release in the last 24 hours lines up with the errors.\n';
  /** A second plan, for network failures: no runbooks, no drill, and nothing escalates to it or drills it. */
  const secondPlan = () => {
    const text = readFileSync(join(CLEAN, 'plans/system-failure.mdx'), 'utf8')
      .replace(RUNBOOKS_SECTION, '')
      .replace('drill: drill-system-failure\n', '');
    return { 'plans/network-failure.mdx': text };
  };

  it('orphan-plan: the hint names the runbooks that escalate to the plan, and only those', () => {
    expect(variant({ ...edit('plans/system-failure.mdx', RUNBOOKS_SECTION, ''), ...secondPlan() })).toEqual([
      'plans/network-failure.mdx:2:1  plan-no-drill  plan `network-failure` has no `drill`: clause 6.2 requires emergency plans to be drilled regularly  (add a drill obligation (`kind: drill`, `plan: network-failure`) and name it in `drill`)',
      'plans/network-failure.mdx:37:1  orphan-plan  plan `network-failure` references no runbook in its body: responders have no steps to follow  (write the runbooks it needs and name each in a `## Runbooks` section of the body with `<Runbook id="…" />` and when to use it)',
      'plans/system-failure.mdx:38:1  orphan-plan  plan `system-failure` references no runbook in its body: responders have no steps to follow  (these runbooks escalate to it: add a `## Runbooks` section naming each with when to use it (`<Runbook id="rollback" />`))',
    ]);
  });

  it('plan-no-drill: the hint names the drill obligation that exercises the plan, and only that one', () => {
    expect(
      variant({ ...edit('plans/system-failure.mdx', 'drill: drill-system-failure\n', ''), ...secondPlan() }),
    ).toEqual([
      'plans/network-failure.mdx:2:1  plan-no-drill  plan `network-failure` has no `drill`: clause 6.2 requires emergency plans to be drilled regularly  (add a drill obligation (`kind: drill`, `plan: network-failure`) and name it in `drill`)',
      'plans/network-failure.mdx:37:1  orphan-plan  plan `network-failure` references no runbook in its body: responders have no steps to follow  (write the runbooks it needs and name each in a `## Runbooks` section of the body with `<Runbook id="…" />` and when to use it)',
      'plans/system-failure.mdx:2:1  plan-no-drill  plan `system-failure` has no `drill`: clause 6.2 requires emergency plans to be drilled regularly  (obligation `drill-system-failure` exercises it: add `drill: drill-system-failure`)',
    ]);
  });
});
