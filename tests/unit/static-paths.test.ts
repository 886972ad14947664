/**
 * Entry pages' `getStaticPaths`: one page for every entry of a collection in every locale, each
 * locale listing the entries of its own model, at the entry's slug.
 */
import { describe, expect, it, vi } from 'vitest';
import type { Model } from '../../src/lib/model.ts';
import { getModel } from '../../src/lib/site-model.ts';
import { entryStaticPaths } from '../../src/lib/static-paths.ts';

/** The site's model in each locale: the fixture in English, the fixture without its design stage in Chinese. */
vi.mock('../../src/lib/site-model.ts', async () => {
  const { fixtureModel } = await import('../fixtures/generated/model.ts');
  const { buildModel } = await import('../../src/lib/model.ts');
  const en = fixtureModel();
  const zh = buildModel(en.entries.filter((e) => !(e.collection === 'stages' && e.id === 'design')));
  return { getModel: (locale: string): Model => (locale === 'en' ? en : zh) };
});

describe('entry static paths', () => {
  it('lists every entry of the collection in English at the root and in Chinese under its prefix, from each locale’s model', () => {
    const en = getModel('en');
    const zh = getModel('zh-cn');
    const stage = (model: Model, id: string) => model.get('stages', id)!;
    expect(entryStaticPaths('stages')).toStrictEqual([
      ...['deployment', 'design', 'development-test', 'operations', 'requirements'].map((id) => ({
        params: { lang: undefined, id },
        props: { locale: 'en', entry: stage(en, id) },
      })),
      ...['deployment', 'development-test', 'operations', 'requirements'].map((id) => ({
        params: { lang: 'zh-cn', id },
        props: { locale: 'zh-cn', entry: stage(zh, id) },
      })),
    ]);
  });

  it('puts a clause at its slug, its dots written as hyphens', () => {
    const paths = entryStaticPaths('clauses').filter((p) => p.props.locale === 'en');
    expect(paths.map((p) => [p.params.id, p.props.entry.id])).toEqual([
      ['2-1', '2.1'],
      ['2-2', '2.2'],
      ['3-1', '3.1'],
      ['3-2', '3.2'],
      ['4-1', '4.1'],
      ['4-2', '4.2'],
      ['5-1', '5.1'],
      ['6-1', '6.1'],
      ['6-2', '6.2'],
      ['7-2', '7.2'],
    ]);
  });
});
