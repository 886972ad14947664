/**
 * The shapes of content that a simple fixture misses and a plausible bug gets wrong: a circle of
 * three roles, `alsoHolds` two hops deep, a role that is neither of a forbidden pair but holds
 * both, a duplicate id whose other file does not load. One fixture each, under tests/fixtures/.
 */
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/checks/index.ts';
import { formatFinding } from '../../src/lib/finding-report.ts';

const lines = (fixture: string) =>
  checkContent({ contentDir: `tests/fixtures/${fixture}/content`, today: '2027-01-01' }).findings.map(formatFinding);

describe('reporting lines', () => {
  it('a circle of three roles is reported, at the reportsTo entry that enters it, even when one role may also report outside it', () => {
    expect(lines('reports-to-cycle-three')).toEqual([
      'tests/fixtures/reports-to-cycle-three/content/roles/l1-architect.yaml:5:30  reports-to-cycle  reporting line runs in a circle: `l1-architect` → `l2-architect-backend` → `ops-engineer` → `l1-architect`  (one of `l1-architect`, `l2-architect-backend`, `ops-engineer` must report to a role outside the circle)',
    ]);
  });
});

describe('separation of duties through alsoHolds', () => {
  it('follows alsoHolds transitively: a role that holds a post which holds the forbidden role is reported', () => {
    expect(lines('separation-of-duties-two-hop')).toEqual([
      'tests/fixtures/separation-of-duties-two-hop/content/roles/ops-engineer.yaml:8:13  separation-of-duties  role `ops-engineer` also holds `security-auditor`: separation rule `operations-vs-security-audit` forbids one person to hold both `ops-engineer` and `security-auditor` (clause 2.1)  (drop the `alsoHolds` entry, or give the duties to different people)',
    ]);
  });

  it('a role that is neither role of a forbidden pair but also holds both is reported', () => {
    expect(lines('separation-of-duties-both-roles')).toEqual([
      'tests/fixtures/separation-of-duties-both-roles/content/roles/duty-manager.yaml:7:13  separation-of-duties  role `duty-manager` also holds both `ops-engineer` and `security-auditor`: separation rule `operations-vs-security-audit` forbids that pair (clause 2.1)  (drop the `alsoHolds` entry, or give the duties to different people)',
    ]);
  });
});

describe('duplicate ids', () => {
  it('a duplicate whose other file failed to load is still reported, beside the parse error', () => {
    const found = lines('duplicate-id-unloadable');
    expect(found.filter((l) => l.includes('  parse  '))).toHaveLength(1);
    expect(found.filter((l) => !l.includes('  parse  '))).toEqual([
      'tests/fixtures/duplicate-id-unloadable/content/roles/internal/department-head.yaml  duplicate-id  role id `department-head` is already used by tests/fixtures/duplicate-id-unloadable/content/roles/department-head.yaml; ids must be unique within `roles`  (rename one of the files: the id is the file name)',
    ]);
  });
});
