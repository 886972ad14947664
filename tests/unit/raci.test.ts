/** RACI derived from the model: the letters follow grants, gates and obligations, never a hand-written table. */
import { beforeEach, describe, expect, it } from 'vitest';
import { buildRaci, raciCellText, type Raci } from '../../src/lib/raci.ts';
import { fixtureModel, realModel, withChange } from '../fixtures/generated/model.ts';

const letters = (row: { marks: Record<string, { letter: string }[]> }) =>
  Object.fromEntries(Object.entries(row.marks).map(([role, marks]) => [role, raciCellText(marks as never)]));

describe('RACI of the fixture model', () => {
  let raci: Raci;
  // built in each test, not as the file loads: Stryker counts only code run inside a test (README, "Mutation testing")
  beforeEach(() => {
    raci = buildRaci(fixtureModel());
  });
  const stage = (id: string) => raci.stages.find((s) => s.id === id)!;
  const obligation = (id: string) => raci.obligations.find((o) => o.id === id)!;

  it('deployment: the deployer is R, the go/no-go holders are A, monthly-release people are C, the next stage’s workers I', () => {
    expect(letters(stage('deployment'))).toEqual({
      'ops-engineer': 'R',
      'l1-architect': 'A',
      'department-head': 'A',
      'frontend-engineer': 'C',
      'test-engineer': 'C',
    });
  });

  it('development and test: code changers are R, the test sign-off is A', () => {
    expect(letters(stage('development-test'))).toMatchObject({
      'frontend-engineer': 'R',
      'test-engineer': 'A',
      'l1-architect': 'C',
      'ops-engineer': 'C',
    });
  });

  it('an obligation: the owner is R/A, participants C, a report’s recipients I', () => {
    expect(letters(obligation('weekly-department-meeting'))).toEqual({
      'department-head': 'R/A',
      'l1-architect': 'C',
      'ops-engineer': 'C',
    });
    expect(letters(obligation('monthly-operations-report'))).toEqual({ 'ops-engineer': 'R/A', 'department-head': 'I' });
  });

  it('each letter names what justifies it', () => {
    expect(stage('deployment').marks['l1-architect']).toEqual([
      { letter: 'A', source: { collection: 'permissions', id: 'approve-release' }, basis: 'proposed' },
    ]);
    expect(obligation('monthly-operations-report').marks['ops-engineer']![0]).toEqual({
      letter: 'R',
      source: { collection: 'obligations', id: 'monthly-operations-report' },
      basis: '3.2',
    });
  });

  it('changes with the model: granting the go/no-go to the test engineer makes it A for deployment', () => {
    const changed = buildRaci(
      withChange(fixtureModel(), 'permissions', 'approve-release', (d) =>
        d.grantees.push({ collection: 'roles', id: 'test-engineer' }),
      ),
    );
    expect(letters(changed.stages.find((s) => s.id === 'deployment')!)['test-engineer']).toBe('A');
  });

  it('lists only roles with a letter, in matrix order', () => {
    expect(raci.roles).toEqual([
      'department-head',
      'l1-architect',
      'frontend-engineer',
      'ops-engineer',
      'test-engineer',
    ]);
  });
});

describe('RACI of the real content', () => {
  let raci: Raci;
  beforeEach(() => {
    raci = buildRaci(realModel());
  });
  it('has the five stages and every obligation, each with exactly one role accountable or more only where a permission is shared', () => {
    expect(raci.stages.map((s) => s.id)).toEqual([
      'requirements',
      'design',
      'development-test',
      'deployment',
      'operations',
    ]);
    for (const row of [...raci.stages, ...raci.obligations]) {
      const accountable = Object.values(row.marks).filter((m) => m.some((x) => x.letter === 'A'));
      expect(accountable.length, row.id).toBeGreaterThan(0);
      const responsible = Object.values(row.marks).filter((m) => m.some((x) => x.letter === 'R'));
      expect(responsible.length, row.id).toBeGreaterThan(0);
    }
  });
});
