/**
 * The translation rules over the complete translation fixture with one change at a time: what each
 * rule reports, where, and how it words the fix. Cases the fixture's schema cannot hold (an entry
 * with no prose at all, a translation without data) are built in memory from the loaded fixture.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { AnyEntry, Translation } from '../../src/lib/content/load.ts';
import { checkContent } from '../../src/lib/checks/index.ts';
import {
  translationDrift,
  translationMissing,
  translationOrphan,
  translationOutdated,
} from '../../src/lib/checks/translation.ts';
import type { CheckContext } from '../../src/lib/checks/types.ts';
import { formatFinding } from '../../src/lib/finding-report.ts';
import { buildModel } from '../../src/lib/model.ts';

const TODAY = '2027-01-01';
const work = mkdtempSync(join(tmpdir(), 'handbook-translation-rules-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A change to one file: its new text, replacements of passages, or `null` to delete it. */
type Change = string | null | (readonly [from: string, to: string])[];
let runs = 0;

/** A copy of the complete translation fixture with `changes` made. */
function variantDir(changes: Record<string, Change>): string {
  const dir = join(work, `v${++runs}`);
  cpSync('tests/fixtures/translation-complete/content', dir, { recursive: true });
  for (const [rel, change] of Object.entries(changes)) {
    const path = join(dir, rel);
    if (change === null) unlinkSync(path);
    else if (typeof change === 'string') {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, change);
    } else
      for (const [from, to] of change) {
        const text = readFileSync(path, 'utf8');
        expect(text).toContain(from);
        writeFileSync(path, text.replace(from, to));
      }
  }
  return dir;
}

/** Every finding of the whole checker on the changed fixture, paths relative to it. */
const variant = (changes: Record<string, Change>): string[] => {
  const dir = variantDir(changes);
  return checkContent({ contentDir: dir, cwd: dir, today: TODAY }).findings.map(formatFinding);
};

/** The loaded fixture (with `changes`), its entries and translations, to be edited in memory. */
function loaded(changes: Record<string, Change> = {}) {
  const dir = variantDir(changes);
  const result = checkContent({ contentDir: dir, cwd: dir, today: TODAY });
  return { entries: result.model.entries, translations: result.translations };
}

function contextOf(entries: AnyEntry[], translations: Translation[]): CheckContext {
  const model = buildModel(entries);
  return {
    model,
    today: TODAY,
    strict: false,
    failed: [],
    translations,
    contactFiles: [],
    exists: (collection, id) => model.has(collection, id),
  };
}

const CLAUSE_6_2 = 'clauses/6-2.yaml';

/** Clause 6.2 as if it were written without its only prose field, `summary`. */
function withoutSummary(entries: AnyEntry[]): AnyEntry[] {
  return entries.map((entry) => {
    if (entry.file !== CLAUSE_6_2) return entry;
    const data: Record<string, unknown> = { ...entry.data };
    delete data['summary'];
    return { ...entry, data } as AnyEntry;
  });
}

describe('the translation rules in the registry', () => {
  it('each rule carries the id of its findings and says what it checks', () => {
    expect(
      [translationMissing, translationOrphan, translationDrift, translationOutdated].map((c) => [
        c.id,
        c.description.length > 20,
      ]),
    ).toEqual([
      ['translation-missing', true],
      ['translation-orphan', true],
      ['translation-drift', true],
      ['translation-outdated', true],
    ]);
  });
});

describe('translation-missing', () => {
  it('a missing translation of an MDX entry asks for its prose fields and the whole body', () => {
    expect(variant({ 'runbooks/zh-cn/rollback.mdx': null })).toEqual([
      'runbooks/rollback.mdx:1:1  translation-missing  runbook `rollback` has no zh-cn translation  (write runbooks/zh-cn/rollback.mdx with its summary, whenToUse.*, escalation.when, record and the whole body (README: "Translating"), then run `npm run translations:stamp -- runbooks/zh-cn/rollback.mdx`)',
    ]);
  });

  it('a missing translation of an entry with no prose and no body asks for an empty file', () => {
    const { entries, translations } = loaded({ 'clauses/zh-cn/6-2.yaml': null });
    const found = translationMissing.run(contextOf(withoutSummary(entries), translations));
    expect(found.map(formatFinding)).toEqual([
      `${CLAUSE_6_2}:1:1  translation-missing  clause \`6.2\` has no zh-cn translation  (write clauses/zh-cn/6-2.yaml with no field (an empty file) (README: "Translating"), then run \`npm run translations:stamp -- clauses/zh-cn/6-2.yaml\`)`,
    ]);
  });
});

describe('translation-orphan', () => {
  it('a translation in a folder with no entries at all is told to be removed or renamed after an entry', () => {
    expect(variant({ 'guides/zh-cn/onboarding.mdx': '---\ntranslatedFrom: { body: "x" }\n---\n\n正文。\n' })).toEqual([
      'guides/zh-cn/onboarding.mdx:1:1  translation-orphan  this translates guide `onboarding`, which does not exist  (remove it, or name it after an entry of guides)',
    ]);
  });

  it('a field name two edits from a prose field is taken for it; three edits away, it is only removed', () => {
    const field = (name: string) =>
      `roles/zh-cn/department-head.yaml:2:1  translation-orphan  \`${name}\` is not a prose field of role \`department-head\`: shared facts (ids, references, bases, dates) are written once, in roles/department-head.yaml`;
    const untranslated =
      'roles/zh-cn/department-head.yaml:1:1  translation-missing  field `summary` of role `department-head` is not translated  (translate roles/department-head.yaml:7: “The department head of the fixture department.”)';
    expect(variant({ 'roles/zh-cn/department-head.yaml': [['summary:', 'sumry:']] })).toEqual([
      untranslated,
      `${field('sumry')}  (did you mean \`summary\`?)`,
    ]);
    expect(variant({ 'roles/zh-cn/department-head.yaml': [['summary:', 'smry:']] })).toEqual([
      untranslated,
      `${field('smry')}  (remove it: the translation holds only summary)`,
    ]);
  });

  it('a field in the translation of an entry with no prose field says the translation holds only the body', () => {
    const { entries, translations } = loaded();
    const found = translationOrphan.run(contextOf(withoutSummary(entries), translations));
    expect(found.map((f) => [f.rule, f.line, f.message, f.hint])).toEqual([
      [
        'translation-orphan',
        2,
        `\`summary\` is not a prose field of clause \`6.2\`: shared facts (ids, references, bases, dates) are written once, in ${CLAUSE_6_2}`,
        'remove it: the translation holds only the body',
      ],
    ]);
  });
});

describe('translation-drift', () => {
  const HINT_REFS = 'write the same <Role>, <Clause>, <Param> … components as the source, as many times';

  it('references only added are listed alone, in the order of the translation, at the first of them', () => {
    expect(
      variant({
        'runbooks/zh-cn/rollback.mdx': [
          ['逐级上报。', '逐级上报,并告知 <Role id="ops-engineer" /> 和 <Plan id="system-failure" />。'],
        ],
      }),
    ).toEqual([
      `runbooks/zh-cn/rollback.mdx:38:3  translation-drift  the reference components differ from the source's: added <Plan id="system-failure">, <Role id="ops-engineer">  (${HINT_REFS})`,
    ]);
  });

  it('references only missing are listed alone, each with its source line, at the section holding the first', () => {
    expect(
      variant({
        'runbooks/zh-cn/rollback.mdx': [
          ['按 <Plan id="system-failure" /> 逐级上报。', '逐级上报。'],
          ['告知 <Role id="department-head" />。', '告知部门负责人。'],
        ],
      }),
    ).toEqual([
      `runbooks/zh-cn/rollback.mdx:19:1  translation-drift  the reference components differ from the source's: missing <Role id="department-head"> (source line 36), <Plan id="system-failure"> (source line 51)  (${HINT_REFS})`,
    ]);
  });

  it('a step beyond the source has no source title to quote', () => {
    expect(
      variant({
        'runbooks/zh-cn/rollback.mdx': [
          [
            '3. **检查错误率**:在监控看板上观察五分钟。',
            '3. **检查错误率**:在监控看板上观察五分钟。\n\n4. **记录**:记入工单。',
          ],
        ],
      }),
    ).toEqual([
      'runbooks/zh-cn/rollback.mdx:34:1  translation-drift  the translation has 4 numbered steps, the source 3: they first differ at step 4  (translate each step of the source as one numbered step, with its bold title, in the same order)',
    ]);
  });

  it('more code blocks than the source are counted in the plural', () => {
    expect(variant({ 'runbooks/zh-cn/rollback.mdx': [['## 步骤', '```sh\necho extra\n```\n\n## 步骤']] })).toEqual([
      'runbooks/zh-cn/rollback.mdx:19:1  translation-drift  the translation has 3 code blocks, the source 2: they first differ at block 2 (source line 40)  (copy every code block of runbooks/rollback.mdx unchanged)',
    ]);
  });

  it('markers both dropped and added are named in one finding, each marker listed', () => {
    const found = variant({
      'roles/ops-engineer.yaml': [
        [
          '{param: training-months} months before',
          '{param: training-months} months (at most {param: training-months}) before',
        ],
      ],
      'roles/zh-cn/ops-engineer.yaml': [
        ['完成 {param: training-months} 个月的培训后', '完成 {assumption: a} {proposed: 三个} 个月的培训后'],
      ],
    });
    expect(found.filter((f) => f.includes('translation-drift'))).toEqual([
      'roles/zh-cn/ops-engineer.yaml:6:5  translation-drift  field `responsibilities.1.text` drops {param: training-months} {param: training-months} and adds {assumption: a} {proposed: …}, unlike its source  (keep every `{param: …}` and `{assumption: …}` as the source writes it, and as many `{proposed: …}`)',
    ]);
  });
});

describe('translation-outdated', () => {
  it('prose fields and body both edited since the stamp are named together', () => {
    expect(
      variant({
        'runbooks/rollback.mdx': [
          ['record: Add the start', 'record: Add both the start'],
          ['Escalate under', 'Then escalate under'],
        ],
      }),
    ).toEqual([
      'runbooks/zh-cn/rollback.mdx:2:1  translation-outdated  the prose fields and the body of runbooks/rollback.mdx changed since this translation was stamped  (compare with `git log -p runbooks/rollback.mdx`, update the translation, then run `npm run translations:stamp -- runbooks/zh-cn/rollback.mdx`)',
    ]);
  });

  it('the finding points at the stamp, wherever the translation writes it', () => {
    expect(
      variant({
        'roles/zh-cn/department-head.yaml':
          'summary: 样例部门的部门负责人。\ntranslatedFrom: { fields: "af83fcb7b6e1" }\n',
        'roles/department-head.yaml': [['of the fixture department.', 'of the sample department.']],
      }),
    ).toEqual([
      'roles/zh-cn/department-head.yaml:2:1  translation-outdated  the prose fields of roles/department-head.yaml changed since this translation was stamped  (compare with `git log -p roles/department-head.yaml`, update the translation, then run `npm run translations:stamp -- roles/zh-cn/department-head.yaml`)',
    ]);
  });

  it('a translation with no data at all is reported as never stamped', () => {
    const { entries, translations } = loaded();
    const bare = translations.map((t) => (t.file === 'clauses/zh-cn/6-2.yaml' ? { ...t, data: null } : t));
    const found = translationOutdated.run(contextOf(entries, bare));
    expect(found.map((f) => [f.rule, f.severity, f.message])).toEqual([
      ['translation-outdated', 'warning', 'this translation does not record what it was translated from'],
    ]);
  });
});
