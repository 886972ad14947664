/** The search filters of an entry: kind, owner and severity, the same for the English and the Chinese index. */
import { describe, expect, it } from 'vitest';
import { facetsOf, KIND_BY_COLLECTION, ownerName } from '../../src/lib/search-facets.ts';
import { fixtureModel, withChange } from '../fixtures/generated/model.ts';

const model = fixtureModel();

describe('search facets', () => {
  it('a runbook: its kind, its owner’s English name and the severities it serves', () => {
    const changed = withChange(model, 'runbooks', 'rollback', (d) => (d.severities = ['critical', 'minor']));
    expect(facetsOf(changed.get('runbooks', 'rollback')!, changed)).toEqual({
      kind: 'runbook',
      owner: 'Department head',
      severity: ['critical', 'minor'],
    });
  });

  it('a plan: the levels of its severities', () => {
    expect(facetsOf(model.get('plans', 'system-failure')!, model)).toMatchObject({
      kind: 'plan',
      severity: ['minor', 'major', 'critical'],
    });
  });

  it('any other entry has no severity; a clause is of kind "policy"', () => {
    expect(facetsOf(model.get('clauses', '3.1')!, model)).toEqual({
      kind: 'policy',
      owner: 'Department head',
      severity: [],
    });
    expect(facetsOf(model.get('roles', 'ops-engineer')!, model).severity).toEqual([]);
  });

  it('an owner the model does not know is shown by its id', () => {
    expect(ownerName(model, 'night-manager')).toBe('night-manager');
    const changed = withChange(
      model,
      'controls',
      'chg-01',
      (d) => (d.document.owner = { collection: 'roles', id: 'night-manager' }),
    );
    expect(facetsOf(changed.get('controls', 'chg-01')!, changed).owner).toBe('night-manager');
  });

  it('every collection has a kind of its own', () => {
    const kinds = Object.values(KIND_BY_COLLECTION);
    expect(new Set(kinds).size).toBe(kinds.length);
  });
});
