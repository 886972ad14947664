/** `/exports/policy-model.json`: the whole resolved policy graph for auditors' tools (README, "The policy model export"). */
import type { APIRoute } from 'astro';
import { buildPolicyModelExport } from '../../lib/export/policy-model.ts';
import { getModel } from '../../lib/site-model.ts';
import { plainWords } from '../../i18n/index.ts';

export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(buildPolicyModelExport(getModel(), plainWords('en')), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
