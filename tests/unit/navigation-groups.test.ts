/** Each navigation group lists its own sections, each as key, label and path only. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { KINDS } from '../../src/lib/collections.ts';

type FreshNavigation = typeof import('../../src/lib/navigation.ts');
let navGroups: FreshNavigation['navGroups'];
// Its tables are built when the module loads: each test loads it afresh, so that Stryker runs
// their mutants against these tests (see "A table a module builds when it loads" in the README).
beforeEach(async () => {
  vi.resetModules();
  ({ navGroups } = await import('../../src/lib/navigation.ts'));
});

describe('navGroups', () => {
  it('reads and respond hold their kinds’ sections and nothing else', () => {
    expect(navGroups(KINDS).slice(0, 2)).toEqual([
      {
        label: 'nav.group.read',
        sections: [
          { key: 'guides', label: 'section.guides', path: '/guides/' },
          { key: 'clauses', label: 'section.clauses', path: '/policy/' },
          { key: 'roles', label: 'section.roles', path: '/roles/' },
        ],
      },
      {
        label: 'nav.group.respond',
        sections: [
          { key: 'plans', label: 'section.plans', path: '/plans/' },
          { key: 'runbooks', label: 'section.runbooks', path: '/runbooks/' },
        ],
      },
    ]);
  });
});
