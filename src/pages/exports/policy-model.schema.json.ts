/** `/exports/policy-model.schema.json`: the JSON Schema of the policy model export, generated from the content schemas. */
import type { APIRoute } from 'astro';
import { policyModelJsonSchemaText } from '../../lib/export/json-schema.ts';

export const GET: APIRoute = () =>
  new Response(policyModelJsonSchemaText(), { headers: { 'Content-Type': 'application/schema+json; charset=utf-8' } });
