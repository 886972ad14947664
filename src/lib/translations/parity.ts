/**
 * How a translation differs from its source in structure: the facts both languages must share
 * (inline markers in a field; numbered steps, reference components, code blocks and sections in a
 * body). Returns the differences as data, each with the place in the translation that shows it and
 * the source's step, heading or block it differs from; the translation rules of the checker word them.
 */
import type { AnyEntry, Translation } from '../content/load.ts';
import { scanBody } from '../content/body.ts';
import type { Position } from '../content/parse.ts';
import { INLINE_MARKER } from '../inline-text.ts';
import { memoize } from '../memo.ts';
import { plain } from '../step-ids.ts';
import { proseFields, valueAt, type FieldPath } from './fields.ts';

export type FieldProblem =
  | { kind: 'missing-field'; path: FieldPath; source: string; sourceAt: Position }
  | { kind: 'markers'; path: FieldPath; dropped: string[]; added: string[] }
  | { kind: 'unexpected-field'; path: FieldPath };

/** A heading as the checker names it: `## Before you start`, with its line. */
export interface HeadingRef {
  index: number;
  text: string;
  depth: number;
  line: number;
}

export type BodyProblem =
  | { kind: 'missing-body'; at: Position }
  | {
      kind: 'steps';
      source: number;
      translation: number;
      /** The first step (1-based) whose place or content differs, and the source's title of it. */
      first: number;
      sourceTitle?: string;
      at: Position;
    }
  | {
      kind: 'references';
      /** As the source writes them (`<Role id="ops-engineer">`), with their lines there. */
      onlySource: { via: string; line: number }[];
      onlyTranslation: string[];
      at: Position;
    }
  | { kind: 'code-count'; source: number; translation: number; first: number; sourceLine: number; at: Position }
  | {
      kind: 'code-changed';
      index: number;
      /** The block's first line that differs (1-based), as each language writes it, cut near the difference. */
      line: number;
      source: string;
      translation: string;
      at: Position;
    }
  | {
      kind: 'sections';
      source: number;
      translation: number;
      /** The first heading that differs: the source's, or else the translation's extra one. */
      sourceHeading?: HeadingRef;
      extraHeading?: HeadingRef;
      at: Position;
    };

/** The markers a text carries that both languages share: `{param: x}`, `{assumption: x}`, and how many `{proposed: …}`. */
function sharedMarkers(text: string): string[] {
  return [...text.matchAll(INLINE_MARKER)]
    .map((m) => (m[1] === 'proposed' ? '{proposed: …}' : `{${m[1]}: ${m[2]}}`))
    .sort();
}

/** Source keys minus translation keys, counting repeats (a reference written twice must be written twice). */
function minus<T>(a: readonly T[], b: readonly T[]): T[] {
  const left = [...b];
  return a.filter((key) => {
    const i = left.indexOf(key);
    if (i === -1) return true;
    left.splice(i, 1);
    return false;
  });
}

function findFieldProblems(entry: AnyEntry, translation: Translation): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const expected = new Set<string>();
  for (const { path, value } of proseFields(entry.collection, entry.data)) {
    path.forEach((_, i) => expected.add(path.slice(0, i + 1).join('.')));
    const translated = valueAt(translation.data, path);
    if (typeof translated !== 'string' || !translated.trim()) {
      problems.push({ kind: 'missing-field', path, source: value, sourceAt: entry.locate(path) });
      continue;
    }
    const [source, target] = [sharedMarkers(value), sharedMarkers(translated)];
    const [dropped, added] = [minus(source, target), minus(target, source)];
    if (dropped.length || added.length) problems.push({ kind: 'markers', path, dropped, added });
  }
  // A field no prose path of the source reaches is reported once, at its top (`basis`, not `basis.clause` and `basis.quote`).
  const walk = (node: unknown, path: (string | number)[]) => {
    if (path.length && !expected.has(path.join('.'))) {
      problems.push({ kind: 'unexpected-field', path });
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

interface Step {
  line: number;
  title?: string;
  /** The reference components and code blocks inside the step: what both languages keep. */
  anchors: string;
}

/**
 * The shape of one body: its numbered steps, headings and the anchors both languages share
 * (reference components and code blocks), in the file's own line numbers. Remembered by body and
 * line (read-only): a watching checker meets the same bodies after each change.
 */
const outline = memoize(
  (body: string, bodyLine: number) => outlineOf(body, bodyLine),
  (body, bodyLine) => `${bodyLine}\u0000${body}`,
);

function outlineOf(body: string, bodyLine: number) {
  // the scan the loader made of this body (remembered by the same text and line)
  const scan = scanBody(body, bodyLine);
  const anchors = [
    ...scan.references
      .filter((r) => r.via.startsWith('<'))
      .map((r) => ({ line: r.position.line, key: referenceKey(r) })),
    ...scan.codeBlocks.map((b) => ({ line: b.position.line, key: 'code' })),
  ].sort((a, b) => a.line - b.line);
  const between = (from: number, to: number) =>
    anchors
      .filter((a) => a.line >= from && a.line < to)
      .map((a) => a.key)
      .join(' ');

  const lines = body.split('\n');
  const stepItems: { line: number; title?: string }[] = [];
  let stepsEnd: number | undefined;
  let inSteps = false;
  lines.forEach((text, i) => {
    const line = i + bodyLine;
    if (/^\s*<Steps>/.test(text)) inSteps = true;
    else if (/^\s*<\/Steps>/.test(text)) {
      if (inSteps) stepsEnd ??= line;
      inSteps = false;
    } else if (inSteps && stepsEnd === undefined) {
      const item = /^\d+\.\s+(.*)$/.exec(text);
      if (item) {
        const bold = /^\*\*(.+?)\*\*/.exec(item[1]!);
        stepItems.push({ line, ...(bold ? { title: plain(bold[1]!) } : {}) });
      }
    }
  });
  const steps: Step[] = stepItems.map((s, i) => ({
    ...s,
    anchors: between(s.line, stepItems[i + 1]?.line ?? stepsEnd ?? Infinity),
  }));
  const headings = scan.headings.map((h, i) => ({
    ref: { index: i + 1, text: h.text, depth: h.depth, line: h.position.line },
    position: h.position,
    // A heading is placed by the code blocks before it (a sentence may move a component, never a
    // command) and told apart by the first anchor of its own section, if any.
    key: [
      h.depth,
      anchors.filter((a) => a.key === 'code' && a.line < h.position.line).length,
      anchors.find((a) => a.line > h.position.line && a.line < (scan.headings[i + 1]?.position.line ?? Infinity))?.key,
    ].join('@'),
  }));
  return { steps, stepsEnd, headings, anchors };
}

/** The first index at which two lists differ by `same`, or the length of the shorter when one extends the other. */
function firstDifference<T>(a: readonly T[], b: readonly T[], same: (x: T, y: T) => boolean): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i += 1) if (!same(a[i]!, b[i]!)) return i;
  return n;
}

/**
 * Where a heading the translation lacks belongs: at the translation's copy of the first anchor (a
 * component or code block) that follows the heading in the source, matched by its occurrence.
 */
function counterpart(
  source: readonly { line: number; key: string }[],
  target: readonly { line: number; key: string }[],
  after: number,
): Position | undefined {
  const next = source.findIndex((a) => a.line > after);
  if (next === -1) return undefined;
  const key = source[next]!.key;
  const nth = source.slice(0, next).filter((a) => a.key === key).length;
  const line = target.filter((a) => a.key === key)[nth]?.line;
  return line === undefined ? undefined : { line, column: 1 };
}

/** `text` from a little before `at`, at most `max` characters, marked where it was cut. */
function near(text: string, at: number, max = 60): string {
  const chars = [...text];
  const start = Math.max(0, Math.min(at - 20, chars.length - max));
  const cut = chars.slice(start, start + max).join('');
  return `${start > 0 ? '…' : ''}${cut}${start + max < chars.length ? '…' : ''}`;
}

/** Where the source's body starts in its file (the line after the closing `---`). */
const sourceBodyLine = (entry: AnyEntry): number =>
  entry.body === undefined ? 1 : entry.source.slice(0, entry.source.length - entry.body.length).split('\n').length;

function findBodyProblems(entry: AnyEntry, translation: Translation): BodyProblem[] {
  if (entry.body === undefined) return [];
  const bodyLine = translation.bodyLine ?? 1;
  if (!translation.body?.trim() || !translation.bodyScan || !entry.bodyScan)
    return [{ kind: 'missing-body', at: { line: Math.max(1, bodyLine - 1), column: 1 } }];
  const problems: BodyProblem[] = [];
  const source = outline(entry.body, sourceBodyLine(entry));
  const target = outline(translation.body, bodyLine);
  const lineAt = (line: number): Position => ({ line, column: 1 });

  if (source.steps.length !== target.steps.length) {
    const i = firstDifference(source.steps, target.steps, (a, b) => a.anchors === b.anchors);
    const title = source.steps[i]?.title;
    problems.push({
      kind: 'steps',
      source: source.steps.length,
      translation: target.steps.length,
      first: i + 1,
      ...(title ? { sourceTitle: title } : {}),
      at: lineAt(target.steps[i]?.line ?? target.stepsEnd ?? bodyLine),
    });
  }

  const [refs, translatedRefs] = [entry.bodyScan.references, translation.bodyScan.references];
  const onlySource = minus(refs.map(referenceKey), translatedRefs.map(referenceKey));
  const onlyTranslation = minus(translatedRefs.map(referenceKey), refs.map(referenceKey));
  if (onlySource.length || onlyTranslation.length) {
    const pending = [...onlySource];
    const missing = refs.filter((r) => {
      const i = pending.indexOf(referenceKey(r));
      if (i === -1) return false;
      pending.splice(i, 1);
      return true;
    });
    const added = translatedRefs.filter((r) => onlyTranslation.includes(referenceKey(r)));
    // Where a missing reference belongs: the translation's section that matches the source's holding it.
    const section = missing[0] && source.headings.filter((h) => h.position.line < missing[0]!.position.line).length;
    const at = added[0]?.position ?? (section ? target.headings[section - 1]?.position : undefined) ?? lineAt(bodyLine);
    problems.push({
      kind: 'references',
      onlySource: missing.map((r) => ({ via: r.via, line: r.position.line })),
      onlyTranslation: [...new Set(added.map((r) => r.via))],
      at,
    });
  }

  const [blocks, translatedBlocks] = [entry.bodyScan.codeBlocks, translation.bodyScan.codeBlocks];
  if (blocks.length !== translatedBlocks.length) {
    const i = firstDifference(blocks, translatedBlocks, (a, b) => a.value === b.value && a.lang === b.lang);
    problems.push({
      kind: 'code-count',
      source: blocks.length,
      translation: translatedBlocks.length,
      first: i + 1,
      sourceLine: (blocks[i] ?? blocks.at(-1))?.position.line ?? 1,
      at: translatedBlocks[i]?.position ?? lineAt(bodyLine),
    });
  } else
    blocks.forEach((block, index) => {
      const translated = translatedBlocks[index]!;
      if (translated.value === block.value && translated.lang === block.lang) return;
      const [a, b] = [block.value.split('\n'), translated.value.split('\n')];
      const line = firstDifference(a, b, (x, y) => x === y);
      const [from, to] = [a[line] ?? '', b[line] ?? ''];
      const column = firstDifference([...from], [...to], (x, y) => x === y);
      problems.push({
        kind: 'code-changed',
        index: index + 1,
        line: line + 1,
        source: near(from, column),
        translation: near(to, column),
        at:
          translated.lang !== block.lang
            ? translated.position
            : { line: translated.position.line + line + 1, column: translated.position.column + column },
      });
    });

  const depths = (o: typeof source) => o.headings.map((h) => h.ref.depth).join(',');
  if (depths(source) !== depths(target)) {
    const i = firstDifference(source.headings, target.headings, (a, b) => a.key === b.key);
    // More headings than the source: the translation's first unmatched one is the extra; else the source's is missing.
    const extra = target.headings.length > source.headings.length;
    const [sourceHeading, extraHeading] = extra
      ? [undefined, target.headings[i]?.ref]
      : [source.headings[i]?.ref, undefined];
    problems.push({
      kind: 'sections',
      source: source.headings.length,
      translation: target.headings.length,
      ...(sourceHeading ? { sourceHeading } : extraHeading ? { extraHeading } : {}),
      at:
        target.headings[i]?.position ??
        (sourceHeading && counterpart(source.anchors, target.anchors, sourceHeading.line)) ??
        target.headings.at(-1)?.position ??
        lineAt(bodyLine),
    });
  }
  return problems;
}

/**
 * The checker's translation rules each ask for the same pair's problems (three for the fields,
 * two for the body): worked out once per pair of loaded files. Read-only for the callers.
 */
function oncePerPair<P>(find: (entry: AnyEntry, translation: Translation) => P[]) {
  const found = new WeakMap<Translation, { entry: AnyEntry; problems: P[] }>();
  return (entry: AnyEntry, translation: Translation): P[] => {
    const known = found.get(translation);
    if (known?.entry === entry) return known.problems;
    const problems = find(entry, translation);
    found.set(translation, { entry, problems });
    return problems;
  };
}

export const fieldProblems = oncePerPair(findFieldProblems);
export const bodyProblems = oncePerPair(findBodyProblems);
