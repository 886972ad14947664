/**
 * The role-permission matrix as CSV, in each language (`/exports/matrix.csv`, `/zh-cn/exports/matrix.csv`):
 * one row per role, one column per permission, each cell the grant's basis.
 */
import type { APIRoute } from 'astro';
import { csvResponse } from '../../../lib/csv.ts';
import { buildMatrix, matrixTable } from '../../../lib/matrix.ts';
import { downloadName, localeStaticPaths, type Locale } from '../../../lib/routes.ts';
import { getModel } from '../../../lib/site-model.ts';
import { roleName } from '../../../lib/titles.ts';
import { wordsFormatter } from '../../../i18n/words.ts';

export const getStaticPaths = localeStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { locale } = props as { locale: Locale };
  const model = getModel(locale);
  const say = wordsFormatter(locale, (id) => roleName(model, id, locale));
  return csvResponse(matrixTable(buildMatrix(model), say, locale), downloadName('matrix.csv', locale));
};
