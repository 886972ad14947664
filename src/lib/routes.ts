/**
 * Every URL the site generates, in one place. English lives at the root; another
 * locale is the same path under its prefix (`/zh-cn/roles/…`), so adding it moves no page.
 */
import type { CollectionName } from '../schemas/index.ts';
import { clauseIdFromSlug, clauseSlug, hasDottedIds } from './content/files.ts';
import { REGISTRY } from './collections.ts';

export type Locale = 'en' | 'zh-cn';
/** Each locale's URL prefix ('' for the default), `<html lang>` and the name a reader picks it by. */
export const LOCALES: Record<Locale, { prefix: string; htmlLang: string; label: string }> = {
  en: { prefix: '', htmlLang: 'en', label: 'English' },
  'zh-cn': { prefix: '/zh-cn', htmlLang: 'zh-CN', label: '简体中文' },
};
export const DEFAULT_LOCALE: Locale = 'en';
/** The locales whose content is translated from the default one: each has a `<folder>/<locale>/` of translation files. */
export const TRANSLATED_LOCALES = ['zh-cn'] as const satisfies readonly Exclude<Locale, 'en'>[];
export type TranslatedLocale = (typeof TRANSLATED_LOCALES)[number];

/** The same page in another locale: the path without this locale's prefix, under the other's. */
export function switchLocalePath(pathname: string, to: Locale): string {
  const from = localeFromPath(pathname);
  const bare = LOCALES[from].prefix ? pathname.slice(LOCALES[from].prefix.length) || '/' : pathname;
  return localePath(bare, to);
}

/**
 * The other edition of a page (the site has two): its locale, and the path of the same page there,
 * or of that edition's home page for a page that has no twin, such as a not-found page.
 */
export function otherEdition(
  locale: Locale,
  pathname: string,
  { home = false }: { home?: boolean } = {},
): { locale: Locale; href: string } {
  const other = (Object.keys(LOCALES) as Locale[]).find((l) => l !== locale) ?? DEFAULT_LOCALE;
  return { locale: other, href: switchLocalePath(home ? localePath('/', locale) : pathname, other) };
}

/** The path segment of each collection's pages (from the registry of kinds). */
export const SECTION: Record<CollectionName, string> = REGISTRY.section;

export function localePath(path: string, locale: Locale = DEFAULT_LOCALE): string {
  return `${LOCALES[locale].prefix}${path}`;
}

/**
 * The file name a download is saved under: the file's own name in the default locale, the
 * language tag before the extension in another (`matrix.csv`, `matrix.zh-CN.csv`), so that a
 * reader who downloads both keeps both.
 */
export function downloadName(file: string, locale: Locale = DEFAULT_LOCALE): string {
  if (locale === DEFAULT_LOCALE) return file;
  const dot = file.lastIndexOf('.');
  const tag = LOCALES[locale].htmlLang;
  return dot > 0 ? `${file.slice(0, dot)}.${tag}${file.slice(dot)}` : `${file}.${tag}`;
}

/** The URL slug of an entry: clause 3.1 is `3-1`; every other id is already a slug. */
export const entrySlug = (collection: CollectionName, id: string): string =>
  hasDottedIds(collection) ? clauseSlug(id) : id;

export function sectionUrl(collection: CollectionName, locale: Locale = DEFAULT_LOCALE): string {
  return localePath(`/${SECTION[collection]}/`, locale);
}

export function entryUrl(collection: CollectionName, id: string, locale: Locale = DEFAULT_LOCALE): string {
  return localePath(`/${SECTION[collection]}/${entrySlug(collection, id)}/`, locale);
}

/**
 * The files of a built site a static host serves a (decoded) URL path from, in the order it tries
 * them, relative to the site's folder: `/x/` is `x/index.html`; `/x` is `x`, `x.html` or `x/index.html`.
 */
export function filesServing(pathname: string): string[] {
  const path = pathname.replace(/^\/+/, '');
  return path === '' || path.endsWith('/') ? [`${path}index.html`] : [path, `${path}.html`, `${path}/index.html`];
}

/** The entry an internal URL points at, if it is an entry page. */
export function entryFromUrl(url: string): { collection: CollectionName; id: string } | undefined {
  const path = url.split(/[?#]/)[0]!;
  const match = /^\/([a-z]+)\/([^/]+)\/?$/.exec(path);
  if (!match) return undefined;
  const collection = (Object.keys(SECTION) as CollectionName[]).find((c) => SECTION[c] === match[1]);
  if (!collection) return undefined;
  return { collection, id: hasDottedIds(collection) ? clauseIdFromSlug(match[2]!) : match[2]! };
}

/** `getStaticPaths` entries for every locale: English at the root (`lang` undefined), others under their prefix. */
export function localeStaticPaths(): { params: { lang: string | undefined }; props: { locale: Locale } }[] {
  return (Object.keys(LOCALES) as Locale[]).map((locale) => ({
    params: { lang: LOCALES[locale].prefix ? LOCALES[locale].prefix.slice(1) : undefined },
    props: { locale },
  }));
}

/** The locale of a page from its path, for components (such as MDX ones) that are not handed a locale. */
export function localeFromPath(pathname: string): Locale {
  const match = (Object.keys(LOCALES) as Locale[]).find(
    (l) => LOCALES[l].prefix && (pathname === LOCALES[l].prefix || pathname.startsWith(`${LOCALES[l].prefix}/`)),
  );
  return match ?? DEFAULT_LOCALE;
}
