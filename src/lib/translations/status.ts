/**
 * The translation status of every entry in one locale, as the `/translations/` page shows it:
 * one row per entry (current, outdated with the parts whose source changed, or missing), grouped
 * by kind in the registry's order, with the counts. Data only; the page words it.
 */
import { COLLECTIONS, type CollectionName } from '../collections.ts';
import type { AnyEntry, Translation } from '../content/load.ts';
import type { TranslatedLocale } from '../routes.ts';
import { translationKey } from './localize.ts';
import { translationStatus, type TranslationStatus } from './source-hash.ts';

export const TRANSLATION_STATUSES = ['missing', 'outdated', 'current'] as const satisfies readonly TranslationStatus[];

export type StatusCounts = Record<TranslationStatus, number>;

export interface TranslationRow {
  collection: CollectionName;
  id: string;
  /** The source file, as the loader names it. */
  source: string;
  /** The translation file: where it is, or, when it is missing, where to write it. */
  file: string;
  status: TranslationStatus;
  /** For an outdated translation, the parts of the source that changed since: its prose fields, its body. */
  changed: ('fields' | 'body')[];
}

export interface TranslationGroup {
  collection: CollectionName;
  counts: StatusCounts;
  rows: TranslationRow[];
}

export interface TranslationReport {
  locale: TranslatedLocale;
  total: number;
  counts: StatusCounts;
  groups: TranslationGroup[];
}

/** Where the translation of an entry lives: `src/content/runbooks/zh-cn/rollback.mdx` beside `…/runbooks/rollback.mdx`. */
export const translationPath = (entry: { file: string }, locale: string): string =>
  entry.file.replace(/([\\/])([^\\/]+)$/, `$1${locale}$1$2`);

const countOf = (rows: readonly TranslationRow[]): StatusCounts => ({
  missing: rows.filter((r) => r.status === 'missing').length,
  outdated: rows.filter((r) => r.status === 'outdated').length,
  current: rows.filter((r) => r.status === 'current').length,
});

/** Every entry of the source (`entries` as written, not localized) with its status in `locale`. */
export function translationReport(
  entries: readonly AnyEntry[],
  translations: readonly Translation[],
  locale: TranslatedLocale,
): TranslationReport {
  const byKey = new Map(translations.filter((t) => t.locale === locale).map((t) => [translationKey(t), t]));
  const seen = new Set<string>();
  const rows = entries.flatMap((entry): TranslationRow[] => {
    const key = translationKey(entry);
    if (seen.has(key)) return [];
    seen.add(key);
    const translation = byKey.get(key);
    const { status, changed } = translationStatus(entry, translation);
    return [
      {
        collection: entry.collection,
        id: entry.id,
        source: entry.file,
        file: translation?.file ?? translationPath(entry, locale),
        status,
        changed,
      },
    ];
  });
  const groups = COLLECTIONS.flatMap((collection): TranslationGroup[] => {
    const own = rows.filter((r) => r.collection === collection).toSorted((a, b) => (a.id < b.id ? -1 : 1));
    return own.length ? [{ collection, counts: countOf(own), rows: own }] : [];
  });
  return { locale, total: rows.length, counts: countOf(rows), groups };
}
