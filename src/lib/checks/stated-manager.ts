import { managersOf } from '../queries/reporting.ts';
import type { Model } from '../model.ts';
import { finding } from './rule-helpers.ts';
import type { Check } from './types.ts';

/**
 * A body that states a reporting line between two roles it names, in English ("the <Role id="a" />
 * … reports to the <Role id="b" />") or in Chinese ("<Role id="a" />……向<Role id="b" />汇报"), states
 * what the roles' `reportsTo` says: the line is the model's, and prose that tells a reader another
 * manager is a contradiction the reader cannot resolve. The subject is the last role named before
 * the verb in the same sentence, the manager the role right after it.
 */
const ROLE = String.raw`<Role\s+id="([^"]+)"\s*/>`;
const STATEMENTS: readonly RegExp[] = [
  new RegExp(String.raw`${ROLE}s?(?:(?!<Role\b)[^.;\n])*?\breports?\s+to\s+(?:the\s+|an?\s+)?${ROLE}`, 'g'),
  new RegExp(String.raw`${ROLE}(?:(?!<Role\b)[^。；;\n])*?向\s*${ROLE}\s*汇报`, 'g'),
];

export interface StatedLine {
  role: string;
  manager: string;
  /** Offset of the statement in the text. */
  index: number;
  excerpt: string;
}

/** Every reporting line a text states between two named roles; a manager can be the next statement's subject. */
export function statedLines(text: string): StatedLine[] {
  const lines: StatedLine[] = [];
  for (const pattern of STATEMENTS) {
    const re = new RegExp(pattern);
    for (let m = re.exec(text); m; m = re.exec(text)) {
      lines.push({
        role: m[1]!,
        manager: m[2]!,
        index: m.index,
        excerpt: m[0].length > 90 ? `${m[0].slice(0, 40)} … ${m[0].slice(-40)}` : m[0],
      });
      // "the A reports to the B, who reports to the C": read on from B
      re.lastIndex = m.index + m[0].lastIndexOf('<Role');
    }
  }
  return lines.sort((a, b) => a.index - b.index);
}

/** Line and column of `index` in `text`, whose first line is line `first` of its file. */
function position(text: string, index: number, first: number) {
  const before = text.slice(0, index);
  const line = first + (before.match(/\n/g)?.length ?? 0);
  return { line, column: index - before.lastIndexOf('\n') };
}

function contradictions(model: Model, file: string, text: string, firstLine: number) {
  return statedLines(text).flatMap((s) => {
    const role = model.get('roles', s.role);
    if (!role || !model.has('roles', s.manager)) return []; // an unknown id is `unknown-reference`'s
    const managers = managersOf(model, role);
    if (managers.includes(s.manager)) return [];
    return [
      finding(
        'stated-manager',
        { file, position: position(text, s.index, firstLine) },
        `the text says role \`${s.role}\` reports to \`${s.manager}\`, but its \`reportsTo\` is ${
          managers.length ? managers.map((id) => `\`${id}\``).join(' or ') : 'empty'
        }: «${s.excerpt}»`,
        `name ${managers.length ? managers.map((id) => `\`${id}\``).join(' or ') : 'no manager'} here, or change \`reportsTo\` (and its \`reportsToBasis\`) in ${role.file} if the line really changed`,
      ),
    ];
  });
}

export const statedManager: Check = {
  id: 'stated-manager',
  description: 'a body states a reporting line that the roles’ `reportsTo` does not hold',
  run({ model, translations }) {
    const sources = model.entries.flatMap((entry) =>
      entry.body === undefined ? [] : contradictions(model, entry.file, entry.source, 1),
    );
    const translated = translations.flatMap((t) =>
      t.body === undefined ? [] : contradictions(model, t.file, t.body, t.bodyLine ?? 1),
    );
    return [...sources, ...translated];
  },
};
