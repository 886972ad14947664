import { finding } from './rule-helpers.ts';
import { cycles, isRoot, reportingGraph, rootRoles } from '../queries/reporting.ts';
import type { Check } from './types.ts';

/**
 * Every role's reporting line reaches the department head or an external root. A role
 * that reports to a missing role is left to `unknown-reference`, and a role inside a circle
 * to `reports-to-cycle`; what remains are the lines that stop at someone who reports to no one.
 */
export const noPathToRoot: Check = {
  id: 'no-path-to-root',
  description: 'a role with no reporting line to the department head or an external root',
  run({ model }) {
    const roles = model.all('roles');
    const graph = reportingGraph(model);
    const reaches = new Set(roles.filter(isRoot).map((r) => r.id));
    // A reference to a role that does not exist (or did not load) is reported elsewhere; count it as reaching.
    for (const role of roles) if (role.data.reportsTo.some((t) => !model.has('roles', t.id))) reaches.add(role.id);
    for (let changed = true; changed;) {
      changed = false;
      for (const role of roles) {
        if (!reaches.has(role.id) && graph.get(role.id)!.some((t) => reaches.has(t))) {
          reaches.add(role.id);
          changed = true;
        }
      }
    }
    const inCycle = new Set(cycles(graph).flat());
    /** Where a role's line stops: the roles reachable from it that report to no one. */
    const deadEnds = (start: string): string[] => {
      const seen = new Set([start]);
      const queue = [start];
      const ends: string[] = [];
      while (queue.length) {
        const v = queue.shift()!;
        const next = graph.get(v)!; // every role is a key of the graph, and every edge leads to a role
        if (next.length === 0) ends.push(v);
        for (const w of next) {
          if (!seen.has(w)) {
            seen.add(w);
            queue.push(w);
          }
        }
      }
      return ends.sort();
    };
    const roots = rootRoles(model).map((id) => `\`${id}\``);
    const rootNames = roots.length ? roots.join(', ') : 'a role marked `root: true`';
    return roles
      .filter((role) => !reaches.has(role.id) && !inCycle.has(role.id))
      .map((role) => {
        const ends = deadEnds(role.id);
        const where = { file: role.file, position: role.locate(['reportsTo']) };
        if (role.data.reportsTo.length === 0) {
          return finding(
            'no-path-to-root',
            where,
            `role \`${role.id}\` reports to no one, but only ${rootNames} and external roles may be roots`,
            // only an internal role gets here: an external role with an empty `reportsTo` is a root (`isRoot`)
            `name its manager in \`reportsTo\`, e.g. \`reportsTo: [${rootRoles(model)[0] ?? 'department-head'}]\``,
          );
        }
        const tail = ends.length
          ? `its line stops at ${ends.map((id) => `\`${id}\``).join(', ')}, which report${ends.length === 1 ? 's' : ''} to no one`
          : 'its line runs into a reporting circle';
        return finding(
          'no-path-to-root',
          where,
          `role \`${role.id}\` has no reporting line to ${rootNames} or an external root: ${tail}`,
          ends.length
            ? `give ${ends.map((id) => `\`${id}\``).join(', ')} a \`reportsTo\``
            : 'break the circle (see reports-to-cycle)',
        );
      });
  },
};
