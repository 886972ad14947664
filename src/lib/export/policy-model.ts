/**
 * The model as data: the whole resolved graph, for auditors' tools. Published by the build as
 * `/exports/policy-model.json`, with its JSON Schema (`policy-model.schema.json`, beside this
 * file) at `/exports/policy-model.schema.json`. Pure: it takes a Model and returns plain JSON.
 *
 * Every reference is written as the id of its target (the field says which collection); a
 * basis is a clause id or `"proposed"`. Each entry carries its page URL and its document
 * control with the derived next review date. MDX bodies are not exported, but the
 * references they make are (`references`), and `edges` lists every reference of the graph.
 */
import { COLLECTIONS, type CollectionName, type Ref } from '../../schemas/index.ts';
import type { Entry } from '../content/load.ts';
import { nextReview } from '../document.ts';
import type { Model } from '../model.ts';
import { INLINE_MARKER, plainInlineText, type PlainWords } from '../inline-text.ts';
import { entryUrl } from '../routes.ts';

/** Bumped when the shape changes in a way that breaks readers. */
export const POLICY_MODEL_FORMAT = 1;
export const POLICY_MODEL_SCHEMA_URL = '/exports/policy-model.schema.json';

export interface EntryPointer {
  collection: CollectionName;
  id: string;
}

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export type ExportedEntry = Record<string, Json>;

/** One array of entries per collection (`clauses`, `roles`, …), sorted by id, then every edge. */
export type PolicyModelExport = { $schema: string; format: number } & Record<CollectionName, ExportedEntry[]> & {
    edges: { from: EntryPointer; to: EntryPointer; field: string }[];
  };

const isRef = (value: unknown): value is Ref =>
  typeof value === 'object' &&
  value !== null &&
  'collection' in value &&
  'id' in value &&
  Object.keys(value).length === 2;

/**
 * Plain JSON of entry data: every reference becomes its id; `undefined` fields are dropped; a text
 * with inline markers becomes its plain form (`MySQL (assumed)`), given the words, while the edges
 * keep which parameter or assumption each field references.
 */
function plain(value: unknown, text: (s: string) => string): Json {
  if (isRef(value)) return value.id;
  if (Array.isArray(value)) return value.map((v) => plain(v, text));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => [k, plain(v, text)]),
    );
  }
  return typeof value === 'string' ? text(value) : (value as Json);
}

const unique = (pointers: EntryPointer[]): EntryPointer[] => {
  const seen = new Set<string>();
  return pointers.filter((p) => {
    const key = `${p.collection}:${p.id}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
};

function exportEntry(model: Model, entry: Entry, words?: PlainWords): ExportedEntry {
  const text = (s: string) =>
    words && new RegExp(INLINE_MARKER.source).test(s) ? plainInlineText(s, model, words) : s;
  const data = plain(entry.data, text) as Record<string, Json>;
  const out: Record<string, Json> = { id: entry.id, url: entryUrl(entry.collection, entry.id), ...data };
  out.document = { ...(data.document as Record<string, Json>), nextReview: nextReview(entry.data.document) };
  const outgoing = model.outgoing(entry.collection, entry.id);
  switch (entry.collection) {
    case 'clauses':
      out.parameters = [...new Set(outgoing.filter((e) => e.to.collection === 'parameters').map((e) => e.to.id))];
      break;
    case 'roles':
      out.permissions = model
        .all('permissions')
        .filter((p) => p.data.grantees.some((g) => g.id === entry.id))
        .map((p) => p.id);
      break;
    case 'parameters':
      out.usedBy = unique(model.incoming('parameters', entry.id).map((e) => e.from)) as unknown as Json;
      break;
    case 'assumptions':
      out.usedBy = unique(model.incoming('assumptions', entry.id).map((e) => e.from)) as unknown as Json;
      break;
    case 'runbooks':
    case 'plans':
    case 'guides':
      out.references = unique(outgoing.filter((e) => e.field === 'body').map((e) => e.to)) as unknown as Json;
      break;
  }
  return out;
}

export function buildPolicyModelExport(model: Model, words?: PlainWords): PolicyModelExport {
  const collections = Object.fromEntries(
    COLLECTIONS.map((c) => [c, model.all(c).map((entry) => exportEntry(model, entry as Entry, words))]),
  ) as Record<CollectionName, ExportedEntry[]>;
  const seen = new Set<string>();
  const edges = model.edges
    .filter((e) => model.has(e.from.collection, e.from.id) && model.get(e.from.collection, e.from.id)!.file === e.file)
    .map((e) => ({ from: { ...e.from }, to: { ...e.to }, field: e.field }))
    .filter((e) => {
      const key = `${e.from.collection}:${e.from.id}>${e.to.collection}:${e.to.id}@${e.field}`;
      return seen.has(key) ? false : (seen.add(key), true);
    });
  return { $schema: POLICY_MODEL_SCHEMA_URL, format: POLICY_MODEL_FORMAT, ...collections, edges };
}
