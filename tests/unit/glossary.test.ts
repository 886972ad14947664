import { beforeEach, describe, expect, it, vi } from 'vitest';
import { loadContent, type LoadedContent } from '../../src/lib/content/load.ts';
import { buildModel } from '../../src/lib/model.ts';
import type { GlossaryRow } from '../../src/lib/glossary.ts';
import { localizeEntry, translationKey, translationsOf } from '../../src/lib/translations/localize.ts';

type FreshGlossary = typeof import('../../src/lib/glossary.ts');
let buildGlossary: FreshGlossary['buildGlossary'];
// Its tables are built when the module loads: each test loads it afresh, so that Stryker runs
// their mutants against these tests (see "A table a module builds when it loads" in the README).
beforeEach(async () => {
  vi.resetModules();
  ({ buildGlossary } = await import('../../src/lib/glossary.ts'));
});

/** The real content, read once for the file (over a second); what the tests check is built from it in a beforeEach. */
let content: LoadedContent | undefined;
const realContent = () => (content ??= loadContent({ contentDir: 'src/content' }));

let en: GlossaryRow[];
let zh: GlossaryRow[];
// built in each test, not as the file loads: Stryker counts only code run inside a test (README, "Mutation testing")
beforeEach(() => {
  const loaded = realContent();
  const model = buildModel(loaded.entries);
  const zhTranslations = translationsOf(loaded.translations, 'zh-cn');
  const zhModel = buildModel(loaded.entries.map((e) => localizeEntry(e, zhTranslations.get(translationKey(e)))));
  en = buildGlossary(model, 'en');
  zh = buildGlossary(zhModel, 'zh-cn');
});
const byZh = (rows: typeof zh, term: string) => rows.find((r) => r.term.zh === term);

describe('the glossary', () => {
  it('holds the policy’s own terms with their English, definition and basis', () => {
    const signatures = byZh(zh, '三级签字')!;
    expect(signatures.term.en).toBe('Three signatures');
    expect(signatures.kind).toBe('search.kind.term');
    expect(signatures.basis).toMatchObject({ id: '3.1' });
    expect(signatures.see).toEqual([{ collection: 'approvals', id: 'procurement' }]);
    // the definition in the page's language
    expect(signatures.definition).toMatch(/^采购/);
    expect(byZh(en, '三级签字')!.definition).toMatch(/^The three signatures/);
    for (const term of ['应急预案', '三级授权', '岗前培训', '会议纪要', '事后补办审批', '关键岗位', '企业微信'])
      expect(byZh(zh, term), term).toBeDefined();
  });

  it('names the entries: roles and their other names, permissions, duties, open values, stages and their gates, plans', () => {
    expect(byZh(zh, '临时小组')).toMatchObject({
      entry: { collection: 'roles', id: 'crisis-team' },
      anchor: 'role-crisis-team',
    });
    expect(byZh(zh, '部门总监')).toMatchObject({
      kind: 'glossary.alias',
      entry: { collection: 'roles', id: 'department-head' },
      anchor: 'role-department-head-alias-1',
    });
    expect(byZh(zh, '轮岗')).toMatchObject({ entry: { collection: 'obligations', id: 'rotation' } });
    expect(byZh(zh, '上线审批')).toMatchObject({
      kind: 'glossary.gate',
      entry: { collection: 'stages', id: 'deployment' },
    });
    expect(byZh(zh, '采购终审')).toMatchObject({ entry: { collection: 'permissions' } });
    expect(byZh(zh, '岗前培训')?.entry.collection).toBe('terms');
    expect(byZh(zh, '新员工岗前培训时长')).toMatchObject({
      entry: { collection: 'parameters', id: 'training-months' },
    });
    expect(byZh(zh, '数据泄露应急预案')).toMatchObject({ entry: { collection: 'plans', id: 'data-leak' } });
  });

  it('gives each row its own anchor, the same in both languages', () => {
    expect(new Set(zh.map((r) => r.anchor)).size).toBe(zh.length);
    expect(en.map((r) => r.anchor).toSorted()).toEqual(zh.map((r) => r.anchor).toSorted());
  });

  it('sorts a Chinese page by pinyin, not by code point, and an English page alphabetically', () => {
    const order = ['部门负责人', '财务部', '三级签字', '应急预案'].map((term) =>
      zh.findIndex((r) => r.term.zh === term),
    );
    expect(order.every((i) => i >= 0)).toBe(true);
    expect(order).toEqual(order.toSorted((a, b) => a - b));
    const words = en.map((r) => r.term.en.toLowerCase());
    expect(words.indexOf('audit log')).toBeLessThan(words.indexOf('ceo'));
    expect(words.indexOf('ceo')).toBeLessThan(words.indexOf('wecom'));
    expect(words.indexOf('data leak')).toBeLessThan(words.indexOf('department head'));
  });
});
