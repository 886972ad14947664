/**
 * How a translation differs from its source in structure: the facts both languages must share
 * (inline markers in a field; numbered steps, reference components, code blocks and sections in a
 * body). Returns the differences as data; the translation rules of the checker word them.
 */
import type { AnyEntry, Translation } from '../content/load.ts';
import type { Position } from '../content/parse.ts';
import { INLINE_MARKER } from '../inline-text.ts';
import { stepTitles } from '../step-ids.ts';
import { proseFields, valueAt, type FieldPath } from './fields.ts';

export type FieldProblem =
  | { kind: 'missing-field'; path: FieldPath; source: string }
  | { kind: 'markers'; path: FieldPath; source: string[]; translation: string[] }
  | { kind: 'unexpected-field'; path: FieldPath };

export type BodyProblem =
  | { kind: 'missing-body' }
  | { kind: 'steps'; source: number; translation: number; firstDifferent?: number }
  | { kind: 'references'; onlySource: string[]; onlyTranslation: string[]; at?: Position }
  | { kind: 'code-count'; source: number; translation: number }
  | { kind: 'code-changed'; index: number; source: string; at: Position }
  | { kind: 'sections'; source: number; translation: number; missing?: { depth: number; index: number } };

/** The markers a text carries that both languages share: `{param: x}`, `{assumption: x}`, and how many `{proposed: …}`. */
function sharedMarkers(text: string): string[] {
  return [...text.matchAll(INLINE_MARKER)]
    .map((m) => (m[1] === 'proposed' ? '{proposed: …}' : `{${m[1]}: ${m[2]}}`))
    .sort();
}

export function fieldProblems(entry: AnyEntry, translation: Translation): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const expected = new Set<string>();
  for (const { path, value } of proseFields(entry.collection, entry.data)) {
    expected.add(path.join('.'));
    const translated = valueAt(translation.data, path);
    if (typeof translated !== 'string' || !translated.trim()) {
      problems.push({ kind: 'missing-field', path, source: value });
      continue;
    }
    const [source, target] = [sharedMarkers(value), sharedMarkers(translated)];
    if (source.join('\n') !== target.join('\n')) problems.push({ kind: 'markers', path, source, translation: target });
  }
  const walk = (node: unknown, path: (string | number)[]) => {
    if (typeof node === 'string' || typeof node === 'number' || typeof node === 'boolean') {
      if (!expected.has(path.join('.'))) problems.push({ kind: 'unexpected-field', path });
      return;
    }
    if (Array.isArray(node)) node.forEach((item, i) => walk(item, [...path, i]));
    else if (node && typeof node === 'object')
      for (const [key, value] of Object.entries(node)) {
        if (path.length === 0 && key === 'translatedFrom') continue;
        walk(value, [...path, key]);
      }
  };
  walk(translation.data, []);
  return problems;
}

const referenceKey = (r: { via: string; collection: string; id: string }) =>
  `${r.via.split(/[\s>]/)[0]}>${r.collection}:${r.id}`;

/** Source keys minus translation keys, counting repeats (a reference written twice must be written twice). */
function minus(a: string[], b: string[]): string[] {
  const left = [...b];
  return a.filter((key) => {
    const i = left.indexOf(key);
    if (i === -1) return true;
    left.splice(i, 1);
    return false;
  });
}

export function bodyProblems(entry: AnyEntry, translation: Translation): BodyProblem[] {
  if (entry.body === undefined) return [];
  if (!translation.body?.trim() || !translation.bodyScan || !entry.bodyScan) return [{ kind: 'missing-body' }];
  const problems: BodyProblem[] = [];
  const [source, target] = [entry.bodyScan, translation.bodyScan];

  const [steps, translatedSteps] = [stepTitles(entry.body), stepTitles(translation.body)];
  if (steps.length !== translatedSteps.length)
    problems.push({ kind: 'steps', source: steps.length, translation: translatedSteps.length });

  const [refs, translatedRefs] = [source.references.map(referenceKey), target.references.map(referenceKey)];
  const onlySource = minus(refs, translatedRefs);
  const onlyTranslation = minus(translatedRefs, refs);
  if (onlySource.length || onlyTranslation.length) {
    const stray = target.references.find((r) => onlyTranslation.includes(referenceKey(r)));
    problems.push({ kind: 'references', onlySource, onlyTranslation, ...(stray ? { at: stray.position } : {}) });
  }

  if (source.codeBlocks.length !== target.codeBlocks.length)
    problems.push({ kind: 'code-count', source: source.codeBlocks.length, translation: target.codeBlocks.length });
  source.codeBlocks.forEach((block, index) => {
    const translated = target.codeBlocks[index];
    if (translated && (translated.value !== block.value || translated.lang !== block.lang))
      problems.push({ kind: 'code-changed', index: index + 1, source: block.value, at: translated.position });
  });

  const depths = (h: { depth: number }[]) => h.map((x) => x.depth).join(',');
  if (depths(source.headings) !== depths(target.headings)) {
    const index = source.headings.findIndex((h, i) => target.headings[i]?.depth !== h.depth);
    problems.push({
      kind: 'sections',
      source: source.headings.length,
      translation: target.headings.length,
      ...(index >= 0 ? { missing: { depth: source.headings[index]!.depth, index: index + 1 } } : {}),
    });
  }
  return problems;
}
