/**
 * The registry of content kinds: everything the site knows about a kind, in one row.
 * The loader, Astro's collections, the routes, the checker's messages, search, the
 * navigation and the entry pages all read it, so they cannot disagree.
 *
 * Adding a kind: its schema in `src/schemas/`, its name and row here (with its words in
 * `src/i18n/en.ts`), and its pages in `src/pages/[...lang]/<section>/`.
 */
import type { z } from 'astro/zod';
import type { RefFactory } from '../schemas/common.ts';
import type { UiKey } from '../i18n/en.ts';
import { clauseSchema } from '../schemas/clause.ts';
import { roleSchema } from '../schemas/role.ts';
import { permissionSchema } from '../schemas/permission.ts';
import { separationSchema } from '../schemas/separation.ts';
import { parameterSchema } from '../schemas/parameter.ts';
import { obligationSchema } from '../schemas/obligation.ts';
import { controlSchema } from '../schemas/control.ts';
import { runbookSchema } from '../schemas/runbook.ts';
import { planSchema } from '../schemas/plan.ts';
import { guideSchema } from '../schemas/guide.ts';
import { stageSchema } from '../schemas/stage.ts';
import { checklistSchema } from '../schemas/checklist.ts';
import { approvalSchema } from '../schemas/approval.ts';
import { assumptionSchema } from '../schemas/assumption.ts';
import { termSchema } from '../schemas/term.ts';

/** Every kind, in the order the loader reads them and the export lists them. */
export const COLLECTIONS = [
  'clauses',
  'roles',
  'permissions',
  'separation',
  'parameters',
  'obligations',
  'controls',
  'runbooks',
  'plans',
  'guides',
  'stages',
  'checklists',
  'approvals',
  'assumptions',
  'terms',
] as const;
export type CollectionName = (typeof COLLECTIONS)[number];

export const NAV_GROUP_NAMES = ['read', 'respond', 'govern', 'generated'] as const;
export type NavGroupName = (typeof NAV_GROUP_NAMES)[number];

export interface KindSpec {
  /** The folder below the content directory. */
  folder: string;
  /**
   * The reader-facing text fields, as paths (`*` for each item of a list): what a translation file
   * holds for the entry (`<folder>/zh-cn/<id>.yaml`). Ids, references, enums, bases and bilingual
   * `{ en, zh }` fields are shared by both languages and never listed. A string field a reader sees
   * and no path names is caught by a test over the content.
   */
  prose: readonly string[];
  /** The file extensions read: YAML data, or MDX documents with a body. */
  extensions: readonly ('.yaml' | '.yml' | '.mdx')[];
  /** The zod schema, as a factory over a reference function (Astro's or the loader's). */
  schema: (ref: RefFactory) => z.ZodType;
  /** The path segment of the kind's pages: `/<section>/<id>/`. */
  section: string;
  /** Ids contain dots that files and URLs write as dashes (clause 3.1 is `3-1.yaml`, `/policy/3-1/`). */
  dottedIds?: true;
  /** Dictionary key of one entry's kind (`Runbook`) and of the section (`Runbooks`). */
  singular: UiKey;
  plural: UiKey;
  /** How the checker names an entry to authors: `role \`ops-engineer\``. */
  checkerNoun: string;
  /** The page kind: the search filter value of its entry pages. */
  kind: string;
  /** The navigation group the section is listed in, and its place there; none for a kind reached from other pages. */
  nav?: { group: NavGroupName; order: number };
}

export type Registry<N extends string = string> = Record<N, KindSpec>;

export const KINDS = {
  clauses: {
    folder: 'clauses',
    prose: ['summary', 'sourceNote'],
    extensions: ['.yaml', '.yml'],
    schema: clauseSchema,
    section: 'policy',
    dottedIds: true,
    singular: 'search.kind.policy',
    plural: 'section.clauses',
    checkerNoun: 'clause',
    kind: 'policy',
    nav: { group: 'read', order: 2 },
  },
  roles: {
    folder: 'roles',
    prose: ['summary', 'responsibilities.*.text', 'training.*.topic'],
    extensions: ['.yaml', '.yml'],
    schema: roleSchema,
    section: 'roles',
    singular: 'search.kind.role',
    plural: 'section.roles',
    checkerNoun: 'role',
    kind: 'role',
    nav: { group: 'read', order: 3 },
  },
  permissions: {
    folder: 'permissions',
    prose: ['description', 'conditions'],
    extensions: ['.yaml', '.yml'],
    schema: permissionSchema,
    section: 'permissions',
    singular: 'search.kind.permission',
    plural: 'section.permissions',
    checkerNoun: 'permission',
    kind: 'permission',
    nav: { group: 'govern', order: 1 },
  },
  separation: {
    folder: 'separation',
    prose: ['title', 'rationale'],
    extensions: ['.yaml', '.yml'],
    schema: separationSchema,
    section: 'separation',
    singular: 'search.kind.separation',
    plural: 'section.separation',
    checkerNoun: 'separation rule',
    kind: 'separation',
    nav: { group: 'govern', order: 2 },
  },
  parameters: {
    folder: 'parameters',
    prose: ['rationale'],
    extensions: ['.yaml', '.yml'],
    schema: parameterSchema,
    section: 'parameters',
    singular: 'search.kind.parameter',
    plural: 'section.parameters',
    checkerNoun: 'parameter',
    kind: 'parameter',
    nav: { group: 'govern', order: 5 },
  },
  obligations: {
    folder: 'obligations',
    prose: ['description', 'evidence.*'],
    extensions: ['.yaml', '.yml'],
    schema: obligationSchema,
    section: 'obligations',
    singular: 'search.kind.obligation',
    plural: 'section.obligations',
    checkerNoun: 'obligation',
    kind: 'obligation',
    nav: { group: 'govern', order: 4 },
  },
  controls: {
    folder: 'controls',
    prose: ['statement', 'evidence.*', 'test'],
    extensions: ['.yaml', '.yml'],
    schema: controlSchema,
    section: 'controls',
    singular: 'search.kind.control',
    plural: 'section.controls',
    checkerNoun: 'control',
    kind: 'control',
    nav: { group: 'govern', order: 3 },
  },
  runbooks: {
    folder: 'runbooks',
    prose: ['summary', 'whenToUse.*', 'prerequisites.*', 'escalation.when', 'record'],
    extensions: ['.mdx'],
    schema: runbookSchema,
    section: 'runbooks',
    singular: 'search.kind.runbook',
    plural: 'section.runbooks',
    checkerNoun: 'runbook',
    kind: 'runbook',
    nav: { group: 'respond', order: 2 },
  },
  plans: {
    folder: 'plans',
    prose: [
      'summary',
      'scope',
      'activation.*',
      'severities.*.criteria.*',
      'severities.*.raiseWhen.*',
      'roles.*.part',
      'notifications.*.within',
      'retroactiveApproval',
    ],
    extensions: ['.mdx'],
    schema: planSchema,
    section: 'plans',
    singular: 'search.kind.plan',
    plural: 'section.plans',
    checkerNoun: 'plan',
    kind: 'plan',
    nav: { group: 'respond', order: 1 },
  },
  guides: {
    folder: 'guides',
    prose: ['summary'],
    extensions: ['.mdx'],
    schema: guideSchema,
    section: 'guides',
    singular: 'search.kind.guide',
    plural: 'section.guides',
    checkerNoun: 'guide',
    kind: 'guide',
    nav: { group: 'read', order: 1 },
  },
  stages: {
    folder: 'stages',
    prose: ['gate.note', 'checks.*.statement', 'checks.*.evidence.*', 'checks.*.test', 'deadline.text'],
    extensions: ['.yaml', '.yml'],
    schema: stageSchema,
    section: 'lifecycle',
    singular: 'search.kind.stage',
    plural: 'section.stages',
    checkerNoun: 'lifecycle stage',
    kind: 'stage',
    // shown on the approvals page, the RACI and the gate checklists; each stage page is reached from there and from backlinks
  },
  checklists: {
    folder: 'checklists',
    prose: [
      'summary',
      'each.summary',
      'drill.test',
      'firstFifteen.evidence.*',
      'firstFifteen.test',
      'notifications.evidence.*',
      'notifications.test',
      'runbooks.evidence.*',
      'runbooks.test',
      'retroactive.evidence.*',
      'retroactive.test',
      'test.due',
      'test.undated',
      'items.*.statement',
      'items.*.evidence.*',
      'items.*.test',
      'obligations.*.test',
      'training.evidence.*',
      'training.test',
      'approval.evidence.*',
      'approval.test',
    ],
    extensions: ['.yaml', '.yml'],
    schema: checklistSchema,
    section: 'checklists',
    singular: 'search.kind.checklist',
    plural: 'section.checklists',
    checkerNoun: 'checklist',
    kind: 'checklist',
    // the definitions behind the generated checklists: a single checklist's page is the checklist, a family's lists its checklists
  },
  approvals: {
    folder: 'approvals',
    prose: ['summary'],
    extensions: ['.yaml', '.yml'],
    schema: approvalSchema,
    section: 'approvals',
    singular: 'search.kind.approval',
    plural: 'section.approvals',
    checkerNoun: 'approval',
    kind: 'approval',
    // the sections of the approvals page, which the generated views' navigation already lists
  },
  assumptions: {
    folder: 'assumptions',
    prose: ['value', 'note'],
    extensions: ['.yaml', '.yml'],
    schema: assumptionSchema,
    section: 'assumptions',
    singular: 'search.kind.assumption',
    plural: 'section.assumptions',
    checkerNoun: 'assumption',
    kind: 'assumption',
    nav: { group: 'govern', order: 6 },
  },
  terms: {
    folder: 'terms',
    prose: ['definition'],
    extensions: ['.yaml', '.yml'],
    schema: termSchema,
    // the glossary: the policy's own terms, listed beside the names of every other kind
    section: 'glossary',
    singular: 'search.kind.term',
    plural: 'section.glossary',
    checkerNoun: 'term',
    kind: 'term',
    nav: { group: 'govern', order: 7 },
  },
} as const satisfies Registry<CollectionName>;

/** The schema factory of each kind, with its precise type (for `DataByCollection`). */
export type SchemaFactories = { [C in CollectionName]: (typeof KINDS)[C]['schema'] };

/** A collection section of the navigation. */
export interface NavCollectionSection<N extends string = string> {
  key: N;
  group: NavGroupName;
  label: UiKey;
  path: string;
}

/**
 * Every per-kind map the code uses, computed from a registry. Pure, so a test can pass a
 * registry with a kind added and see every map follow.
 */
export function deriveMaps<N extends string>(kinds: Registry<N>) {
  const names = Object.keys(kinds) as N[];
  const map = <V>(pick: (spec: KindSpec, name: N) => V) =>
    Object.fromEntries(names.map((n) => [n, pick(kinds[n], n)])) as Record<N, V>;
  return {
    names,
    folder: map((k) => k.folder),
    extensions: map((k) => k.extensions),
    prose: map((k) => k.prose),
    mdx: names.filter((n) => kinds[n].extensions.includes('.mdx')),
    section: map((k) => k.section),
    dottedIds: names.filter((n) => kinds[n].dottedIds),
    singular: map((k) => k.singular),
    plural: map((k) => k.plural),
    checkerNoun: map((k) => k.checkerNoun),
    kind: map((k) => k.kind),
    /** The collection sections of the navigation, in group order, then each kind's place. */
    nav: names
      .flatMap((n): NavCollectionSection<N>[] => {
        const nav = kinds[n].nav;
        return nav ? [{ key: n, group: nav.group, label: kinds[n].plural, path: `/${kinds[n].section}/` }] : [];
      })
      .toSorted(
        (a, b) =>
          NAV_GROUP_NAMES.indexOf(a.group) - NAV_GROUP_NAMES.indexOf(b.group) ||
          kinds[a.key].nav!.order - kinds[b.key].nav!.order,
      ),
  };
}

export const REGISTRY = deriveMaps<CollectionName>(KINDS);

export const isCollection = (name: string): name is CollectionName => (COLLECTIONS as readonly string[]).includes(name);
