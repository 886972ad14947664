/** Where content lives on disk and how a file name becomes an entry id. Shared by Astro's loaders and the model loader. */
import { REGISTRY, type CollectionName } from '../collections.ts';
import { TRANSLATED_LOCALES } from '../routes.ts';

export const DEFAULT_CONTENT_DIR = 'src/content';

/** The file extensions each collection reads. Anything else in a content folder is reported, never ignored silently. */
export const EXTENSIONS: Record<CollectionName, readonly string[]> = REGISTRY.extensions;

/** Kinds whose ids hold dots, written as dashes in file names and URLs (clauses). */
export const hasDottedIds = (collection: CollectionName): boolean =>
  (REGISTRY.dottedIds as readonly string[]).includes(collection);

/** The glob patterns Astro's `glob()` loader uses for a collection: its files, without the translation folders. */
export function globPattern(collection: CollectionName): string[] {
  const exts = EXTENSIONS[collection].map((e) => e.slice(1));
  const files = exts.length === 1 ? `**/*.${exts[0]}` : `**/*.{${exts.join(',')}}`;
  return [files, ...TRANSLATED_LOCALES.map((locale) => `!${locale}/**`)];
}

/**
 * The id of an entry is its file name without extension, wherever it sits below the
 * collection folder (so two files of the same name are a duplicate id). Clause files
 * are named with '-' for '.', because clause 3.1 lives in `3-1.yaml` and at `/policy/3-1/`.
 */
export function entryIdFromPath(collection: CollectionName, relativePath: string): string {
  const base = relativePath.split(/[\\/]/).pop() ?? relativePath;
  const stem = base.replace(/\.[^.]+$/, '');
  return hasDottedIds(collection) ? clauseIdFromSlug(stem) : stem;
}

export const clauseSlug = (clauseId: string): string => clauseId.replace(/\./g, '-');
export const clauseIdFromSlug = (slug: string): string => slug.replace(/-/g, '.');
