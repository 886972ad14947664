/**
 * The reporting graph of roles: `reportsTo` edges between roles that exist. The org chart, the
 * role pages and the `reports-to-cycle` and `no-path-to-root` checks all read it from here.
 */
import type { Entry } from '../content/load.ts';
import type { Model } from '../model.ts';

/** A root: a role the content marks `root` (the department head), or an external role that reports to no one (the CEO, Finance…). */
export const isRoot = (role: Entry<'roles'>): boolean =>
  role.data.root || (role.data.scope === 'external' && role.data.reportsTo.length === 0);

/** The ids of the roles the content marks `root`, for messages that name the top of the lines. */
export const rootRoles = (model: Model): string[] =>
  model
    .all('roles')
    .filter((r) => r.data.root)
    .map((r) => r.id);

/** The existing roles `role` reports to, in the order written (a missing one is `unknown-reference`'s). */
export const managersOf = (model: Model, role: Entry<'roles'>): string[] =>
  role.data.reportsTo.map((t) => t.id).filter((id) => model.has('roles', id));

/** Role id → ids of the existing roles it reports to, in the order written. */
export function reportingGraph(model: Model): Map<string, string[]> {
  return new Map(model.all('roles').map((r) => [r.id, managersOf(model, r)]));
}

/** The roles that report to `roleId` (alone or as one of several), in id order. */
export const directReports = (model: Model, roleId: string): Entry<'roles'>[] =>
  model.all('roles').filter((r) => r.data.reportsTo.some((ref) => ref.id === roleId));

/** Strongly connected components that hold a cycle (more than one role, or a role reporting to itself). Tarjan's algorithm. */
export function cycles(graph: Map<string, string[]>): string[][] {
  let index = 0;
  // Stryker disable next-line ArrayDeclaration: equivalent, each component pops down to its own root, never below it
  const stack: string[] = [];
  const onStack = new Set<string>();
  const indices = new Map<string, number>();
  const low = new Map<string, number>();
  const result: string[][] = [];
  const connect = (v: string) => {
    indices.set(v, index);
    low.set(v, index++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!indices.has(w)) {
        connect(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, indices.get(w)!));
    }
    if (low.get(v) === indices.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (graph.get(v) ?? []).includes(v)) result.push(component.sort());
    }
  };
  for (const v of [...graph.keys()].sort()) if (!indices.has(v)) connect(v);
  return result;
}

/** The shortest cycle through `start` inside its component: `[start, …, start]`. */
export function cycleThrough(graph: Map<string, string[]>, component: string[], start: string): string[] {
  const inside = new Set(component);
  const previous = new Map<string, string>();
  const queue = [start];
  while (queue.length) {
    const v = queue.shift()!;
    for (const w of graph.get(v) ?? []) {
      if (!inside.has(w)) continue;
      if (w === start) {
        const path = [v];
        while (path[0] !== start) path.unshift(previous.get(path[0]!)!);
        return [...path, start];
      }
      if (!previous.has(w)) {
        previous.set(w, v);
        queue.push(w);
      }
    }
  }
  return [start, start];
}
