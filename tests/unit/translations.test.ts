/**
 * The translation model: which fields a translation holds (the registry's `prose` paths), how a
 * translation replaces them, what it records of its source and when that record goes stale, and
 * that the real content's Chinese edition is complete and current.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/checks/index.ts';
import { KINDS, type CollectionName } from '../../src/lib/collections.ts';
import {
  loadContent,
  type AnyEntry,
  type Entry,
  type LoadedContent,
  type Translation,
} from '../../src/lib/content/load.ts';
import { formatFinding } from '../../src/lib/finding-report.ts';
import { proseFields, withValues } from '../../src/lib/translations/fields.ts';
import { localizeEntry } from '../../src/lib/translations/localize.ts';
import { sourceHashes, translationStatus } from '../../src/lib/translations/source-hash.ts';
import { stampTranslation } from '../../src/lib/translations/stamp.ts';

let fixture: LoadedContent;
// loaded in each test (a few milliseconds), not as the file loads: Stryker counts only code run inside a test (README, "Mutation testing")
beforeEach(() => {
  fixture = loadContent({ contentDir: 'tests/fixtures/translation-complete/content' });
});
const entryOf = <C extends CollectionName>(collection: C, id: string): Entry<C> => {
  const entry = fixture.entries.find((e) => e.collection === collection && e.id === id);
  if (!entry) throw new Error(`no ${collection}/${id} in the fixture`);
  return entry as Entry<C>;
};
const translationOf = (collection: CollectionName, id: string) => {
  const translation = fixture.translations.find((t) => t.collection === collection && t.id === id);
  if (!translation) throw new Error(`no translation of ${collection}/${id} in the fixture`);
  return translation;
};
/** The entry with its data changed as `change` says, as if its file had been edited. */
const edited = (entry: AnyEntry, change: (data: Record<string, unknown>) => Record<string, unknown>): AnyEntry =>
  ({ ...entry, data: change(structuredClone(entry.data) as Record<string, unknown>) }) as AnyEntry;

describe('proseFields', () => {
  it('finds every string the prose paths reach, in path order, list items by index', () => {
    const role = entryOf('roles', 'ops-engineer');
    expect(proseFields('roles', role.data).map((f) => f.path.join('.'))).toEqual([
      'summary',
      'responsibilities.0.text',
      'responsibilities.1.text',
      'training.0.topic',
    ]);
    expect(proseFields('roles', role.data)[2]?.value).toBe(
      'Trains for {param: training-months} months before taking the on-call rota alone.',
    );
  });

  it('skips what is absent, not a string, or not a list where the path says `*`', () => {
    expect(
      proseFields('roles', { summary: 'S', responsibilities: { text: 'not a list' }, training: [{ topic: 3 }] }),
    ).toEqual([{ path: ['summary'], value: 'S' }]);
    expect(proseFields('runbooks', { escalation: null, whenToUse: [null, 'W'] })).toEqual([
      { path: ['whenToUse', 1], value: 'W' },
    ]);
    expect(proseFields('roles', undefined)).toEqual([]);
  });
});

describe('withValues', () => {
  const data = { summary: 'S', responsibilities: [{ text: 'A', basis: 'proposed' }, { text: 'B' }], name: { en: 'N' } };

  it('replaces the value at each path and leaves the source as it was', () => {
    const copy = withValues(data, [
      { path: ['summary'], value: '摘要' },
      { path: ['responsibilities', 1, 'text'], value: '乙' },
    ]);
    expect(copy).toEqual({
      summary: '摘要',
      responsibilities: [{ text: 'A', basis: 'proposed' }, { text: '乙' }],
      name: { en: 'N' },
    });
    expect(data.summary).toBe('S');
    expect(data.responsibilities[1]?.text).toBe('B');
    expect(Array.isArray(copy.responsibilities)).toBe(true);
  });

  it('shares what no path touches instead of copying it', () => {
    const copy = withValues(data, [{ path: ['responsibilities', 1, 'text'], value: '乙' }]);
    expect(copy.name).toBe(data.name);
    expect(copy.responsibilities[0]).toBe(data.responsibilities[0]);
    expect(withValues(data, [])).toBe(data);
  });
});

describe('localizeEntry', () => {
  let role: Entry<'roles'>;
  let translation: Translation;
  beforeEach(() => {
    role = entryOf('roles', 'ops-engineer');
    translation = translationOf('roles', 'ops-engineer');
  });

  it('puts each translated field in place and keeps every shared fact of the source', () => {
    const zh = localizeEntry(role as AnyEntry, translation);
    const data = zh.data as typeof role.data & Record<string, unknown>;
    expect(data.summary).toBe('样例部门的系统运维岗。');
    expect(data.responsibilities.map((r) => r.text)).toEqual([
      '运维工作量与安全审计、测试分开核算。',
      '完成 {param: training-months} 个月的培训后,方可独立值班。',
    ]);
    expect(data.responsibilities.map((r) => r.basis)).toEqual(role.data.responsibilities.map((r) => r.basis));
    expect(data.reportsTo).toBe(role.data.reportsTo);
    expect(data.document).toBe(role.data.document);
    expect(data).not.toHaveProperty('translatedFrom');
    expect(role.data.summary).toBe('The operations engineer of the fixture department.');
  });

  it('shows the source where a field is missing or blank, and returns the entry itself without a translation', () => {
    const partial: Translation = { ...translation, data: { summary: '  ', responsibilities: [{ text: '甲' }] } };
    const data = localizeEntry(role as AnyEntry, partial).data as typeof role.data;
    expect(data.summary).toBe(role.data.summary);
    expect(data.responsibilities.map((r) => r.text)).toEqual(['甲', role.data.responsibilities[1]!.text]);
    expect(localizeEntry(role as AnyEntry, undefined)).toBe(role);
  });

  it('replaces the body and its scan with the translated ones, unless the translation has no body', () => {
    const runbook = entryOf('runbooks', 'rollback');
    const zh = localizeEntry(runbook, translationOf('runbooks', 'rollback'));
    expect(zh.body).toContain('**部署上一版镜像**');
    expect(zh.bodyScan?.headings.map((h) => h.text)).toEqual(['开始之前', '步骤', '未能恢复时']);
    const bodiless = { ...translationOf('runbooks', 'rollback'), body: '\n' };
    expect(localizeEntry(runbook, bodiless).body).toBe(runbook.body);
  });
});

describe('stampTranslation', () => {
  const hashes = { fields: 'aaaaaaaaaaaa', body: 'bbbbbbbbbbbb' };

  it('YAML: writes the record as the first line and keeps the rest, comments included', () => {
    const text = '# 译者:张三\nsummary: 摘要\nresponsibilities:\n  # 保留参数\n  - text: 甲\n';
    expect(stampTranslation(text, { fields: 'aaaaaaaaaaaa' })).toBe(
      `translatedFrom: { fields: "aaaaaaaaaaaa" }\n${text}`,
    );
  });

  it('YAML: replaces an older record, wherever it is, instead of adding a second', () => {
    const text = 'summary: 摘要\ntranslatedFrom: { fields: "000000000000" }\n# 注释\n';
    const stamped = stampTranslation(text, { fields: 'aaaaaaaaaaaa' });
    expect(stamped).toBe('translatedFrom: { fields: "aaaaaaaaaaaa" }\nsummary: 摘要\n# 注释\n');
    expect(stampTranslation(stamped, { fields: 'aaaaaaaaaaaa' })).toBe(stamped);
  });

  it('MDX: writes the record inside the frontmatter, with the body hash, and never touches the body', () => {
    const text =
      '---\n# 注释\nsummary: 摘要\ntranslatedFrom: { fields: "0", body: "0" }\n---\n\ntranslatedFrom: in the body\n';
    expect(stampTranslation(text, hashes)).toBe(
      '---\ntranslatedFrom: { fields: "aaaaaaaaaaaa", body: "bbbbbbbbbbbb" }\n# 注释\nsummary: 摘要\n---\n\ntranslatedFrom: in the body\n',
    );
  });

  it('MDX with Windows line ends: one record, the frontmatter kept', () => {
    const stamped = stampTranslation(
      '---\r\ntranslatedFrom: { fields: "0" }\r\nsummary: 摘要\r\n---\r\n正文\r\n',
      hashes,
    );
    expect(stamped).toBe(
      '---\r\ntranslatedFrom: { fields: "aaaaaaaaaaaa", body: "bbbbbbbbbbbb" }\r\nsummary: 摘要\r\n---\r\n正文\r\n',
    );
  });
});

describe('sourceHashes and translationStatus', () => {
  let role: Entry<'roles'>;
  let runbook: Entry<'runbooks'>;
  beforeEach(() => {
    role = entryOf('roles', 'ops-engineer');
    runbook = entryOf('runbooks', 'rollback');
  });

  it('hashes the prose fields, and the body of an MDX entry', () => {
    expect(sourceHashes(role)).toEqual({ fields: expect.stringMatching(/^[0-9a-f]{12}$/) });
    expect(sourceHashes(runbook)).toEqual({
      fields: expect.stringMatching(/^[0-9a-f]{12}$/),
      body: expect.stringMatching(/^[0-9a-f]{12}$/),
    });
  });

  it('changes when a prose field changes, one list item or the summary', () => {
    const before = sourceHashes(role).fields;
    const duty = edited(role, (d) => {
      (d.responsibilities as { text: string }[])[1]!.text += ' Again.';
      return d;
    });
    expect(sourceHashes(duty).fields).not.toBe(before);
    expect(sourceHashes(edited(role, (d) => ({ ...d, summary: 'Another summary.' }))).fields).not.toBe(before);
  });

  it('changes when the body changes, not when only white space around it does', () => {
    expect(sourceHashes({ ...runbook, body: `${runbook.body}\nOne more line.\n` } as AnyEntry).body).not.toBe(
      sourceHashes(runbook).body,
    );
    expect(sourceHashes({ ...runbook, body: `\n${runbook.body}\n\n` } as AnyEntry)).toEqual(sourceHashes(runbook));
  });

  it('does not change when a shared fact changes: a basis, the owner, a reference, the version', () => {
    const facts = edited(role, (d) => {
      (d.responsibilities as { basis: unknown }[])[0]!.basis = 'proposed';
      (d.document as Record<string, unknown>).owner = { collection: 'roles', id: 'ops-engineer' };
      (d.document as Record<string, unknown>).version = '2.0';
      d.reportsTo = [];
      d.name = { en: 'Renamed', zh: '改名' };
      return d;
    });
    expect(sourceHashes(facts)).toEqual(sourceHashes(role));
  });

  it('is current for the fixture as stamped, outdated with the part that changed, missing without a translation', () => {
    const translation = translationOf('runbooks', 'rollback');
    expect(translationStatus(runbook, translation)).toEqual({ status: 'current', changed: [] });
    expect(translationStatus({ ...runbook, body: `${runbook.body}\nMore.` } as AnyEntry, translation)).toEqual({
      status: 'outdated',
      changed: ['body'],
    });
    expect(
      translationStatus(
        edited(runbook, (d) => ({ ...d, record: 'Another record.' })),
        translation,
      ),
    ).toEqual({ status: 'outdated', changed: ['fields'] });
    expect(translationStatus(runbook, { ...translation, data: { summary: '摘要' } })).toEqual({
      status: 'outdated',
      changed: ['fields', 'body'],
    });
    expect(translationStatus(runbook, undefined)).toEqual({ status: 'missing', changed: [] });
  });
});

describe('npm run translations:stamp', () => {
  const work = mkdtempSync(join(tmpdir(), 'handbook-stamp-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('stamps outdated and unstamped translations so the checker finds them current, and refuses a file that translates nothing', () => {
    const dir = join(work, 'content');
    cpSync('tests/fixtures/translation-outdated/content', dir, { recursive: true });
    const outdated = () =>
      checkContent({ contentDir: dir, cwd: work })
        .findings.filter((f) => f.rule === 'translation-outdated')
        .map((f) => f.file);
    const files = outdated();
    expect(files).toEqual([
      'content/roles/zh-cn/department-head.yaml',
      'content/roles/zh-cn/ops-engineer.yaml',
      'content/runbooks/zh-cn/rollback.mdx',
    ]);
    const comment = '# 参数标记原样保留';
    expect(readFileSync(join(work, files[1]!), 'utf8')).toContain(comment);
    execFileSync(process.execPath, [join(process.cwd(), 'scripts/translations-stamp.ts'), ...files], {
      cwd: work,
      env: { ...process.env, HANDBOOK_CONTENT_DIR: dir },
    });
    expect(outdated()).toEqual([]);
    expect(readFileSync(join(work, files[1]!), 'utf8')).toContain(comment);

    const refused = () =>
      execFileSync(
        process.execPath,
        [join(process.cwd(), 'scripts/translations-stamp.ts'), 'content/roles/ops-engineer.yaml'],
        {
          cwd: work,
          env: { ...process.env, HANDBOOK_CONTENT_DIR: dir },
          stdio: 'pipe',
        },
      );
    expect(refused).toThrow(/not a translation of an existing entry/);
  });
});

describe('the real content', () => {
  /** The real content, read once per file (it takes over a second), by the first of these tests to run. */
  let realContent: LoadedContent | undefined;
  let loaded: LoadedContent;
  beforeEach(() => {
    loaded = realContent ??= loadContent({ contentDir: 'src/content' });
  });

  /**
   * The string fields a reader never reads as prose of one language: enums and keywords the
   * dictionaries word, ids, the law's article numbers, an assumption's literals. Bases (the
   * policy's own words), document control, references (`{ collection, id }`) and bilingual
   * `{ en, zh }` values are recognised by shape. Anything else must be a `prose` path of its kind,
   * so a new reader-facing field cannot be added without a place in its translation.
   */
  const NOT_PROSE: Partial<Record<CollectionName, string[]>> = {
    approvals: ['kind'],
    assumptions: ['literals.*', 'status'],
    checklists: ['controlAreas.*', 'items.*.id', 'kind'],
    clauses: ['source'],
    controls: ['area', 'frequency', 'laws.*.article', 'laws.*.law'],
    guides: ['readingAt'],
    obligations: ['cadence.freq', 'cadence.time', 'kind'],
    parameters: ['status', 'unit', 'value'],
    permissions: ['area', 'chain.id', 'limits.*.after'],
    plans: ['notifications.*.channel', 'notifications.*.severities.*', 'severities.*.level'],
    roles: ['keyPost', 'scope'],
    runbooks: ['severities.*'],
    terms: ['synonyms.*'],
  };

  /** Every string leaf of `data` as a pattern (`responsibilities.*.text`), shared facts left out by shape. */
  function stringPaths(data: unknown, path: string[] = []): { pattern: string; value: string }[] {
    if (typeof data === 'string') return [{ pattern: path.join('.'), value: data }];
    if (Array.isArray(data)) return data.flatMap((item) => stringPaths(item, [...path, '*']));
    if (!data || typeof data !== 'object' || data instanceof Date) return [];
    const keys = Object.keys(data);
    const isReference = keys.includes('collection') && keys.includes('id') && keys.length === 2;
    const isBilingual = keys.length > 0 && keys.every((k) => k === 'en' || k === 'zh');
    if (isReference || isBilingual) return [];
    return Object.entries(data).flatMap(([key, value]) =>
      (path.length === 0 && key === 'document') || key === 'basis' || key.endsWith('Basis')
        ? []
        : stringPaths(value, [...path, key]),
    );
  }

  it('every string field a reader sees is a prose path of its kind, or a known shared fact', () => {
    const uncovered = new Map<string, string>();
    for (const entry of loaded.entries) {
      const known = new Set([...KINDS[entry.collection].prose, ...(NOT_PROSE[entry.collection] ?? [])]);
      for (const { pattern, value } of stringPaths(entry.data))
        if (!known.has(pattern))
          uncovered.set(`${entry.collection}: ${pattern}`, `${entry.file}: ${value.slice(0, 40)}`);
    }
    expect(Object.fromEntries(uncovered)).toEqual({});
  });

  it('every prose path and known shared fact is a field some entry has (no misspelt path)', () => {
    const seen = new Set(
      loaded.entries.flatMap((e) => stringPaths(e.data).map(({ pattern }) => `${e.collection}: ${pattern}`)),
    );
    const unused = (Object.keys(KINDS) as CollectionName[]).flatMap((collection) =>
      [...KINDS[collection].prose, ...(NOT_PROSE[collection] ?? [])]
        .map((pattern) => `${collection}: ${pattern}`)
        .filter((key) => !seen.has(key)),
    );
    expect(unused).toEqual([]);
  });

  it('every entry has its Chinese translation, complete, in step with its source and current: no translation finding', () => {
    const { findings, translations } = checkContent({ contentDir: 'src/content' });
    expect(findings.filter((f) => f.rule.startsWith('translation-')).map(formatFinding)).toEqual([]);
    expect(translations).toHaveLength(loaded.entries.length);
    const byKey = new Map(translations.map((t) => [`${t.collection}:${t.id}`, t]));
    const statuses = loaded.entries.map((e) => translationStatus(e, byKey.get(`${e.collection}:${e.id}`)).status);
    expect(new Set(statuses)).toEqual(new Set(['current']));
  });
});
