/**
 * Search across both languages, as the dialog runs it and `npm run search:recall` measures it.
 *
 * Pagefind keeps one index per `<html lang>` in one bundle and loads the index of the page's
 * language; it segments Chinese only in the zh-CN index. So the other language's index of the
 * same bundle is merged too: a Chinese query typed on an English page finds the Chinese pages, an
 * English one on a Chinese page the English pages, and each page is listed once (results.ts).
 */
import {
  expandQuery,
  inReadersLanguage,
  mergeByScore,
  pageKey,
  titleHolds,
  toHits,
  type Hit,
  type PagefindData,
  type Reader,
} from './results.ts';

/**
 * What the build wrote of each result's page (scripts/search-index.ts, `pagefind/handbook-results.json`),
 * by Pagefind's result id: its address, titles and filters, all that ranking needs. With it, hits are
 * ranked and shown without fetching a result's fragment (its page's whole text, some 10 KB each, for
 * the excerpt): only the hits shown fetch theirs, afterwards.
 */
export type ResultTable = Record<string, Omit<PagefindData, 'excerpt'>>;

/** The table's file in the Pagefind bundle folder. */
export const RESULT_TABLE_FILE = 'handbook-results.json';

/** The hits of a search, shown at once, and their excerpts, which come after (in the hits' order). */
export interface RankedHits {
  hits: Hit[];
  excerpts(): Promise<string[]>;
}

export interface PagefindResponse {
  results: { id: string; score: number; data(): Promise<PagefindData> }[];
}
export interface Pagefind {
  mergeIndex(path: string, options?: Record<string, unknown>): Promise<void>;
  options(options: Record<string, unknown>): Promise<void>;
  search(term: string | null, options?: { filters?: Record<string, unknown> }): Promise<PagefindResponse | null>;
  preload(term: string, options?: { filters?: Record<string, unknown> }): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

/** Long runbooks and plans are the pages readers look for: a page's length is hardly held against
 * it, and repeating a word counts less than where it stands (titles and ids weigh 10). */
const OPTIONS = { excerptLength: 24, ranking: { pageLength: 0.1, termFrequency: 0.5 } };

/**
 * Sets Pagefind up on its page's index and merges the other languages' indexes of the same bundle.
 * `bundle` is the bundle's absolute URL (`https://host/pagefind/`): Pagefind skips a merge whose
 * path is a prefix of its own (`/pagefind/`), to keep one index from being searched twice; the
 * absolute URL names the same files, and `language` picks the other index in them. `baseUrl`
 * (the site's base path) keeps every result's address a path, whichever URL its index came from.
 */
export async function setUp(
  pagefind: Pagefind,
  { bundle, baseUrl, otherLanguages }: { bundle: string; baseUrl: string; otherLanguages: readonly string[] },
): Promise<Pagefind> {
  await pagefind.options({ ...OPTIONS, baseUrl });
  for (const language of otherLanguages) await pagefind.mergeIndex(bundle, { ...OPTIONS, baseUrl, language });
  return pagefind;
}

/**
 * Fetches the index chunks a query and its synonyms will search, while the reader is still typing:
 * the search itself waits for a pause in the typing, and then finds them loaded.
 */
export async function preloadQuery(
  pagefind: Pagefind,
  term: string,
  { filters = {}, synonyms = [] }: { filters?: Record<string, unknown>; synonyms?: readonly (readonly string[])[] },
): Promise<void> {
  if (!term) return;
  await Promise.all(expandQuery(term, synonyms).map((query) => pagefind.preload(query, { filters })));
}

/**
 * The hits for a query (or for the filters alone when `term` is empty): the phrasing typed in
 * depth, each synonym's best few, one hit per page in the reader's language. A page whose title
 * holds a phrasing as typed gets that phrasing's best score added, so it comes before every page
 * that only has its words. Ranked from `table` where it knows a result, else from the result's
 * fragment; the excerpts are fetched only for the hits returned, when asked. `undefined` when
 * Pagefind dropped a search (a newer one superseded it).
 */
export async function rankHits(
  pagefind: Pagefind,
  term: string,
  {
    filters = {},
    synonyms = [],
    reader,
    max = 20,
    table = {},
  }: {
    filters?: Record<string, unknown>;
    synonyms?: readonly (readonly string[])[];
    reader: Reader;
    max?: number;
    table?: ResultTable;
  },
): Promise<RankedHits | undefined> {
  const queries = term ? expandQuery(term, synonyms) : [null];
  const responses = await Promise.all(queries.map((query) => pagefind.search(query, { filters })));
  if (responses.some((response) => !response)) return undefined;
  const lists = await Promise.all(
    responses.map(async (response, index) => {
      const results = response!.results.slice(0, index === 0 ? max * 2 : max / 2);
      const best = results[0]?.score ?? 0;
      const query = queries[index];
      return Promise.all(
        results.map(async (result) => {
          const data: PagefindData = Object.hasOwn(table, result.id)
            ? { ...table[result.id]!, excerpt: '' }
            : await result.data();
          const bonus = query && titleHolds(data, query) ? best : 0;
          return { id: pageKey(data.meta.url ?? data.url, reader), score: result.score + bonus, data, result };
        }),
      );
    }),
  );
  const shown = mergeByScore(lists, (ranked) => inReadersLanguage(ranked.data, reader)).slice(0, max);
  return {
    hits: toHits(
      shown.map((ranked) => ranked.data),
      reader,
    ),
    excerpts: () => Promise.all(shown.map(async (ranked) => (await ranked.result.data()).excerpt)),
  };
}

/** The hits of `rankHits` with their excerpts, for a caller that shows them all at once. */
export async function searchHits(...args: Parameters<typeof rankHits>): Promise<Hit[] | undefined> {
  const ranked = await rankHits(...args);
  if (!ranked) return undefined;
  const excerpts = await ranked.excerpts();
  return ranked.hits.map((hit, i) => ({ ...hit, excerpt: excerpts[i]! }));
}
