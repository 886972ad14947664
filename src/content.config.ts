/**
 * Astro's view of the content: only what Astro must render, the MDX documents (runbooks, plans,
 * guides), whose bodies become pages, in each language: `runbooks` from the source files and
 * `runbooks_zh_cn` from their translations in `runbooks/zh-cn/`. Everything else, and every
 * frontmatter field, is read, validated and checked once per build by the model loader
 * (`src/lib/site-model.ts`), which the pages query. Astro gets no schema, so it never validates a
 * second time, and its loader first asks for the model, so bad content stops the build with every
 * finding as `file:line:column`.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { KINDS, REGISTRY, type CollectionName } from './lib/collections.ts';
import { entryIdFromPath, globPattern } from './lib/content/files.ts';
import { bodyCollectionName } from './lib/content/body-collections.ts';
import { TRANSLATED_LOCALES, type TranslatedLocale } from './lib/routes.ts';
import { contentDir, getModel } from './lib/site-model.ts';

/** The kinds written as MDX: the only ones Astro renders. */
type RenderedCollection = {
  [C in CollectionName]: '.mdx' extends (typeof KINDS)[C]['extensions'][number] ? C : never;
}[CollectionName];

function collectionFor(name: RenderedCollection, locale?: TranslatedLocale) {
  const folder = `${contentDir()}/${REGISTRY.folder[name]}`;
  const files = glob({
    pattern: locale ? '*.mdx' : globPattern(name),
    base: locale ? `${folder}/${locale}` : folder,
    generateId: ({ entry }) => entryIdFromPath(name, entry),
  });
  const loader: Loader = {
    name: `handbook-${bodyCollectionName(name, locale)}`,
    load: async (context) => {
      getModel(); // throws a ContentError listing every finding; cached for the pages
      await files.load(context);
    },
  };
  return defineCollection({ loader });
}

export const collections = Object.fromEntries(
  (REGISTRY.mdx as RenderedCollection[]).flatMap((name) => [
    [name, collectionFor(name)],
    ...TRANSLATED_LOCALES.map((locale) => [bodyCollectionName(name, locale), collectionFor(name, locale)]),
  ]),
);
