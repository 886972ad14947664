/**
 * Each generated checklist as CSV, in each language (`/exports/checklists/<id>.csv`,
 * `/zh-cn/exports/checklists/<id>.csv`): one row per item with an empty `done` column to tick.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { buildChecklists, checklistTable, type Checklist } from '../../../../lib/checklists.ts';
import { csvResponse } from '../../../../lib/csv.ts';
import { downloadName, localeStaticPaths, type Locale } from '../../../../lib/routes.ts';
import { getModel } from '../../../../lib/site-model.ts';
import { plainInlineText } from '../../../../lib/inline-text.ts';
import { plainWords } from '../../../../i18n/index.ts';
import { roleName } from '../../../../lib/titles.ts';
import { wordsFormatter } from '../../../../i18n/words.ts';
import type { Words } from '../../../../lib/words.ts';

export const getStaticPaths: GetStaticPaths = () =>
  localeStaticPaths().flatMap(({ params, props }) =>
    buildChecklists(getModel(props.locale)).map((checklist) => ({
      params: { ...params, id: checklist.id },
      props: { ...props, checklist },
    })),
  );

export const GET: APIRoute = ({ props }) => {
  const { checklist, locale } = props as { checklist: Checklist; locale: Locale };
  const model = getModel(locale);
  const say = wordsFormatter(locale, (id) => roleName(model, id, locale));
  // the inline markers of a statement or test as words: the value, then its status in brackets
  const toPlain = (words: Words) => plainInlineText(say(words), model, plainWords(locale));
  return csvResponse(checklistTable(checklist, toPlain), downloadName(`${checklist.id}.csv`, locale));
};
