/**
 * The one place that reads a basis and matches its quotes against the policy's text. Every page,
 * generator, export and check goes through these helpers instead of testing `=== 'proposed'` or
 * reaching for `.id` itself, so the shape of a basis can change in one file.
 *
 * A basis is `proposed`, or a clause with the quoted words it rests on (see `src/schemas/common.ts`).
 * As plain data (in generated tables, exports, the browser) it becomes a `BasisData`.
 */
import { distance } from 'fastest-levenshtein';
import type { Basis, ClauseBasis } from '../schemas/index.ts';
import type { Model } from './model.ts';
import { memoize } from './memo.ts';
import { asSourceText } from './text.ts';
import { asWritten, say, type Words } from './words.ts';

export type { Basis, ClauseBasis };

/** A basis as plain data: `proposed`, or the clause id with the quoted spans (possibly none). */
export type BasisData = 'proposed' | { clause: string; quotes: string[] };

/** A basis id as plain text: the clause id, or `proposed`. */
export type BasisId = string;

/** The clause a basis rests on, or `undefined` for a proposal. Accepts every form a basis takes. */
export function basisClause(b: Basis | BasisData | BasisId | undefined): string | undefined {
  if (b === undefined || b === 'proposed') return undefined;
  if (typeof b === 'string') return b;
  return 'clause' in b ? b.clause : b.id;
}

/** The quoted spans of a basis (none for a proposal or an unquoted clause). */
export function basisQuotes(b: Basis | BasisData | undefined): string[] {
  return b === undefined || b === 'proposed' ? [] : b.quotes;
}

/** `proposed`, or the clause id: the short text of tables and downloads. */
export const basisId = (b: Basis | BasisData): BasisId => basisClause(b) ?? 'proposed';

/**
 * A basis in words, for checker messages and plain-text exports: `clause 3.1 «初审…»` or the
 * caller's word for a proposal. The pages use their dictionaries instead.
 */
export function basisLabel(b: Basis | BasisData | BasisId | undefined, proposed = 'proposed'): string {
  const clause = basisClause(b);
  if (clause === undefined) return proposed;
  const quotes = typeof b === 'object' && b !== null ? basisQuotes(b) : [];
  return quotes.length ? `clause ${clause} «${quotes.join(' … ')}»` : `clause ${clause}`;
}

// ---------------------------------------------------------------------------------------------
// Matching quotes against the clause text

/** One character as compared: full-width forms folded to half-width (NFKC), white space dropped. */
const fold = (ch: string): string => (/\s/.test(ch) ? '' : ch.normalize('NFKC'));

/**
 * A text as the checker compares it: white space removed and punctuation width folded (`，`→`,`,
 * `：`→`:`, `（`→`(`), with, for every character of the result, the index in the original it came
 * from, so a match can be mapped back to the words as written. Remembered per text (read-only):
 * every quote of every entry is looked up in one of a few dozen clause texts.
 */
export const normaliseQuoteText = memoize(
  (text: string): { text: string; origin: number[] } => {
    let out = '';
    const origin: number[] = [];
    for (let i = 0; i < text.length;) {
      const ch = String.fromCodePoint(text.codePointAt(i)!);
      for (const c of fold(ch)) {
        out += c;
        origin.push(i);
      }
      i += ch.length;
    }
    return { text: out, origin };
  },
  (text) => text,
);

/** Where a quote sits in a text, as offsets of the original text (end exclusive), or `undefined`. */
export function findQuote(text: string, quote: string): { start: number; end: number } | undefined {
  const hay = normaliseQuoteText(text);
  const needle = normaliseQuoteText(quote).text;
  if (needle.length === 0) return undefined;
  const at = hay.text.indexOf(needle);
  if (at < 0) return undefined;
  const last = hay.origin[at + needle.length - 1]!;
  const lastLength = String.fromCodePoint(text.codePointAt(last)!).length;
  return { start: hay.origin[at]!, end: last + lastLength };
}

/** Each quote as the words of `text` it matches (so a substring of `text`), or as written when it is not found. */
export const clauseSpans = (text: string | undefined, quotes: readonly string[]): string[] =>
  quotes.map((quote) => {
    const at = text === undefined ? undefined : findQuote(text, quote);
    return at ? text!.slice(at.start, at.end) : quote;
  });

/** The quotes of a basis as the words of its clause (substrings of its `text.zh`), for pages and exports. */
export function basisWords(model: Model, b: Basis): string[] {
  if (b === 'proposed') return [];
  return clauseSpans(model.get('clauses', b.id)?.data.text.zh, b.quotes);
}

/** A basis id with its quoted words, for one cell of a download: `4.1 «部门负责人拥有项目全权审批权»`. */
export const basisCell = (id: BasisId, quotes: readonly string[] = []): string =>
  [id, ...quotes.map((q) => `«${asSourceText(q)}»`)].join(' ');

/** The same cell as words, so a download in another language names a proposal in its own words. */
export const basisCellWords = (id: BasisId, quotes: readonly string[] = []): Words =>
  id === 'proposed' ? say('csv.proposed') : asWritten('{cell}', { cell: basisCell(id, quotes) });

/**
 * The span of `text` closest to `quote` (Levenshtein distance over the normalised texts, windows
 * of about the quote's length), as written in `text`, with its distance. For the hint of a quote
 * that is not in its clause.
 */
export function closestSpan(text: string, quote: string): { span: string; distance: number } | undefined {
  const hay = normaliseQuoteText(text);
  const needle = normaliseQuoteText(quote).text;
  if (hay.text.length === 0 || needle.length === 0) return undefined;
  let best: { from: number; to: number; d: number } | undefined;
  const slack = Math.max(1, Math.round(needle.length / 4));
  for (let len = Math.max(1, needle.length - slack); len <= needle.length + slack; len++) {
    for (let from = 0; from + Math.min(len, hay.text.length) <= hay.text.length; from++) {
      const to = Math.min(hay.text.length, from + len);
      const d = distance(needle, hay.text.slice(from, to));
      if (!best || d < best.d) best = { from, to, d };
      if (to === hay.text.length) break;
    }
  }
  if (!best) return undefined;
  const start = hay.origin[best.from]!;
  const last = hay.origin[best.to - 1]!;
  return {
    span: text.slice(start, last + String.fromCodePoint(text.codePointAt(last)!).length),
    distance: best.d,
  };
}

/**
 * The stable anchor of a quoted span on its clause page: `q-` and a short hash of the normalised
 * quote, so the same words get the same anchor whatever their width of punctuation or wrapping.
 * FNV-1a, 32 bits, base 36: short, stable, and the same in Node and the browser.
 */
export function quoteAnchor(quote: string): string {
  let hash = 0x811c9dc5;
  for (const ch of normaliseQuoteText(quote).text) {
    const code = ch.codePointAt(0)!;
    hash ^= code & 0xff;
    hash = Math.imul(hash, 0x01000193);
    hash ^= code >>> 8;
    hash = Math.imul(hash, 0x01000193);
  }
  return `q-${(hash >>> 0).toString(36)}`;
}

// ---------------------------------------------------------------------------------------------
// Finding the bases of an entry

/** One clause basis written in an entry: the field path to it and the parsed basis. */
export interface BasisSite {
  path: (string | number)[];
  /** `responsibilities.0.basis`. */
  field: string;
  basis: ClauseBasis;
}

export const isClauseBasis = (value: unknown): value is ClauseBasis =>
  typeof value === 'object' &&
  value !== null &&
  (value as { collection?: unknown }).collection === 'clauses' &&
  typeof (value as { id?: unknown }).id === 'string' &&
  Array.isArray((value as { quotes?: unknown }).quotes);

/** Every clause basis an entry's data holds (`basis`, `reportsToBasis`, `cadence.basis`, …), in document order. */
export function clauseBasesOf(data: unknown): BasisSite[] {
  const sites: BasisSite[] = [];
  const walk = (value: unknown, path: (string | number)[]) => {
    if (isClauseBasis(value)) sites.push({ path, field: path.join('.'), basis: value });
    else if (Array.isArray(value)) value.forEach((item, i) => walk(item, [...path, i]));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
  };
  walk(data, []);
  return sites;
}
