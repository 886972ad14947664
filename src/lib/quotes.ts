/**
 * What rests on which words of the policy: every quoted span of every clause, the entries that
 * quote it, and the clause text cut into sentences and into marked spans for the clause page.
 * Pure: takes the Model, returns plain data for the clause pages, `/traceability/` and the tests.
 */
import type { CollectionName } from '../schemas/index.ts';
import { clauseBasesOf, findQuote, quoteAnchor } from './basis.ts';
import type { Model } from './model.ts';
import { PARAMETER_MARKER } from './model.ts';

/** One basis that quotes a clause: the entry, the field, and the words quoted. */
export interface QuoteUse {
  collection: CollectionName;
  id: string;
  /** `responsibilities.0.basis`. */
  field: string;
  quote: string;
  /** The anchor of the span on the clause page, `q-…`. */
  anchor: string;
  /** Offsets in the clause's `text.zh` (end exclusive); absent when the quote is not in the text. */
  start?: number;
  end?: number;
}

/** Every quote of every entry, by clause id; the same words quoted twice keep the same anchor. */
export function quotesByClause(model: Model): Map<string, QuoteUse[]> {
  const out = new Map<string, QuoteUse[]>();
  const seen = new Set<string>();
  for (const entry of model.entries) {
    if (seen.has(entry.file)) continue;
    seen.add(entry.file);
    for (const site of clauseBasesOf(entry.data)) {
      const text = model.get('clauses', site.basis.id)?.data.text.zh;
      for (const quote of site.basis.quotes) {
        const at = text === undefined ? undefined : findQuote(text, quote);
        const use: QuoteUse = {
          collection: entry.collection,
          id: entry.id,
          field: site.field,
          quote: at ? text!.slice(at.start, at.end) : quote,
          anchor: quoteAnchor(quote),
          ...(at ? { start: at.start, end: at.end } : {}),
        };
        out.set(site.basis.id, [...(out.get(site.basis.id) ?? []), use]);
      }
    }
  }
  return out;
}

/** Entries that cite a clause without quoting it (the legacy form): they rest on no sentence. */
export function unquotedUses(
  model: Model,
  clause: string,
): { collection: CollectionName; id: string; field: string }[] {
  const seen = new Set<string>();
  return model.entries.flatMap((entry) => {
    if (seen.has(entry.file)) return [];
    seen.add(entry.file);
    return clauseBasesOf(entry.data)
      .filter((s) => s.basis.id === clause && s.basis.quotes.length === 0)
      .map((s) => ({ collection: entry.collection, id: entry.id, field: s.field }));
  });
}

export interface Sentence {
  /** 1-based position in the clause. */
  n: number;
  /** The sentence as the clause writes it (with `X{parameter}` markers). */
  text: string;
  start: number;
  end: number;
  /** The quotes that fall (at least partly) in this sentence. */
  resting: QuoteUse[];
}

/** The sentences of a Chinese text: up to and including each `。`, `！`, `？` (or the end). */
export function splitSentences(text: string): { text: string; start: number; end: number }[] {
  const out: { text: string; start: number; end: number }[] = [];
  const re = /[^。！？!?]*(?:[。！？!?]+|$)/g;
  for (const m of text.matchAll(re)) {
    if (m[0].trim() === '') continue;
    const lead = m[0].length - m[0].trimStart().length;
    const start = m.index + lead;
    const end = m.index + m[0].trimEnd().length;
    out.push({ text: text.slice(start, end), start, end });
  }
  return out;
}

/** A clause's sentences, each with the quotes resting on it. */
export function clauseSentences(model: Model, clause: string, byClause = quotesByClause(model)): Sentence[] {
  const text = model.get('clauses', clause)?.data.text.zh ?? '';
  const uses = byClause.get(clause) ?? [];
  return splitSentences(text).map((s, i) => ({
    n: i + 1,
    ...s,
    resting: uses.filter((u) => u.start !== undefined && u.start < s.end && u.end! > s.start),
  }));
}

/** Sentence-level coverage of the whole policy, in reading order of the clauses. */
export function sentenceCoverage(model: Model): { clause: string; sentences: Sentence[] }[] {
  const byClause = quotesByClause(model);
  return model
    .all('clauses')
    .toSorted((a, b) => a.data.order - b.data.order)
    .map((c) => ({ clause: c.id, sentences: clauseSentences(model, c.id, byClause) }));
}

/** A piece of marked clause text: words, an open value, or a quoted span holding pieces. */
export type MarkedPiece =
  | { kind: 'text'; text: string }
  | { kind: 'parameter'; id: string }
  | { kind: 'quote'; anchor: string; pieces: MarkedPiece[] };

/**
 * The clause text cut into pieces, each quoted span a `quote` piece with its anchor, nested when
 * one quote holds another. A span that crosses another (starts inside it, ends after it) is cut
 * at the outer span's end, so the markup stays well nested; its anchor stays at its start.
 * Parameter markers are never split.
 */
export function markQuotes(
  text: string,
  spans: readonly { anchor: string; start: number; end: number }[],
): MarkedPiece[] {
  // unique spans, outer first
  const unique = [...new Map(spans.map((s) => [s.anchor, s])).values()].toSorted(
    (a, b) => a.start - b.start || b.end - a.end,
  );
  // keep parameter markers whole: widen a span boundary that falls inside one
  const markers = [...text.matchAll(PARAMETER_MARKER)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const snap = (i: number, toEnd: boolean) => {
    const inside = markers.find((m) => i > m.start && i < m.end);
    return inside ? (toEnd ? inside.end : inside.start) : i;
  };
  const build = (from: number, to: number, list: typeof unique): MarkedPiece[] => {
    const pieces: MarkedPiece[] = [];
    let at = from;
    let rest = list;
    while (rest.length > 0) {
      const [first, ...others] = rest;
      const start = Math.max(snap(first!.start, false), at);
      const end = Math.min(snap(first!.end, true), to);
      if (start >= end) {
        rest = others;
        continue;
      }
      pieces.push(...plain(text.slice(at, start)));
      const inner = others.filter((s) => s.start < end);
      pieces.push({ kind: 'quote', anchor: first!.anchor, pieces: build(start, end, inner) });
      at = end;
      // spans that start inside were placed inside (a crossing one cut at `end`); go on after it
      rest = others.filter((s) => s.start >= end);
    }
    pieces.push(...plain(text.slice(at, to)));
    return pieces;
  };
  return build(0, text.length, unique);
}

function plain(text: string): MarkedPiece[] {
  if (text === '') return [];
  const out: MarkedPiece[] = [];
  let last = 0;
  for (const m of text.matchAll(PARAMETER_MARKER)) {
    if (m.index > last) out.push({ kind: 'text', text: text.slice(last, m.index) });
    out.push({ kind: 'parameter', id: m[1]! });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ kind: 'text', text: text.slice(last) });
  return out;
}
