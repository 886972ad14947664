/**
 * The search filter's owners, each role's id → its name in the page's language (`/search-owners.json`,
 * `/zh-cn/search-owners.json`). Fetched by the search dialog when it opens (src/client/search/ui.ts),
 * not written into every page: with one name per role, a page would otherwise grow with the roles.
 */
import type { APIRoute } from 'astro';
import { localeStaticPaths, type Locale } from '../../lib/routes.ts';
import { getModel } from '../../lib/site-model.ts';
import { inLocale } from '../../lib/titles.ts';

export const getStaticPaths = localeStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { locale } = props as { locale: Locale };
  const roles = getModel(locale).all('roles');
  const owners = Object.fromEntries(roles.map((role) => [role.id, inLocale(role.data.name, locale)]));
  return new Response(JSON.stringify(owners), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
