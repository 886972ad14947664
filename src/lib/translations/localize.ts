/**
 * The entries as a reader of another locale sees them: each prose field replaced by its
 * translation where the translation has one (a missing one is the checker's error, and the page
 * shows the source text meanwhile rather than nothing), and the translated body in place of the source's.
 */
import type { AnyEntry, Translation } from '../content/load.ts';
import type { TranslatedLocale } from '../routes.ts';
import { proseFields, valueAt, withValues } from './fields.ts';

export const translationKey = (t: { collection: string; id: string }): string => `${t.collection}:${t.id}`;

export function translationsOf(
  translations: readonly Translation[],
  locale: TranslatedLocale,
): Map<string, Translation> {
  return new Map(translations.filter((t) => t.locale === locale).map((t) => [translationKey(t), t]));
}

export function localizeEntry(entry: AnyEntry, translation: Translation | undefined): AnyEntry {
  if (!translation) return entry;
  const values = proseFields(entry.collection, entry.data).flatMap(({ path }) => {
    const value = valueAt(translation.data, path);
    return typeof value === 'string' && value.trim() ? [{ path, value }] : [];
  });
  return {
    ...entry,
    data: withValues(entry.data, values),
    ...(translation.body !== undefined && translation.body.trim()
      ? { body: translation.body, bodyScan: translation.bodyScan }
      : {}),
  } as AnyEntry;
}
