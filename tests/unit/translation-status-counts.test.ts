/** The translation status report's counts, and which locale's translations it reads. */
import { describe, expect, it } from 'vitest';
import type { AnyEntry, Translation } from '../../src/lib/content/load.ts';
import type { TranslatedLocale } from '../../src/lib/routes.ts';
import { sourceHashes } from '../../src/lib/translations/source-hash.ts';
import { translationPath, translationReport } from '../../src/lib/translations/status.ts';

const at = () => ({ line: 1, column: 1 });

function role(id: string, summary: string): AnyEntry {
  return { collection: 'roles', id, file: `src/content/roles/${id}.yaml`, data: { summary } } as unknown as AnyEntry;
}
/** A translation of `entry` into `locale`, made from `from` (stamped with its hashes then). */
function translation(entry: AnyEntry, from: AnyEntry, locale: string = 'zh-cn'): Translation {
  return {
    locale: locale as TranslatedLocale,
    collection: entry.collection,
    id: entry.id,
    file: translationPath(entry, locale),
    data: { translatedFrom: sourceHashes(from), summary: '译文' },
    locate: at,
  };
}

describe('the counts of a translation report', () => {
  it('count each status apart: two missing, three outdated, one current', () => {
    const current = role('a-current', 'Current.');
    const outdated = ['b-old', 'c-old', 'd-old'].map((id) => role(id, 'Now.'));
    const missing = [role('e-missing', 'None.'), role('f-missing', 'None.')];
    const report = translationReport(
      [current, ...outdated, ...missing],
      [translation(current, current), ...outdated.map((e) => translation(e, role(e.id, 'Then.')))],
      'zh-cn',
    );
    expect(report.counts).toEqual({ missing: 2, outdated: 3, current: 1 });
    expect(report.groups).toEqual([
      {
        collection: 'roles',
        counts: { missing: 2, outdated: 3, current: 1 },
        rows: [
          {
            collection: 'roles',
            id: 'a-current',
            source: 'src/content/roles/a-current.yaml',
            file: 'src/content/roles/zh-cn/a-current.yaml',
            status: 'current',
            changed: [],
          },
          ...['b-old', 'c-old', 'd-old'].map((id) => ({
            collection: 'roles',
            id,
            source: `src/content/roles/${id}.yaml`,
            file: `src/content/roles/zh-cn/${id}.yaml`,
            status: 'outdated',
            changed: ['fields'],
          })),
          ...['e-missing', 'f-missing'].map((id) => ({
            collection: 'roles',
            id,
            source: `src/content/roles/${id}.yaml`,
            file: `src/content/roles/zh-cn/${id}.yaml`,
            status: 'missing',
            changed: [],
          })),
        ],
      },
    ]);
  });

  it('are all zero for no entries', () => {
    expect(translationReport([], [], 'zh-cn')).toEqual({
      locale: 'zh-cn',
      total: 0,
      counts: { missing: 0, outdated: 0, current: 0 },
      groups: [],
    });
  });
});

describe('the translations a report reads', () => {
  it("are only the report's locale: a translation into another locale leaves the entry missing", () => {
    const ceo = role('ceo', 'Signs last.');
    const report = translationReport([ceo], [translation(ceo, ceo, 'ja')], 'zh-cn');
    expect(report.counts).toEqual({ missing: 1, outdated: 0, current: 0 });
    expect(report.groups.flatMap((g) => g.rows)).toEqual([
      {
        collection: 'roles',
        id: 'ceo',
        source: 'src/content/roles/ceo.yaml',
        file: 'src/content/roles/zh-cn/ceo.yaml',
        status: 'missing',
        changed: [],
      },
    ]);
  });

  it("of the report's locale make the entry current", () => {
    const ceo = role('ceo', 'Signs last.');
    const report = translationReport([ceo], [translation(ceo, ceo, 'ja'), translation(ceo, ceo)], 'zh-cn');
    expect(report.counts).toEqual({ missing: 0, outdated: 0, current: 1 });
  });
});
