/** The runbook index puts what an incident needs first, the most severe first. */
import { describe, expect, it } from 'vitest';
import { groupRunbooks } from '../../src/lib/runbook-groups.ts';
import type { Entry } from '../../src/lib/content/load.ts';

const runbook = (id: string, title: string, severities: string[]) =>
  ({
    id,
    collection: 'runbooks',
    data: { title: { en: title, zh: title }, severities },
  }) as unknown as Entry<'runbooks'>;

describe('runbook groups', () => {
  it('lists incident runbooks first, by their worst severity then title, and routine ones by title', () => {
    const groups = groupRunbooks([
      runbook('leavers', 'Access for joiners and leavers', []),
      runbook('cache', 'Cache flush', ['minor']),
      runbook('rollback', 'Rollback', ['major', 'critical']),
      runbook('backup', 'Backup check', []),
      runbook('failover', 'Database failover', ['critical']),
      runbook('restart', 'Restart a service', ['minor', 'major']),
    ]);
    expect(groups.incident.map((r) => r.id)).toEqual(['failover', 'rollback', 'restart', 'cache']);
    expect(groups.routine.map((r) => r.id)).toEqual(['leavers', 'backup']);
  });
});
