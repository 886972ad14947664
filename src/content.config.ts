/**
 * Astro's view of the content. The schemas themselves live in `src/schemas/` so that
 * the model loader, the checker and the tests validate with exactly the same code;
 * here they are built with Astro's `reference()`.
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { COLLECTIONS, makeSchemas, type CollectionName, type RefFactory } from './schemas/index.ts';
import { REGISTRY } from './lib/collections.ts';
import { DEFAULT_CONTENT_DIR, entryIdFromPath, globPattern } from './lib/content/files.ts';

const contentDir = process.env.HANDBOOK_CONTENT_DIR ?? DEFAULT_CONTENT_DIR;
const schemas = makeSchemas(reference as unknown as RefFactory);

function collectionFor<C extends CollectionName>(name: C) {
  return defineCollection({
    loader: glob({
      pattern: globPattern(name),
      base: `${contentDir}/${REGISTRY.folder[name]}`,
      generateId: ({ entry }) => entryIdFromPath(name, entry),
    }),
    schema: schemas[name],
  });
}

export const collections = Object.fromEntries(COLLECTIONS.map((name) => [name, collectionFor(name)])) as {
  [C in CollectionName]: ReturnType<typeof collectionFor<C>>;
};
