import type { Locale } from '../lib/routes.ts';
import { en, type UiKey } from './en.ts';
import { zhCn } from './zh-cn.ts';
import type { PlainWords } from '../lib/inline-text.ts';
import { fillTemplate } from '../lib/words.ts';

const dictionaries: Record<Locale, Record<UiKey, string>> = { en, 'zh-cn': zhCn };

/** `t('doc.overdue', { date })`: a UI string of the locale, with `{name}` placeholders filled. */
export function useTranslations(locale: Locale) {
  const dictionary = dictionaries[locale];
  return (key: UiKey, values: Record<string, string | number> = {}): string => fillTemplate(dictionary[key], values);
}

export type { UiKey };

/** The words the plain form of an inline-marked text adds (exports, search): `(proposed)`, `(assumed)`. */
export function plainWords(locale: Locale): PlainWords {
  const t = useTranslations(locale);
  return {
    proposed: t('basis.proposed').toLowerCase(),
    param: { proposed: t('parameter.status.proposed'), approved: t('parameter.status.approved') },
    assumption: { assumed: t('assumption.status.assumed'), confirmed: t('assumption.status.confirmed') },
  };
}
