/**
 * `node scripts/search-zh.ts <site-dir>`: the Chinese search index, written to <site-dir>/pagefind-zh/.
 *
 * Pagefind keeps one index per `<html lang>` and segments Chinese only in a zh-CN index; the pages
 * are English. So every entry gets a Chinese companion record (its Chinese title, names and, for a
 * clause, the authoritative zh-CN text), indexed with Pagefind's Node API under the English page's
 * URL and with the same filters. Nothing is written as a page: no companion is ever served, linked
 * or listed in a sitemap. The search dialog merges this bundle (`mergeIndex`, language zh-cn).
 */
import { join, resolve } from 'node:path';
import * as pagefind from 'pagefind';
import { getModel } from '../src/lib/site-model.ts';
import { entryUrl } from '../src/lib/routes.ts';
import { entryTitles } from '../src/lib/titles.ts';
import { asSourceText } from '../src/lib/text.ts';
import { LAWS, COLLECTIONS, type DataByCollection } from '../src/schemas/index.ts';
import { facetsOf } from '../src/lib/search-facets.ts';
import type { AnyEntry } from '../src/lib/content/load.ts';
import type { Model } from '../src/lib/model.ts';

export const ZH_BUNDLE = 'pagefind-zh';
/** The filter that carries a companion's English title, for display (src/client/search/results.ts reads it). */
export const EN_TITLE_FILTER = 'title_en';

const escape = (text: string): string =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** The Chinese text of an entry beyond its title: heavier text first. */
function chineseText(entry: AnyEntry): { weight: number; text: string }[] {
  switch (entry.collection) {
    case 'clauses': {
      const data = entry.data as DataByCollection['clauses'];
      return [
        { weight: 3, text: data.chapter.zh },
        ...asSourceText(data.text.zh)
          .split(/\n\s*\n/)
          .map((text) => ({ weight: 1, text })),
      ];
    }
    case 'roles': {
      const data = entry.data as DataByCollection['roles'];
      return [
        ...data.aliases.map((a) => ({ weight: 8, text: a.zh })),
        ...(data.grade ? [{ weight: 2, text: data.grade.label.zh }] : []),
        ...data.kpis.map((k) => ({ weight: 1, text: k.name.zh })),
      ];
    }
    case 'controls': {
      const data = entry.data as DataByCollection['controls'];
      return data.laws.map((l) => ({ weight: 1, text: LAWS[l.law].zh }));
    }
    default:
      return [];
  }
}

/** The companion page of one entry, as Pagefind reads it. */
export function companionHtml(entry: AnyEntry, model: Model): string | undefined {
  const titles = entryTitles(entry);
  const extra = chineseText(entry);
  if (!titles.zh && extra.length === 0) return undefined;
  const facets = facetsOf(entry, model);
  const filters = [
    `<span data-pagefind-filter="kind:${escape(facets.kind)}"></span>`,
    `<span data-pagefind-ignore data-pagefind-filter="owner">${escape(facets.owner)}</span>`,
    ...facets.severity.map((s) => `<span data-pagefind-filter="severity:${escape(s)}"></span>`),
  ];
  // Metadata is searchable, so the English title travels as a filter value (never searched, only
  // shown): an English query must not match a Chinese record, whose score would not compare.
  const meta = [
    `<span data-pagefind-ignore data-pagefind-meta="title">${escape(titles.zh ?? titles.en)}</span>`,
    `<span data-pagefind-ignore data-pagefind-filter="${EN_TITLE_FILTER}">${escape(titles.en)}</span>`,
  ];
  return [
    '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"></head><body>',
    `<main data-pagefind-body data-pagefind-meta="lang:zh-CN">`,
    titles.zh ? `<h1 data-pagefind-weight="10">${escape(titles.zh)}</h1>` : '',
    ...meta,
    ...filters,
    ...extra.map((p) => `<p data-pagefind-weight="${p.weight}">${escape(p.text)}</p>`),
    '</main></body></html>',
  ].join('\n');
}

export async function buildChineseIndex(siteDir: string): Promise<{ records: number; errors: string[] }> {
  const model = getModel();
  const { index, errors } = await pagefind.createIndex();
  if (!index) return { records: 0, errors };
  let records = 0;
  for (const collection of COLLECTIONS) {
    for (const entry of model.all(collection) as AnyEntry[]) {
      const content = companionHtml(entry, model);
      if (!content) continue;
      const added = await index.addHTMLFile({ url: entryUrl(entry.collection, entry.id), content });
      errors.push(...added.errors.map((e) => `${entry.collection}/${entry.id}: ${e}`));
      records += 1;
    }
  }
  const written = await index.writeFiles({ outputPath: join(siteDir, ZH_BUNDLE) });
  errors.push(...written.errors);
  await pagefind.close();
  return { records, errors };
}

if (import.meta.url === `file://${process.argv[1] && resolve(process.argv[1])}`) {
  const siteDir = process.argv[2];
  if (!siteDir) {
    console.error('usage: node scripts/search-zh.ts <site-dir>');
    process.exit(2);
  }
  const { records, errors } = await buildChineseIndex(resolve(siteDir));
  if (errors.length > 0) {
    console.error(`✖ Chinese search index: ${errors.length} error(s)\n${errors.map((e) => `  ${e}`).join('\n')}`);
    process.exit(1);
  }
  console.log(`Chinese search index: ${records} companion records in ${join(siteDir, ZH_BUNDLE)}/`);
}
