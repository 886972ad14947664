/** The generated checklists: which exist, what each item carries, and where they come from. */
import { beforeEach, describe, expect, it } from 'vitest';
import {
  buildChecklists,
  checklistsOwnedBy,
  itemRuns,
  lawReference,
  type Checklist,
  type ChecklistItem,
} from '../../src/lib/checklists.ts';
import { fixtureModel, realModel } from '../fixtures/generated/model.ts';
import { wordsFormatter } from '../../src/i18n/words.ts';
import { roleName } from '../../src/lib/titles.ts';
import type { Words } from '../../src/lib/words.ts';
import type { Model } from '../../src/lib/model.ts';

/** Words as the English pages show them. */
const sayIn = (model: Model) => {
  const say = wordsFormatter('en', (id) => roleName(model, id, 'en'));
  return (w: Words | undefined) => (w === undefined ? undefined : say(w));
};

describe('the checklists of the fixture model', () => {
  let model: Model;
  let checklists: Checklist[];
  let byId: Record<string, Checklist>;
  let say: ReturnType<typeof sayIn>;
  // built in each test, not as the file loads: Stryker counts only code run inside a test (README, "Mutation testing")
  beforeEach(() => {
    model = fixtureModel();
    checklists = buildChecklists(model);
    byId = Object.fromEntries(checklists.map((c) => [c.id, c]));
    say = sayIn(model);
  });

  it('are the audit, one per law, one per lifecycle gate, onboarding, one per drill and the monthly duties', () => {
    expect(checklists.map((c) => c.id)).toEqual([
      'quarterly-internal-audit',
      'law-csl',
      'law-dsl',
      'law-pipl',
      'gate-requirements',
      'gate-design',
      'gate-development-test',
      'gate-deployment',
      'gate-operations',
      'onboarding',
      'drill-security-incident',
      'drill-system-failure',
      'monthly-reports',
    ]);
  });

  it('the quarterly audit holds every control, with statement, owner, evidence, test and basis', () => {
    expect(byId['quarterly-internal-audit']!.items.map((i) => [i.id, i.owner, i.basis])).toEqual([
      ['chg-01', 'l1-architect', '3.1'],
      ['drl-01', 'ops-engineer', 'proposed'],
    ]);
    expect(byId['quarterly-internal-audit']!.basis).toEqual(['6.2']);
  });

  it('a law checklist holds the controls that serve the law, citing an article only once confirmed', () => {
    expect(byId['law-csl']!.items.map((i) => [i.id, say(i.note)])).toEqual([['chg-01', 'Article 21']]);
    expect(byId['law-pipl']!.items.map((i) => [i.id, say(i.note)])).toEqual([['drl-01', 'article to confirm (51?)']]);
    expect(byId['law-dsl']!.items).toEqual([]);
    expect(say(lawReference({ law: 'CSL', articleConfirmed: false }))).toBe('article to confirm');
  });

  it('a gate checklist ends with the gate approval, by the roles the model grants it to, marked proposed', () => {
    const deployment = byId['gate-deployment']!;
    const gate = deployment.items.at(-1)!;
    expect(say(gate.statement)).toMatch(/approved by L1 architect or Department head/);
    expect(gate.basis).toBe('proposed');
    expect(say(byId['gate-requirements']!.items.at(-1)!.note)).toBe(
      'Kickoff meeting within 5 days of the requirements being confirmed',
    );
  });

  it('a gate approval and a duty are worded in Chinese on a Chinese page: the gate, roles and title in Chinese', () => {
    const sayZh = wordsFormatter('zh-cn', (id) => roleName(model, id, 'zh-cn'));
    const gate = byId['gate-requirements']!.items.at(-1)!;
    expect(sayZh(gate.statement)).toMatch(/^需求确认与项目审批:在下一阶段开始前由部门负责人批准。$/);
    const runbook = byId['drill-system-failure']!.items.find((i) => i.id.includes('-runbook-'))!;
    expect(sayZh(runbook.statement)).not.toMatch(/[A-Za-z]{3}/);
  });

  it('a drill checklist walks the plan: first 15 minutes, notifications, runbooks, retroactive approval, controls', () => {
    const drill = byId['drill-system-failure']!;
    expect([...new Set(drill.items.map((i) => say(i.group)))]).toEqual([
      'The drill',
      'First 15 minutes',
      'Notifications',
      'Runbooks',
      'Afterwards',
      'Controls',
    ]);
    const inGroup = (group: string) => drill.items.filter((i) => say(i.group) === group);
    expect(inGroup('First 15 minutes').map((i) => [i.id, say(i.statement), i.source])).toEqual([
      ['system-failure-first-1', 'Open the incident log.', { collection: 'plans', id: 'system-failure' }],
      ['system-failure-first-2', 'Set the severity.', { collection: 'plans', id: 'system-failure' }],
    ]);
    expect(inGroup('Runbooks').map((i) => [i.id, i.source])).toEqual([
      ['system-failure-runbook-rollback', { collection: 'runbooks', id: 'rollback' }],
    ]);
    expect(say(drill.items.find((i) => say(i.group) === 'Notifications')!.statement)).toBe(
      'Operations engineer tells Department head by phone, within 5 min.',
    );
    expect(drill.items.find((i) => say(i.group) === 'Afterwards')!).toMatchObject({
      owner: 'crisis-team',
      basis: '4.1',
    });
  });

  it('the monthly checklist lists the reports first, with their due days', () => {
    expect(byId['monthly-reports']!.items.map((i) => [i.id, say(i.note)])).toEqual([
      ['monthly-operations-report', 'due on day 5'],
      ['monthly-technical-report', 'due on day 31'],
      ['monthly-release', undefined],
    ]);
  });

  it('every item has a statement, evidence, a test and a basis', () => {
    for (const item of checklists.flatMap((c) => c.items)) {
      expect(say(item.statement)!.length).toBeGreaterThan(0);
      expect(item.evidence.length).toBeGreaterThan(0);
      expect(say(item.test)!.length).toBeGreaterThan(0);
      expect(item.basis).toMatch(/^(proposed|\d+(\.\d+)?)$/);
    }
  });

  it('a role owns the checklists it signs or has items in', () => {
    expect(checklistsOwnedBy(checklists, ['ops-engineer']).map((c) => [c.checklist.id, c.items, c.ownsList])).toEqual([
      ['quarterly-internal-audit', 1, false],
      ['law-pipl', 1, false],
      ['gate-deployment', 2, false],
      ['gate-operations', 1, false],
      ['drill-security-incident', 1, true],
      ['drill-system-failure', 6, true],
      ['monthly-reports', 1, false],
    ]);
  });
});

describe('the checklists of the real content', () => {
  let model: Model;
  let checklists: Checklist[];
  beforeEach(() => {
    model = realModel();
    checklists = buildChecklists(model);
  });
  it('has one checklist per drill obligation and per law, and unique item ids in each', () => {
    const drills = model
      .all('obligations')
      .filter((o) => o.data.kind === 'drill')
      .map((o) => o.id);
    expect(checklists.filter((c) => c.kind === 'drill').map((c) => c.id)).toEqual(drills);
    expect(checklists.filter((c) => c.kind === 'law').map((c) => c.id)).toEqual(['law-csl', 'law-dsl', 'law-pipl']);
    for (const c of checklists) expect(new Set(c.items.map((i) => i.id)).size, c.id).toBe(c.items.length);
  });
  it('every item owner is a role of the model', () => {
    for (const item of checklists.flatMap((c) => c.items))
      if (item.owner) expect(model.has('roles', item.owner), item.owner).toBe(true);
  });
});

describe('itemRuns', () => {
  const item = (id: string, group?: string) => ({ id, group }) as unknown as ChecklistItem;
  const label = (i: ChecklistItem) => i.group as unknown as string | undefined;
  it('groups consecutive items under one heading and numbers them through the whole list', () => {
    const runs = itemRuns([item('a'), item('b', 'G'), item('c', 'G'), item('d', 'H'), item('e', 'G')], label);
    expect(runs.map((r) => [r.label, r.items.map(({ n, item }) => `${n}${item.id}`)])).toEqual([
      [undefined, ['1a']],
      ['G', ['2b', '3c']],
      ['H', ['4d']],
      ['G', ['5e']],
    ]);
    expect('label' in runs[0]!).toBe(false);
  });
});
