/** Splits clause text into plain runs and the open values (`X{parameter-id}`) it names. */
import { PARAMETER_MARKER } from './model.ts';

export type TextSegment = { kind: 'text'; text: string } | { kind: 'parameter'; id: string };

export function splitMarkers(text: string): TextSegment[] {
  const segments: TextSegment[] = [];
  let last = 0;
  for (const match of text.matchAll(PARAMETER_MARKER)) {
    if (match.index > last) segments.push({ kind: 'text', text: text.slice(last, match.index) });
    segments.push({ kind: 'parameter', id: match[1]! });
    last = match.index + match[0].length;
  }
  if (last < text.length) segments.push({ kind: 'text', text: text.slice(last) });
  return segments;
}

/** The text as the source prints it: every open value back to a bare `X`. */
export const asSourceText = (text: string): string => text.replace(PARAMETER_MARKER, 'X');
