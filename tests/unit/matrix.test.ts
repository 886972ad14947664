/** The role-permission matrix of the fixture model, cell by cell. */
import { beforeEach, describe, expect, it } from 'vitest';
import { buildMatrix, cellWords, matrixColumns, matrixRows, matrixTable, type Matrix } from '../../src/lib/matrix.ts';
import { buildModel, type Model } from '../../src/lib/model.ts';
import { fixtureModel, realModel, withChange } from '../fixtures/generated/model.ts';
import { wordsFormatter } from '../../src/i18n/words.ts';

/** The English CSV's words (its role cells are ids, so the names are not needed). */
const sayEn = wordsFormatter('en', (id) => id);

let model: Model;
let matrix: Matrix;
// built in each test, not as the file loads: Stryker counts only code run inside a test (README, "Mutation testing")
beforeEach(() => {
  model = fixtureModel();
  matrix = buildMatrix(model);
});

describe('the matrix of the fixture model', () => {
  it('equals the expected matrix: roles by scope and grade, permissions by area and chain step', () => {
    const _ = '';
    // each grant on a clause carries the words it quotes, as the policy prints them (an open value as X)
    const c41 = '4.1 «正文。»';
    const c31 = '3.1 «X日内召开»';
    expect(matrixTable(matrix, sayEn, 'en')).toEqual([
      [
        'role',
        'role_name',
        'scope',
        'grade',
        'approve-project',
        'procurement-initial-review',
        'procurement-finance-review',
        'procurement-final-approval',
        'change-page-code',
        'approve-release',
        'perform-release',
        'sign-off-tests',
        'emergency-decision-level-1',
        'emergency-decision-level-2',
        'emergency-decision-level-3',
        'crisis-act-first',
      ],
      ['department-head', 'Department head', 'internal', '1', c41, c31, _, _, _, 'proposed', _, _, c41, _, _, _],
      ['l1-architect', 'L1 architect', 'internal', '2', _, _, _, _, _, 'proposed', _, _, _, _, _, _],
      [
        'senior-engineer',
        'Senior engineer',
        'internal',
        '4',
        _,
        _,
        _,
        _,
        `${c41} via frontend-engineer`,
        _,
        _,
        _,
        _,
        _,
        _,
        _,
      ],
      ['frontend-engineer', 'Front-end engineer', 'internal', '5', _, _, _, _, c41, _, _, _, _, _, _, _],
      ['ops-engineer', 'Operations engineer', 'internal', '5', _, _, _, _, _, _, 'proposed', _, _, _, _, _],
      ['test-engineer', 'Test engineer', 'internal', '5', _, _, _, _, _, _, _, 'proposed', _, _, _, _],
      ['ceo', 'CEO', 'external', _, _, _, _, c31, _, _, _, _, _, _, c41, _],
      ['executive-in-charge', 'Executive in charge', 'external', _, _, _, _, _, _, _, _, _, _, c41, _, _],
      ['finance', 'Finance department', 'external', _, _, _, c31, _, _, _, _, _, _, _, _, _],
      ['crisis-team', 'Temporary crisis team', 'external', _, _, _, _, _, _, _, _, _, _, _, _, c41],
    ]);
  });

  it('groups columns by area and rows by scope', () => {
    expect(matrix.areas.map((a) => [a.area, a.columns.length])).toEqual([
      ['project', 1],
      ['procurement', 3],
      ['code', 1],
      ['release', 3],
      ['emergency', 4],
    ]);
    expect(matrix.scopes.map((s) => [s.scope, s.rows.length])).toEqual([
      ['internal', 6],
      ['external', 4],
    ]);
  });

  it('keeps chain steps on their columns', () => {
    expect(
      matrixColumns(matrix)
        .filter((c) => c.chain)
        .map((c) => `${c.chain!.id}:${c.chain!.step}`),
    ).toEqual([
      'procurement:1',
      'procurement:2',
      'procurement:3',
      'emergency-escalation:1',
      'emergency-escalation:2',
      'emergency-escalation:3',
    ]);
  });

  it('marks the separation-of-duties pairs on their columns and rows', () => {
    const columns = Object.fromEntries(matrixColumns(matrix).map((c) => [c.id, c.separation]));
    expect(columns['perform-release']).toEqual(['perform-vs-approve-release']);
    expect(columns['approve-release']).toEqual(['perform-vs-approve-release']);
    expect(columns['approve-project']).toEqual([]);
    const rows = Object.fromEntries(matrixRows(matrix).map((r) => [r.id, r.separation]));
    expect(rows['ops-engineer']).toEqual(['operations-vs-testing']);
    expect(rows['test-engineer']).toEqual(['operations-vs-testing']);
    expect(matrix.separation.map((s) => [s.id, s.kind, s.basis])).toEqual([
      ['operations-vs-testing', 'roles', '2.1'],
      ['perform-vs-approve-release', 'permissions', 'proposed'],
    ]);
  });

  it('flags a cell whose role would hold both permissions of a forbidden pair', () => {
    const broken = buildMatrix(
      withChange(model, 'permissions', 'perform-release', (d) =>
        d.grantees.push({ collection: 'roles', id: 'department-head' }),
      ),
    );
    expect(broken.cells['department-head']!['perform-release']!.conflicts).toEqual(['perform-vs-approve-release']);
    expect(broken.cells['department-head']!['approve-release']!.conflicts).toEqual(['perform-vs-approve-release']);
    expect(matrix.cells['department-head']!['approve-release']!.conflicts).toEqual([]);
  });
});

describe('the parts of the matrix a reader can miss', () => {
  it('gives a cell not held no conflicts and no words, and a cell held alone no conflict', () => {
    const notHeld = matrix.cells['test-engineer']!['perform-release']!;
    expect(notHeld).toStrictEqual({ granted: false, conflicts: [] });
    expect(cellWords(notHeld)).toBeUndefined();
    // ops-engineer performs releases and approves none: the forbidden pair is not complete
    expect(matrix.cells['ops-engineer']!['perform-release']!.conflicts).toStrictEqual([]);
  });

  it('counts only pairs of permissions against a cell, not a pair of roles that names the same id', () => {
    const clash = buildMatrix(
      withChange(model, 'separation', 'operations-vs-testing', (d) => {
        d.roles = [
          { collection: 'roles', id: 'ops-engineer' },
          { collection: 'roles', id: 'approve-release' },
        ];
      }),
    );
    const column = matrixColumns(clash).find((c) => c.id === 'approve-release')!;
    expect(column.separation).toStrictEqual(['perform-vs-approve-release']);
    // and the other way: a pair of permissions that names a role's id is not that role's rule
    const rowClash = buildMatrix(
      withChange(model, 'separation', 'perform-vs-approve-release', (d) => {
        d.permissions = [
          { collection: 'permissions', id: 'perform-release' },
          { collection: 'permissions', id: 'ops-engineer' },
        ];
      }),
    );
    expect(matrixRows(rowClash).find((r) => r.id === 'ops-engineer')!.separation).toStrictEqual([
      'operations-vs-testing',
    ]);
  });

  it('carries each row’s key post, and groups the rows of each scope that has any', () => {
    const rows = Object.fromEntries(matrixRows(matrix).map((r) => [r.id, r.keyPost]));
    expect(rows['ops-engineer']).toBe('operations');
    expect(rows['test-engineer']).toBe('testing');
    expect(rows['department-head']).toBeUndefined();
    expect(matrix.scopes.map((g) => g.scope)).toStrictEqual(['internal', 'external']);
    const internalOnly = buildMatrix(
      buildModel(model.entries.filter((e) => !(e.collection === 'roles' && e.data.scope === 'external'))),
    );
    expect(internalOnly.scopes.map((g) => g.scope)).toStrictEqual(['internal']);
  });
});

describe('the matrix of the real content', () => {
  let real: Matrix;
  beforeEach(() => {
    real = buildMatrix(realModel());
  });
  it('has a cell for every role and permission, and the department head approves projects on clause 4.1', () => {
    const cells = matrixRows(real).flatMap((r) => matrixColumns(real).map((c) => real.cells[r.id]![c.id]));
    expect(cells.every(Boolean)).toBe(true);
    expect(real.cells['department-head']!['approve-project']).toMatchObject({
      granted: true,
      basis: '4.1',
      conflicts: [],
    });
    expect(real.cells['department-head']!['approve-project']!.quotes?.join('')).toContain('项目全权审批权');
  });
  it('puts every internal role before every external one', () => {
    const scopes = matrixRows(real).map((r) => r.scope);
    expect(scopes.indexOf('external')).toBeGreaterThan(scopes.lastIndexOf('internal'));
  });
});
