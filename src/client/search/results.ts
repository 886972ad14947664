/**
 * Pure helpers of the search dialog: the Pagefind filter query, and one list of hits out of the
 * English index and the Chinese companion index (both point at the same English page).
 */

/** The filter selection: filter name → the values ticked. */
export type Selection = Record<string, string[]>;

/** Pagefind's filter argument: a page matches when it has any ticked value of every filter used. */
export function filterQuery(selection: Selection): Record<string, { any: string[] }> {
  const query: Record<string, { any: string[] }> = {};
  for (const [name, values] of Object.entries(selection)) if (values.length > 0) query[name] = { any: values };
  return query;
}

export const countSelected = (selection: Selection): number =>
  Object.values(selection).reduce((sum, values) => sum + values.length, 0);

/** The fields of a Pagefind result the dialog shows. */
export interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}

export interface Hit {
  url: string;
  title: string;
  zh?: string;
  excerpt: string;
  /** The language of the excerpt: the Chinese companion index marks its records `lang: zh-CN`. */
  excerptLang?: string;
  kind?: string;
  owner?: string;
  severity: string[];
}

/** A result's page address without a trailing `index.html`, so both indexes agree on it. */
export const normaliseUrl = (url: string): string => url.replace(/index\.html$/, '');

/** Results in score order, one per page: the first (best) result of a page wins. */
export function toHits(results: PagefindData[]): Hit[] {
  const seen = new Set<string>();
  const hits: Hit[] = [];
  for (const data of results) {
    const url = normaliseUrl(data.meta.url ?? data.url);
    if (seen.has(url)) continue;
    seen.add(url);
    // A Chinese companion record is titled in Chinese and carries its English title as a filter value.
    const english = data.filters.title_en?.[0];
    hits.push({
      url,
      title: english ?? data.meta.title ?? url,
      zh: english ? data.meta.title : data.meta.zh,
      excerpt: data.excerpt,
      excerptLang: data.meta.lang,
      kind: data.filters.kind?.[0],
      owner: data.filters.owner?.[0],
      severity: data.filters.severity ?? [],
    });
  }
  return hits;
}

/** Filter values in a useful order: the listed ones first in their order, the rest alphabetically. */
// Stryker disable next-line ArrayDeclaration: equivalent, an empty order ranks every value alike; any other default would only move a value equal to one it lists
export function orderValues(values: string[], order: readonly string[] = []): string[] {
  const rank = (v: string) => (order.includes(v) ? order.indexOf(v) : order.length);
  return [...values].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}
