/**
 * What a translation was made from: a short hash of its source's prose fields and of its source's
 * body, recorded in the translation as `translatedFrom` by `npm run translations:stamp`. When the
 * English text changes, its hash no longer matches and the translation is reported outdated.
 */
import { createHash } from 'node:crypto';
import type { AnyEntry, Translation } from '../content/load.ts';
import { proseFields } from './fields.ts';

export interface SourceHashes {
  fields: string;
  body?: string;
}

const hash = (text: string): string => createHash('sha256').update(text).digest('hex').slice(0, 12);

export function sourceHashes(entry: AnyEntry): SourceHashes {
  const fields = hash(JSON.stringify(proseFields(entry.collection, entry.data).map((f) => [f.path, f.value])));
  return entry.body === undefined ? { fields } : { fields, body: hash(entry.body.trim()) };
}

export type TranslationStatus = 'current' | 'outdated' | 'missing';

/** `current`, `outdated` (its source changed since, or it records no source) or `missing`, with the parts that changed. */
export function translationStatus(
  entry: AnyEntry,
  translation: Translation | undefined,
): { status: TranslationStatus; changed: ('fields' | 'body')[] } {
  if (!translation) return { status: 'missing', changed: [] };
  const now = sourceHashes(entry);
  // Whatever the translation records (a hash, or any other value where a hash belongs) counts only if it is the hash now.
  const then = (translation.data as { translatedFrom?: Partial<Record<keyof SourceHashes, unknown>> } | null)
    ?.translatedFrom;
  const changed = (['fields', 'body'] as const).filter((part) => now[part] !== undefined && then?.[part] !== now[part]);
  return { status: changed.length ? 'outdated' : 'current', changed };
}
