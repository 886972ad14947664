/** `/exports/policy-model.schema.json`: the JSON Schema of the policy model export, published byte for byte. */
import type { APIRoute } from 'astro';
import schema from '../../lib/export/policy-model.schema.json?raw';

export const GET: APIRoute = () =>
  new Response(schema, { headers: { 'Content-Type': 'application/schema+json; charset=utf-8' } });
