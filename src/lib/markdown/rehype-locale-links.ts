/**
 * A translated body links the pages of its own language: in a file below a locale's folder
 * (`runbooks/zh-cn/rollback.mdx`), a link to a page of the site (`/guides/incident-triage/`) gets
 * the locale's prefix (`/zh-cn/guides/incident-triage/`). Translators copy link targets unchanged,
 * and the checker compares them with the source's. Files (`/exports/…`, anything with an extension)
 * are shared by both languages and keep their path.
 */
import type { Element, Root, RootContent } from 'hast';
import { LOCALES, TRANSLATED_LOCALES } from '../routes.ts';

const isPage = (href: string) =>
  /^\/(?!\/)/.test(href) &&
  !/^\/(exports|_astro|pagefind)\//.test(href) &&
  !/\.[a-z0-9]+(?:[?#]|$)/i.test(href.split(/[?#]/)[0]!);

export default function rehypeLocaleLinks() {
  return (tree: Root, file: { path?: string; history?: string[] }) => {
    const path = (file.path ?? file.history?.at(-1))?.replace(/\\/g, '/');
    const locale = TRANSLATED_LOCALES.find((l) => path?.includes(`/${l}/`));
    if (!locale) return;
    const prefix = LOCALES[locale].prefix;
    const visit = (node: Root | RootContent) => {
      // (Only an element has a tag name.)
      const element = node as Partial<Element>;
      const href = element.properties?.href;
      if (element.tagName === 'a' && typeof href === 'string' && isPage(href) && !href.startsWith(`${prefix}/`))
        element.properties!.href = `${prefix}${href}`;
      if ('children' in node) for (const child of node.children) visit(child);
    };
    visit(tree);
  };
}
