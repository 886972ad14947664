import { describe, expect, it } from 'vitest';
import { basisQuoteMissing } from '../../src/lib/checks/basis-quote.ts';
import type { CheckContext } from '../../src/lib/checks/types.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { buildModel } from '../../src/lib/model.ts';
import { cleanText, variant } from '../fixtures/clean/variant.ts';

const notInClause = (found: string[]) => found.filter((f) => f.includes('  basis-quote-not-in-clause  '));

/** A fixture loaded as the checker does, but with every entry given to the model twice. */
function doubled(contentDir: string): CheckContext {
  const loaded = loadContent({ contentDir, cwd: contentDir });
  const model = buildModel([...loaded.entries, ...loaded.entries]);
  return {
    model,
    today: '2027-01-01',
    strict: false,
    exists: (collection, id) => model.has(collection, id),
    translations: loaded.translations,
    failed: loaded.failed,
    contactFiles: [],
  };
}

describe('basis-quote-not-in-clause', () => {
  it('words found in two other clauses name both, and the hint cites the first', () => {
    expect(
      notInClause(
        variant([
          ['clauses/2-3.yaml', cleanText('clauses/2-1.yaml').replace('order: 4', 'order: 5')],
          ['permissions/approve-project.yaml', 'quote: "部门负责人拥有项目全权审批权"', 'quote: "避免职责交叉"'],
        ]),
      ),
    ).toEqual([
      'permissions/approve-project.yaml:6:25  basis-quote-not-in-clause  `basis` quotes «避免职责交叉», which is not in clause 4.1  (these words are in clause 2.1, 2.3: cite `clause: "2.1"`)',
    ]);
  });

  it('a quote of a clause with an empty text is told to mark the basis proposed, at the `quote` key of each entry', () => {
    expect(
      notInClause(
        variant([['clauses/6-2.yaml', '  zh: >-\n    制定应急预案,包括系统故障应急响应等,并定期演练。', '  zh: ""']]),
      ),
    ).toEqual([
      'obligations/drill-system-failure.yaml:13:25  basis-quote-not-in-clause  `basis` quotes «制定应急预案», which is not in clause 6.2  (clause 6.2 has no text to quote: mark the basis `proposed`)',
      'plans/system-failure.mdx:30:26  basis-quote-not-in-clause  `basis.0` quotes «制定应急预案», which is not in clause 6.2  (clause 6.2 has no text to quote: mark the basis `proposed`)',
    ]);
  });
});

describe('basis-quote-missing', () => {
  it('an entry the model holds twice is reported once', () => {
    expect(basisQuoteMissing.run(doubled('tests/fixtures/basis-quote-missing/content'))).toEqual([
      {
        rule: 'basis-quote-missing',
        severity: 'error',
        file: 'permissions/approve-project.yaml',
        line: 6,
        column: 1,
        message: '`basis` cites clause 4.1 without quoting the words it rests on',
        hint: 'write `{ clause: "4.1", quote: "…" }` with the shortest span of clause 4.1\'s `text.zh` that says it (copy it from the clause file); if no words of the policy say it, write `proposed`',
      },
    ]);
  });
});
