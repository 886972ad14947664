/**
 * What changed between two models, in the terms a reader uses: matrix cells granted or revoked,
 * separation pairs, reporting lines, open values decided, clause text, steps, bases, and every
 * entry added, removed, renamed or changed field by field. Pure data, no sentences: the pages and
 * the Markdown of `npm run changes` put it into words.
 */
import { COLLECTIONS, type CollectionName } from '../../schemas/index.ts';
import type { AnyEntry } from '../content/load.ts';
import { buildMatrix, matrixColumns, matrixRows, separationPairs } from '../matrix.ts';
import type { Model } from '../model.ts';
import { compareVersions } from '../version.ts';
import { diffSteps, type StepChange } from './steps.ts';

/** A field's value, flattened: a scalar, or a list of scalars (references are their ids). */
export type Value = string | number | boolean | (string | number | boolean)[];

export interface FieldChange {
  /** Dotted path in the entry's data (`grantees`, `cadence.basis`, `severities.1.criteria`), or `body`. */
  path: string;
  before?: Value;
  after?: Value;
}

export interface EntryChange {
  collection: CollectionName;
  /** The id after the change (before it, for a removed entry). */
  id: string;
  change: 'added' | 'removed' | 'renamed' | 'changed';
  /** The id before a rename. */
  from?: string;
  /** Field by field, `document` left out (see `version`); empty for added and removed entries. */
  fields: FieldChange[];
  version?: { before?: string; after?: string; backwards: boolean };
}

export interface PermissionChange {
  role: string;
  permission: string;
  change: 'granted' | 'revoked';
  /** The grant's basis (after a grant, before a revocation). */
  basis: string;
  /** Held through another post. */
  via?: string;
}

export interface SeparationChange {
  id: string;
  change: 'added' | 'removed' | 'changed';
  kind: 'roles' | 'permissions';
  pair: [string, string];
  before?: [string, string];
}

export interface ReportingChange {
  role: string;
  before: string[];
  after: string[];
}

export interface ParameterState {
  value: string | number;
  status: 'proposed' | 'approved';
}
export interface ParameterChange {
  id: string;
  /** `decided`: proposed before, approved now. */
  change: 'added' | 'removed' | 'decided' | 'changed';
  before?: ParameterState;
  after?: ParameterState;
}

export interface ClauseTextChange {
  id: string;
  languages: ('zh' | 'en')[];
  before: { zh: string; en: string };
  after: { zh: string; en: string };
}

export interface BasisChange {
  collection: CollectionName;
  id: string;
  path: string;
  before?: Value;
  after?: Value;
}

export interface ChangeReport {
  permissions: PermissionChange[];
  separation: SeparationChange[];
  reporting: ReportingChange[];
  parameters: ParameterChange[];
  clauses: ClauseTextChange[];
  steps: StepChange[];
  basis: BasisChange[];
  entries: EntryChange[];
}

export type { StepChange };

type Renames = Partial<Record<CollectionName, Map<string, string>>>;
const renamed = (renames: Renames, collection: CollectionName, id: string) => renames[collection]?.get(id) ?? id;

const isRef = (v: unknown): v is { collection: CollectionName; id: string } => {
  // (`?.` reads nothing from null or undefined, and a string's or a number's fields are undefined.)
  const ref = v as { collection?: unknown; id?: unknown } | null | undefined;
  return typeof ref?.id === 'string' && typeof ref.collection === 'string';
};
const isScalar = (v: unknown): v is string | number | boolean => ['string', 'number', 'boolean'].includes(typeof v);

/** A clause basis: a reference that also carries the words of the clause it quotes. */
const isQuotingRef = (v: unknown): v is { collection: CollectionName; id: string; quotes: string[] } =>
  isRef(v) && Array.isArray((v as { quotes?: unknown }).quotes);

/**
 * An entry's data as `path → value`, references mapped through the renames so that a renamed target
 * is not a change. A clause basis is its clause's id at its path and its quotes at `<path>.quotes`,
 * so that a grant whose quoted words changed is a change.
 */
function flatten(entry: AnyEntry, renames: Renames = {}): Map<string, Value> {
  const out = new Map<string, Value>();
  const leaf = (v: unknown): string | number | boolean | undefined =>
    isQuotingRef(v) ? undefined : isRef(v) ? renamed(renames, v.collection, v.id) : isScalar(v) ? v : undefined;
  const walk = (value: unknown, path: string[]) => {
    if (value === undefined || value === null) return;
    const scalar = leaf(value);
    if (scalar !== undefined) out.set(path.join('.'), scalar);
    else if (isQuotingRef(value)) {
      out.set(path.join('.'), renamed(renames, value.collection, value.id));
      if (value.quotes.length > 0) out.set([...path, 'quotes'].join('.'), [...value.quotes]);
    } else if (Array.isArray(value) && value.every((v) => leaf(v) !== undefined))
      out.set(
        path.join('.'),
        value.map((v) => leaf(v)!),
      );
    else if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, String(i)]));
    // what is left is an object: data read from YAML holds nothing else
    else for (const [k, v] of Object.entries(value as object)) walk(v, [...path, k]);
  };
  const { document: _document, ...data } = entry.data as Record<string, unknown>;
  walk(data, []);
  if (entry.body !== undefined) out.set('body', entry.body.replace(/\s+/g, ' ').trim());
  return out;
}

const same = (a: Value | undefined, b: Value | undefined) => JSON.stringify(a) === JSON.stringify(b);

function fieldChanges(before: Map<string, Value>, after: Map<string, Value>): FieldChange[] {
  const paths = [...new Set([...before.keys(), ...after.keys()])];
  return paths
    .filter((p) => !same(before.get(p), after.get(p)))
    .map((path) => ({
      path,
      // a changed body is named, not copied: steps and clause text are reported on their own
      ...(before.has(path) ? { before: path === 'body' ? true : before.get(path)! } : {}),
      ...(after.has(path) ? { after: path === 'body' ? true : after.get(path)! } : {}),
    }));
}

/** Share of equal fields between two entries: how sure we are that one is the other renamed. */
function likeness(a: Map<string, Value>, b: Map<string, Value>): number {
  const paths = new Set([...a.keys(), ...b.keys()]);
  if (paths.size === 0) return 0;
  return [...paths].filter((p) => a.has(p) && same(a.get(p), b.get(p))).length / paths.size;
}

/** Below this share of equal fields a removed and an added entry are two entries, not one renamed. */
const RENAME_LIKENESS = 0.6;

/** Removed ids matched to added ids of the same collection whose content is mostly the same. */
function findRenames(before: Model, after: Model): Renames {
  const renames: Renames = {};
  for (const collection of COLLECTIONS) {
    const removed = before.all(collection).filter((e) => !after.has(collection, e.id));
    const added = after.all(collection).filter((e) => !before.has(collection, e.id));
    const candidates = removed
      .flatMap((old) =>
        added.map((neu) => ({
          old: old.id,
          neu: neu.id,
          score: likeness(flatten(old as AnyEntry), flatten(neu as AnyEntry)),
        })),
      )
      .filter((c) => c.score >= RENAME_LIKENESS)
      .sort((a, b) => b.score - a.score || a.old.localeCompare(b.old));
    const map = new Map<string, string>();
    const taken = new Set<string>();
    for (const c of candidates) {
      if (map.has(c.old) || taken.has(c.neu)) continue;
      map.set(c.old, c.neu);
      taken.add(c.neu);
    }
    if (map.size > 0) renames[collection] = map;
  }
  return renames;
}

function entryChanges(before: Model, after: Model, renames: Renames): EntryChange[] {
  return COLLECTIONS.flatMap((collection) => {
    const map = renames[collection] ?? new Map<string, string>();
    const oldIdOf = new Map([...map].map(([o, n]) => [n, o]));
    const out: EntryChange[] = [];
    for (const entry of after.all(collection) as AnyEntry[]) {
      const oldId = oldIdOf.get(entry.id) ?? entry.id;
      const old = before.get(collection, oldId) as AnyEntry | undefined;
      const vAfter = entry.data.document.version;
      if (!old) {
        out.push({
          collection,
          id: entry.id,
          change: 'added',
          fields: [],
          version: { after: vAfter, backwards: false },
        });
        continue;
      }
      const fields = fieldChanges(flatten(old, renames), flatten(entry, renames));
      const vBefore = old.data.document.version;
      const version =
        vBefore !== vAfter
          ? { version: { before: vBefore, after: vAfter, backwards: compareVersions(vAfter, vBefore) < 0 } }
          : {};
      if (oldId !== entry.id)
        out.push({ collection, id: entry.id, change: 'renamed', from: oldId, fields, ...version });
      else if (fields.length > 0 || vBefore !== vAfter)
        out.push({ collection, id: entry.id, change: 'changed', fields, ...version });
    }
    for (const old of before.all(collection) as AnyEntry[]) {
      if (!after.has(collection, old.id) && !map.has(old.id))
        out.push({
          collection,
          id: old.id,
          change: 'removed',
          fields: [],
          version: { before: old.data.document.version, backwards: false },
        });
    }
    return out.sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }));
  });
}

function permissionChanges(before: Model, after: Model, renames: Renames): PermissionChange[] {
  const [a, b] = [buildMatrix(before), buildMatrix(after)];
  const oldRole = new Map([...(renames.roles ?? [])].map(([o, n]) => [n, o]));
  const oldPermission = new Map([...(renames.permissions ?? [])].map(([o, n]) => [n, o]));
  const out: PermissionChange[] = [];
  const rows = matrixRows(b).map((r) => r.id);
  const columns = matrixColumns(b).map((c) => c.id);
  for (const role of rows) {
    for (const permission of columns) {
      const now = b.cells[role]![permission]!;
      const was = a.cells[oldRole.get(role) ?? role]?.[oldPermission.get(permission) ?? permission];
      if (now.granted && !was?.granted)
        out.push({ role, permission, change: 'granted', basis: now.basis!, ...(now.via ? { via: now.via } : {}) });
      if (!now.granted && was?.granted)
        out.push({ role, permission, change: 'revoked', basis: was.basis!, ...(was.via ? { via: was.via } : {}) });
    }
  }
  // cells of roles or permissions that are gone
  const newRole = (id: string) => renamed(renames, 'roles', id);
  const newPermission = (id: string) => renamed(renames, 'permissions', id);
  for (const row of matrixRows(a)) {
    for (const column of matrixColumns(a)) {
      const was = a.cells[row.id]![column.id]!;
      if (!was.granted || (rows.includes(newRole(row.id)) && columns.includes(newPermission(column.id)))) continue;
      out.push({
        role: row.id,
        permission: column.id,
        change: 'revoked',
        basis: was.basis!,
        ...(was.via ? { via: was.via } : {}),
      });
    }
  }
  return out;
}

function separationChanges(before: Model, after: Model, renames: Renames): SeparationChange[] {
  const mapPair = (kind: 'roles' | 'permissions', pair: [string, string]) =>
    pair.map((id) => renamed(renames, kind, id)) as [string, string];
  const old = new Map(
    separationPairs(before).map((s) => [renamed(renames, 'separation', s.id), { ...s, pair: mapPair(s.kind, s.pair) }]),
  );
  const now = separationPairs(after);
  const out: SeparationChange[] = [];
  for (const s of now) {
    const was = old.get(s.id);
    if (!was) out.push({ id: s.id, change: 'added', kind: s.kind, pair: s.pair });
    else if (was.kind !== s.kind || !same([...was.pair].sort(), [...s.pair].sort()))
      out.push({ id: s.id, change: 'changed', kind: s.kind, pair: s.pair, before: was.pair });
  }
  for (const [id, s] of old)
    if (!now.some((n) => n.id === id)) out.push({ id: s.id, change: 'removed', kind: s.kind, pair: s.pair });
  return out;
}

function reportingChanges(before: Model, after: Model, renames: Renames): ReportingChange[] {
  const oldRole = new Map([...(renames.roles ?? [])].map(([o, n]) => [n, o]));
  return after.all('roles').flatMap((role) => {
    const old = before.get('roles', oldRole.get(role.id) ?? role.id);
    if (!old) return [];
    const was = old.data.reportsTo.map((r) => renamed(renames, 'roles', r.id));
    const now = role.data.reportsTo.map((r) => r.id);
    return same([...was].sort(), [...now].sort()) ? [] : [{ role: role.id, before: was, after: now }];
  });
}

function parameterChanges(before: Model, after: Model, renames: Renames): ParameterChange[] {
  const oldId = new Map([...(renames.parameters ?? [])].map(([o, n]) => [n, o]));
  const state = (e: { data: { value: string | number; status: 'proposed' | 'approved' } }): ParameterState => ({
    value: e.data.value,
    status: e.data.status,
  });
  const out: ParameterChange[] = [];
  for (const p of after.all('parameters')) {
    const old = before.get('parameters', oldId.get(p.id) ?? p.id);
    if (!old) out.push({ id: p.id, change: 'added', after: state(p) });
    else if (!same(old.data.value, p.data.value) || old.data.status !== p.data.status) {
      const decided = old.data.status === 'proposed' && p.data.status === 'approved';
      out.push({ id: p.id, change: decided ? 'decided' : 'changed', before: state(old), after: state(p) });
    }
  }
  const kept = new Set(after.ids('parameters').map((id) => oldId.get(id) ?? id));
  for (const p of before.all('parameters'))
    if (!kept.has(p.id)) out.push({ id: p.id, change: 'removed', before: state(p) });
  return out;
}

function clauseTextChanges(before: Model, after: Model): ClauseTextChange[] {
  return after.all('clauses').flatMap((clause) => {
    const old = before.get('clauses', clause.id);
    if (!old) return [];
    const languages = (['zh', 'en'] as const).filter((l) => old.data.text[l] !== clause.data.text[l]);
    return languages.length === 0
      ? []
      : [{ id: clause.id, languages, before: { ...old.data.text }, after: { ...clause.data.text } }];
  });
}

const BASIS_FIELD = /(^|\.)(basis|\w+Basis)(\.\d+)?(\.quotes)?$/;

export function diffModels(before: Model, after: Model): ChangeReport {
  const renames = findRenames(before, after);
  const entries = entryChanges(before, after, renames);
  // Stryker disable next-line StringLiteral: the fallback is read for its steps only, and any text without a `<Steps>` block has none
  const stepsOf = (model: Model, collection: 'runbooks' | 'plans', id: string) => model.get(collection, id)?.body ?? '';
  const steps = entries
    .filter(
      (e): e is EntryChange & { collection: 'runbooks' | 'plans' } =>
        (e.collection === 'runbooks' || e.collection === 'plans') && e.fields.some((f) => f.path === 'body'),
    )
    .flatMap((e) =>
      diffSteps(stepsOf(before, e.collection, e.from ?? e.id), stepsOf(after, e.collection, e.id)).map((s) => ({
        collection: e.collection,
        id: e.id,
        ...s,
      })),
    );
  const basis = entries.flatMap((e) =>
    e.fields
      .filter((f) => BASIS_FIELD.test(f.path))
      .map((f) => ({
        collection: e.collection,
        id: e.id,
        path: f.path,
        ...(f.before !== undefined ? { before: f.before } : {}),
        ...(f.after !== undefined ? { after: f.after } : {}),
      })),
  );
  return {
    permissions: permissionChanges(before, after, renames),
    separation: separationChanges(before, after, renames),
    reporting: reportingChanges(before, after, renames),
    parameters: parameterChanges(before, after, renames),
    clauses: clauseTextChanges(before, after),
    steps,
    basis,
    entries,
  };
}

/** Nothing changed that a reader would see. */
export const isEmptyReport = (report: ChangeReport): boolean =>
  Object.values(report).every((list) => (list as unknown[]).length === 0);

/** The matrix cells a report changes, as `role×permission` keys, for highlighting. */
export const changedCells = (report: ChangeReport): Set<string> =>
  new Set(report.permissions.map((p) => `${p.role}×${p.permission}`));
