/** Backlinks: the entries whose data or body refer to an entry, each named once. */
import type { CollectionName } from '../collections.ts';
import type { Model } from '../model.ts';

export interface EntryPointer {
  collection: CollectionName;
  id: string;
}

/** `pointers` without repeats, first occurrence kept, in the order given. */
export function uniquePointers<P extends EntryPointer>(pointers: readonly P[]): P[] {
  const seen = new Set<string>();
  return pointers.filter((p) => {
    const key = `${p.collection}:${p.id}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

/** By collection name, then by id (clause ids numerically: 2.10 after 2.9). */
export const comparePointers = (a: EntryPointer, b: EntryPointer): number =>
  a.collection.localeCompare(b.collection) || a.id.localeCompare(b.id, 'en', { numeric: true });

/**
 * The entries that refer to `collection`/`id`, each once, in the order of the model's edges
 * (`sorted`: by collection, then id). An entry referring to itself is left out with `exceptSelf`.
 */
export function referrers(
  model: Model,
  collection: CollectionName,
  id: string,
  options: { exceptSelf?: boolean; sorted?: boolean } = {},
): EntryPointer[] {
  const from = uniquePointers(model.incoming(collection, id).map((edge) => ({ ...edge.from })));
  const kept = options.exceptSelf ? from.filter((f) => !(f.collection === collection && f.id === id)) : from;
  return options.sorted ? kept.sort(comparePointers) : kept;
}
