/**
 * Pure helpers of the search dialog: the Pagefind filter query, and one list of hits out of the
 * English and the Chinese index, one hit per page whichever language found it.
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

/**
 * Who reads: the URL prefix of the Chinese pages (`/zh-cn`), and whether the reader is on one.
 * Every page exists in both languages, at the same path with and without the prefix.
 */
export interface Reader {
  zhPrefix: string;
  zh: boolean;
}

export interface Hit {
  /** The page in the reader's language. */
  url: string;
  /** Its title in the reader's language (the other language's where it has none). */
  title: string;
  /** Its title in the other language, shown beside, and that language's tag. */
  other?: string;
  otherLang?: string;
  excerpt: string;
  /** The language of the excerpt when it is not the reader's: it came from the other language's page. */
  excerptLang?: string;
  kind?: string;
  owner?: string;
  severity: string[];
}

/** A result's page address without a trailing `index.html`, so both indexes agree on it. */
export const normaliseUrl = (url: string): string => url.replace(/index\.html$/, '');

const isChinese = (url: string, reader: Reader): boolean => url.startsWith(`${reader.zhPrefix}/`);

/**
 * The page a result stands for, whichever language's index found it: its address without the
 * Chinese prefix. The English and the Chinese page of one entry share it, so they are one hit.
 */
export function pageKey(url: string, reader: Reader): string {
  const page = normaliseUrl(url);
  return isChinese(page, reader) ? page.slice(reader.zhPrefix.length) : page;
}

/**
 * Whether a result's title, in either language, holds the query as typed (ignoring case). Pagefind
 * ranks words, and cuts a Chinese term into shorter words: 三级签字 matches every page that says
 * 三, 级 and 签字 anywhere, and a long page saying them often outranks the control titled with it.
 */
export function titleHolds(data: PagefindData, query: string): boolean {
  const words = query.trim().toLowerCase();
  return (
    words.length > 0 && [data.meta.title, data.meta.zh, data.meta.en].some((t) => t?.toLowerCase().includes(words))
  );
}

/** Whether a result comes from a page in the reader's language. */
export const inReadersLanguage = (data: PagefindData, reader: Reader): boolean =>
  isChinese(normaliseUrl(data.meta.url ?? data.url), reader) === reader.zh;

/**
 * Results in score order, one per page (the first, best result of a page wins), each linked to the
 * page in the reader's language. An entry page carries its own title as `title` and the other
 * language's as `zh` (English pages) or `en` (Chinese pages), see src/layouts/Entry.astro.
 */
export function toHits(results: PagefindData[], reader: Reader): Hit[] {
  const seen = new Set<string>();
  const hits: Hit[] = [];
  for (const data of results) {
    const url = normaliseUrl(data.meta.url ?? data.url);
    const key = pageKey(url, reader);
    if (seen.has(key)) continue;
    seen.add(key);
    const fromZh = isChinese(url, reader);
    const zh = fromZh ? data.meta.title : data.meta.zh;
    const en = fromZh ? data.meta.en : data.meta.title;
    const [title, other] = reader.zh ? [zh ?? en, en] : [en ?? zh, zh];
    hits.push({
      url: reader.zh ? `${reader.zhPrefix}${key}` : key,
      title: title ?? key,
      ...(other && other !== title ? { other, otherLang: reader.zh ? 'en' : 'zh-CN' } : {}),
      excerpt: data.excerpt,
      ...(fromZh === reader.zh ? {} : { excerptLang: fromZh ? 'zh-CN' : 'en' }),
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

/**
 * The query as typed, then the same query with each synonym the reader may have meant in place of
 * the word typed ("500 errors" → "5xx errors"): what people type is not always the content's word.
 * Matches whole words (or a whole Chinese term), ignoring case; at most `limit` queries in all.
 */
export function expandQuery(term: string, groups: readonly (readonly string[])[], limit = 4): string[] {
  const queries = [term];
  const lower = term.toLowerCase();
  for (const group of groups) {
    for (const word of group) {
      const at = findWord(lower, word.toLowerCase());
      if (at < 0) continue;
      for (const other of group) {
        if (other === word) continue;
        const query = `${term.slice(0, at)}${other}${term.slice(at + word.length)}`;
        if (!queries.includes(query)) queries.push(query);
      }
      break;
    }
  }
  return queries.slice(0, limit);
}

const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c) && !/\p{Script=Han}/u.test(c);

/**
 * Where `word` stands in `text` as a word of its own: not inside a longer Latin word or number; a
 * Chinese term only as a whole space-separated term, since Chinese writes no spaces between words
 * (采购 inside 采购审批 is part of another term).
 */
function findWord(text: string, word: string): number {
  if (/\p{Script=Han}/u.test(word)) {
    for (const term of text.matchAll(/\S+/g)) if (term[0] === word) return term.index;
    return -1;
  }
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const before = text[at - 1];
    const after = text[at + word.length];
    const edge = (c: string | undefined, inner: string | undefined) => !(isWordChar(c) && isWordChar(inner));
    if (edge(before, word[0]) && edge(after, word.at(-1))) return at;
  }
  return -1;
}

/**
 * Results of several phrasings of one query in one list, each page once: a page found under
 * several phrasings (or in both languages) adds up their scores, so it outranks a page that
 * matched one word by chance. A page keeps the result of the first phrasing that found it, so its
 * excerpt marks the words the reader typed where they occur, unless a later one is `preferred`
 * (the reader's language over the other).
 */
export function mergeByScore<T extends { id: string; score: number }>(
  lists: T[][],
  // Stryker disable next-line BooleanLiteral: equivalent, a result replaces another only when it is preferred and the other is not: any constant keeps the first
  preferred: (result: T) => boolean = () => false,
): T[] {
  const best = new Map<string, { result: T; total: number }>();
  for (const result of lists.flat()) {
    const seen = best.get(result.id);
    if (!seen) best.set(result.id, { result, total: result.score });
    else {
      seen.total += result.score;
      if (preferred(result) && !preferred(seen.result)) seen.result = result;
    }
  }
  return [...best.values()].sort((a, b) => b.total - a.total).map((entry) => entry.result);
}
