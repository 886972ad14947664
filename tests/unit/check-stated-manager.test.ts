/**
 * `stated-manager`: a body that states a reporting line other than the roles' `reportsTo`. Each
 * case is the rule's fixture (department head at the top; the L1 architect under it; the L2
 * architect and the operations engineer under the L1 architect) with the guide's body, or a
 * role, rewritten.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CHECKS, checkContent } from '../../src/lib/checks/index.ts';
import { statedLines, statedManager } from '../../src/lib/checks/stated-manager.ts';
import { formatFinding } from '../../src/lib/finding-report.ts';

const FIXTURE = 'tests/fixtures/stated-manager/content';
const GUIDE = 'guides/onboarding.mdx';
const work = mkdtempSync(join(tmpdir(), 'handbook-stated-manager-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The guide's frontmatter: 13 lines, so that its body starts on line 14. */
const FRONTMATTER = readFileSync(join(FIXTURE, GUIDE), 'utf8').split('\n').slice(0, 13).join('\n');

let n = 0;
/** The fixture with the guide's body replaced and some files rewritten; this rule's findings as the CLI prints them. */
function variant(body: string, files: Record<string, string> = {}): string[] {
  const dir = join(work, String(n++));
  cpSync(FIXTURE, dir, { recursive: true });
  writeFileSync(join(dir, GUIDE), `${FRONTMATTER}\n${body}`);
  for (const [rel, text] of Object.entries(files)) writeFileSync(join(dir, rel), text);
  return checkContent({ contentDir: dir, cwd: dir, today: '2027-01-01' })
    .findings.filter((f) => f.rule === 'stated-manager')
    .map(formatFinding);
}
/** A role file of the fixture with one text replaced. */
const edit = (rel: string, from: string, to: string) => {
  const text = readFileSync(join(FIXTURE, rel), 'utf8');
  expect(text).toContain(from);
  return { [rel]: text.replace(from, to) };
};
const role = (id: string) => `<Role id="${id}" />`;

describe('stated-manager', () => {
  it('is registered under its id, described as what it finds', () => {
    expect(CHECKS).toContain(statedManager);
    expect({ id: statedManager.id, description: statedManager.description }).toEqual({
      id: 'stated-manager',
      description: 'a body states a reporting line that the roles’ `reportsTo` does not hold',
    });
  });

  it('a line the roles hold, in either language, is not reported', () => {
    expect(
      variant(
        `\nThe ${role('ops-engineer')} reports to the ${role('l1-architect')}.\n\n${role('l1-architect')}向${role('department-head')}汇报。\n`,
      ),
    ).toEqual([]);
  });

  it('a Chinese statement of a line the roles do not hold is reported where it starts', () => {
    expect(variant(`\n说明：${role('ops-engineer')}向${role('department-head')}汇报。\n`)).toEqual([
      `${GUIDE}:15:4  stated-manager  the text says role \`ops-engineer\` reports to \`department-head\`, but its \`reportsTo\` is \`l1-architect\`: «${role('ops-engineer')}向${role('department-head')}汇报»  (name \`l1-architect\` here, or change \`reportsTo\` (and its \`reportsToBasis\`) in roles/ops-engineer.yaml if the line really changed)`,
    ]);
  });

  it('a role with no manager, said to report to one: its `reportsTo` is empty and no manager is to be named', () => {
    expect(variant(`\nThe ${role('department-head')} reports to the ${role('l1-architect')}.\n`)).toEqual([
      `${GUIDE}:15:5  stated-manager  the text says role \`department-head\` reports to \`l1-architect\`, but its \`reportsTo\` is empty: «${role('department-head')} reports to the ${role('l1-architect')}»  (name no manager here, or change \`reportsTo\` (and its \`reportsToBasis\`) in roles/department-head.yaml if the line really changed)`,
    ]);
  });

  it('a role with two managers: both are named, joined by "or"', () => {
    expect(
      variant(
        `\nThe ${role('ops-engineer')} reports to the ${role('l2-architect-backend')}.\n`,
        edit('roles/ops-engineer.yaml', 'reportsTo: [l1-architect]', 'reportsTo: [l1-architect, department-head]'),
      ),
    ).toEqual([
      `${GUIDE}:15:5  stated-manager  the text says role \`ops-engineer\` reports to \`l2-architect-backend\`, but its \`reportsTo\` is \`l1-architect\` or \`department-head\`: «${role('ops-engineer')} reports to the ${role('l2-architect-backend')}»  (name \`l1-architect\` or \`department-head\` here, or change \`reportsTo\` (and its \`reportsToBasis\`) in roles/ops-engineer.yaml if the line really changed)`,
    ]);
  });

  it('a statement in a YAML file, which has no body, is not read', () => {
    expect(
      variant(
        '\nNothing about reporting lines here.\n',
        edit(
          'roles/ops-engineer.yaml',
          'summary: The Operations engineer of the fixture department.',
          `summary: 'The ${role('ops-engineer')} reports to the ${role('department-head')}.'`,
        ),
      ),
    ).toEqual([]);
  });
});

describe('statedLines', () => {
  it('gives the lines in the order the text states them, whatever the language', () => {
    const text = `${role('a')}向${role('b')}汇报。Then the ${role('c')} reports to the ${role('d')}.`;
    expect(statedLines(text).map((s) => `${s.index} ${s.role} → ${s.manager}`)).toEqual([
      '0 a → b',
      `${text.indexOf(role('c'))} c → d`,
    ]);
  });

  it('quotes a statement of up to 90 characters whole', () => {
    const statement = `${role('a')} ${'x'.repeat(90 - 2 * role('a').length - 13)} reports to ${role('b')}`;
    expect(statement).toHaveLength(90);
    expect(statedLines(`${statement}.`).map((s) => s.excerpt)).toEqual([statement]);
  });

  it('quotes a longer statement by its first and last 40 characters', () => {
    const statement = `${role('a')} ${'x'.repeat(91 - 2 * role('a').length - 13)} reports to ${role('b')}`;
    expect(statement).toHaveLength(91);
    expect(statedLines(`${statement}.`).map((s) => s.excerpt)).toEqual([
      `${statement.slice(0, 40)} … ${statement.slice(51)}`,
    ]);
    expect(statement.slice(51)).toBe(`${'x'.repeat(13)} reports to ${role('b')}`);
  });
});
