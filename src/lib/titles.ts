/** The display title of any entry, in English and Chinese. */
import type { Bilingual, CollectionName, DataByCollection } from '../schemas/index.ts';
import type { Entry } from './content/load.ts';
import type { Model } from './model.ts';

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

export const entryTitle = (entry: Entry): string => entryTitles(entry).en;

/** A role's English name, or its id when the model has no such role (generators may run on partial fixtures). */
export const roleName = (model: Model, id: string): string => model.get('roles', id)?.data.name.en ?? id;
