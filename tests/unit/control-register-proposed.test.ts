/** A control is proposed when its basis or a field's basis is `proposed`, not when some other field says the word. */
import { describe, expect, it } from 'vitest';
import { controlRegister } from '../../src/lib/control-register.ts';
import { fixtureModel, withChange } from '../fixtures/generated/model.ts';

const proposedOf = (id: string, model = fixtureModel()) => controlRegister(model).find((r) => r.id === id)!.proposed;

describe('whether a control is proposed', () => {
  it('is proposed when its basis is `proposed`', () => {
    expect(proposedOf('drl-01')).toBe(true);
  });

  it('is not proposed when a field that is no basis reads `proposed`', () => {
    const model = withChange(fixtureModel(), 'controls', 'chg-01', (d: { statement: string; test: string }) => {
      d.statement = 'proposed';
      d.test = 'proposed';
    });
    expect(proposedOf('chg-01', model)).toBe(false);
  });
});
