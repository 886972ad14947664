/** Each change report of the build as JSON: a release against the one before, or this build since a release. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { namedReports } from '../../../lib/changes/site.ts';
import type { ChangeReport } from '../../../lib/changes/diff.ts';

export const getStaticPaths: GetStaticPaths = async () =>
  (await namedReports()).map(({ name, report }) => ({ params: { name }, props: { report } }));

export const GET: APIRoute = ({ params, props }) =>
  new Response(
    JSON.stringify({ format: 1, name: params.name, report: (props as { report: ChangeReport }).report }, null, 2),
    {
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
    },
  );
