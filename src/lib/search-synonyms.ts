/**
 * The words search treats as one another, from the glossary's terms (`src/content/terms/`): each
 * term's English and Chinese names and the `synonyms` readers type for it ("500" for "5xx",
 * "DB" for 数据库), so a query in one language or in the reader's own words finds the page
 * written in the other. Data only: the search dialog receives the groups with its strings.
 */
import type { Model } from './model.ts';

export function searchSynonyms(model: Model): string[][] {
  return model
    .all('terms')
    .map((term) => [
      ...new Set(
        [term.data.name.en, term.data.name.zh, ...term.data.synonyms].map((word) => word.trim()).filter(Boolean),
      ),
    ])
    .filter((group) => group.length > 1);
}
