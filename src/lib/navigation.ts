/**
 * The site's navigation, grouped by kind. The sidebar shows these groups and, for the
 * current section only, its entries (up to a limit), so a page never grows with the site.
 */
import {
  deriveMaps,
  KINDS,
  NAV_GROUP_NAMES,
  type CollectionName,
  type NavGroupName,
  type Registry,
} from './collections.ts';
import type { UiKey } from '../i18n/index.ts';

export interface NavSection {
  /** A collection (its entries can be listed) or a generated page. */
  key: CollectionName | string;
  label: UiKey;
  path: string;
}

export interface NavGroup {
  label: UiKey;
  sections: NavSection[];
}

export const SIDEBAR_ENTRY_LIMIT = 16;

/**
 * The generated pages (built from the model at build time: src/lib/matrix.ts, approvals.ts, …), per
 * group, in nav order, after the group's collections. The translation status reports on the
 * content as a whole, beside the other pages that govern it.
 */
const GENERATED_SECTIONS = {
  govern: ['translations'],
  generated: ['matrix', 'approvals', 'raci', 'checklists', 'traceability', 'org', 'calendar', 'changes'],
} as const;
type GeneratedSection = (typeof GENERATED_SECTIONS)[keyof typeof GENERATED_SECTIONS][number];
const generatedIn = (group: NavGroupName): readonly GeneratedSection[] =>
  (GENERATED_SECTIONS as Partial<Record<NavGroupName, readonly GeneratedSection[]>>)[group] ?? [];

/** The navigation of a registry of kinds: each kind's section in its group, then the generated pages. */
export function navGroups<N extends string>(kinds: Registry<N>): NavGroup[] {
  const collectionSections = deriveMaps(kinds).nav;
  return NAV_GROUP_NAMES.map((group) => ({
    label: `nav.group.${group}` as const,
    sections: [
      ...collectionSections.filter((s) => s.group === group).map(({ key, label, path }) => ({ key, label, path })),
      ...generatedIn(group).map((key) => ({ key, label: `section.${key}` as const, path: `/${key}/` })),
    ],
  })).filter((g) => g.sections.length > 0);
}

export const NAV_GROUPS: NavGroup[] = navGroups(KINDS);
