/** Every recurring obligation as an iCalendar feed; subscribers follow any change of the parameters that set its days. */
import type { APIRoute } from 'astro';
import { buildIcs } from '../lib/calendar.ts';
import { entryUrl } from '../lib/routes.ts';
import { getModel } from '../lib/site-model.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(
    buildIcs(getModel(), { ...(site ? { site: site.href } : {}), urlOf: (id) => entryUrl('obligations', id) }),
    {
      headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
    },
  );
