/** The role-permission matrix as JSON: the generator's output, with a note on how to read it. */
import type { APIRoute } from 'astro';
import { buildMatrix } from '../../lib/matrix.ts';
import { getModel } from '../../lib/site-model.ts';

export const GET: APIRoute = () =>
  new Response(
    JSON.stringify(
      {
        about:
          'Role-permission matrix of the IT Policy Handbook. cells[role][permission].basis is a clause id, or "proposed" when the handbook adds the grant, and quotes the words of that clause the grant rests on; via names the post a grant is held through.',
        ...buildMatrix(getModel()),
      },
      null,
      2,
    ),
    { headers: { 'Content-Type': 'application/json; charset=utf-8' } },
  );
