/**
 * Astro's view of the content: only what Astro must render, the MDX documents (runbooks, plans,
 * guides), whose bodies become pages. Everything else, and every frontmatter field, is read,
 * validated and checked once per build by the model loader (`src/lib/site-model.ts`), which the
 * pages query. Astro gets no schema, so it never validates a second time, and its loader first
 * asks for the model, so bad content stops the build with every finding as `file:line:column`.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { KINDS, REGISTRY, type CollectionName } from './lib/collections.ts';
import { entryIdFromPath, globPattern } from './lib/content/files.ts';
import { contentDir, getModel } from './lib/site-model.ts';

/** The kinds written as MDX: the only ones Astro renders. */
type RenderedCollection = {
  [C in CollectionName]: '.mdx' extends (typeof KINDS)[C]['extensions'][number] ? C : never;
}[CollectionName];

function collectionFor(name: RenderedCollection) {
  const files = glob({
    pattern: globPattern(name),
    base: `${contentDir()}/${REGISTRY.folder[name]}`,
    generateId: ({ entry }) => entryIdFromPath(name, entry),
  });
  const loader: Loader = {
    name: `handbook-${name}`,
    load: async (context) => {
      getModel(); // throws a ContentError listing every finding; cached for the pages
      await files.load(context);
    },
  };
  return defineCollection({ loader });
}

export const collections = Object.fromEntries(
  (REGISTRY.mdx as RenderedCollection[]).map((name) => [name, collectionFor(name)]),
) as {
  [C in RenderedCollection]: ReturnType<typeof collectionFor>;
};
