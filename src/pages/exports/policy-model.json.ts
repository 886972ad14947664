/**
 * `/exports/policy-model.json`: the whole resolved policy graph for auditors' tools, in one file with
 * every language's translation of each entry (README, "The policy model export").
 */
import type { APIRoute } from 'astro';
import { buildPolicyModelExport } from '../../lib/export/policy-model.ts';
import { TRANSLATED_LOCALES } from '../../lib/routes.ts';
import { getModel, getTranslations } from '../../lib/site-model.ts';
import { translationsOf } from '../../lib/translations/localize.ts';
import { plainWords } from '../../i18n/index.ts';

export const GET: APIRoute = () => {
  const locales = TRANSLATED_LOCALES.map((locale) => ({
    locale,
    translations: translationsOf(getTranslations(), locale),
    words: plainWords(locale),
  }));
  return new Response(`${JSON.stringify(buildPolicyModelExport(getModel(), plainWords('en'), locales), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
