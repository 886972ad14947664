/** Each navigation group lists its own sections, each as key, label and path only. */
import { describe, expect, it } from 'vitest';
import { KINDS } from '../../src/lib/collections.ts';
import { navGroups } from '../../src/lib/navigation.ts';

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
