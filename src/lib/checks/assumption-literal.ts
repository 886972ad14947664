import type { AnyEntry } from '../content/load.ts';
import type { Position } from '../content/parse.ts';
import type { Finding } from '../finding-report.ts';
import { memoize } from '../memo.ts';
import { finding } from './rule-helpers.ts';
import type { Check } from './types.ts';

interface Literal {
  word: string;
  assumption: string;
  pattern: RegExp;
}

/** The literals of a run: longest first, one pattern for any of them, and a key that names them all. */
interface Literals {
  longestFirst: readonly Literal[];
  any: RegExp;
  key: string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Latin words match whole (`nginx` but not inside `ingress-nginx` when that is a literal too); Chinese anywhere. */
function patternFor(word: string): RegExp {
  const latin = /^[\w]/.test(word) ? '(?<![\\w./-])' : '';
  const after = /[\w]$/.test(word) ? '(?![\\w-])' : '';
  return new RegExp(`${latin}${escape(word)}${after}`, 'g');
}

/** Text of `code` spans and of reference markers blanked out (same length), so their words are not matched and offsets stay. */
const blankCode = (text: string) =>
  text.replace(/`[^`\n]*`|\{(?:param|assumption):[^{}]*\}/g, (m) => ' '.repeat(m.length));

/** Line and column of `offset` in `source`. */
function positionIn(source: string, offset: number): Position {
  const before = source.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/** Offset of the start of a 1-based line in `source`. */
function lineStart(source: string, line: number): number {
  let offset = 0;
  for (let i = 1; i < line && offset !== -1; i++) offset = source.indexOf('\n', offset) + 1 || -1;
  return Math.max(0, offset);
}

/**
 * Where the `nth` occurrence (0-based) of `word` is in the file, searching from a known position
 * (the field's key, the text node's start); that position when it is not found (a word folded
 * across lines).
 */
function locateWord(source: string, from: Position, literal: Literal, nth: number): Position {
  const pattern = new RegExp(literal.pattern.source, 'g');
  pattern.lastIndex = lineStart(source, from.line) + from.column - 1;
  const text = blankCode(source);
  let match: RegExpExecArray | null = null;
  for (let i = 0; i <= nth; i++) {
    match = pattern.exec(text);
    if (!match) return from;
  }
  return positionIn(source, match!.index);
}

type Match = { literal: Literal; nth: number; index: number };

/** The texts' matches of the literal set used last (it changes only with an assumption entry). */
let remembered: { key: string; matches: (text: string) => Match[] } | undefined;

/**
 * The matches in a text of a set of literals, remembered by text (read-only) while the set stays
 * the same: a watching checker meets the same texts after each change.
 */
function matcherOf(literals: Literals): (text: string) => Match[] {
  if (remembered?.key !== literals.key)
    remembered = {
      key: literals.key,
      matches: memoize(
        (text: string) => literalsIn(text, literals.longestFirst, literals.any),
        (text) => text,
      ),
    };
  return remembered.matches;
}

/**
 * Every literal found in `text`, with how many earlier occurrences of the same word the text holds.
 * `longestFirst` is sorted by length, longest first, so `ingress-nginx` is one finding, not also `nginx`.
 */
function literalsIn(text: string, longestFirst: readonly Literal[], anyLiteral: RegExp): Match[] {
  // Most texts name no literal: one pass of the joined pattern over the text as written says so.
  // It finds a match wherever the code-blanked text has one (a blank only removes words, and the
  // ends of a code span or marker are not word characters), so nothing is missed.
  anyLiteral.lastIndex = 0;
  if (!anyLiteral.test(text)) return [];
  const found: Match[] = [];
  const taken: [number, number][] = [];
  const prose = blankCode(text);
  for (const literal of longestFirst) {
    let nth = 0;
    for (const m of prose.matchAll(literal.pattern)) {
      const start = m.index;
      const end = start + m[0].length;
      if (!taken.some(([s, e]) => start < e && end > s)) {
        found.push({ literal, nth, index: start });
        taken.push([start, end]);
      }
      nth++;
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

type StringField = { path: (string | number)[]; text: string };

function stringFields(value: unknown, path: (string | number)[], out: StringField[]): StringField[] {
  if (typeof value === 'string') out.push({ path, text: value });
  else if (Array.isArray(value)) value.forEach((item, i) => stringFields(item, [...path, i], out));
  else if (value && typeof value === 'object') {
    // a resolved reference is an id, not prose
    if ('collection' in value && 'id' in value && Object.keys(value).length === 2) return out;
    for (const [k, v] of Object.entries(value)) stringFields(v, [...path, k], out);
  }
  return out;
}

/**
 * A vendor, system, host or tool the handbook assumes (an entry of `assumptions`) written out
 * literally in prose instead of referenced, so that adapting the handbook to a hotel's real
 * stack would miss it. The words are each assumption's `literals`. Code is exempt: fenced blocks
 * and `inline code` name the real commands, hosts and namespaces.
 */
export const assumptionLiteral: Check = {
  id: 'assumption-literal',
  description: 'an assumed vendor, system, host or tool written literally instead of referenced',
  run({ model }) {
    const literals: Literal[] = model
      .all('assumptions')
      .flatMap((a) => a.data.literals.map((word) => ({ word, assumption: a.id, pattern: patternFor(word) })))
      .sort((a, b) => b.word.length - a.word.length);
    // Stryker disable next-line ConditionalExpression: with no literals no text has a match, so the early return only saves the walk
    if (literals.length === 0) return [];
    const set: Literals = {
      longestFirst: literals,
      any: new RegExp(literals.map((l) => l.pattern.source).join('|'), 'g'),
      key: JSON.stringify(literals.map((l) => [l.word, l.assumption])),
    };
    const matches = matcherOf(set);
    const report = (entry: AnyEntry, at: Position, literal: Literal, inBody: boolean): Finding =>
      finding(
        'assumption-literal',
        { file: entry.file, position: at },
        `\`${literal.word}\` is the platform assumption \`${literal.assumption}\`, written literally${inBody ? ' in the body' : ''}`,
        inBody
          ? `write <Assumption id="${literal.assumption}" /> (it shows the assumed value, marked and linked), or put a command in code`
          : `write {assumption: ${literal.assumption}} (it shows the assumed value, marked and linked), or put a name in \`code\``,
      );
    return model.entries
      .filter((entry) => entry.collection !== 'assumptions')
      .flatMap((entry) => {
        const found: Finding[] = [];
        for (const field of stringFields(entry.data, [], [])) {
          const from = entry.locate(field.path);
          for (const m of matches(field.text))
            found.push(report(entry, locateWord(entry.source, from, m.literal, m.nth), m.literal, false));
        }
        for (const node of entry.bodyScan?.prose ?? []) {
          for (const m of matches(node.text))
            found.push(report(entry, locateWord(entry.source, node.position, m.literal, m.nth), m.literal, true));
        }
        return found;
      });
  },
};
