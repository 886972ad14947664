/** The permission changes of each change report as CSV: role, permission, granted or revoked, basis, via. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { csvResponse } from '../../../lib/csv.ts';
import { namedReports } from '../../../lib/changes/site.ts';
import { permissionChangesTable } from '../../../lib/changes/tables.ts';
import type { ChangeReport } from '../../../lib/changes/diff.ts';

export const getStaticPaths: GetStaticPaths = async () =>
  (await namedReports()).map(({ name, report }) => ({ params: { name }, props: { report } }));

export const GET: APIRoute = ({ params, props }) =>
  csvResponse(permissionChangesTable((props as { report: ChangeReport }).report), `${params.name}-permissions.csv`);
