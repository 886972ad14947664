/** Each generated checklist as CSV, one row per item with an empty `done` column to tick. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { buildChecklists, checklistTable, type Checklist } from '../../../lib/checklists.ts';
import { csvResponse } from '../../../lib/csv.ts';
import { DEFAULT_LOCALE } from '../../../lib/routes.ts';
import { getModel } from '../../../lib/site-model.ts';
import { plainInlineText } from '../../../lib/inline-text.ts';
import { plainWords } from '../../../i18n/index.ts';
import { roleName } from '../../../lib/titles.ts';
import { wordsFormatter } from '../../../i18n/words.ts';
import type { Words } from '../../../lib/words.ts';

export const getStaticPaths: GetStaticPaths = () =>
  buildChecklists(getModel()).map((checklist) => ({ params: { id: checklist.id }, props: { checklist } }));

export const GET: APIRoute = ({ props }) => {
  const { checklist } = props as { checklist: Checklist };
  const model = getModel();
  const say = wordsFormatter(DEFAULT_LOCALE, (id) => roleName(model, id, DEFAULT_LOCALE));
  // the inline markers of a statement or test as words: the value, then its status in brackets
  const toPlain = (words: Words) => plainInlineText(say(words), model, plainWords(DEFAULT_LOCALE));
  return csvResponse(checklistTable(checklist, toPlain), `${checklist.id}.csv`);
};
