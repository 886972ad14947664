/**
 * The generators on the shapes a plain fixture lacks: a role with two managers, a chain step
 * numbered twice, a clause mentioned in a body but not named as a basis, and a lifecycle stage
 * whose successor brings in roles that have no letter yet. Each is the generated fixture with one
 * edit, made the way an author would make it.
 */
import { describe, expect, it } from 'vitest';
import { chain } from '../../src/lib/approvals.ts';
import { lifecycleStages } from '../../src/lib/lifecycle.ts';
import { orgTree, reportingLines, type OrgNode } from '../../src/lib/org.ts';
import { buildRaci, raciCellText } from '../../src/lib/raci.ts';
import { buildTraceability } from '../../src/lib/traceability.ts';
import { editedCopy, fixtureModel, loadModel } from '../fixtures/generated/model.ts';

const edited = (file: string, from: string, to: string) =>
  loadModel(editedCopy(file, (text) => text.replace(from, to)));

describe('org chart', () => {
  const model = edited(
    'roles/ops-engineer.yaml',
    'reportsTo: [l1-architect]',
    'reportsTo: [l1-architect, test-engineer]',
  );
  const find = (nodes: OrgNode[], id: string): OrgNode | undefined => {
    for (const n of nodes) {
      const hit = n.id === id ? n : find(n.children, id);
      if (hit) return hit;
    }
    return undefined;
  };

  it('a role that reports to one of two managers sits under each of them, marked "one of"', () => {
    const tree = orgTree(model);
    for (const manager of ['l1-architect', 'test-engineer']) {
      const under = find(tree, manager)!.children.find((c) => c.id === 'ops-engineer');
      expect(under, `ops-engineer under ${manager}`).toMatchObject({ oneOf: true, basis: 'proposed' });
    }
    expect(find(tree, 'frontend-engineer')!.oneOf).toBe(false);
  });

  it('draws one line to each of the two managers, both marked "one of"', () => {
    expect(reportingLines(model).filter((l) => l.from === 'ops-engineer')).toEqual([
      { from: 'ops-engineer', to: 'l1-architect', basis: 'proposed', oneOf: true },
      { from: 'ops-engineer', to: 'test-engineer', basis: 'proposed', oneOf: true },
    ]);
  });
});

describe('approval chains', () => {
  it('the fixture procurement chain is whole: steps 1, 2, 3 and no gap', () => {
    const procurement = chain(fixtureModel(), 'procurement')!;
    expect(procurement.steps.map((s) => `${s.step} ${s.permission}`)).toEqual([
      '1 procurement-initial-review',
      '2 procurement-finance-review',
      '3 procurement-final-approval',
    ]);
    expect(procurement.gaps).toEqual([]);
  });

  it('a step numbered twice is flagged as a gap, and both permissions stay in the chain, by name at equal steps', () => {
    const procurement = chain(
      edited('permissions/procurement-final-approval.yaml', 'step: 3', 'step: 2'),
      'procurement',
    )!;
    expect(procurement.gaps).toEqual([2]);
    expect(procurement.steps.map((s) => `${s.step} ${s.permission}`)).toEqual([
      '1 procurement-initial-review',
      '2 procurement-final-approval',
      '2 procurement-finance-review',
    ]);
  });

  it('a missing step is flagged as a gap', () => {
    expect(
      chain(edited('permissions/procurement-final-approval.yaml', 'step: 3', 'step: 4'), 'procurement')!.gaps,
    ).toEqual([3]);
  });
});

describe('traceability', () => {
  it('a clause mentioned in a body but not named as its basis has nothing resting on it', () => {
    const model = edited(
      'runbooks/rollback.mdx',
      "Run the pipeline's rollback job.",
      'Run the pipeline\'s rollback job, as <Clause id="7.2" /> allows.',
    );
    expect(model.incoming('clauses', '7.2').map((e) => `${e.from.collection}:${e.from.id} ${e.field}`)).toEqual([
      'runbooks:rollback body',
    ]);
    const trace = buildTraceability(model);
    expect(trace.clauses.find((c) => c.clause === '7.2')!.count).toBe(0);
    expect(trace.uncovered).toContain('7.2');
    expect(trace.proposed).toContainEqual({ collection: 'runbooks', id: 'rollback', title: 'Roll back a release' });
  });
});

describe('RACI across stages', () => {
  const stage = (id: string) => lifecycleStages(fixtureModel()).find((s) => s.id === id)!;
  const operations = stage('operations');
  /** Deployment, then an operations stage worked by the senior engineer, who has no letter in deployment. */
  const stages = [
    stage('deployment'),
    { ...operations, work: { ...operations.work, permissions: [], roles: ['senior-engineer'] } },
  ];

  it('the next stage’s workers are I in the stage before, and the last stage informs no one', () => {
    const raci = buildRaci(fixtureModel(), stages);
    const letters = (i: number) =>
      Object.fromEntries(Object.entries(raci.stages[i]!.marks).map(([role, marks]) => [role, raciCellText(marks)]));
    expect(letters(0)['senior-engineer']).toBe('I');
    expect(raci.stages[0]!.marks['senior-engineer']).toEqual([
      { letter: 'I', source: { lifecycle: 'operations' }, basis: 'proposed' },
    ]);
    expect(letters(1)).toEqual({ 'senior-engineer': 'R', 'department-head': 'A', 'ops-engineer': 'C' });
  });
});
