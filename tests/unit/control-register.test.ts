/** The controls register: one row per control, with the clause, the owner and whether any part is proposed. */
import { beforeEach, describe, expect, it } from 'vitest';
import { controlRegister } from '../../src/lib/control-register.ts';
import type { Model } from '../../src/lib/model.ts';
import { fixtureModel } from '../fixtures/generated/model.ts';

describe('the controls register', () => {
  let model: Model;
  // built in each test, not as the file loads: Stryker counts only code run inside a test (README, "Mutation testing")
  beforeEach(() => {
    model = fixtureModel();
  });

  it('gives each control its clause, owner, laws, cadence and evidence count', () => {
    expect(controlRegister(model)).toEqual([
      {
        id: 'chg-01',
        area: 'change',
        clause: '3.1',
        proposed: false,
        owner: 'l1-architect',
        laws: ['CSL'],
        frequency: 'per-change',
        evidence: 2,
      },
      {
        id: 'drl-01',
        area: 'drills',
        clause: undefined,
        proposed: true,
        owner: 'ops-engineer',
        laws: ['PIPL'],
        frequency: 'quarterly',
        evidence: 1,
      },
    ]);
  });

  it('counts a control on a clause as proposed when a field basis or words of its statement are', () => {
    const chg01 = model.get('controls', 'chg-01')!;
    const variant = (data: object) =>
      ({ all: () => [{ ...chg01, data: { ...chg01.data, ...data } }] }) as unknown as Model;
    expect(controlRegister(variant({ frequencyBasis: 'proposed' }))[0]!.proposed).toBe(true);
    expect(controlRegister(variant({ statement: 'Approved {proposed: within 2 working days}.' }))[0]!.proposed).toBe(
      true,
    );
    expect(controlRegister(variant({ statement: 'Approved within {param: kickoff-days} days.' }))[0]!.proposed).toBe(
      false,
    );
  });
});
