/**
 * Markers an author may write inside a plain-text field of a YAML entry (a duty, a statement, a
 * topic), so that one sentence can mix the policy's words with what the handbook adds:
 *
 * - `{proposed: within 2 working days}`: words the policy does not say, shown marked as proposed;
 * - `{param: acceptance-days}`: the value in force of an open value ("X") of the policy;
 * - `{assumption: channel-manager}`: a platform fact the handbook assumes (a vendor, a host, a tool).
 *
 * A text that starts with a marker must be a quoted or block (`>-`) YAML scalar, since a plain
 * scalar starting with `{` is read as a mapping.
 */
import type { ParameterUnit } from '../schemas/parameter.ts';

export type InlineSegment =
  | { kind: 'text'; text: string }
  | { kind: 'proposed'; text: string }
  | { kind: 'param'; id: string }
  | { kind: 'assumption'; id: string };

export type InlineMarkerKind = Exclude<InlineSegment['kind'], 'text'>;

export const INLINE_MARKER = /\{(proposed|param|assumption):\s*([^{}]*?)\s*\}/g;

export function parseInlineText(text: string): InlineSegment[] {
  const segments: InlineSegment[] = [];
  let last = 0;
  for (const match of text.matchAll(INLINE_MARKER)) {
    if (match.index > last) segments.push({ kind: 'text', text: text.slice(last, match.index) });
    const kind = match[1] as InlineMarkerKind;
    const value = match[2]!;
    segments.push(kind === 'proposed' ? { kind, text: value } : { kind, id: value });
    last = match.index + match[0].length;
  }
  if (last < text.length) segments.push({ kind: 'text', text: text.slice(last) });
  return segments;
}

/** The ids a text references through `{param: …}` and `{assumption: …}` markers, for the checker. */
export function inlineReferences(
  text: string,
): Array<{ kind: 'param' | 'assumption'; id: string; index: number; marker: string }> {
  return [...text.matchAll(INLINE_MARKER)]
    .filter((match) => match[1] !== 'proposed')
    .map((match) => ({
      kind: match[1] as 'param' | 'assumption',
      id: match[2]!,
      index: match.index,
      marker: match[0],
    }));
}

/** A marker with what it stands for, looked up in the model; `missing` when the id names nothing (the checker reports it). */
export type ResolvedSegment =
  | { kind: 'text'; text: string }
  | { kind: 'proposed'; text: string }
  | { kind: 'param'; id: string; value: string; unit: ParameterUnit; status: 'proposed' | 'approved'; name: string }
  | { kind: 'assumption'; id: string; value: string; status: 'assumed' | 'confirmed'; name: string }
  | { kind: 'missing'; marker: 'param' | 'assumption'; id: string };

/** The part of the model the resolver reads: structural, so tests can pass a stub. */
export interface InlineLookup {
  get(
    collection: 'parameters',
    id: string,
  ):
    | { data: { value: string | number; unit: ParameterUnit; status: 'proposed' | 'approved'; name: { en: string } } }
    | undefined;
  get(
    collection: 'assumptions',
    id: string,
  ): { data: { value: string; status: 'assumed' | 'confirmed'; name: { en: string } } } | undefined;
}

export function resolveInlineText(text: string, lookup: InlineLookup): ResolvedSegment[] {
  return parseInlineText(text).map((segment): ResolvedSegment => {
    if (segment.kind === 'param') {
      const p = lookup.get('parameters', segment.id);
      return p
        ? {
            kind: 'param',
            id: segment.id,
            value: String(p.data.value),
            unit: p.data.unit,
            status: p.data.status,
            name: p.data.name.en,
          }
        : { kind: 'missing', marker: 'param', id: segment.id };
    }
    if (segment.kind === 'assumption') {
      const a = lookup.get('assumptions', segment.id);
      return a
        ? { kind: 'assumption', id: segment.id, value: a.data.value, status: a.data.status, name: a.data.name.en }
        : { kind: 'missing', marker: 'assumption', id: segment.id };
    }
    return segment;
  });
}

/** The words the plain form adds after a marker's text, from the UI dictionary (`(proposed)`, `(assumed)`). */
export interface PlainWords {
  proposed: string;
  param: Record<'proposed' | 'approved', string>;
  assumption: Record<'assumed' | 'confirmed', string>;
}

/** Backticks of a value written as code (`namespace \`booking\``) are dropped in plain text. */
const unquoteCode = (value: string): string => value.replace(/`([^`]*)`/g, '$1');

/**
 * The same text as one plain string, for the CSV and JSON exports and the search index: each
 * marker becomes its words, value or assumed value followed by its status in brackets.
 */
export function plainInlineText(text: string, lookup: InlineLookup, words: PlainWords): string {
  return resolveInlineText(text, lookup)
    .map((s) => {
      switch (s.kind) {
        case 'text':
          return s.text;
        case 'proposed':
          return `${s.text} (${words.proposed})`;
        case 'param':
          return `${s.value} (${words.param[s.status]})`;
        case 'assumption':
          return `${unquoteCode(s.value)} (${words.assumption[s.status]})`;
        case 'missing':
          return s.id;
      }
    })
    .join('');
}

/** Step titles and other plain renderings of an MDX body: `<Assumption id>` as its value, without code quotes. */
export const assumptionText =
  (lookup: InlineLookup) =>
  (component: string, id: string): string | undefined => {
    if (component !== 'Assumption') return undefined;
    const value = lookup.get('assumptions', id)?.data.value;
    return value === undefined ? undefined : unquoteCode(value);
  };
