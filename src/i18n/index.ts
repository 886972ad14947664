import type { Locale } from '../lib/routes.ts';
import { en, type UiKey } from './en.ts';
import { fillTemplate } from '../lib/words.ts';

const dictionaries: Record<Locale, Record<UiKey, string>> = { en };

/** `t('doc.overdue', { date })`: a UI string of the locale, with `{name}` placeholders filled. */
export function useTranslations(locale: Locale) {
  const dictionary = dictionaries[locale];
  return (key: UiKey, values: Record<string, string | number> = {}): string => fillTemplate(dictionary[key], values);
}

export type { UiKey };
