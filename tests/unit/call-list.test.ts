/**
 * The call list of each plan and severity (src/lib/call-list.ts), on the generated-pages fixture
 * with its plan's notifications written out as an author would, and the checker rule that keeps
 * every decider on their severity's list.
 */
import { describe, expect, it } from 'vitest';
import { callList, callLists, firstPhoneCall, rolesReached } from '../../src/lib/call-list.ts';
import { checkContent } from '../../src/lib/checks/index.ts';
import { formatFinding } from '../../src/lib/finding-report.ts';
import { editedCopy, loadModel } from '../fixtures/generated/model.ts';

const NOTIFICATIONS = `notifications:
  - { from: ops-engineer, to: [department-head], channel: wecom, within: 15 min, basis: proposed, severities: [minor] }
  - { from: ops-engineer, to: [department-head], channel: phone, within: 5 min, basis: proposed, severities: [major, critical], fallback: { afterMinutes: 5, to: [executive-in-charge] } }
  - { from: department-head, to: [executive-in-charge], channel: phone, within: 10 min, basis: proposed, severities: [major, critical], fallback: { afterMinutes: 5, to: [ceo] } }
  - { from: executive-in-charge, to: [ceo], channel: phone, within: 10 min, basis: proposed, severities: [critical] }
  - { from: crisis-team, to: [finance, executive-in-charge], channel: wecom, within: 30 min, basis: proposed, severities: [critical, major] }
drill:`;

const withNotifications = (text: string) =>
  editedCopy('plans/system-failure.mdx', (body) => body.replace(/notifications:\n[\s\S]*?\ndrill:/, text));
const plan = (text = NOTIFICATIONS) => loadModel(withNotifications(text)).get('plans', 'system-failure')!;

describe('call lists', () => {
  it('gives one list per severity, mildest first, with the severity row’s decider and commander', () => {
    expect(callLists(plan()).map((l) => [l.level, l.decisionLevel, l.decider, l.commander])).toEqual([
      ['minor', 1, 'department-head', 'ops-engineer'],
      ['major', 2, 'executive-in-charge', 'department-head'],
      ['critical', 3, 'ceo', 'department-head'],
    ]);
  });

  it('holds only the calls owed at that severity, numbered in the order the plan writes them', () => {
    const critical = callList(plan(), 'critical')!;
    expect(critical.calls.map((c) => [c.order, c.row, c.from, c.to.join('+'), c.channel, c.phone])).toEqual([
      [1, 1, 'ops-engineer', 'department-head', 'phone', true],
      [2, 2, 'department-head', 'executive-in-charge', 'phone', true],
      [3, 3, 'executive-in-charge', 'ceo', 'phone', true],
      [4, 4, 'crisis-team', 'finance+executive-in-charge', 'wecom', false],
    ]);
    expect(callList(plan(), 'minor')!.calls.map((c) => [c.order, c.row, c.channel])).toEqual([[1, 0, 'wecom']]);
  });

  it('carries the fallback (after how long, whom) and the bases, proposed by default', () => {
    const [first] = callList(plan(), 'major')!.calls;
    expect(first!.fallback).toEqual({ afterMinutes: 5, to: ['executive-in-charge'], basis: 'proposed' });
    expect([first!.within, first!.withinBasis, first!.severitiesBasis]).toEqual(['5 min', 'proposed', 'proposed']);
    expect(callList(plan(), 'critical')!.calls[2]!.fallback).toBeUndefined();
  });

  it('names the first phone call (a WeCom message is not one) and every role reached, fallbacks included', () => {
    expect(firstPhoneCall(callList(plan(), 'major')!)).toEqual({ from: 'ops-engineer', to: 'department-head' });
    expect(firstPhoneCall(callList(plan(), 'minor')!)).toBeUndefined();
    expect(rolesReached(callList(plan(), 'major')!)).toEqual([
      'department-head',
      'executive-in-charge',
      'ceo',
      'finance',
    ]);
  });

  it('is undefined for a severity the plan does not have', () => {
    const onlyMinor = loadModel(
      editedCopy('plans/system-failure.mdx', (body) =>
        body.replace(/\n  - \{ level: major.*\n  - \{ level: critical.*/, ''),
      ),
    ).get('plans', 'system-failure')!;
    expect(callList(onlyMinor, 'critical')).toBeUndefined();
  });
});

describe('the checker', () => {
  const report = (dir: string) =>
    checkContent({ contentDir: dir, today: '2027-01-01' })
      .findings.filter((f) => f.rule === 'call-list-decider' || f.rule === 'schema')
      .map(formatFinding);

  it('call-list-decider: a severity whose decider nobody calls, at the decider field', () => {
    expect(report('tests/fixtures/call-list-decider/content')).toMatchInlineSnapshot(`
      [
        "tests/fixtures/call-list-decider/content/plans/system-failure.mdx:14:5  call-list-decider  at \`major\`, no notification of plan \`system-failure\` calls the decider \`department-head\`  (add \`major\` to the \`severities\` of the notification that calls \`department-head\`, or add one (\`to: [department-head]\`, \`channel: phone\`, \`severities: [major]\`))",
      ]
    `);
  });

  it('a plan whose calls reach every decider passes', () => {
    expect(report(withNotifications(NOTIFICATIONS))).toEqual([]);
  });

  it('a notification without severities, or a WeCom message with a fallback, is a schema error at the field', () => {
    const dir = withNotifications(
      NOTIFICATIONS.replace(', severities: [minor] }', ' }').replace(
        'severities: [critical, major] }',
        'severities: [critical, major], fallback: { afterMinutes: 5, to: [ceo] } }',
      ),
    );
    expect(report(dir).map((line) => line.replace(/^.*?(plans\/)/, '$1'))).toMatchInlineSnapshot(`
      [
        "plans/system-failure.mdx:15:5  schema  field \`notifications.0.severities\` is required but missing",
        "plans/system-failure.mdx:19:142  schema  field \`notifications.4.fallback\`: a fallback is for a phone call nobody answers; a WeCom message has none (use \`channel: phone\` or \`phone-and-wecom\`, or remove \`fallback\`) (got {"from":{"collection":"roles","id":"crisis-team"},"to":[{"co… (378 characters))",
      ]
    `);
  });
});
