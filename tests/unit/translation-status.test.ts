import { beforeEach, describe, expect, it } from 'vitest';
import type { AnyEntry, Translation } from '../../src/lib/content/load.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { sourceHashes, translationStatus } from '../../src/lib/translations/source-hash.ts';
import { translationsOf } from '../../src/lib/translations/localize.ts';
import { translationPath, translationReport, type TranslationReport } from '../../src/lib/translations/status.ts';

const at = () => ({ line: 1, column: 1 });

function guide(id: string, summary: string, body: string): AnyEntry {
  return {
    collection: 'guides',
    id,
    file: `src/content/guides/${id}.mdx`,
    data: { summary },
    body,
  } as unknown as AnyEntry;
}
function role(id: string, summary: string): AnyEntry {
  return { collection: 'roles', id, file: `src/content/roles/${id}.yaml`, data: { summary } } as unknown as AnyEntry;
}
/** A translation made from `from` (stamped with its hashes then), or unstamped when `from` is undefined. */
function translation(entry: AnyEntry, from: AnyEntry | undefined): Translation {
  return {
    locale: 'zh-cn',
    collection: entry.collection,
    id: entry.id,
    file: translationPath(entry, 'zh-cn'),
    data: { ...(from ? { translatedFrom: sourceHashes(from) } : {}), summary: '译文' },
    locate: at,
    ...(entry.body !== undefined ? { body: '正文' } : {}),
  };
}

describe('the translation status rows', () => {
  const current = guide('onboarding', 'Start here.', 'Body.');
  const bodyChanged = guide('triage', 'Triage.', 'New body.');
  const bothChanged = guide('alpha', 'Alpha, reworded.', 'Reworded body.');
  const missing = role('ceo', 'Signs last.');
  const unstamped = role('cfo', 'Counts.');
  const entries = [current, bodyChanged, bothChanged, missing, unstamped];
  let translations: Translation[];
  let report: TranslationReport;
  // built in each test, not as the file loads: Stryker counts only code run inside a test (README, "Mutation testing")
  beforeEach(() => {
    translations = [
      translation(current, current),
      translation(bodyChanged, guide('triage', 'Triage.', 'Old body.')),
      translation(bothChanged, guide('alpha', 'Alpha.', 'Body.')),
      translation(unstamped, undefined),
    ];
    report = translationReport(entries, translations, 'zh-cn');
  });
  const row = (id: string) => report.groups.flatMap((g) => g.rows).find((r) => r.id === id)!;

  it('counts every entry once by status', () => {
    expect(report.total).toBe(5);
    expect(report.counts).toEqual({ missing: 1, outdated: 3, current: 1 });
  });

  it('groups by kind in the registry order, each group sorted by id with its own counts', () => {
    expect(report.groups.map((g) => [g.collection, g.rows.map((r) => r.id), g.counts])).toEqual([
      ['roles', ['ceo', 'cfo'], { missing: 1, outdated: 1, current: 0 }],
      ['guides', ['alpha', 'onboarding', 'triage'], { missing: 0, outdated: 2, current: 1 }],
    ]);
  });

  it('says which part of an outdated translation changed: the fields, the body or both', () => {
    expect(row('onboarding')).toMatchObject({ status: 'current', changed: [] });
    expect(row('triage')).toMatchObject({ status: 'outdated', changed: ['body'] });
    expect(row('alpha')).toMatchObject({ status: 'outdated', changed: ['fields', 'body'] });
    // a translation that records no source counts as outdated in every part it has
    expect(row('cfo')).toMatchObject({ status: 'outdated', changed: ['fields'] });
  });

  it('names the translation file, or where to write it when it is missing', () => {
    expect(row('onboarding')).toMatchObject({
      source: 'src/content/guides/onboarding.mdx',
      file: 'src/content/guides/zh-cn/onboarding.mdx',
    });
    expect(row('ceo')).toMatchObject({ status: 'missing', changed: [], file: 'src/content/roles/zh-cn/ceo.yaml' });
  });

  it('lists an entry loaded twice once, and ignores translations of entries that do not exist', () => {
    const orphan = translation(role('nobody', 'x'), role('nobody', 'x'));
    const twice = translationReport([current, current], [translation(current, current), orphan], 'zh-cn');
    expect(twice.total).toBe(1);
    expect(twice.groups.flatMap((g) => g.rows.map((r) => r.id))).toEqual(['onboarding']);
  });
});

describe('the translation status of the real content', () => {
  let entries: AnyEntry[];
  let report: TranslationReport;
  beforeEach(() => {
    const loaded = loadContent({ contentDir: 'src/content' });
    entries = loaded.entries;
    report = translationReport(entries, loaded.translations, 'zh-cn');
  });

  it('has a row for every entry, and the counts add up', () => {
    expect(report.total).toBe(new Set(entries.map((e) => `${e.collection}:${e.id}`)).size);
    expect(report.counts.current + report.counts.outdated + report.counts.missing).toBe(report.total);
    expect(report.groups.map((g) => g.collection)).toContain('terms');
  });
});

describe('a translation whose record of its source is not two hashes', () => {
  const entry = guide('onboarding', 'Start here.', 'Body.');
  it('is outdated in every part it does not record as a string, like one with no record', () => {
    const recording = (translatedFrom: unknown): Translation => ({
      ...translation(entry, undefined),
      data: { translatedFrom, summary: '译文' },
    });
    const { fields, body } = sourceHashes(entry);
    for (const record of ['af83fcb7b6e1', 42, null, [], { fields: 1, body: [] }])
      expect(translationStatus(entry, recording(record))).toEqual({ status: 'outdated', changed: ['fields', 'body'] });
    expect(translationStatus(entry, recording({ fields, body: 7 }))).toEqual({ status: 'outdated', changed: ['body'] });
    expect(translationStatus(entry, recording({ fields: 7, body }))).toEqual({
      status: 'outdated',
      changed: ['fields'],
    });
    expect(translationStatus(entry, recording({ fields, body }))).toEqual({ status: 'current', changed: [] });
  });

  it('is current when it records a body its source does not have', () => {
    const ceo = role('ceo', 'Signs last.');
    const stamped = translation(ceo, ceo);
    const data = { ...(stamped.data as object), translatedFrom: { ...sourceHashes(ceo), body: 'af83fcb7b6e1' } };
    expect(translationStatus(ceo, { ...stamped, data })).toEqual({ status: 'current', changed: [] });
  });
});

describe('the translations of one language', () => {
  it('are those of that language only, by kind and id', () => {
    const onboarding = guide('onboarding', 'Start here.', 'Body.');
    const ceo = role('ceo', 'Signs last.');
    // A second language as the type will allow it once one is added.
    const other = { ...translation(ceo, ceo), locale: 'ja' } as unknown as Translation;
    const zh = [translation(onboarding, onboarding), translation(ceo, undefined)];
    expect([...translationsOf([other, ...zh], 'zh-cn')]).toEqual([
      ['guides:onboarding', zh[0]],
      ['roles:ceo', zh[1]],
    ]);
  });
});
