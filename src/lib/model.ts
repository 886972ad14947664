/**
 * The one model of the handbook: every entry, and every reference between entries as
 * an edge. Pages, the checker, the exports and the tests all read this.
 */
import { COLLECTIONS, type CollectionName, type DataByCollection } from '../schemas/index.ts';
import type { AnyEntry, Entry } from './content/load.ts';
import type { Position } from './content/parse.ts';
import { inlineReferences } from './inline-text.ts';
import { didYouMean } from './suggest.ts';

export type EntryKey = `${CollectionName}:${string}`;
export const keyOf = (collection: CollectionName, id: string): EntryKey => `${collection}:${id}`;

export interface Edge {
  from: { collection: CollectionName; id: string };
  to: { collection: CollectionName; id: string };
  /** The field path (`grantees.1`, also of an inline marker), `body` for MDX references, or `text.zh` for parameter markers. */
  field: string;
  file: string;
  position: Position;
}

export interface Model {
  all<C extends CollectionName>(collection: C): Entry<C>[];
  get<C extends CollectionName>(collection: C, id: string): Entry<C> | undefined;
  has(collection: CollectionName, id: string): boolean;
  ids(collection: CollectionName): string[];
  edges: Edge[];
  /** Edges pointing at an entry: its backlinks. */
  incoming(collection: CollectionName, id: string): Edge[];
  outgoing(collection: CollectionName, id: string): Edge[];
  /** Entries in the order they were loaded, duplicates included (the checker reports those). */
  entries: AnyEntry[];
}

/** The entry a page or component names, or an error naming the unknown id and the ids it may have meant. */
export function requireEntry<C extends CollectionName>(model: Model, collection: C, id: string): Entry<C> {
  const entry = model.get(collection, id);
  if (entry) return entry;
  const hint = didYouMean(id, model.ids(collection));
  throw new Error(`unknown ${collection} id \`${id}\`${hint ? `: ${hint}` : ''}`);
}

/** `X{parameter-id}` inside clause text marks an open value (an "X") of the policy. */
export const PARAMETER_MARKER = /X\{([a-z0-9-]+)\}/g;

function isRef(value: unknown): value is { collection: CollectionName; id: string } {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { id?: unknown }).id === 'string' &&
    (COLLECTIONS as readonly unknown[]).includes((value as { collection?: unknown }).collection)
  );
}

function dataEdges(entry: AnyEntry): Edge[] {
  const edges: Edge[] = [];
  const walk = (value: unknown, path: (string | number)[]) => {
    if (isRef(value)) {
      edges.push({
        from: { collection: entry.collection, id: entry.id },
        to: { collection: value.collection, id: value.id },
        field: path.join('.'),
        file: entry.file,
        position: entry.locate(path),
      });
    } else if (Array.isArray(value)) value.forEach((item, i) => walk(item, [...path, i]));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
  };
  walk(entry.data, []);
  return edges;
}

function markerEdges(entry: AnyEntry): Edge[] {
  if (entry.collection !== 'clauses') return [];
  const data = entry.data as DataByCollection['clauses'];
  return (['zh', 'en'] as const).flatMap((lang) =>
    [...data.text[lang].matchAll(PARAMETER_MARKER)].map((m) => ({
      from: { collection: entry.collection, id: entry.id },
      to: { collection: 'parameters' as const, id: m[1]! },
      field: `text.${lang}`,
      file: entry.file,
      position: entry.locate(['text', lang]),
    })),
  );
}

/**
 * Where `text` first occurs in the file at or after `from` (a field's key), or `from` itself. Walks
 * the newlines with `indexOf` rather than splitting the file: it runs once per marker, and splitting
 * a long entry for each was a second of a 5,000-entry check.
 */
function positionAfter(source: string, from: Position, text: string): Position {
  let lineStart = 0;
  for (let line = 1; line < from.line; line += 1) {
    const newline = source.indexOf('\n', lineStart);
    if (newline === -1) return from;
    lineStart = newline + 1;
  }
  const offset = source.indexOf(text, lineStart + from.column - 1);
  if (offset === -1) return from;
  let line = from.line;
  for (let newline = source.indexOf('\n', lineStart); newline !== -1 && newline < offset;) {
    line += 1;
    lineStart = newline + 1;
    newline = source.indexOf('\n', lineStart);
  }
  return { line, column: offset - lineStart + 1 };
}

/** `{param: id}` and `{assumption: id}` markers inside the plain-text fields of an entry (see inline-text.ts). */
function inlineEdges(entry: AnyEntry): Edge[] {
  const edges: Edge[] = [];
  const walk = (value: unknown, path: (string | number)[]) => {
    if (typeof value === 'string') {
      for (const ref of inlineReferences(value)) {
        const from = entry.locate(path);
        edges.push({
          from: { collection: entry.collection, id: entry.id },
          to: { collection: ref.kind === 'param' ? 'parameters' : 'assumptions', id: ref.id },
          field: path.join('.'),
          file: entry.file,
          position: entry.source ? positionAfter(entry.source, from, ref.marker) : from,
        });
      }
    } else if (Array.isArray(value)) value.forEach((item, i) => walk(item, [...path, i]));
    else if (value && typeof value === 'object' && !isRef(value))
      for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
  };
  walk(entry.data, []);
  return edges;
}

function bodyEdges(entry: AnyEntry): Edge[] {
  return (entry.bodyScan?.references ?? []).map((ref) => ({
    from: { collection: entry.collection, id: entry.id },
    to: { collection: ref.collection, id: ref.id },
    field: 'body',
    file: entry.file,
    position: ref.position,
  }));
}

function entryEdges(entry: AnyEntry): Edge[] {
  return [...dataEdges(entry), ...markerEdges(entry), ...inlineEdges(entry), ...bodyEdges(entry)];
}

/**
 * The model of these entries. `edges` may be passed in when the entries are another locale's view of
 * entries already modelled: references are facts of the entry, the same in every language.
 */
export function buildModel(entries: AnyEntry[], edges: Edge[] = entries.flatMap(entryEdges)): Model {
  const byKey = new Map<EntryKey, AnyEntry>();
  const byCollection = new Map<CollectionName, AnyEntry[]>(COLLECTIONS.map((c) => [c, []]));
  for (const entry of entries) {
    if (!byKey.has(keyOf(entry.collection, entry.id))) {
      byKey.set(keyOf(entry.collection, entry.id), entry);
      byCollection.get(entry.collection)!.push(entry);
    }
  }
  for (const list of byCollection.values()) list.sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }));
  const incoming = new Map<EntryKey, Edge[]>();
  const outgoing = new Map<EntryKey, Edge[]>();
  const add = (index: Map<EntryKey, Edge[]>, key: EntryKey, edge: Edge) => {
    const list = index.get(key);
    if (list) list.push(edge);
    else index.set(key, [edge]);
  };
  for (const edge of edges) {
    add(incoming, keyOf(edge.to.collection, edge.to.id), edge);
    add(outgoing, keyOf(edge.from.collection, edge.from.id), edge);
  }
  return {
    entries,
    edges,
    all: <C extends CollectionName>(c: C) => byCollection.get(c) as Entry<C>[],
    get: <C extends CollectionName>(c: C, id: string) => byKey.get(keyOf(c, id)) as Entry<C> | undefined,
    has: (c, id) => byKey.has(keyOf(c, id)),
    ids: (c) => byCollection.get(c)!.map((e) => e.id),
    incoming: (c, id) => incoming.get(keyOf(c, id)) ?? [],
    outgoing: (c, id) => outgoing.get(keyOf(c, id)) ?? [],
  };
}
