/**
 * The rendered MDX body of a runbook, plan or guide in the page's language: the translation's body
 * where one exists (the checker reports a missing one), the source's otherwise.
 */
import { getEntry, render } from 'astro:content';
import { bodyCollectionName } from '../lib/content/body-collections.ts';
import type { Locale } from '../lib/routes.ts';

export async function renderEntryBody(collection: 'runbooks' | 'plans' | 'guides', id: string, locale: Locale) {
  // the translations' collections are built from the registry in content.config.ts, so Astro's types do not name them
  const translated = bodyCollectionName(collection, locale) as typeof collection;
  const entry = (await getEntry(translated, id)) ?? (await getEntry(collection, id));
  if (!entry) throw new Error(`${collection} ${id} is missing from Astro's content layer`);
  return render(entry);
}
