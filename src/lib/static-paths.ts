/** `getStaticPaths` for entry pages: every entry of a collection in every locale. */
import type { CollectionName } from '../schemas/index.ts';
import type { Entry } from './content/load.ts';
import { getModel } from './site-model.ts';
import { entrySlug, localeStaticPaths, type Locale } from './routes.ts';

export function entryStaticPaths<C extends CollectionName>(collection: C) {
  return localeStaticPaths().flatMap(({ params, props }) =>
    getModel(props.locale)
      .all(collection)
      .map((entry) => ({
        params: { ...params, id: entrySlug(collection, entry.id) },
        props: { ...props, entry },
      })),
  );
}

export interface EntryPageProps<C extends CollectionName> {
  locale: Locale;
  entry: Entry<C>;
}
