/**
 * A guide's reading list in groups a reader can take in: each run of entries of one kind (the
 * policy's clauses, then roles, then controls …) is one group under that kind's name, numbered on
 * across the groups so the order the guide gives stays readable.
 */
import type { CollectionName } from '../schemas/index.ts';

export interface ReadingItem {
  collection: CollectionName;
  id: string;
  /** Its place in the whole list, from 1. */
  n: number;
}

export interface ReadingGroup {
  collection: CollectionName;
  items: ReadingItem[];
}

export function readingGroups(items: readonly { collection: CollectionName; id: string }[]): ReadingGroup[] {
  const groups: ReadingGroup[] = [];
  items.forEach((item, i) => {
    const last = groups.at(-1);
    const entry = { collection: item.collection, id: item.id, n: i + 1 };
    if (last && last.collection === item.collection) last.items.push(entry);
    else groups.push({ collection: item.collection, items: [entry] });
  });
  return groups;
}
