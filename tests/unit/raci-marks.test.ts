/** One letter per role and cell, in R, A, C, I order, each from the first entry that justifies it. */
import { describe, expect, it } from 'vitest';
import type { LifecycleStage } from '../../src/lib/lifecycle.ts';
import { buildRaci, raciCellText } from '../../src/lib/raci.ts';
import { fixtureModel, withChange } from '../fixtures/generated/model.ts';

const stage = (work: LifecycleStage['work'], gateRoles: string[]): LifecycleStage => ({
  id: 'release',
  step: 1,
  title: { en: 'Release', zh: '发布' },
  basis: 'proposed',
  basisQuotes: [],
  work,
  gate: { name: { en: 'Go', zh: '放行' }, roles: gateRoles, basis: 'proposed', note: '' },
  obligations: [],
  checks: [],
});

describe('a stage whose work two permissions grant to the same role', () => {
  it('gives that role one R, from the first permission, and its gate letter after it', () => {
    const model = withChange(fixtureModel(), 'permissions', 'change-page-code', (d: { grantees: unknown[] }) =>
      d.grantees.push({ collection: 'roles', id: 'ops-engineer' }),
    );
    const raci = buildRaci(model, [
      stage({ permissions: ['perform-release', 'change-page-code'], roles: ['ops-engineer'], basis: 'proposed' }, [
        'ops-engineer',
      ]),
    ]);
    expect(raci.stages[0]!.marks).toEqual({
      'ops-engineer': [
        { letter: 'R', source: { collection: 'permissions', id: 'perform-release' }, basis: 'proposed' },
        { letter: 'A', source: { lifecycle: 'release' }, basis: 'proposed' },
      ],
      'frontend-engineer': [
        { letter: 'R', source: { collection: 'permissions', id: 'change-page-code' }, basis: '4.1' },
      ],
    });
  });
});

describe('a stage that names its workers', () => {
  it('letters only the named roles the handbook has', () => {
    const raci = buildRaci(fixtureModel(), [
      stage({ permissions: [], roles: ['test-engineer', 'no-such-role'], basis: '3.1' }, []),
    ]);
    expect(raci.stages[0]!.marks).toEqual({
      'test-engineer': [{ letter: 'R', source: { lifecycle: 'release' }, basis: '3.1' }],
    });
  });
});

describe('an obligation’s owner', () => {
  it('is shown R/A: R before A although A is given first', () => {
    const row = buildRaci(fixtureModel()).obligations.find((o) => o.id === 'weekly-department-meeting')!;
    expect(row.marks['department-head']!.map((m) => m.letter)).toEqual(['R', 'A']);
    expect(raciCellText(row.marks['department-head'])).toBe('R/A');
  });
});

describe('an obligation’s participants', () => {
  it('add no C to the owner named among them, and none to a role the handbook does not have', () => {
    const model = withChange(fixtureModel(), 'obligations', 'weekly-department-meeting', (d) => {
      d.participants = [
        { collection: 'roles', id: 'department-head' },
        { collection: 'roles', id: 'no-such-role' },
        { collection: 'roles', id: 'ops-engineer' },
      ];
    });
    const row = buildRaci(model).obligations.find((o) => o.id === 'weekly-department-meeting')!;
    expect(Object.fromEntries(Object.entries(row.marks).map(([role, marks]) => [role, raciCellText(marks)]))).toEqual({
      'department-head': 'R/A',
      'ops-engineer': 'C',
    });
  });
});
