/**
 * The site's navigation, grouped by kind. The sidebar shows these groups and, for the
 * current section only, its entries (up to a limit), so a page never grows with the site.
 */
import type { CollectionName } from '../schemas/index.ts';
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

export const NAV_GROUPS: NavGroup[] = [
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
  {
    label: 'nav.group.govern',
    sections: [
      { key: 'permissions', label: 'section.permissions', path: '/permissions/' },
      { key: 'separation', label: 'section.separation', path: '/separation/' },
      { key: 'controls', label: 'section.controls', path: '/controls/' },
      { key: 'obligations', label: 'section.obligations', path: '/obligations/' },
      { key: 'parameters', label: 'section.parameters', path: '/parameters/' },
    ],
  },
  {
    // generated from the model at build time (src/lib/matrix.ts, approvals.ts, …)
    label: 'nav.group.generated',
    sections: [
      { key: 'matrix', label: 'section.matrix', path: '/matrix/' },
      { key: 'approvals', label: 'section.approvals', path: '/approvals/' },
      { key: 'raci', label: 'section.raci', path: '/raci/' },
      { key: 'checklists', label: 'section.checklists', path: '/checklists/' },
      { key: 'traceability', label: 'section.traceability', path: '/traceability/' },
      { key: 'decisions', label: 'section.decisions', path: '/decisions/' },
      { key: 'org', label: 'section.org', path: '/org/' },
      { key: 'calendar', label: 'section.calendar', path: '/calendar/' },
      { key: 'changes', label: 'section.changes', path: '/changes/' },
    ],
  },
];
