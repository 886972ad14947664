/**
 * Policy data kept as content (the lifecycle stages): every id it names is checked like any other
 * reference, so renaming a role, permission, obligation or parameter is an error at the line that
 * names it, never a silently missing item.
 */
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/checks/index.ts';
import { formatFinding } from '../../src/lib/finding-report.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { buildModel, type Model } from '../../src/lib/model.ts';
import { lifecycleStages } from '../../src/lib/lifecycle.ts';
import { realModel } from '../fixtures/generated/model.ts';

const TODAY = '2026-11-15';
const work = mkdtempSync(join(tmpdir(), 'handbook-policy-data-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The real content with one change applied; the checker's report, file paths relative to the copy. */
function variant(name: string, change: (dir: string) => void): string[] {
  const dir = join(work, name);
  cpSync('src/content', dir, { recursive: true });
  try {
    change(dir);
    return checkContent({ contentDir: dir, cwd: dir, today: TODAY }).findings.map(formatFinding);
  } finally {
    // each copy goes at once: removing them all at the end outlasts a hook's timeout on a loaded machine
    rmSync(dir, { recursive: true, force: true });
  }
}
const edit = (rel: string, from: string, to: string) => (dir: string) => {
  const text = readFileSync(join(dir, rel), 'utf8');
  expect(text).toContain(from);
  writeFileSync(join(dir, rel), text.replace(from, to));
};

describe('the lifecycle as content', () => {
  it('has the five stages of clause 3.1 in order, each gate resting on a proposal where 3.1 names no approver', () => {
    const model = buildModel(loadContent({ contentDir: 'src/content' }).entries);
    const stages = lifecycleStages(model);
    expect(stages.map((s) => s.title.zh)).toEqual(['需求收集', '方案设计', '开发测试', '部署上线', '运维监控']);
    expect(stages.map((s) => s.gate.basis)).toEqual(['proposed', 'proposed', 'proposed', 'proposed', 'proposed']);
    // each stage exists and is approved by 3.1's own words, which name that very stage
    expect(stages.map((s) => s.basis)).toEqual(['3.1', '3.1', '3.1', '3.1', '3.1']);
    for (const stage of stages) expect(stage.basisQuotes.join(''), stage.id).toContain(stage.title.zh);
    expect(stages.every((s) => s.basisQuotes.some((q) => q.includes('每个阶段需经过严格审批')))).toBe(true);
    expect(stages.map((s) => s.deadline?.basis)).toEqual(['3.1', undefined, undefined, undefined, '3.1']);
  });

  it('checks the words a stage quotes against clause 3.1: a stage named in no sentence of it is reported at its basis', () => {
    const report = variant('stage-basis', edit('stages/design.yaml', '、方案设计、开发测试', '、方案评审、开发测试'));
    expect(report.filter((line) => line.startsWith('stages/'))).toEqual([
      expect.stringMatching(/^stages\/design\.yaml:5:\d+ +basis-quote-not-in-clause .*3\.1/),
    ]);
  });

  it('shows on the pages of the roles and permissions it names, as backlinks', () => {
    const model = buildModel(loadContent({ contentDir: 'src/content' }).entries);
    expect(model.incoming('roles', 'business-analyst').map((e) => `${e.from.collection}:${e.from.id}`)).toContain(
      'stages:requirements',
    );
    expect(model.incoming('permissions', 'approve-release').map((e) => `${e.from.id}@${e.field}`)).toContain(
      'deployment@gate.permission',
    );
  });

  it.each([
    [
      'a gate permission',
      'stages/deployment.yaml',
      'permission: approve-release',
      'permission: approve-relase',
      /stages\/deployment\.yaml:\d+:\d+ +unknown-reference +`gate\.permission` points at permission `approve-relase`.*did you mean `approve-release`/,
    ],
    [
      'a worker role',
      'stages/requirements.yaml',
      '- business-analyst',
      '- business-analist',
      /stages\/requirements\.yaml:\d+:\d+ +unknown-reference +`work\.roles\.0` points at role `business-analist`.*did you mean `business-analyst`/,
    ],
    [
      'a deadline parameter',
      'stages/operations.yaml',
      'parameter: acceptance-days',
      'parameter: acceptance-day',
      /stages\/operations\.yaml:\d+:\d+ +parameter-undefined .*`acceptance-day`.*did you mean `acceptance-days`/,
    ],
    [
      'an obligation',
      'stages/design.yaml',
      '- quarterly-mid-term-review',
      '- quarterly-midterm-review',
      /stages\/design\.yaml:\d+:\d+ +unknown-reference .*obligation `quarterly-midterm-review`.*did you mean `quarterly-mid-term-review`/,
    ],
  ])('reports %s that does not exist at the line that names it, with a hint', (_what, file, from, to, expected) => {
    const report = variant(file.replace(/\W/g, '-'), edit(file, from, to));
    expect(
      report.some((line) => expected.test(line)),
      report.join('\n'),
    ).toBe(true);
  });

  it('reports every stage line that names a role renamed in its own file', () => {
    const report = variant('renamed-role', (dir) =>
      renameSync(join(dir, 'roles/business-analyst.yaml'), join(dir, 'roles/requirements-analyst.yaml')),
    );
    expect(
      report.filter((l) => l.startsWith('stages/')),
      report.join('\n'),
    ).toEqual([
      expect.stringMatching(
        /^stages\/requirements\.yaml:\d+:\d+ +unknown-reference +`work\.roles\.0` points at role `business-analyst`, which does not exist  \(did you mean `requirements-analyst`/,
      ),
      expect.stringMatching(
        /^stages\/requirements\.yaml:\d+:\d+ +unknown-reference +`checks\.0\.owner` points at role `business-analyst`/,
      ),
    ]);
  });
});

/** The report of a variant, with a line matching `expected` required in it. */
const expectLine = (report: string[], expected: RegExp) =>
  expect(
    report.some((line) => expected.test(line)),
    report.join('\n'),
  ).toBe(true);

describe('the checklist definitions, the approvals page and the calendar as content', () => {
  let model: Model;
  // built in each test, not as the file loads: Stryker counts only code run inside a test (README, "Mutation testing")
  beforeEach(() => {
    model = realModel();
  });

  it('show on the pages of what they name, as backlinks', () => {
    const from = (collection: 'obligations' | 'permissions' | 'roles' | 'parameters', id: string) =>
      model.incoming(collection, id).map((e) => `${e.from.collection}:${e.from.id}@${e.field}`);
    expect(from('permissions', 'crisis-act-first')).toEqual(
      expect.arrayContaining(['checklists:drills@retroactive.permission', 'approvals:crisis@permission']),
    );
    expect(from('permissions', 'approve-project')).toContain('approvals:project@permission');
    expect(from('permissions', 'procurement-finance-review')).toContain('approvals:procurement@steps.1');
    expect(from('obligations', 'quarterly-internal-audit')).toContain('checklists:quarterly-internal-audit@obligation');
    expect(from('parameters', 'training-months')).toContain('checklists:onboarding@items.0.parameter');
    expect(from('roles', 'new-hire')).toContain('checklists:onboarding@training.everyone');
  });

  it.each([
    [
      'the audit checklist’s duty',
      'obligations/quarterly-internal-audit.yaml',
      'checklists/quarterly-internal-audit.yaml',
      /checklists\/quarterly-internal-audit\.yaml:\d+:\d+ +unknown-reference +`obligation` points at obligation `quarterly-internal-audit`, which does not exist  \(did you mean `quarterly-internal-audits`/,
    ],
    [
      'the onboarding training parameter',
      'parameters/training-months.yaml',
      'checklists/onboarding.yaml',
      /checklists\/onboarding\.yaml:\d+:\d+ +parameter-undefined .*`training-months`.*did you mean `training-monthss`/,
    ],
    [
      'the role every new hire trains as',
      'roles/new-hire.yaml',
      'checklists/onboarding.yaml',
      /checklists\/onboarding\.yaml:\d+:\d+ +unknown-reference +`training\.everyone` points at role `new-hire`.*did you mean `new-hires`/,
    ],
    [
      'the onboarding compliance training',
      'obligations/compliance-training.yaml',
      'checklists/onboarding.yaml',
      /checklists\/onboarding\.yaml:\d+:\d+ +unknown-reference +`obligations\.0\.obligation` points at obligation `compliance-training`.*did you mean `compliance-trainings`/,
    ],
    [
      'the onboarding owner',
      'roles/department-head.yaml',
      'checklists/onboarding.yaml',
      /checklists\/onboarding\.yaml:\d+:\d+ +unknown-reference +`owner` points at role `department-head`.*did you mean `department-heads`/,
    ],
    [
      'the crisis permission of the drills',
      'permissions/crisis-act-first.yaml',
      'checklists/drills.yaml',
      /checklists\/drills\.yaml:\d+:\d+ +unknown-reference +`retroactive\.permission` points at permission `crisis-act-first`.*did you mean `crisis-act-firsts`/,
    ],
    [
      'the crisis permission of the approvals page',
      'permissions/crisis-act-first.yaml',
      'approvals/crisis.yaml',
      /approvals\/crisis\.yaml:\d+:\d+ +unknown-reference +`permission` points at permission `crisis-act-first`.*did you mean `crisis-act-firsts`/,
    ],
    [
      'the project approval',
      'permissions/approve-project.yaml',
      'approvals/project.yaml',
      /approvals\/project\.yaml:\d+:\d+ +unknown-reference +`permission` points at permission `approve-project`.*did you mean `approve-projects`/,
    ],
    [
      'a step of the procurement chain',
      'permissions/procurement-finance-review.yaml',
      'approvals/procurement.yaml',
      /approvals\/procurement\.yaml:\d+:\d+ +unknown-reference +`steps\.1` points at permission `procurement-finance-review`.*did you mean `procurement-finance-reviews`/,
    ],
    [
      'a level of the escalation ladder',
      'permissions/emergency-decision-level-2.yaml',
      'approvals/escalation.yaml',
      /approvals\/escalation\.yaml:\d+:\d+ +unknown-reference +`steps\.1` points at permission `emergency-decision-level-2`.*did you mean .*`emergency-decision-level-2s`/,
    ],
    [
      'the parameter that sets a duty’s day in the calendar',
      'parameters/ops-report-day.yaml',
      'obligations/monthly-operations-report.yaml',
      /obligations\/monthly-operations-report\.yaml:\d+:\d+ +parameter-undefined .*`ops-report-day`.*did you mean .*`ops-report-days`/,
    ],
  ])('renaming %s is an error at the line that names it, with a hint', (_what, renamed, file, expected) => {
    const report = variant(`renamed-${renamed.replace(/\W/g, '-')}`, (dir) =>
      renameSync(join(dir, renamed), join(dir, renamed.replace('.yaml', 's.yaml'))),
    );
    expect(report.some((line) => line.startsWith(file))).toBe(true);
    expectLine(report, expected);
  });

  it('drill months that do not fit the cadence are an error naming the field, never skipped', () => {
    const report = variant(
      'months-misfit',
      edit('obligations/drill-data-leak.yaml', 'months: [6, 12]', 'months: [6, 11]'),
    );
    expectLine(
      report,
      /obligations\/drill-data-leak\.yaml:\d+:\d+ +schema +field `cadence\.months`: a period of 6 months needs 2 months, 6 apart, in order/,
    );
  });

  it('drill months need their own basis', () => {
    const report = variant(
      'months-no-basis',
      edit('obligations/drill-data-leak.yaml', '  monthsBasis: proposed\n', ''),
    );
    expectLine(
      report,
      /obligations\/drill-data-leak\.yaml:\d+:\d+ +schema +field `cadence\.months`: `months` needs its own `monthsBasis`/,
    );
  });

  it('a root role needs the basis of its place at the top', () => {
    const report = variant(
      'root-no-basis',
      edit(
        'roles/department-head.yaml',
        'rootBasis: { clause: "2.1", quote: "一级架构师负责整体技术规划与方向把控,向部门负责人汇报" }\n',
        '',
      ),
    );
    expectLine(
      report,
      /roles\/department-head\.yaml:\d+:\d+ +schema +field `rootBasis`: a root role needs `rootBasis`/,
    );
  });

  it('an approvals chain listed out of step order is an error at the step', () => {
    const report = variant(
      'chain-order',
      edit(
        'approvals/procurement.yaml',
        '  - procurement-finance-review\n  - procurement-final-approval',
        '  - procurement-final-approval\n  - procurement-finance-review',
      ),
    );
    expectLine(
      report,
      /approvals\/procurement\.yaml:\d+:\d+ +approval-steps +approvals `procurement`: step 2 is `procurement-final-approval`/,
    );
  });
});
