/** The limits on permissions, as the handbook states them: a runbook a permission is used through names that permission. */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Model } from '../../src/lib/model.ts';
import { realModel } from '../fixtures/generated/model.ts';

describe('permission limits in the content', () => {
  let model: Model;
  // built in each test, not as the file loads: Stryker counts only code run inside a test (README, "Mutation testing")
  beforeEach(() => {
    model = realModel();
  });

  it('every runbook a permission is used only through lists that permission among those it needs', () => {
    const unlisted = model
      .all('permissions')
      .flatMap((p) =>
        p.data.limits.flatMap((l) =>
          'through' in l
            ? l.through
                .filter((r) => !model.get('runbooks', r.id)?.data.permissions.some((q) => q.id === p.id))
                .map((r) => `${p.id} → ${r.id}`)
            : [],
        ),
      );
    expect(unlisted).toEqual([]);
  });

  it('no new hire holds a permission of the department’s posts before the assessment', () => {
    const internal = new Set(
      model
        .all('roles')
        .filter((r) => r.data.scope === 'internal')
        .map((r) => r.id),
    );
    const unmarked = model
      .all('permissions')
      .filter((p) => p.data.grantees.some((g) => internal.has(g.id)))
      .filter((p) => !p.data.limits.some((l) => 'after' in l))
      .map((p) => p.id);
    expect(unmarked).toEqual([]);
  });
});
