/** Clause → what rests on it, coverage both ways, and the open decisions. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Traceability } from '../../src/lib/traceability.ts';
import { wordsFormatter } from '../../src/i18n/words.ts';
import { en } from '../../src/i18n/en.ts';
import { fixtureModel, realModel, withChange } from '../fixtures/generated/model.ts';

type FreshTraceability = typeof import('../../src/lib/traceability.ts');
let assumptionUsage: FreshTraceability['assumptionUsage'];
let buildDecisions: FreshTraceability['buildDecisions'];
let buildTraceability: FreshTraceability['buildTraceability'];
// Its tables are built when the module loads: each test loads it afresh, so that Stryker runs
// their mutants against these tests (see "A table a module builds when it loads" in the README).
beforeEach(async () => {
  vi.resetModules();
  ({ assumptionUsage, buildDecisions, buildTraceability } = await import('../../src/lib/traceability.ts'));
});

describe('traceability of the fixture model', () => {
  let trace: Traceability;
  // built in each test, not as the file loads: Stryker counts only code run inside a test (README, "Mutation testing")
  beforeEach(() => {
    trace = buildTraceability(fixtureModel());
  });
  const clause = (id: string) => trace.clauses.find((c) => c.clause === id)!;

  it('lists what rests on each clause by its own basis', () => {
    expect(clause('4.1').resting).toEqual({
      permissions: [
        'approve-project',
        'change-page-code',
        'crisis-act-first',
        'emergency-decision-level-1',
        'emergency-decision-level-2',
        'emergency-decision-level-3',
      ],
      controls: [],
      obligations: [],
      runbooks: [],
      plans: ['system-failure'],
      separation: [],
    });
    expect(clause('6.2').resting.obligations).toEqual([
      'drill-security-incident',
      'drill-system-failure',
      'quarterly-internal-audit',
    ]);
    expect(clause('2.1').resting.separation).toEqual(['operations-vs-testing']);
  });

  it('the lifecycle cites 3.1 from every stage', () => {
    expect(clause('3.1').lifecycle).toEqual(['requirements', 'design', 'development-test', 'deployment', 'operations']);
  });

  it('a stage rests on 3.1 by the basis its content gives: a stage whose basis is proposed and that cites 3.1 nowhere else is not listed', () => {
    const model = withChange(fixtureModel(), 'stages', 'design', (d) => {
      d.basis = 'proposed';
    });
    const lifecycle = buildTraceability(model).clauses.find((c) => c.clause === '3.1')!.lifecycle;
    expect(lifecycle).toEqual(['requirements', 'development-test', 'deployment', 'operations']);
  });

  it('shows clauses nothing rests on, and proposed items that rest on no clause', () => {
    expect(trace.uncovered).toEqual(['5.1', '6.1', '7.2']);
    expect(trace.proposed.map((p) => `${p.collection}:${p.id}`)).toEqual([
      'permissions:approve-release',
      'permissions:perform-release',
      'permissions:sign-off-tests',
      'controls:drl-01',
      'runbooks:rollback',
      'separation:perform-vs-approve-release',
    ]);
    expect(trace.totals.permissions).toEqual({ all: 12, proposed: 3 });
  });
});

describe('open decisions', () => {
  it('list every parameter with the clauses and pages that use it, and count the proposed values', () => {
    const decisions = buildDecisions(fixtureModel());
    const by = Object.fromEntries(decisions.parameters.map((p) => [p.id, p]));
    expect(decisions.proposedCount).toBe(6);
    expect(by['ops-report-day']).toMatchObject({
      value: 5,
      unit: 'day-of-month',
      clauses: ['3.2'],
      entries: [{ collection: 'obligations', id: 'monthly-operations-report' }],
    });
    const paths = (id: string) => by[id]!.pages.map((page) => page.path);
    expect(paths('ops-report-day')).toEqual(['/calendar/', '/calendar.ics', '/checklists/monthly-reports/']);
    expect(paths('kickoff-days')).toEqual(['/approvals/', '/checklists/gate-requirements/']);
    // a yearly interval is on the calendar too; only a monthly duty brings the monthly checklist
    expect(paths('rotation-years')).toEqual(['/calendar/', '/calendar.ics']);
    expect(paths('strategy-meeting-day')).toEqual(['/calendar/', '/calendar.ics']);
    // each page by its name, never by its path
    const say = wordsFormatter('en', (id) => id);
    expect(by['kickoff-days']!.pages.map((page) => say(page.label))).toEqual([
      en['section.approvals'],
      'Release gate 1: Requirements gathering',
    ]);
    expect(by['ops-report-day']!.pages.map((page) => say(page.label))).toEqual([
      en['section.calendar'],
      en['decisions.calendarFeed'],
      expect.not.stringMatching(/\//),
    ]);
  });
  it('counts only the values still proposed', () => {
    const decided = withChange(fixtureModel(), 'parameters', 'kickoff-days', (d) => {
      d.status = 'approved';
    });
    expect(buildDecisions(decided).proposedCount).toBe(5);
  });
  it('for the real content, lists each assumption’s users once each, by kind then id, and counts the unconfirmed', () => {
    const model = realModel();
    const decisions = buildDecisions(model);
    const usage = assumptionUsage(model);
    expect(decisions.assumptions).toStrictEqual(usage);
    const key = (u: { collection: string; id: string }) => `${u.collection}:${u.id}`;
    for (const a of usage) {
      const expected = [...new Set(model.incoming('assumptions', a.id).map((e) => key(e.from)))].sort((x, y) => {
        const [cx, ix] = x.split(':') as [string, string];
        const [cy, iy] = y.split(':') as [string, string];
        return cx.localeCompare(cy) || ix.localeCompare(iy, 'en', { numeric: true });
      });
      expect(a.users.map(key), a.id).toStrictEqual(expected);
    }
    expect(usage.some((a) => model.incoming('assumptions', a.id).length > a.users.length)).toBe(true);
    expect(decisions.unconfirmedCount).toBe(usage.filter((a) => a.status === 'assumed').length);
    const confirmed = withChange(model, 'assumptions', usage[0]!.id, (d) => {
      d.status = 'confirmed';
    });
    expect(buildDecisions(confirmed).unconfirmedCount).toBe(decisions.unconfirmedCount - 1);
  });
  it('for the real content, every parameter is used by at least one clause', () => {
    for (const p of buildDecisions(realModel()).parameters) expect(p.clauses.length, p.id).toBeGreaterThan(0);
  });
  it('for the real content, a checklist with an item for the value is among its pages (pre-job training)', () => {
    const training = buildDecisions(realModel()).parameters.find((p) => p.id === 'training-months')!;
    expect(training.pages.map((page) => page.path)).toContain('/checklists/onboarding/');
  });
});
