/** A role's slice of the generated views: what its page shows, including what it holds through alsoHolds. */
import { beforeEach, describe, expect, it } from 'vitest';
import { roleSlice } from '../../src/lib/role-slice.ts';
import type { Model } from '../../src/lib/model.ts';
import { fixtureModel, withChange } from '../fixtures/generated/model.ts';

let model: Model;
// built in each test, not as the file loads: Stryker counts only code run inside a test (README, "Mutation testing")
beforeEach(() => {
  model = fixtureModel();
});

describe('role slice', () => {
  it('a held permission carries its limits and whether it states conditions; the assessment only on the department’s own posts', () => {
    const limited = withChange(model, 'permissions', 'perform-release', (d) => {
      d.conditions = 'Only a release with a test sign-off.';
      d.limits = [
        { after: 'assessment', basis: 'proposed' },
        { through: [{ collection: 'runbooks', id: 'rollback' }], basis: 'proposed' },
      ];
      d.grantees.push({ collection: 'roles', id: 'ceo' });
    });
    expect(roleSlice(limited, 'ops-engineer').permissions).toEqual([
      {
        id: 'perform-release',
        basis: 'proposed',
        quotes: [],
        conditions: true,
        limits: [
          { after: 'assessment', basis: 'proposed', quotes: [] },
          { through: ['rollback'], basis: 'proposed', quotes: [] },
        ],
      },
    ]);
    expect(roleSlice(limited, 'ceo').permissions.find((p) => p.id === 'perform-release')!.limits).toEqual([
      { through: ['rollback'], basis: 'proposed', quotes: [] },
    ]);
  });

  it('a role that also holds another post gets its permissions and duties, each marked with the post it comes through', () => {
    const slice = roleSlice(model, 'senior-engineer');
    expect(slice.alsoHolds).toEqual(['frontend-engineer']);
    expect(slice.permissions).toEqual([
      {
        id: 'change-page-code',
        basis: '4.1',
        quotes: ['正文。'],
        via: 'frontend-engineer',
        limits: [],
        conditions: false,
      },
    ]);
    expect(slice.obligations).toEqual([{ id: 'monthly-release', part: 'participant', via: 'frontend-engineer' }]);
    expect(slice.kpis).toEqual([]);
    expect(slice.plans).toEqual([]);
  });

  it('owning an obligation wins over taking part in it; own duties carry no "via"', () => {
    const slice = roleSlice(model, 'ops-engineer');
    expect(slice.obligations).toContainEqual({ id: 'monthly-operations-report', part: 'owner' });
    expect(slice.obligations).toContainEqual({ id: 'monthly-release', part: 'participant' });
    expect(slice.permissions).toEqual([
      { id: 'perform-release', basis: 'proposed', quotes: [], limits: [], conditions: false },
    ]);
    const owningAndTakingPart = withChange(
      model,
      'obligations',
      'monthly-release',
      (d) => (d.owner = { collection: 'roles', id: 'ops-engineer' }),
    );
    expect(roleSlice(owningAndTakingPart, 'ops-engineer').obligations).toContainEqual({
      id: 'monthly-release',
      part: 'owner',
    });
  });

  it('the plans where the role leads or has a part, with its parts', () => {
    expect(roleSlice(model, 'ops-engineer').plans).toEqual([
      { id: 'system-failure', parts: ['Leads the response.'], lead: true },
    ]);
    expect(roleSlice(model, 'department-head').plans).toEqual([
      { id: 'system-failure', parts: ['Level-1 decider.'], lead: false },
    ]);
    const leadOnly = withChange(
      model,
      'plans',
      'system-failure',
      (d) => (d.lead = { collection: 'roles', id: 'test-engineer' }),
    );
    expect(roleSlice(leadOnly, 'test-engineer').plans).toEqual([{ id: 'system-failure', parts: [], lead: true }]);
  });

  it('its KPIs with their basis, the approvals it signs, and the checklists it owns or has items in', () => {
    const slice = roleSlice(model, 'department-head');
    expect(slice.kpis).toEqual([
      { name: { en: 'On-time delivery', zh: '按时交付率' }, basis: '5.1', quotes: ['正文。'] },
    ]);
    expect(slice.approvals.chainSteps.map((s) => `${s.chain} ${s.step.step}`)).toEqual([
      'emergency-escalation 1',
      'procurement 1',
    ]);
    expect(slice.approvals.decisions).toEqual([{ plan: 'system-failure', severity: 'minor', level: 1 }]);
    expect(slice.checklists).toContainEqual({
      id: 'gate-requirements',
      title: expect.objectContaining({ en: 'Release gate 1: Requirements gathering' }),
      items: 4,
      ownsList: true,
    });
  });

  it('refuses a role the model does not have', () => {
    expect(() => roleSlice(model, 'night-manager')).toThrow('unknown role `night-manager`');
  });
});
