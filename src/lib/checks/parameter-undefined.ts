import type { Edge } from '../model.ts';
import { didYouMean } from '../suggest.ts';
import { describeEdge, edgeAt, finding, isParameterEdge } from './rule-helpers.ts';
import type { Check } from './types.ts';

/**
 * Every parameter a clause text (`X{id}`), a body (`<Param id>`) or a cadence names is
 * defined. A marker written in both texts of a clause (as it should be) is one problem,
 * reported once, at the first text that has it.
 */
export const parameterUndefined: Check = {
  id: 'parameter-undefined',
  description: 'a parameter used in text, a body or a cadence, but not defined',
  run({ model, exists }) {
    const missing = model.edges.filter((edge) => isParameterEdge(edge) && !exists('parameters', edge.to.id));
    const texts = new Map<string, Edge[]>();
    const others: Edge[] = [];
    for (const edge of missing) {
      if (!edge.field.startsWith('text.')) others.push(edge);
      else {
        const key = `${edge.file}\n${edge.to.id}`;
        texts.set(key, [...(texts.get(key) ?? []), edge]);
      }
    }
    const hint = (id: string) => didYouMean(id, model.ids('parameters')) ?? `define it in parameters/${id}.yaml`;
    return [
      ...[...texts.values()].map((edges) => {
        const id = edges[0]!.to.id;
        const fields = [...new Set(edges.map((e) => `\`${e.field}\``))].join(' and ');
        return finding(
          'parameter-undefined',
          edgeAt(edges[0]!),
          `${fields} use${fields.includes(' and ') ? '' : 's'} \`X{${id}}\`, but no parameter \`${id}\` is defined`,
          hint(id),
        );
      }),
      ...others.map((edge) =>
        finding(
          'parameter-undefined',
          edgeAt(edge),
          `${describeEdge(model, edge)} names parameter \`${edge.to.id}\`, which is not defined`,
          hint(edge.to.id),
        ),
      ),
    ];
  },
};
