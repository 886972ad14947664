import type { Locale } from '../lib/routes.ts';
import { en, type UiKey } from './en.ts';

const dictionaries: Record<Locale, Record<UiKey, string>> = { en };

/** `t('doc.overdue', { date })`: a UI string of the locale, with `{name}` placeholders filled. */
export function useTranslations(locale: Locale) {
  const dictionary = dictionaries[locale];
  return (key: UiKey, values: Record<string, string | number> = {}): string =>
    dictionary[key].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
}

export type { UiKey };
