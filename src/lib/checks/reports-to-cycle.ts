import { finding } from './rule-helpers.ts';
import { cycleThrough, cycles, reportingGraph } from '../queries/reporting.ts';
import type { Check } from './types.ts';

/** Reporting lines never run in a circle. Each circle is reported once, at its first role, and printed. */
export const reportsToCycle: Check = {
  id: 'reports-to-cycle',
  description: 'a cycle in reports-to',
  run({ model }) {
    const graph = reportingGraph(model);
    return cycles(graph).map((component) => {
      const start = component[0]!;
      const path = cycleThrough(graph, component, start);
      const role = model.get('roles', start)!;
      const step = role.data.reportsTo.findIndex((r) => r.id === path[1]);
      return finding(
        'reports-to-cycle',
        { file: role.file, position: role.locate(['reportsTo', Math.max(step, 0)]) },
        `reporting line runs in a circle: ${path.map((id) => `\`${id}\``).join(' → ')}`,
        `one of ${component.map((id) => `\`${id}\``).join(', ')} must report to a role outside the circle`,
      );
    });
  },
};
