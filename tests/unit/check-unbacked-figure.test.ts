/**
 * The `unbacked-figure` rule: a figure (an amount with a unit, or a frequency) in a text that rests
 * on a clause must be among the clause's quoted words. Each case is the rule's own fixture with
 * some files added; the findings are the rule's, as the CLI prints them.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CHECKS, checkContent } from '../../src/lib/checks/index.ts';
import { unbackedFigure } from '../../src/lib/checks/unbacked-figure.ts';
import { formatFinding } from '../../src/lib/finding-report.ts';

const FIXTURE = 'tests/fixtures/unbacked-figure/content';
const work = mkdtempSync(join(tmpdir(), 'handbook-unbacked-figure-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

let n = 0;
/** The rule's findings in the files added to the fixture (the fixture's own are left out). */
function unbacked(files: Record<string, string>): string[] {
  const dir = join(work, String(n++));
  cpSync(FIXTURE, dir, { recursive: true });
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
  return checkContent({ contentDir: dir, cwd: dir, today: '2027-01-01' })
    .findings.filter((f) => f.rule === 'unbacked-figure' && f.file in files)
    .map(formatFinding);
}

const DOCUMENT = `document:
  owner: department-head
  version: "1.0"
  effective: 2026-11-01
  reviewed: 2026-11-01
  reviewEveryMonths: 12
`;

/** Clause 4.2's words about the weekly meeting: they hold «每周» (weekly) and nothing else. */
const WEEKLY = '{ clause: "4.2", quote: "部门周会每周X{weekly-meeting-day}召开" }';

const HINT = (figure: string) =>
  `(quote the words of the clause that state it, write an open value of the policy as \`{param: <id>}\`, or mark the handbook's own figure \`{proposed: ${figure}}\`; a cadence or deadline field with its own \`<field>Basis\` may say \`proposed\` there)`;

/** An obligation whose cadence rests on clause 4.2's weekly meeting. */
const obligation = (id: string, cadence: string) => ({
  [`obligations/${id}.yaml`]: `title:
  en: Department meeting
  zh: 部门会议
kind: meeting
description: The department meets.
cadence:
${cadence}
  basis: ${WEEKLY}
owner: department-head
basis: ${WEEKLY}
${DOCUMENT}`,
});

describe('unbacked-figure', () => {
  it('is registered under its id, with a description of what it finds', () => {
    const check = CHECKS.find((c) => c === unbackedFigure);
    expect(check?.id).toBe('unbacked-figure');
    expect(check?.description).toBe(
      'a number with a unit or a frequency in a clause-backed text that the quoted words do not hold',
    );
  });

  it('a cadence of every n periods reads as the words it stands for, and each is checked against the quote', () => {
    const cadence = (freq: string, interval: number) => `  freq: ${freq}\n  interval: ${interval}`;
    const found = unbacked({
      ...obligation('every-two-weeks', cadence('weekly', 2)),
      ...obligation('every-six-months', cadence('monthly', 6)),
      ...obligation('every-two-quarters', cadence('quarterly', 2)),
      ...obligation('every-two-years', cadence('yearly', 2)),
    });
    const at = (id: string, words: string) =>
      `obligations/${id}.yaml:7:3  unbacked-figure  \`cadence.freq\` says «${words}», which the quoted words of clause 4.2 do not hold («${words}»)  ${HINT(words)}`;
    expect(found).toEqual([
      at('every-six-months', 'every 6 months'),
      at('every-two-quarters', 'every 2 quarters'),
      at('every-two-weeks', 'every 2 weeks'),
      at('every-two-years', 'every 2 years'),
    ]);
  });

  it('a cadence of every single period reads as its frequency: backed when the quote holds it, reported when not', () => {
    const found = unbacked({
      ...obligation('weekly', '  freq: weekly'),
      ...obligation('quarterly', '  freq: quarterly\n  interval: 1'),
    });
    expect(found).toEqual([
      `obligations/quarterly.yaml:7:3  unbacked-figure  \`cadence.freq\` says «quarterly», which the quoted words of clause 4.2 do not hold («quarterly»)  ${HINT('quarterly')}`,
    ]);
  });

  it("a control's audit test is the auditor's method, not a rule: its figures are not checked, its statement's are", () => {
    const found = unbacked({
      'controls/chg-02.yaml': `title:
  en: Projects are approved in time
  zh: 项目按时审批
area: change
statement: Each project is approved within 5 working days.
basis: { clause: "4.1", quote: "部门负责人拥有项目全权审批权" }
owner: department-head
frequency: per-change
evidence:
  - The approval record
test: Sample 25 projects a quarter and time each approval in working days.
${DOCUMENT}`,
    });
    expect(found).toEqual([
      `controls/chg-02.yaml:5:1  unbacked-figure  \`statement\` says «5 working days», which the quoted words of clause 4.1 do not hold («Each project is approved within 5 working days.»)  ${HINT('5 working days')}`,
    ]);
  });

  it("a field with a basis of its own is checked against that basis, not the entry's", () => {
    const control = (id: string, frequency: string, frequencyBasis: string) => ({
      [`controls/${id}.yaml`]: `title:
  en: Projects are reviewed
  zh: 项目复核
area: change
statement: The department head reviews the projects.
basis: { clause: "4.1", quote: "部门负责人拥有项目全权审批权" }
owner: department-head
frequency: ${frequency}
${frequencyBasis}evidence:
  - The review record
test: Inspect the review records.
${DOCUMENT}`,
    });
    const found = unbacked({
      ...control('entry-basis', 'weekly', ''),
      ...control('proposed', 'weekly', 'frequencyBasis: proposed\n'),
      ...control('own-clause', 'weekly', `frequencyBasis: ${WEEKLY}\n`),
      ...control('own-clause-other', 'monthly', `frequencyBasis: ${WEEKLY}\n`),
    });
    expect(found).toEqual([
      `controls/entry-basis.yaml:8:1  unbacked-figure  \`frequency\` says «weekly», which the quoted words of clause 4.1 do not hold («weekly»)  ${HINT('weekly')}`,
      `controls/own-clause-other.yaml:8:1  unbacked-figure  \`frequency\` says «monthly», which the quoted words of clause 4.2 do not hold («monthly»)  ${HINT('monthly')}`,
    ]);
  });

  it('a basis that cites a clause without quoting it checks nothing (basis-quote-missing reports it)', () => {
    expect(
      unbacked({
        'permissions/approve-budget.yaml': `title:
  en: Approve a budget
  zh: 预算审批
area: project
description: Approve a budget within 5 working days.
basis: "4.1"
grantees: [department-head]
${DOCUMENT}`,
      }),
    ).toEqual([]);
  });
});

describe('unbacked-figure: words marked inside a figure', () => {
  const control = (id: string, statement: string) => ({
    [`controls/${id}.yaml`]: `title:
  en: Projects are reviewed
  zh: 项目复核
area: change
statement: ${JSON.stringify(statement)}
basis: { clause: "4.1", quote: "部门负责人拥有项目全权审批权" }
owner: department-head
frequency: per-change
evidence:
  - The review record
test: Inspect the review records.
${DOCUMENT}`,
  });

  it('a marker inside a figure leaves no figure behind: the words around it do not close up into one', () => {
    expect(
      unbacked({
        ...control('every-other', 'The team reviews the projects every {proposed: other} week.'),
        ...control('zh-every-two', '每{proposed: 两}周复核一次项目。'),
        ...control('twice', 'The team reviews the projects {proposed: twice} a month.'),
      }),
    ).toEqual([]);
  });

  it('a figure outside the marker is still read', () => {
    expect(unbacked(control('outside', 'The {proposed: whole} team reviews the projects every week.'))).toEqual([
      `controls/outside.yaml:5:1  unbacked-figure  \`statement\` says «every week», which the quoted words of clause 4.1 do not hold («The {proposed: whole} team reviews the projects every week.»)  ${HINT('every week')}`,
    ]);
  });
});
