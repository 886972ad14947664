/** The approvals page's model: chains and their order, sections by kind, the escalation ladder, the crisis permission, a role's approvals. */
import { describe, expect, it } from 'vitest';
import {
  approvalsOf,
  chainSections,
  chains,
  crisisApproval,
  escalationLadder,
  escalationSection,
  sectionChain,
  singleApproval,
  singleSections,
} from '../../src/lib/approvals.ts';
import type { AnyEntry } from '../../src/lib/content/load.ts';
import { buildModel } from '../../src/lib/model.ts';
import { fixtureModel, withChange } from '../fixtures/generated/model.ts';

describe('the approval chains', () => {
  it('are ordered by chain id, whatever the order of the permissions that make them', () => {
    const model = withChange(fixtureModel(), 'permissions', 'approve-project', (data) => {
      data.chain = { id: 'zz-project', step: 1 };
    });
    expect(chains(model).map((c) => [c.id, c.steps.map((s) => s.permission)])).toEqual([
      [
        'emergency-escalation',
        ['emergency-decision-level-1', 'emergency-decision-level-2', 'emergency-decision-level-3'],
      ],
      ['procurement', ['procurement-initial-review', 'procurement-finance-review', 'procurement-final-approval']],
      ['zz-project', ['approve-project']],
    ]);
  });

  it("carry a step's conditions where its permission states them, and none where it does not", () => {
    const model = withChange(fixtureModel(), 'permissions', 'procurement-final-approval', (data) => {
      data.conditions = 'Only above the budget line.';
    });
    const procurement = chains(model).find((c) => c.id === 'procurement')!;
    expect(procurement.steps.map((s) => s.conditions)).toEqual([undefined, undefined, 'Only above the budget line.']);
    expect(procurement.steps[2]).toEqual({
      step: 3,
      permission: 'procurement-final-approval',
      title: model.get('permissions', 'procurement-final-approval')!.data.title,
      signers: ['ceo'],
      basis: '3.1',
      conditions: 'Only above the budget line.',
    });
    expect('conditions' in procurement.steps[0]!).toBe(false);
  });
});

describe('a single approval', () => {
  it("carries the permission's conditions when it states them", () => {
    const model = withChange(fixtureModel(), 'permissions', 'approve-project', (data) => {
      data.conditions = 'Within the yearly budget.';
    });
    expect(singleApproval(model, 'approve-project')).toEqual({
      permission: 'approve-project',
      title: { en: 'Approve a project in full', zh: '项目全权审批' },
      signers: ['department-head'],
      basis: '4.1',
      conditions: 'Within the yearly budget.',
    });
    expect(singleApproval(fixtureModel(), 'approve-project')).toEqual({
      permission: 'approve-project',
      title: { en: 'Approve a project in full', zh: '项目全权审批' },
      signers: ['department-head'],
      basis: '4.1',
    });
  });
});

describe('the sections of the approvals page', () => {
  /** The fixture with two more single sections, numbered so that a numeric order and a text order differ. */
  const withMoreSingles = () => {
    const model = fixtureModel();
    const project = model.get('approvals', 'project')!;
    const copies: AnyEntry[] = ['single-9', 'single-10'].map((id) => ({
      ...project,
      id,
      file: `approvals/${id}.yaml`,
    }));
    return buildModel([...model.entries, ...copies]);
  };

  it('of one kind are only that kind, ordered by id as text', () => {
    const model = withMoreSingles();
    expect(singleSections(model).map((s) => s.id)).toEqual(['project', 'single-10', 'single-9']);
    expect(chainSections(model).map((s) => s.id)).toEqual(['procurement']);
    expect(escalationSection(model)?.id).toBe('escalation');
  });

  it("list the chain whose steps hold the section's first step", () => {
    const model = fixtureModel();
    const [procurement] = chainSections(model);
    expect(sectionChain(model, procurement!)?.id).toBe('procurement');
    const escalationFirst = {
      ...procurement!,
      data: { ...procurement!.data, steps: [{ collection: 'permissions' as const, id: 'emergency-decision-level-2' }] },
    };
    expect(sectionChain(model, escalationFirst)?.id).toBe('emergency-escalation');
    const unknown = {
      ...procurement!,
      data: { ...procurement!.data, steps: [{ collection: 'permissions' as const, id: 'nothing' }] },
    };
    expect(sectionChain(model, unknown)).toBeUndefined();
  });
});

describe('the escalation ladder', () => {
  it('has one level per step, with the roles holding its permission, and no mismatch when the plans agree', () => {
    const ladder = escalationLadder(fixtureModel());
    expect(ladder.levels.map((l) => [l.level, l.permission, l.roles, l.severities.map((s) => s.severity)])).toEqual([
      [1, 'emergency-decision-level-1', ['department-head'], ['minor']],
      [2, 'emergency-decision-level-2', ['executive-in-charge'], ['major']],
      [3, 'emergency-decision-level-3', ['ceo'], ['critical']],
    ]);
    expect(ladder.mismatches).toEqual([]);
  });

  it('reports a plan whose decider for a level is not a holder of that level', () => {
    const model = withChange(fixtureModel(), 'plans', 'system-failure', (data) => {
      data.severities[1].decider = { collection: 'roles', id: 'department-head' };
    });
    expect(escalationLadder(model).mismatches).toEqual([
      {
        plan: 'system-failure',
        severity: 'major',
        level: 2,
        decider: 'department-head',
        expected: ['executive-in-charge'],
      },
    ]);
  });

  it("lists a plan's severities at one level from minor to critical, whatever their order in the plan", () => {
    const model = withChange(fixtureModel(), 'plans', 'system-failure', (data) => {
      data.severities = data.severities.toReversed().map((s: object) => ({ ...s, decisionLevel: 1 }));
    });
    const ladder = escalationLadder(model);
    expect(ladder.levels[0]!.severities.map((s) => s.severity)).toEqual(['minor', 'major', 'critical']);
    expect(ladder.mismatches.map((m) => [m.severity, m.decider])).toEqual([
      ['major', 'executive-in-charge'],
      ['critical', 'ceo'],
    ]);
  });

  it('gives a step whose permission the model lacks no roles, and so no mismatch', () => {
    const model = buildModel(
      fixtureModel().entries.filter((e) => !(e.collection === 'permissions' && e.id === 'emergency-decision-level-3')),
    );
    const ladder = escalationLadder(model);
    expect(ladder.levels[2]).toEqual({
      level: 3,
      roles: [],
      severities: [
        { plan: 'system-failure', severity: 'critical', decider: 'ceo', criteria: ['No booking completes'] },
      ],
    });
    expect(ladder.mismatches).toEqual([]);
  });
});

describe('the crisis approval', () => {
  it("names the act-first permission of the crisis section and each plan's retroactive approval", () => {
    expect(crisisApproval(fixtureModel())).toEqual({
      permission: {
        permission: 'crisis-act-first',
        title: { en: 'Act first in a crisis', zh: '危机先行处置' },
        signers: ['crisis-team'],
        basis: '4.1',
      },
      plans: [
        {
          plan: 'system-failure',
          retroactiveApproval: 'The crisis team files every skipped approval within 2 working days.',
        },
      ],
    });
  });

  it('has no permission when the model has no crisis section', () => {
    const model = buildModel(
      fixtureModel().entries.filter((e) => !(e.collection === 'approvals' && e.id === 'crisis')),
    );
    expect(crisisApproval(model)).toEqual({
      plans: [
        {
          plan: 'system-failure',
          retroactiveApproval: 'The crisis team files every skipped approval within 2 working days.',
        },
      ],
    });
  });
});

describe("a role's approvals", () => {
  it('are, by default, those the role itself holds: its chain steps and its decisions', () => {
    const mine = approvalsOf(fixtureModel(), 'ceo');
    expect(mine.chainSteps.map((s) => [s.chain, s.step.permission])).toEqual([
      ['emergency-escalation', 'emergency-decision-level-3'],
      ['procurement', 'procurement-final-approval'],
    ]);
    expect(mine.gates).toEqual([]);
    expect(mine.decisions).toEqual([{ plan: 'system-failure', severity: 'critical', level: 3 }]);
  });

  it('include a step signed by several roles when the role holds any one of them', () => {
    const model = withChange(fixtureModel(), 'permissions', 'procurement-initial-review', (data) => {
      data.grantees = [
        { collection: 'roles', id: 'department-head' },
        { collection: 'roles', id: 'ops-engineer' },
      ];
    });
    expect(approvalsOf(model, 'ops-engineer').chainSteps.map((s) => s.step.permission)).toEqual([
      'procurement-initial-review',
    ]);
  });
});
