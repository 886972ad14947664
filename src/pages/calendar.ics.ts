/** Every recurring obligation as an iCalendar feed; subscribers follow any change of the parameters that set its days. */
import type { APIRoute } from 'astro';
import { buildIcs } from '../lib/calendar/index.ts';
import { DEFAULT_LOCALE, entryUrl } from '../lib/routes.ts';
import { getModel } from '../lib/site-model.ts';
import { roleName } from '../lib/titles.ts';
import { wordsFormatter } from '../i18n/words.ts';

export const GET: APIRoute = ({ site }) => {
  const model = getModel();
  return new Response(
    buildIcs(model, {
      say: wordsFormatter(DEFAULT_LOCALE, (id) => roleName(model, id, DEFAULT_LOCALE)),
      ...(site ? { site: site.href } : {}),
      urlOf: (id) => entryUrl('obligations', id),
    }),
    { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } },
  );
};
