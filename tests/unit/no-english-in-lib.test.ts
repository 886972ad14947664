/**
 * No English sentence is assembled in `src/lib`: generators return ids, numbers, dates and
 * dictionary keys (`Words`), and the page words them from `src/i18n`. This test reads every `.ts`
 * file under `src/lib` with the TypeScript parser and flags each string or template literal that
 * holds three or more Latin words in a row (a template's `${…}` counts as a word, so
 * `Release gate ${n}: ${title}` is caught too).
 *
 * Left out, because their words are for people at the command line, not readers of the site:
 * `src/lib/checks/` and `src/lib/code-blocks/` (the checker's findings), and the message of an
 * error the code throws (`new …Error(…)`), which names the file or value an author must fix.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = 'src/lib';
const EXEMPT_FOLDERS = ['src/lib/checks', 'src/lib/code-blocks'];

/**
 * Literals that are not prose, by file: each entry is the whole literal text (or a regular
 * expression over it) with the reason it is not a sentence.
 */
const NOT_PROSE: { file: string; text: string | RegExp; why: string }[] = [
  { file: 'src/lib/diagrams.ts', text: /^Helvetica, Arial, /, why: 'a CSS font-family list for Graphviz' },
  { file: 'src/lib/history/git.ts', text: 'deleted file mode', why: 'a line of `git diff` output it parses' },
];

/**
 * Files whose words are the checker's messages to authors, like `src/lib/checks/`: the loader's
 * parse, schema and file findings, their formatting, and the "did you mean" hint.
 */
const CHECKER_MESSAGES = [
  'src/lib/content/file-guard.ts',
  'src/lib/content/load.ts',
  'src/lib/contacts.ts',
  'src/lib/finding-report.ts',
  'src/lib/suggest.ts',
];

/**
 * Files whose words document a data format rather than speak to readers of the site: the JSON
 * Schema of the policy model export describes its fields for auditors' tools, in English like the
 * field names themselves.
 */
const FORMAT_DOCS = ['src/lib/export/json-schema.ts'];

/**
 * Files of `src/lib` that still assemble English for the site, to be moved to the dictionary:
 * each with what is left. Remove a file as soon as it passes (the test below fails while a listed
 * file passes, so that it cannot slip back).
 */
const PENDING: Record<string, string> = {};

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return EXEMPT_FOLDERS.includes(path) ? [] : tsFiles(path);
    return name.endsWith('.ts') &&
      !name.endsWith('.d.ts') &&
      !CHECKER_MESSAGES.includes(path) &&
      !FORMAT_DOCS.includes(path)
      ? [path]
      : [];
  });
}

/** What a template's `${…}` becomes: a word of its own, but not a Latin one. */
const SLOT = '§';
const WORD = `(?:[A-Za-z][A-Za-z'’]*(?:-[A-Za-z]+)*|${SLOT})`;
/** Words (or slots) separated by spaces, three or more of them. */
const RUN = new RegExp(`${WORD}(?: +${WORD}){2,}`, 'g');

/** Three or more words in a row, at least two of them Latin words (`Release gate ${n}`, not `${a} ${b} ${c}`). */
const isSentence = (text: string) =>
  [...text.matchAll(RUN)].some((m) => m[0].split(/ +/).filter((w) => w !== SLOT).length >= 2);

/** Whether a node is (inside) the arguments of `new SomethingError(…)`. */
function inErrorMessage(node: ts.Node): boolean {
  for (let n: ts.Node | undefined = node.parent; n; n = n.parent) {
    if (ts.isNewExpression(n) && /Error$/.test(n.expression.getText())) return true;
    if (ts.isFunctionLike(n) || ts.isSourceFile(n)) return false;
  }
  return false;
}

export interface Hit {
  file: string;
  line: number;
  text: string;
}

/** Every literal of a source text that reads as an English sentence. */
export function englishLiterals(file: string, source: string): Hit[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const hits: Hit[] = [];
  const flag = (node: ts.Node, text: string) => {
    if (!isSentence(text) || inErrorMessage(node)) return;
    const allowed = NOT_PROSE.some(
      (a) => a.file === file && (typeof a.text === 'string' ? a.text === text : a.text.test(text)),
    );
    if (!allowed) hits.push({ file, line: sf.getLineAndCharacterOfPosition(node.getStart()).line + 1, text });
  };
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) flag(node, node.text);
    else if (ts.isTemplateExpression(node))
      flag(node, [node.head.text, ...node.templateSpans.map((s) => `${SLOT}${s.literal.text}`)].join(''));
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return hits;
}

describe('src/lib assembles no English sentence', () => {
  const files = tsFiles(ROOT);
  const report = (hits: Hit[]) => hits.map((h) => `${h.file}:${h.line}  ${JSON.stringify(h.text)}`);

  it.each(files.filter((f) => !(f in PENDING)))('%s', (file) => {
    expect(report(englishLiterals(file, readFileSync(file, 'utf8')))).toEqual([]);
  });

  it('lists as pending only files that still fail, so a fixed file leaves the list', () => {
    const stillFailing = Object.keys(PENDING).filter(
      (file) => englishLiterals(file, readFileSync(file, 'utf8')).length > 0,
    );
    expect(stillFailing).toEqual(Object.keys(PENDING));
  });

  it('catches a sentence in a string, in a template, and not in an id, a key or an error message', () => {
    const source = [
      "const a = 'Every new hire';",
      'const b = `Release gate ${n}: ${title}`;',
      "const c = 'checklists.group.everyone';",
      "const d = 'drill-security-incident';",
      'throw new CadenceError(id, `must be a weekday, not ${v}`);',
      'const e = `${a} ${b}`;',
    ].join('\n');
    expect(englishLiterals('x.ts', source).map((h) => h.text)).toEqual(['Every new hire', 'Release gate §: §']);
  });
});
