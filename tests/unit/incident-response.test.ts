/**
 * Pins the single answers the emergency plans give: severity by impact, one incident commander,
 * no self-approval, honest deadline bases, the CAC reporting clock, and the nine questions on which
 * plans, runbooks and the triage guide used to disagree.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { loadContent, type Entry, type LoadedContent } from '../../src/lib/content/load.ts';
import { buildModel, type Model } from '../../src/lib/model.ts';
import { schemas } from '../../src/schemas/index.ts';
import { checkContent } from '../../src/lib/checks/index.ts';
import { formatFinding } from '../../src/lib/finding-report.ts';

/** The real content, read once per file (it takes over a second), by the first test that runs. */
let realContent: LoadedContent | undefined;
let loaded: LoadedContent;
let model: Model;
let plans: Entry<'plans'>[];
let bodies: { file: string; text: string }[];
// built in each test, not as the file loads: Stryker counts only code run inside a test (README, "Mutation testing")
beforeEach(() => {
  loaded = realContent ??= loadContent({ contentDir: 'src/content' });
  model = buildModel(loaded.entries);
  plans = model.all('plans');
  bodies = loaded.entries
    .filter((e) => e.body !== undefined)
    .map((e) => ({ file: e.file, text: `${e.body}\n${JSON.stringify(e.data)}` }));
});
const id = (ref: { id: string }) => ref.id;

/** A criterion that only matches once something has lasted: "for 10 minutes", "after 15 min", "2 h". */
const DURATION = /\b\d+(\.\d+)?\s*(min|mins|minute|minutes|h|hour|hours)\b/i;

describe('severity is set by impact at declaration', () => {
  it('the real content loads with no findings, so no plan is silently missing from what follows', () => {
    expect(loaded.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(plans.map((p) => p.id)).toEqual(['data-leak', 'security-incident', 'system-failure']);
  });

  it('no severity criterion of any plan waits on the clock', () => {
    for (const plan of plans)
      for (const s of plan.data.severities)
        for (const c of s.criteria)
          expect(c, `${plan.id} ${s.level}: durations belong in raiseWhen`).not.toMatch(DURATION);
  });

  it('every plan has a row for each severity, so that any impact matches a row at minute 5', () => {
    for (const plan of plans)
      expect(
        plan.data.severities.map((s) => s.level),
        plan.id,
      ).toEqual(['minor', 'major', 'critical']);
  });

  it('a total outage is critical by its own criterion, not after 15 minutes', () => {
    const critical = model.get('plans', 'system-failure')!.data.severities.find((s) => s.level === 'critical')!;
    expect(critical.criteria.some((c) => /^No booking completes\b/.test(c))).toBe(true);
  });

  it('the error budget never sets a severity: it drives the release freeze', () => {
    for (const plan of plans)
      for (const s of plan.data.severities)
        for (const c of [...s.criteria, ...s.raiseWhen])
          expect(c, `${plan.id} ${s.level}`).not.toMatch(/budget|43\.8|21\.9/i);
  });

  it('no runbook or guide restates a severity that waits on the clock or on the budget', () => {
    const timed = /(succeed|completes?)\s+for\s+\d+\s+minutes|projected to (exhaust|run out)|budget sum/i;
    for (const { file, text } of bodies) expect(text, file).not.toMatch(timed);
  });
});

describe('one incident commander, whichever plans run together', () => {
  it('every plan names the same commander for the same severity', () => {
    for (const level of ['minor', 'major', 'critical'] as const) {
      const commanders = new Set(plans.map((p) => p.data.severities.find((s) => s.level === level)!.commander.id));
      expect([...commanders], level).toHaveLength(1);
    }
  });

  it('the on-call ops engineer commands at minor and the department head at major and critical', () => {
    const byLevel = Object.fromEntries(
      model.get('plans', 'system-failure')!.data.severities.map((s) => [s.level, s.commander.id]),
    );
    expect(byLevel).toEqual({ minor: 'ops-engineer', major: 'department-head', critical: 'department-head' });
  });

  it('the on-call roles exist, report somewhere, and every line of them is a proposal', () => {
    for (const role of ['secondary-on-call', 'on-call-dba']) {
      const entry = model.get('roles', role)!;
      expect(entry, role).toBeDefined();
      expect(entry.data.reportsToBasis, role).toBe('proposed');
      for (const r of entry.data.responsibilities) expect(r.basis, `${role}: ${r.text}`).toBe('proposed');
    }
  });
});

describe('retroactive approval (clause 4.1)', () => {
  it('no plan lets a role approve a request it filed', () => {
    for (const plan of plans)
      for (const row of plan.data.retroactiveApprovers)
        expect(id(row.approvedBy), `${plan.id} level ${row.decisionLevel}`).not.toBe(id(row.filedBy));
  });

  it('each decision level of a plan has one approver row, held by that level or a higher one', () => {
    const holders = ['department-head', 'executive-in-charge', 'ceo'];
    for (const plan of plans) {
      expect(plan.data.retroactiveApprovers.map((r) => r.decisionLevel).sort(), plan.id).toEqual(
        plan.data.severities.map((s) => s.decisionLevel).sort(),
      );
      for (const row of plan.data.retroactiveApprovers)
        expect(holders.indexOf(id(row.approvedBy)), `${plan.id} level ${row.decisionLevel}`).toBeGreaterThanOrEqual(
          row.decisionLevel - 1,
        );
    }
  });

  it('the checker reports a self-approving plan with its file, line, field and the fix (fixture plan-self-approval)', () => {
    const { findings } = checkContent({ contentDir: 'tests/fixtures/plan-self-approval/content', today: '2027-01-01' });
    expect(findings.map(formatFinding)).toEqual([
      expect.stringMatching(
        /^tests\/fixtures\/plan-self-approval\/content\/plans\/system-failure\.mdx:29:51  schema  field `retroactiveApprovers\.0\.approvedBy`: the role that files a retroactive approval cannot grant it; name the next decision level up \(e\.g\. `executive-in-charge`\)/,
      ),
    ]);
  });

  it('the schema refuses a plan whose filer approves their own request, and names the field', () => {
    const plan = model.get('plans', 'system-failure')!;
    const raw = {
      ...JSON.parse(
        JSON.stringify(plan.data, (_, v) => (v && typeof v === 'object' && 'collection' in v && 'id' in v ? v.id : v)),
      ),
    };
    raw.retroactiveApprovers = [
      { decisionLevel: 1, filedBy: 'department-head', approvedBy: 'department-head', basis: 'proposed' },
    ];
    const result = schemas.plans.safeParse(raw);
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path.join('.'))).toContain('retroactiveApprovers.0.approvedBy');
  });
});

describe('deadlines carry their own basis', () => {
  it('only the immediate report of a data leak has a clause for its deadline (5.2); every other deadline is proposed', () => {
    for (const plan of plans)
      for (const n of plan.data.notifications) {
        const basis = n.withinBasis === 'proposed' ? 'proposed' : n.withinBasis.id;
        expect(basis, `${plan.id}: ${n.within}`).toBe(/^immediately\b/.test(n.within) ? '5.2' : 'proposed');
      }
  });

  it('the security-incident and data-leak plans state the CAC 4-hour report as the handbook reading, from discovery, to confirm with counsel', () => {
    for (const planId of ['security-incident', 'data-leak']) {
      const body = model.get('plans', planId)!.body!;
      expect(body, planId).toContain('《国家网络安全事件报告管理办法》');
      expect(body, planId).toMatch(/within 4 hours/);
      expect(body, planId).toMatch(/from discovery/);
      expect(body, planId).toMatch(/handbook's reading/);
      expect(body, planId).toMatch(/confirm with legal counsel/i);
      expect(
        model.get('plans', planId)!.data.notifications.some((n) => /4 h of discovery/.test(n.within)),
        planId,
      ).toBe(true);
    }
  });
});

describe('one answer to each contradiction, everywhere in the content', () => {
  const everywhere = (pattern: RegExp) => bodies.filter(({ text }) => pattern.test(text)).map(({ file }) => file);

  it('the payment alert fires at 5 %, never 10 %', () => {
    expect(everywhere(/PaymentGatewayErrors[^.]*10 %/)).toEqual([]);
    expect(everywhere(/PaymentGatewayErrors[^.|]*\|?[^.|]*5 %/).length).toBeGreaterThan(0);
  });

  it('unsure means the higher severity; nothing starts "at minor"', () => {
    expect(everywhere(/start[^.]*at minor/i)).toEqual([]);
  });

  it('the ops engineer, not the auditor, phones the department head in a security incident', () => {
    expect(everywhere(/the auditor calls/i)).toEqual([]);
  });

  it('an unanswered call or approval goes up after 5 minutes, not 15', () => {
    expect(everywhere(/(cannot be reached|nobody can approve|can approve) within 15 minutes/i)).toEqual([]);
  });

  it('restarting Redis is never called harmless: the on-call DBA decides it, in the plan and in the triage runbook', () => {
    expect(model.get('plans', 'system-failure')!.body).toMatch(
      /\*\*Restarting <Assumption id="cache" \/>\.\*\* Never harmless[^\n]*on-call-dba/,
    );
    expect(model.get('runbooks', 'booking-outage-triage')!.body).toMatch(
      /phone the <Role id="on-call-dba" \/>, who decides the restart/,
    );
    expect(everywhere(/cache is rebuilt from MySQL, so watch/)).toEqual([]);
  });

  it('a hand-patched HPA maximum is allowed only during a declared incident, under chg-04', () => {
    const triage = model.get('runbooks', 'booking-outage-triage')!.body!;
    expect(triage).toMatch(/hand patch is allowed only during a declared incident[^.]*chg-04/);
    expect(model.get('runbooks', 'peak-capacity-check')!.body).toMatch(
      /Do not patch HPAs by hand[^.]*during an incident follows <Control id="chg-04" \/>/,
    );
  });

  it('two plans run as one incident on one clock, from the first declaration, and every plan says where the rule is', () => {
    const rule = model.get('plans', 'system-failure')!.body!;
    expect(rule).toMatch(/## Two plans at once: one commander, one clock/);
    expect(rule).toMatch(/minute 0 is the first declaration, and a plan that joins later does not restart it/);
    expect(rule).toMatch(/the shorter one applies/);
    for (const planId of ['security-incident', 'data-leak'])
      expect(model.get('plans', planId)!.body, planId).toMatch(
        /\*\*Two plans at once\*\* in the <Plan id="system-failure" \/>/,
      );
  });

  it("closing rooms that still sell is the executive in charge's approval; only oversold rooms are stopped without one", () => {
    expect(everywhere(/ask <Role id="sales" \/> to close that channel's inventory/)).toEqual([]);
    expect(model.get('plans', 'system-failure')!.body).toMatch(
      /Closing rooms that still have availability, a whole hotel or a whole channel costs sales and is approved by the <Role id="executive-in-charge" \/>/,
    );
    expect(model.get('runbooks', 'channel-sync-failure')!.body).toMatch(
      /rooms already oversold get a stop-sell at once, without approval/,
    );
  });

  it('the architect no longer decides between rollback and fix forward', () => {
    expect(everywhere(/decides, with the incident lead, between rollback and fix forward/)).toEqual([]);
  });
});
