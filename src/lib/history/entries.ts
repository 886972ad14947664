/**
 * The history of every entry, from one walk over git: per entry, each commit that changed its file
 * (following renames), with the document version in that commit and whether the commit changed
 * what the file says or only how it is written. Cached per content folder, so a build or a check
 * pays for one `git log` however many pages ask.
 */
import { extname } from 'node:path';
import { COLLECTIONS, MDX_COLLECTIONS, type CollectionName } from '../../schemas/index.ts';
import { EXTENSIONS, entryIdFromPath } from '../content/files.ts';
import { TRANSLATED_LOCALES } from '../routes.ts';
import { parseContentFile } from '../content/parse.ts';
import { keyOf, type EntryKey } from '../model.ts';
import { logContent, openRepo, type CommitInfo, type HistoryCommit, type Unavailable } from './git.ts';

export interface Revision extends CommitInfo {
  /** `document.version` in this commit, when the file parsed and had one. */
  version?: string;
  /** The commit changed only the formatting: the parsed data and the body's words are as before. */
  formatOnly: boolean;
  /** The commit deleted the file. */
  deleted?: boolean;
}

/** Every entry's revisions, oldest first, keyed `collection:id` (the id it has now, after renames). */
export type EntryHistories = Map<EntryKey, Revision[]>;

export type ContentHistory = { available: true; entries: EntryHistories } | Unavailable;

/** The entry a path inside the content folder holds, if it is a content file. */
export function entryKeyOfPath(path: string): EntryKey | undefined {
  const [collection, ...rest] = path.split('/');
  // a translation (`runbooks/zh-cn/rollback.mdx`) is not its source's revision: the translation rules watch it
  if ((TRANSLATED_LOCALES as readonly (string | undefined)[]).includes(rest[0])) return undefined;
  // (a collection's folder itself, `roles`, has no extension and is no entry either)
  if (!(COLLECTIONS as readonly string[]).includes(collection!)) return undefined;
  const c = collection as CollectionName;
  if (!EXTENSIONS[c].includes(extname(path).toLowerCase())) return undefined;
  return keyOf(c, entryIdFromPath(c, rest.join('/')));
}

/** Object keys sorted, so two parses of equal data print alike. */
const canonical = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(canonical)
    : value instanceof Date
      ? value.toISOString()
      : value && typeof value === 'object'
        ? Object.fromEntries(
            Object.keys(value)
              .sort()
              .map((k) => [k, canonical((value as Record<string, unknown>)[k])]),
          )
        : value;

/** What a file says, independent of its layout: the parsed data, and the body with runs of white space collapsed. */
function readRevision(path: string, text: string): { version?: string; meaning: string } {
  const collection = path.split('/')[0] as CollectionName;
  try {
    const parsed = parseContentFile(text, (MDX_COLLECTIONS as readonly string[]).includes(collection) ? 'mdx' : 'yaml');
    const version = (parsed.data as { document?: { version?: unknown } } | null)?.document?.version;
    return {
      ...(typeof version === 'string' || typeof version === 'number' ? { version: String(version) } : {}),
      meaning: JSON.stringify([canonical(parsed.data), (parsed.body ?? '').trim().split(/\s+/)]),
    };
  } catch {
    // a revision that does not parse is a change of meaning (someone will have fixed it in the next one)
    return { meaning: `unparsed\n${text}` };
  }
}

/** Turns the commits of one walk (newest first, as git gives them) into per-entry histories. Pure. */
function entryHistories(commits: readonly HistoryCommit[]): EntryHistories {
  const histories: EntryHistories = new Map();
  const meaningOf = new Map<string, { version?: string; meaning: string }>();
  for (const commit of [...commits].reverse()) {
    for (const file of commit.files) {
      const key = entryKeyOfPath(file.path);
      const fromKey = file.from !== undefined ? entryKeyOfPath(file.from) : undefined;
      const previous = meaningOf.get(file.from ?? file.path);
      let revisions = (fromKey && histories.get(fromKey)) || histories.get(key!) || [];
      // Stryker disable next-line ConditionalExpression: equivalent, a history moved to its own key is set again below
      if (fromKey && fromKey !== key) histories.delete(fromKey);
      if (!key) continue;
      const info = { commit: commit.commit, date: commit.date, subject: commit.subject };
      if (file.text === null) {
        revisions = [
          ...revisions,
          { ...info, ...(previous?.version ? { version: previous.version } : {}), formatOnly: false, deleted: true },
        ];
        meaningOf.delete(file.path);
      } else {
        const now = file.text === undefined ? previous : readRevision(file.path, file.text);
        if (file.from !== undefined) meaningOf.delete(file.from);
        if (now) meaningOf.set(file.path, now);
        const formatOnly =
          previous !== undefined && now !== undefined && previous.meaning === now.meaning && fromKey === undefined;
        revisions = [...revisions, { ...info, ...(now?.version ? { version: now.version } : {}), formatOnly }];
      }
      histories.set(key, revisions);
    }
  }
  return histories;
}

const cache = new Map<string, Promise<ContentHistory>>();

/** The history of the content folder (one `git log` per folder and process). */
export function readContentHistory(contentDir: string): Promise<ContentHistory> {
  let pending = cache.get(contentDir);
  if (!pending) {
    pending = (async (): Promise<ContentHistory> => {
      const repo = await openRepo(contentDir);
      if (!repo.available) return repo;
      return { available: true, entries: entryHistories(await logContent(repo)) };
    })();
    cache.set(contentDir, pending);
  }
  return pending;
}
