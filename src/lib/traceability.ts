/**
 * Traceability from clause to everything that rests on it, read from the model's edges: an entry
 * rests on a clause when its own `basis` (or an obligation's `cadence.basis`) names the clause.
 * Coverage shows both directions of a gap: clauses nothing rests on, and proposed entries that
 * rest on no clause at all.
 */
import type { Bilingual, CollectionName } from '../schemas/index.ts';
import type { ParameterUnit } from '../schemas/parameter.ts';
import { lifecycleStages, type LifecycleStage } from './lifecycle.ts';
import type { Model } from './model.ts';
import { buildChecklists, type Checklist } from './checklists.ts';
import { named, say, type Words } from './words.ts';
import { entryTitles } from './titles.ts';

/** The collections whose entries carry a basis and are traced. */
export const TRACED = ['permissions', 'controls', 'obligations', 'runbooks', 'plans', 'separation'] as const;
export type TracedCollection = (typeof TRACED)[number];

/** Field paths that state an entry's own basis: `basis`, `basis.2`, `cadence.basis`. */
const OWN_BASIS = /^(?:cadence\.)?basis(?:\.\d+)?$/;

export interface ClauseTrace {
  clause: string;
  title: Bilingual;
  source: 'complete' | 'truncated' | 'missing';
  /** Entries resting on the clause, by collection, ids sorted. */
  resting: Record<TracedCollection, string[]>;
  /** Lifecycle gates and checks that cite the clause. */
  lifecycle: string[];
  count: number;
}

export interface ProposedItem {
  collection: TracedCollection;
  id: string;
  title: string;
}

export interface Traceability {
  clauses: ClauseTrace[];
  /** Clauses with nothing resting on them. */
  uncovered: string[];
  /** Entries whose every basis is `proposed`. */
  proposed: ProposedItem[];
  /** How many entries of each traced collection there are, and how many are proposed only. */
  totals: Record<TracedCollection, { all: number; proposed: number }>;
}

const emptyResting = (): Record<TracedCollection, string[]> =>
  Object.fromEntries(TRACED.map((c) => [c, []])) as unknown as Record<TracedCollection, string[]>;
const isTraced = (c: CollectionName): c is TracedCollection => (TRACED as readonly string[]).includes(c);

/** The clauses an entry names as its own basis. */
export function ownBasisClauses(model: Model, collection: TracedCollection, id: string): string[] {
  return [
    ...new Set(
      model
        .outgoing(collection, id)
        .filter((e) => e.to.collection === 'clauses' && OWN_BASIS.test(e.field))
        .map((e) => e.to.id),
    ),
  ];
}

function lifecycleCitations(stages: readonly LifecycleStage[], clause: string): string[] {
  return stages
    .filter((s) =>
      [s.basis, s.work.basis, s.gate.basis, s.deadline?.basis, ...s.checks.map((c) => c.basis)].includes(clause),
    )
    .map((s) => s.id);
}

export function buildTraceability(
  model: Model,
  stages: readonly LifecycleStage[] = lifecycleStages(model),
): Traceability {
  const clauses = model.all('clauses').map((clause): ClauseTrace => {
    const resting = emptyResting();
    for (const edge of model.incoming('clauses', clause.id)) {
      if (!isTraced(edge.from.collection) || !OWN_BASIS.test(edge.field)) continue;
      const list = resting[edge.from.collection];
      if (!list.includes(edge.from.id)) list.push(edge.from.id);
    }
    for (const list of Object.values(resting)) list.sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
    const lifecycle = lifecycleCitations(stages, clause.id);
    return {
      clause: clause.id,
      title: clause.data.title,
      source: clause.data.source,
      resting,
      lifecycle,
      count: Object.values(resting).reduce((n, l) => n + l.length, 0) + lifecycle.length,
    };
  });
  const proposed: ProposedItem[] = [];
  const totals = Object.fromEntries(TRACED.map((c) => [c, { all: 0, proposed: 0 }])) as Traceability['totals'];
  for (const collection of TRACED) {
    for (const entry of model.all(collection)) {
      totals[collection].all++;
      if (ownBasisClauses(model, collection, entry.id).length === 0) {
        totals[collection].proposed++;
        proposed.push({ collection, id: entry.id, title: entryTitles(entry).en });
      }
    }
  }
  return { clauses, uncovered: clauses.filter((c) => c.count === 0).map((c) => c.clause), proposed, totals };
}

// ---- open decisions: where each parameter is used ------------------------------------------

export interface ParameterUsage {
  id: string;
  name: Bilingual;
  value: string | number;
  unit: ParameterUnit;
  status: 'proposed' | 'approved';
  rationale: string;
  /** Clauses whose text holds the parameter's "X". */
  clauses: string[];
  /** Entries that use it (a cadence, a `<Param>` in a body), other than clauses. */
  entries: { collection: CollectionName; id: string }[];
  /** Generated pages that compute with it: the site path, and the page's name as words. */
  pages: PageUse[];
}

/** A generated page, by its path (English, without the locale prefix) and its name. */
export interface PageUse {
  path: string;
  label: Words;
}

export interface Decisions {
  parameters: ParameterUsage[];
  proposedCount: number;
  /** The platform assumptions, counted beside the open values: both are for the department to decide. */
  assumptions: AssumptionUsage[];
  unconfirmedCount: number;
}

// ---- platform assumptions: what the handbook assumes, and which entries rest on it -----------

export interface AssumptionUsage {
  id: string;
  name: Bilingual;
  value: string;
  status: 'assumed' | 'confirmed';
  owner: string;
  /** Entries that reference it (`{assumption: id}` in a field, `<Assumption>` in a body), each once, sorted. */
  users: { collection: CollectionName; id: string }[];
}

export function assumptionUsage(model: Model): AssumptionUsage[] {
  return model.all('assumptions').map((a) => {
    const seen = new Set<string>();
    const users = model
      .incoming('assumptions', a.id)
      .map((e) => e.from)
      .filter((f) => !seen.has(`${f.collection}:${f.id}`) && Boolean(seen.add(`${f.collection}:${f.id}`)))
      .sort((x, y) => x.collection.localeCompare(y.collection) || x.id.localeCompare(y.id, 'en', { numeric: true }));
    return {
      id: a.id,
      name: a.data.name,
      value: a.data.value,
      status: a.data.status,
      owner: a.data.owner.id,
      users,
    };
  });
}

export function buildDecisions(model: Model, stages: readonly LifecycleStage[] = lifecycleStages(model)): Decisions {
  const checklists = buildChecklists(model, stages);
  const parameters = model.all('parameters').map((p): ParameterUsage => {
    const incoming = model.incoming('parameters', p.id);
    const clauses = [...new Set(incoming.filter((e) => e.from.collection === 'clauses').map((e) => e.from.id))].sort(
      (a, b) => a.localeCompare(b, 'en', { numeric: true }),
    );
    const seen = new Set<string>();
    const entries = incoming
      .filter((e) => e.from.collection !== 'clauses' && e.from.collection !== 'parameters')
      .map((e) => e.from)
      .filter((f) => !seen.has(`${f.collection}:${f.id}`) && Boolean(seen.add(`${f.collection}:${f.id}`)))
      .sort((a, b) => a.collection.localeCompare(b.collection) || a.id.localeCompare(b.id));
    const pages: PageUse[] = [];
    const checklist = (c: Checklist) => pages.push({ path: `/checklists/${c.id}/`, label: named(c.title) });
    const inCadence = model
      .all('obligations')
      .filter((o) => o.data.cadence.dayParameter?.id === p.id || o.data.cadence.intervalParameter?.id === p.id);
    if (inCadence.length > 0)
      pages.push(
        { path: '/calendar/', label: say('section.calendar') },
        { path: '/calendar.ics', label: say('decisions.calendarFeed') },
      );
    if (inCadence.some((o) => o.data.cadence.freq === 'monthly'))
      checklists.filter((c) => c.kind === 'monthly').forEach(checklist);
    for (const s of stages.filter((s) => s.deadline?.parameter === p.id)) {
      pages.push({ path: '/approvals/', label: say('section.approvals') });
      checklists.filter((c) => c.id === `gate-${s.id}`).forEach(checklist);
    }
    // a checklist with an item of its own for the value (the onboarding's pre-job training)
    checklists
      .filter((c) =>
        c.items.some((i) => 'collection' in i.source && i.source.collection === 'parameters' && i.source.id === p.id),
      )
      .forEach(checklist);
    const seenPages = new Set<string>();
    return {
      id: p.id,
      name: p.data.name,
      value: p.data.value,
      unit: p.data.unit,
      status: p.data.status,
      rationale: p.data.rationale,
      clauses,
      entries,
      pages: pages.filter((page) => !seenPages.has(page.path) && Boolean(seenPages.add(page.path))),
    };
  });
  const assumptions = assumptionUsage(model);
  return {
    parameters,
    proposedCount: parameters.filter((p) => p.status === 'proposed').length,
    assumptions,
    unconfirmedCount: assumptions.filter((a) => a.status === 'assumed').length,
  };
}
