/**
 * The running footer of every printed page, as custom properties on <html>: print.css shows them in
 * the page's bottom margin (`@page { @bottom-left { content: var(--print-url) } }`), where the page
 * context inherits them. The address, the version and build day, and "page n of m" in the page's
 * language: one style attribute per page, since the CSP allows inline style attributes but only
 * hashed style elements, and a hash per page would swell the header.
 */
import { buildInfo, printedAddress } from '../lib/build-info.ts';
import { dateText } from '../i18n/words.ts';
import { useTranslations } from '../i18n/index.ts';
import type { Locale } from '../lib/routes.ts';

/** A CSS string: quotes, backslashes and line breaks escaped. */
export const cssString = (text: string): string =>
  `"${text.replace(/[\\"]/g, (c) => `\\${c}`).replace(/[\n\r\f]/g, ' ')}"`;

/** `Page {page} of {total}` as CSS content: the words as strings, the numbers as the page counters. */
export function pageCounterContent(template: string): string {
  return template
    .split(/(\{page\}|\{total\})/)
    .filter(Boolean)
    .map((part) => (part === '{page}' ? 'counter(page)' : part === '{total}' ? 'counter(pages)' : cssString(part)))
    .join(' ');
}

export async function printFooterStyle(locale: Locale, pathname: string): Promise<string> {
  const t = useTranslations(locale);
  const { version, built } = await buildInfo();
  return [
    `--print-url: ${cssString(printedAddress(pathname))}`,
    `--print-stamp: ${cssString(t('print.stamp', { version, date: dateText(locale, built) }))}`,
    `--print-page: ${pageCounterContent(t('binder.page'))}`,
  ].join('; ');
}
