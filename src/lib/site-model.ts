/**
 * The model as the site sees it: loaded once per build (and again in `astro dev` only when a
 * content file changes), checked with every rule of `npm run check`, unless `npm run build`'s
 * check step has just passed this very content (`HANDBOOK_CHECKED_STAMP`). Pages and endpoints
 * call `getModel()`; a direct `astro build` over bad content therefore fails too, naming each file.
 */
import { checkContent } from './checks/index.ts';
import { DEFAULT_CONTENT_DIR } from './content/files.ts';
import { CHECKED_STAMP_ENV, checkedStampHolds, contentFingerprint } from './content/fingerprint.ts';
import { formatFinding } from './finding-report.ts';
import { buildModel, type Model } from './model.ts';
import { DEFAULT_LOCALE, type Locale, type TranslatedLocale } from './routes.ts';
import { localizeEntry, translationKey, translationsOf } from './translations/localize.ts';
import type { Translation } from './content/load.ts';
import { CONTACTS_ENV, readContacts, type ContactDirectory } from './contacts.ts';

/** The content folder the site builds from: `HANDBOOK_CONTENT_DIR`, as in `content.config.ts`. */
export const contentDir = (): string => process.env.HANDBOOK_CONTENT_DIR ?? DEFAULT_CONTENT_DIR;

interface Cached {
  key: string;
  model: Model;
  translations: Translation[];
  /** The model of each other locale, built on first use. */
  localized: Map<Locale, Model>;
  checkedAt: number;
}

/**
 * One model per process, not per module instance: Astro's content layer (`content.config.ts`)
 * and the prerendered pages import this module from different bundles, and must share the load.
 */
const CACHE = Symbol.for('handbook.site-model');
const store = globalThis as { [CACHE]?: Cached };

/**
 * Pages call `getModel()` thousands of times per build (every link, every badge). Listing the
 * content folder takes about a millisecond, so it is done at most this often; in `astro dev` an
 * edit is still picked up by the next page load.
 */
const RECHECK_MS = 250;

/** Thrown when the content has errors; its message lists every finding as `file:line:col  rule  message`. */
class ContentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ContentError';
  }
}

/**
 * The model in a locale: for English the content as written; for another locale the same entries,
 * ids and references, with each prose field and body replaced by its translation.
 */
export function getModel(locale: Locale = DEFAULT_LOCALE): Model {
  const cache = checkedContent();
  if (locale === DEFAULT_LOCALE) return cache.model;
  let localized = cache.localized.get(locale);
  if (!localized) {
    const translations = translationsOf(cache.translations, locale as TranslatedLocale);
    localized = buildModel(
      cache.model.entries.map((e) => localizeEntry(e, translations.get(translationKey(e)))),
      cache.model.edges,
    );
    cache.localized.set(locale, localized);
  }
  return localized;
}

/** Every translation file, for the pages that report on translations. */
export const getTranslations = (): readonly Translation[] => checkedContent().translations;

/**
 * A production build (`astro build` sets NODE_ENV unless it is set) reads content that does not
 * change while it runs, so it never looks at the folder again: with 5,000 entries added (10,500
 * files) one look took 75 ms on a busy 2-core machine, against the 250 ms between looks.
 */
const contentMayChange = () => process.env.NODE_ENV !== 'production';

function checkedContent(): Cached {
  const dir = contentDir();
  const now = Date.now();
  const cache = store[CACHE];
  if (cache && cache.key.startsWith(`${dir}\n`) && (!contentMayChange() || now - cache.checkedAt < RECHECK_MS))
    return cache;
  const key = contentFingerprint(dir);
  if (cache?.key === key) {
    cache.checkedAt = now;
    return cache;
  }
  // `npm run build` has just checked this very content (its stamp records the same files, sizes
  // and times): load it without running the rules a second time.
  const rules = !checkedStampHolds(process.env[CHECKED_STAMP_ENV], key);
  const { model, findings, translations } = checkContent({ contentDir: dir, rules });
  const errors = findings.filter((f) => f.severity === 'error');
  if (errors.length > 0) {
    throw new ContentError(
      `the content in ${dir} has ${errors.length} error(s); run \`npm run check\` for hints:\n` +
        errors.map((f) => `  ${formatFinding(f)}`).join('\n'),
    );
  }
  const fresh: Cached = { key, model, translations, localized: new Map(), checkedAt: Date.now() };
  store[CACHE] = fresh;
  return fresh;
}

const CONTACTS = Symbol.for('handbook.contacts');
const contactStore = globalThis as { [CONTACTS]?: { path: string; directory: ContactDirectory } };

/**
 * The contact directory of this build: the file `HANDBOOK_CONTACTS` names, validated against the
 * roles (a bad file stops the build with every finding), or undefined when the variable is unset,
 * and the pages then show the roles with a note on where to add numbers.
 */
export function getContacts(): ContactDirectory | undefined {
  const path = process.env[CONTACTS_ENV];
  if (!path) return undefined;
  const cached = contactStore[CONTACTS];
  if (cached?.path === path) return cached.directory;
  const roleIds = getModel()
    .all('roles')
    .map((r) => r.id);
  const { directory, findings } = readContacts(path, roleIds);
  if (findings.length > 0) {
    throw new ContentError(
      `the contact file ${path} (${CONTACTS_ENV}) has ${findings.length} error(s):\n` +
        findings.map((f) => `  ${formatFinding(f)}`).join('\n'),
    );
  }
  contactStore[CONTACTS] = { path, directory };
  return directory;
}
