/** The role-permission matrix as CSV: one row per role, one column per permission, each cell the grant's basis. */
import type { APIRoute } from 'astro';
import { csvResponse } from '../../lib/csv.ts';
import { buildMatrix, matrixTable } from '../../lib/matrix.ts';
import { getModel } from '../../lib/site-model.ts';

export const GET: APIRoute = () => csvResponse(matrixTable(buildMatrix(getModel())), 'matrix.csv');
