/**
 * Who to call, per emergency plan and severity: one list that joins the plan's severity row (who
 * decides, who commands) with the notifications owed at that severity (who calls whom, how, by when,
 * and whom to call instead when nobody answers). Pure data, ids only: the plan page, the incident
 * flow and the tests all read it; the words come from the dictionaries and the content.
 */
import type { Basis } from '../schemas/common.ts';
import { SEVERITIES, type Severity } from '../schemas/runbook.ts';
import type { Entry } from './content/load.ts';

type Notification = Entry<'plans'>['data']['notifications'][number];

/** One call or message of a call list. */
export interface Call {
  /** 1-based place in this severity's list: the order the plan writes its notifications in. */
  order: number;
  /** Index of the notification in the plan, so a page can show its (localized) deadline text. */
  row: number;
  /** Role that makes the call. */
  from: string;
  /** Roles called, in order. */
  to: string[];
  channel: Notification['channel'];
  /** Whether the channel includes a phone call (a `tel:` link is worth showing). */
  phone: boolean;
  /** The deadline as the content words it (inline text with markers). */
  within: string;
  withinBasis: Basis;
  /** Why the call is owed. */
  basis: Basis;
  /** Why it is owed at this severity. */
  severitiesBasis: Basis;
  /** Whom to call instead when nobody answers within `afterMinutes`. */
  fallback?: { afterMinutes: number; to: string[]; basis: Basis };
}

/** The call list of one plan at one severity. */
export interface CallList {
  plan: string;
  level: Severity;
  /** 1 department head, 2 executive in charge, 3 CEO (clause 4.1). */
  decisionLevel: number;
  decider: string;
  commander: string;
  calls: Call[];
}

/** The plan's call list for each of its severities, mildest first (the order of `SEVERITIES`). */
export function callLists(plan: Entry<'plans'>): CallList[] {
  const rows = [...plan.data.severities].sort((a, b) => SEVERITIES.indexOf(a.level) - SEVERITIES.indexOf(b.level));
  return rows.map((s) => ({
    plan: plan.id,
    level: s.level,
    decisionLevel: s.decisionLevel,
    decider: s.decider.id,
    commander: s.commander.id,
    calls: plan.data.notifications
      .map((n, row) => ({ n, row }))
      .filter(({ n }) => n.severities.includes(s.level))
      .map(({ n, row }, i) => ({
        order: i + 1,
        row,
        from: n.from.id,
        to: n.to.map((r) => r.id),
        channel: n.channel,
        phone: n.channel !== 'wecom',
        within: n.within,
        withinBasis: n.withinBasis,
        basis: n.basis,
        severitiesBasis: n.severitiesBasis,
        ...(n.fallback
          ? {
              fallback: {
                afterMinutes: n.fallback.afterMinutes,
                to: n.fallback.to.map((r) => r.id),
                basis: n.fallback.basis,
              },
            }
          : {}),
      })),
  }));
}

/** The plan's call list at `level`, or undefined when the plan has no such severity. */
export const callList = (plan: Entry<'plans'>, level: Severity): CallList | undefined =>
  callLists(plan).find((l) => l.level === level);

/** The first phone call of a list (who makes it and whom it reaches first), or undefined when none is by phone. */
export function firstPhoneCall(list: CallList): { from: string; to: string } | undefined {
  const call = list.calls.find((c) => c.phone);
  return call ? { from: call.from, to: call.to[0]! } : undefined;
}

/**
 * Every role a list reaches: the roles called and their fallbacks, each once, in order. The
 * commander is on the list by definition (they make or receive the first calls).
 */
export const rolesReached = (list: CallList): string[] => [
  ...new Set(list.calls.flatMap((c) => [...c.to, ...(c.fallback?.to ?? [])])),
];
