import { isClauseBasis } from '../basis.ts';
import type { Basis } from '../../schemas/index.ts';
import type { AnyEntry } from '../content/load.ts';
import { excerpt } from '../finding-report.ts';
import { figureKeys, figuresIn } from '../figures.ts';
import { parseInlineText } from '../inline-text.ts';
import { eachFileOnce, fieldOf, finding } from './rule-helpers.ts';
import type { Check } from './types.ts';

/**
 * Fields that state nothing the policy could back: document control, and a control's `test`,
 * which is the auditor's method (sample sizes, periods inspected), not a rule of the department.
 */
const SKIP = new Set(['document', 'test']);

/** The bases in force over a part of an entry: every quote they hold, or `undefined` when nothing is checked. */
type Scope = { clauses: string[]; quotes: string[] } | undefined;

/**
 * The scope a basis value sets. A proposal checks nothing, since the words are
 * the handbook's; a clause basis without quotes checks nothing either (`basis-quote-missing` says
 * so first); otherwise the figures must be among the quotes'.
 */
function scopeOf(value: unknown): Scope {
  // A list of bases (a plan, a runbook, a guide) says which clauses the document serves, not that
  // each of its operational details is the policy's: its texts are the handbook's playbook.
  // Stryker disable next-line ConditionalExpression: a list is neither `proposed` nor a clause basis, so the lines below return undefined for it too
  if (Array.isArray(value)) return undefined;
  const list = [value] as Basis[];
  // Stryker disable next-line ConditionalExpression,LogicalOperator,MethodExpression,ArrowFunction: `list` holds one value, and `proposed` is no clause basis, so the next line returns undefined for it too
  if (list.length === 0 || list.some((b) => b === 'proposed')) return undefined;
  const clauses = list.filter(isClauseBasis);
  if (clauses.length === 0 || clauses.some((b) => b.quotes.length === 0)) return undefined;
  return { clauses: clauses.map((b) => b.id), quotes: clauses.flatMap((b) => b.quotes) };
}

// Stryker disable next-line ConditionalExpression,LogicalOperator,MethodExpression: a basis value holds no text with a figure (`proposed`, or a clause reference, which `isPlainRef` skips), so walking it finds nothing
const isBasisKey = (key: string) => key === 'basis' || key.endsWith('Basis');

const isPlainRef = (value: unknown) =>
  typeof value === 'object' && value !== null && 'collection' in value && 'id' in value;

/** What stands for an open value (`{param: …}`) or a system (`{assumption: …}`) in the text as read: no word of a figure. */
const PLACEHOLDER = '□';

/**
 * A text as a reader reads it, each marker replaced by its words (a `{proposed: …}`'s own words,
 * a placeholder for the others), and where those words sit. A figure that takes in a marker's
 * words ("{proposed: twice} a month") is the handbook's or an open value, not the clause's; the
 * words around a marker never close up into a figure of their own ("every {proposed: other} week"
 * is not "every week").
 */
function asRead(text: string): { read: string; marked: [number, number][] } {
  let read = '';
  const marked: [number, number][] = [];
  for (const segment of parseInlineText(text)) {
    if (segment.kind === 'text') {
      read += segment.text;
      continue;
    }
    const words = segment.kind === 'proposed' ? segment.text : PLACEHOLDER;
    marked.push([read.length, read.length + words.length]);
    read += words;
  }
  return { read, marked };
}

/** The figures of a text that rest on its basis: those outside every marker. */
function figuresToBack(text: string) {
  const { read, marked } = asRead(text);
  return figuresIn(read).filter(
    (figure) => !marked.some(([start, end]) => figure.index < end && figure.index + figure.text.length > start),
  );
}

interface Site {
  path: (string | number)[];
  text: string;
  scope: NonNullable<Scope>;
}

/**
 * Every text of an entry with the bases in force over it: an object's `basis` covers its own
 * fields and the objects nested in it that have no basis of their own; a field `<name>Basis`
 * covers the field `<name>` alone. An obligation cadence (`{ freq, interval }`) is read as the
 * words it stands for (`every 6 months`).
 */
function sites(data: unknown): Site[] {
  const out: Site[] = [];
  const walk = (value: unknown, path: (string | number)[], scope: Scope) => {
    if (typeof value === 'string') {
      if (scope) out.push({ path, text: value, scope });
      return;
    }
    if (Array.isArray(value)) {
      value.forEach((item, i) => walk(item, [...path, i], scope));
      return;
    }
    if (!value || typeof value !== 'object' || isPlainRef(value)) return;
    const object = value as Record<string, unknown>;
    const own = 'basis' in object ? scopeOf(object.basis) : scope;
    for (const [key, child] of Object.entries(object)) {
      if (isBasisKey(key) || SKIP.has(key)) continue;
      const fieldScope = `${key}Basis` in object ? scopeOf(object[`${key}Basis`]) : own;
      if (key === 'freq' && typeof child === 'string') {
        if (object.intervalParameter) continue;
        const interval = typeof object.interval === 'number' ? object.interval : 1;
        const unit = { weekly: 'week', monthly: 'month', quarterly: 'quarter', yearly: 'year' }[child];
        const words = interval > 1 && unit ? `every ${interval} ${unit}s` : child;
        if (fieldScope) out.push({ path: [...path, key], text: words, scope: fieldScope });
        continue;
      }
      walk(child, [...path, key], fieldScope);
    }
  };
  walk(data, [], undefined);
  return out;
}

/**
 * A figure (an amount with a unit, or a frequency) in a text that rests on a clause must be the
 * clause's: among the quoted words, or written as a parameter (`{param: id}`), or marked
 * `{proposed: …}`, or on a field whose own basis (`<field>Basis`) is `proposed`. A warning: the
 * reader would otherwise take the handbook's number for the policy's.
 */
export const unbackedFigure: Check = {
  id: 'unbacked-figure',
  description: 'a number with a unit or a frequency in a clause-backed text that the quoted words do not hold',
  run({ model }) {
    return eachFileOnce(model.entries).flatMap((entry: AnyEntry) =>
      sites(entry.data).flatMap(({ path, text, scope }) => {
        const backed = figureKeys(scope.quotes);
        return figuresToBack(text)
          .filter((figure) => !backed.has(figure.key))
          .map((figure) =>
            finding(
              'unbacked-figure',
              fieldOf(entry, ...path),
              `\`${path.join('.')}\` says «${excerpt(figure.text)}», which the quoted words of clause ${[...new Set(scope.clauses)].join(', ')} do not hold («${excerpt(text, 60)}»)`,
              `quote the words of the clause that state it, write an open value of the policy as \`{param: <id>}\`, or mark the handbook's own figure \`{proposed: ${figure.text}}\`; a cadence or deadline field with its own \`<field>Basis\` may say \`proposed\` there`,
              'warning',
            ),
          );
      }),
    );
  },
};
