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
export function inlineReferences(text: string): Array<{ kind: 'param' | 'assumption'; id: string; index: number }> {
  return [...text.matchAll(INLINE_MARKER)]
    .filter((match) => match[1] !== 'proposed')
    .map((match) => ({ kind: match[1] as 'param' | 'assumption', id: match[2]!, index: match.index }));
}
