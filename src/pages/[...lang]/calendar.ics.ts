/**
 * Every recurring obligation as an iCalendar feed, in each language (`/calendar.ics`,
 * `/zh-cn/calendar.ics`); subscribers follow any change of the parameters that set its days.
 */
import type { APIRoute } from 'astro';
import { buildIcs } from '../../lib/calendar/index.ts';
import { entryUrl, localeStaticPaths, type Locale } from '../../lib/routes.ts';
import { getModel } from '../../lib/site-model.ts';
import { plainInlineText } from '../../lib/inline-text.ts';
import { roleName } from '../../lib/titles.ts';
import { plainWords } from '../../i18n/index.ts';
import { wordsFormatter } from '../../i18n/words.ts';
import type { Words } from '../../lib/words.ts';

export const getStaticPaths = localeStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const { locale } = props as { locale: Locale };
  const model = getModel(locale);
  const say = wordsFormatter(locale, (id) => roleName(model, id, locale));
  // the inline markers of a description as words (`… (proposed)`, `…(手册建议)`), never the raw `{proposed: …}`
  const text = (words: Words) => plainInlineText(say(words), model, plainWords(locale));
  return new Response(
    buildIcs(model, {
      say: text,
      locale,
      ...(site ? { site: site.href } : {}),
      urlOf: (id) => entryUrl('obligations', id, locale),
    }),
    { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } },
  );
};
