/** The model queries pages, exports and checks share: one implementation each, stated on the fixture model. */
import { beforeEach, describe, expect, it } from 'vitest';
import { comparePointers, referrers, uniquePointers } from '../../src/lib/queries/backlinks.ts';
import { orderedPermissions } from '../../src/lib/queries/permissions.ts';
import {
  cycles,
  cycleThrough,
  directReports,
  isRoot,
  managersOf,
  reportingGraph,
  rootRoles,
} from '../../src/lib/queries/reporting.ts';
import { heldPermissions, heldRoles, orderedRoles, rolesByScope } from '../../src/lib/queries/roles.ts';
import { editedCopy, fixtureModel, loadModel, withChange } from '../fixtures/generated/model.ts';
import { firstFifteenSteps, planRunbooks } from '../../src/lib/queries/plans.ts';
import type { InlineLookup } from '../../src/lib/inline-text.ts';
import type { Entry } from '../../src/lib/content/load.ts';
import type { Model } from '../../src/lib/model.ts';

let model: Model;
// built in each test, not as the file loads: Stryker counts only code run inside a test (README, "Mutation testing")
beforeEach(() => {
  model = fixtureModel();
});
const ids = (entries: { id: string }[]) => entries.map((e) => e.id);

describe('role order', () => {
  it('lists internal roles by grade, then name, then external ones by name', () => {
    expect(ids(orderedRoles(model))).toEqual([
      'department-head',
      'l1-architect',
      'senior-engineer',
      'frontend-engineer',
      'ops-engineer',
      'test-engineer',
      'ceo',
      'executive-in-charge',
      'finance',
      'crisis-team',
    ]);
  });

  it('groups by scope in the same order, for the home page', () => {
    expect(rolesByScope(model.all('roles')).map((g) => [g.scope, ids(g.roles)])).toEqual([
      ['internal', ids(orderedRoles(model)).slice(0, 6)],
      ['external', ids(orderedRoles(model)).slice(6)],
    ]);
  });

  it('orders any subset the same way', () => {
    const subset = ['test-engineer', 'ceo', 'department-head'].map((id) => model.get('roles', id)!);
    expect(ids(orderedRoles(model, subset))).toEqual(['department-head', 'test-engineer', 'ceo']);
  });
});

describe('held posts and permissions', () => {
  it('follows alsoHolds transitively and names the post a permission comes through', () => {
    expect(heldRoles(model, 'senior-engineer')).toEqual(['senior-engineer', 'frontend-engineer']);
    const held = heldPermissions(model, 'senior-engineer');
    expect(held.get('change-page-code')).toEqual({ via: 'frontend-engineer' });
    expect(heldPermissions(model, 'frontend-engineer').get('change-page-code')).toEqual({});
  });

  it('orders permissions by area, then chain step', () => {
    expect(ids(orderedPermissions(model)).slice(0, 4)).toEqual([
      'approve-project',
      'procurement-initial-review',
      'procurement-finance-review',
      'procurement-final-approval',
    ]);
  });
});

describe('the reporting graph', () => {
  it('takes its internal root from the content (`root: true`), not from a role id', () => {
    expect(rootRoles(model)).toEqual(['department-head']);
    expect(isRoot(model.get('roles', 'department-head')!)).toBe(true);
    const demoted = withChange(model, 'roles', 'department-head', (d) => (d.root = false));
    expect(isRoot(demoted.get('roles', 'department-head')!)).toBe(false);
    expect(rootRoles(demoted)).toEqual([]);
    const promoted = withChange(model, 'roles', 'ops-engineer', (d) => (d.root = true));
    expect(isRoot(promoted.get('roles', 'ops-engineer')!)).toBe(true);
  });

  it('has one edge list per role, only to roles that exist', () => {
    const changed = withChange(model, 'roles', 'ops-engineer', (d) =>
      d.reportsTo.push({ collection: 'roles', id: 'gone' }),
    );
    expect(reportingGraph(changed).get('ops-engineer')).toEqual(['l1-architect']);
    expect(managersOf(changed, changed.get('roles', 'ops-engineer')!)).toEqual(['l1-architect']);
  });

  it('knows the direct reports of a role', () => {
    expect(ids(directReports(model, 'l1-architect'))).toEqual(['frontend-engineer', 'ops-engineer', 'senior-engineer']);
    expect(directReports(model, 'ops-engineer')).toEqual([]);
  });

  it('takes the department head and external roles reporting to no one as roots', () => {
    expect(
      model
        .all('roles')
        .filter(isRoot)
        .map((r) => r.id),
    ).toEqual(['ceo', 'department-head', 'finance']);
  });

  it('finds a cycle and the shortest way round it', () => {
    const looped = withChange(model, 'roles', 'department-head', (d) => {
      d.reportsTo = [{ collection: 'roles', id: 'l1-architect' }];
    });
    const graph = reportingGraph(looped);
    expect(cycles(graph)).toEqual([['department-head', 'l1-architect']]);
    expect(cycleThrough(graph, ['department-head', 'l1-architect'], 'l1-architect')).toEqual([
      'l1-architect',
      'department-head',
      'l1-architect',
    ]);
  });
});

describe('backlinks', () => {
  const a = { collection: 'roles' as const, id: 'a' };
  const b = { collection: 'clauses' as const, id: '2.10' };
  const c = { collection: 'clauses' as const, id: '2.9' };

  it('names each referring entry once, first occurrence kept', () => {
    expect(uniquePointers([a, b, { ...a }, c, b])).toEqual([a, b, c]);
  });

  it('sorts by collection, then id with numbers compared as numbers', () => {
    expect([a, b, c].sort(comparePointers)).toEqual([c, b, a]);
  });

  it('lists the entries referring to an entry, once each, optionally without itself', () => {
    const all = referrers(model, 'roles', 'l1-architect');
    expect(new Set(all.map((p) => `${p.collection}:${p.id}`)).size).toBe(all.length);
    expect(all).toContainEqual({ collection: 'roles', id: 'ops-engineer' });
    const self = withChange(model, 'roles', 'l1-architect', (d) =>
      d.reportsTo.push({ collection: 'roles', id: 'l1-architect' }),
    );
    expect(referrers(self, 'roles', 'l1-architect')).toContainEqual({ collection: 'roles', id: 'l1-architect' });
    // without itself, and only itself: every other referrer stays
    expect(referrers(self, 'roles', 'l1-architect', { exceptSelf: true })).toEqual(
      referrers(self, 'roles', 'l1-architect').filter((p) => !(p.collection === 'roles' && p.id === 'l1-architect')),
    );
    expect(referrers(self, 'roles', 'l1-architect', { exceptSelf: true })).toContainEqual({
      collection: 'roles',
      id: 'ops-engineer',
    });
    const sorted = referrers(model, 'roles', 'l1-architect', { sorted: true });
    expect(sorted).toEqual([...all].sort(comparePointers));
  });
});

describe('what a plan body says: its first 15 minutes and its runbooks', () => {
  let plan: Entry<'plans'>;
  beforeEach(() => {
    plan = model.get('plans', 'system-failure')!;
  });

  it('the first 15 minutes are the bold titles of the body’s numbered steps, in order', () => {
    expect(firstFifteenSteps(plan)).toEqual([
      { number: 1, title: 'Open the incident log.' },
      { number: 2, title: 'Set the severity.' },
    ]);
  });

  it('an assumption in a step title reads as its value when the model is given, as its id otherwise', () => {
    const edited = loadModel(
      editedCopy('plans/system-failure.mdx', (t) =>
        t.replace('**Set the severity.**', '**Check <Assumption id="database" />.**'),
      ),
    );
    const withAssumption = edited.get('plans', 'system-failure')!;
    const database = { data: { value: '`MySQL`', status: 'assumed' as const, name: { en: 'Database' } } };
    const lookup = {
      get: (_collection: string, id: string) => (id === 'database' ? database : undefined),
    } as InlineLookup;
    expect(firstFifteenSteps(withAssumption, lookup)[1]!.title).toBe('Check MySQL.');
    expect(firstFifteenSteps(withAssumption)[1]!.title).toBe('Check database.');
  });

  it('the runbooks are those the body refers to, by component or link, each once, in order of first mention', () => {
    expect(planRunbooks(plan)).toEqual(['rollback']);
    const edited = loadModel(
      editedCopy(
        'plans/system-failure.mdx',
        (t) =>
          `${t}\nFirst [restore](/runbooks/database-restore/), then <Runbook id="rollback" /> again, and <Role id="ops-engineer" />.\n`,
      ),
    );
    expect(planRunbooks(edited.get('plans', 'system-failure')!)).toEqual(['rollback', 'database-restore']);
  });

  it('a body with no step block and no runbook gives none of either', () => {
    const bare = { ...plan, body: 'Nothing here.', bodyScan: { ...plan.bodyScan!, references: [] } };
    expect(firstFifteenSteps(bare)).toEqual([]);
    expect(planRunbooks(bare)).toEqual([]);
  });
});
