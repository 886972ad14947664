/** Each generated checklist as CSV, one row per item with an empty `done` column to tick. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { buildChecklists, checklistTable, type Checklist } from '../../../lib/checklists.ts';
import { csvResponse } from '../../../lib/csv.ts';
import { DEFAULT_LOCALE } from '../../../lib/routes.ts';
import { getModel } from '../../../lib/site-model.ts';
import { roleName } from '../../../lib/titles.ts';
import { wordsFormatter } from '../../../i18n/words.ts';

export const getStaticPaths: GetStaticPaths = () =>
  buildChecklists(getModel()).map((checklist) => ({ params: { id: checklist.id }, props: { checklist } }));

export const GET: APIRoute = ({ props }) => {
  const { checklist } = props as { checklist: Checklist };
  const model = getModel();
  return csvResponse(
    checklistTable(
      checklist,
      wordsFormatter(DEFAULT_LOCALE, (id) => roleName(model, id)),
    ),
    `${checklist.id}.csv`,
  );
};
