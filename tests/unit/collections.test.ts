import { existsSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { COLLECTIONS, deriveMaps, KINDS, REGISTRY } from '../../src/lib/collections.ts';
import { navGroups, NAV_GROUPS } from '../../src/lib/navigation.ts';
import { SECTION } from '../../src/lib/routes.ts';
import { EXTENSIONS } from '../../src/lib/content/files.ts';
import { SINGULAR } from '../../src/lib/checks/rule-helpers.ts';
import { KIND_BY_COLLECTION } from '../../src/lib/search-facets.ts';
import { makeSchemas, localRef, MDX_COLLECTIONS } from '../../src/schemas/index.ts';
import { en } from '../../src/i18n/en.ts';
import { VENDOR, WITH_VENDORS } from '../fixtures/registry-fake-kind/registry.ts';

const sectionsOf = (groups: typeof NAV_GROUPS) => groups.map((g) => [g.label, g.sections.map((s) => s.key)]);

describe('the registry of content kinds', () => {
  it('lists every kind once, in the order of COLLECTIONS', () => {
    expect(Object.keys(KINDS)).toEqual([...COLLECTIONS]);
  });

  it('is the only source of the per-kind maps the code uses', () => {
    expect(SECTION).toBe(REGISTRY.section);
    expect(EXTENSIONS).toBe(REGISTRY.extensions);
    expect(SINGULAR).toBe(REGISTRY.checkerNoun);
    expect(KIND_BY_COLLECTION).toBe(REGISTRY.kind);
    expect(MDX_COLLECTIONS).toEqual(['runbooks', 'plans', 'guides']);
    expect(Object.keys(makeSchemas(localRef))).toEqual([...COLLECTIONS]);
  });

  it('keeps the navigation readers know', () => {
    expect(sectionsOf(NAV_GROUPS)).toEqual([
      ['nav.group.read', ['guides', 'clauses', 'roles']],
      ['nav.group.respond', ['plans', 'runbooks']],
      [
        'nav.group.govern',
        ['permissions', 'separation', 'controls', 'obligations', 'parameters', 'assumptions', 'terms', 'translations'],
      ],
      [
        'nav.group.generated',
        ['matrix', 'approvals', 'raci', 'checklists', 'traceability', 'org', 'calendar', 'changes'],
      ],
    ]);
    expect(NAV_GROUPS[0]!.sections[1]).toEqual({ key: 'clauses', label: 'section.clauses', path: '/policy/' });
  });

  it.each(COLLECTIONS)('gives %s its content folder, its pages and its words', (c) => {
    const kind = KINDS[c];
    expect(existsSync(`src/content/${kind.folder}`), `src/content/${kind.folder}/`).toBe(true);
    expect(existsSync(`src/pages/[...lang]/${kind.section}/[id].astro`), `the entry page of ${c}`).toBe(true);
    expect(existsSync(`src/pages/[...lang]/${kind.section}/index.astro`), `the section page of ${c}`).toBe(true);
    expect(en[kind.singular]).toBeTruthy();
    expect(en[kind.plural]).toBeTruthy();
  });
});

describe('a kind added to the registry (fixture registry-fake-kind)', () => {
  let maps: ReturnType<typeof deriveMaps<keyof typeof WITH_VENDORS>>;
  // derived in each test, not as the file loads: Stryker counts only code run inside a test (README, "Mutation testing")
  beforeEach(() => {
    maps = deriveMaps(WITH_VENDORS);
  });

  it('appears in every derived map', () => {
    expect(maps.names.at(-1)).toBe('vendors');
    expect(maps.folder.vendors).toBe('vendors');
    expect(maps.extensions.vendors).toEqual(['.yaml']);
    expect(maps.mdx).not.toContain('vendors');
    expect(maps.section.vendors).toBe('suppliers');
    expect(maps.singular.vendors).toBe('search.kind.vendor');
    expect(maps.plural.vendors).toBe('section.vendors');
    expect(maps.checkerNoun.vendors).toBe('vendor');
    expect(maps.kind.vendors).toBe('vendor');
    expect(maps.dottedIds).toEqual(['clauses']);
  });

  it('gets a nav entry in its group, at its place', () => {
    const govern = navGroups(WITH_VENDORS).find((g) => g.label === 'nav.group.govern')!;
    expect(govern.sections.map((s) => s.key)).toEqual([
      'permissions',
      'separation',
      'controls',
      'vendors',
      'obligations',
      'parameters',
      'assumptions',
      'terms',
      'translations',
    ]);
    expect(govern.sections[3]).toEqual({ key: 'vendors', label: 'section.vendors', path: '/suppliers/' });
  });

  it('leaves the real kinds as they were', () => {
    for (const c of COLLECTIONS) {
      expect(maps.section[c]).toBe(REGISTRY.section[c]);
      expect(maps.kind[c]).toBe(REGISTRY.kind[c]);
    }
    expect(VENDOR.schema(localRef).safeParse({ name: 'Acme', contact: 'ops-engineer' }).success).toBe(true);
  });
});
