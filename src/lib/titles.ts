/** The display title of any entry, in English and Chinese. */
import type { Bilingual, CollectionName, DataByCollection } from '../schemas/index.ts';
import type { Entry } from './content/load.ts';
import type { Model } from './model.ts';
import type { Locale } from './routes.ts';

/** A two-language name in the page's language: the Chinese on a Chinese page (where there is one), else the English. */
export const inLocale = (value: { en: string; zh?: string }, locale: Locale): string =>
  locale === 'zh-cn' && value.zh ? value.zh : value.en;

export function entryTitles(entry: Entry): { en: string; zh?: string } {
  const data = entry.data as DataByCollection[CollectionName];
  if (entry.collection === 'clauses') {
    const t = (data as DataByCollection['clauses']).title;
    return { en: `${entry.id} ${t.en}`, zh: t.zh };
  }
  if ('name' in data) return data.name as Bilingual;
  const title = (data as { title: Bilingual | string }).title;
  return typeof title === 'string' ? { en: title } : title;
}

/** An entry's title in the page's language; a clause keeps its number in either. */
export function entryTitle(entry: Entry, locale: Locale = 'en'): string {
  const titles = entryTitles(entry);
  if (locale === 'en' || !titles.zh) return titles.en;
  return entry.collection === 'clauses' ? `${entry.id} ${titles.zh}` : titles.zh;
}

/** A role's name in the page's language, or its id when the model has no such role (generators may run on partial fixtures). */
export const roleName = (model: Model, id: string, locale: Locale): string => {
  const role = model.get('roles', id);
  return role ? inLocale(role.data.name, locale) : id;
};
