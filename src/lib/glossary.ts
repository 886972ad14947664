/**
 * The bilingual glossary: every name a translator or a new hire meets in the policy and the
 * handbook, in both languages, each leading to the entry that says more. Gathered from the names
 * of the entries (roles and their other names, permissions, recurring duties, open values, the
 * lifecycle stages and their gates, the plans and the approvals) and from the policy's own terms
 * (`src/content/terms/`). Runbook and control titles are sentences, not terms, and are left out.
 * Data only: the page words the kinds from the dictionary.
 */
import type { UiKey } from '../i18n/en.ts';
import type { Basis, Bilingual, DataByCollection } from '../schemas/index.ts';
import { REGISTRY, type CollectionName } from './collections.ts';
import type { AnyEntry } from './content/load.ts';
import type { Model } from './model.ts';
import { LOCALES, type Locale } from './routes.ts';
import { entryTitles } from './titles.ts';

/** The kinds whose names are glossary terms, in the order a reader meets them. */
const GLOSSARY_COLLECTIONS = [
  'terms',
  'roles',
  'permissions',
  'obligations',
  'parameters',
  'stages',
  'plans',
  'approvals',
] as const satisfies readonly CollectionName[];

type Pointer = { collection: CollectionName; id: string };

export interface GlossaryRow {
  /** The row's anchor on the glossary page, stable across builds: `role-ceo`, `role-ceo-alias-1`, `stage-design-gate`. */
  anchor: string;
  term: Bilingual;
  /** What the term names: the kind's dictionary key, or `glossary.alias` / `glossary.gate`. */
  kind: UiKey;
  /** The entry whose page says more. */
  entry: Pointer;
  /** A term of the policy: what it means (in the model's language), where the policy uses it, what to read next. */
  definition?: string;
  basis?: Basis;
  see?: Pointer[];
}

/** The entries a term leads to (`see: [{ plan: data-leak }, …]`), as pointers. */
export const termSee = (data: DataByCollection['terms']): Pointer[] =>
  data.see.flatMap((item) => Object.values(item) as Pointer[]).map(({ collection, id }) => ({ collection, id }));

export const glossaryAnchor = (collection: CollectionName, id: string) =>
  `${REGISTRY.kind[collection]}-${id.replace(/\./g, '-')}`;

function rowsOf(entry: AnyEntry): GlossaryRow[] {
  const at = { collection: entry.collection, id: entry.id };
  const anchor = glossaryAnchor(entry.collection, entry.id);
  const own: GlossaryRow = {
    anchor,
    term: entryTitles(entry) as Bilingual,
    kind: REGISTRY.singular[entry.collection],
    entry: at,
  };
  switch (entry.collection) {
    case 'terms': {
      const { definition, basis } = entry.data;
      return [{ ...own, definition, basis, see: termSee(entry.data) }];
    }
    case 'roles':
      return [
        own,
        ...entry.data.aliases.map((alias, i) => ({
          anchor: `${anchor}-alias-${i + 1}`,
          term: alias,
          kind: 'glossary.alias' as const,
          entry: at,
        })),
      ];
    case 'stages':
      return [own, { anchor: `${anchor}-gate`, term: entry.data.gate.name, kind: 'glossary.gate', entry: at }];
    default:
      return [own];
  }
}

/** The glossary in the order of the page's language: English alphabetically, Chinese by pinyin. */
export function buildGlossary(model: Model, locale: Locale): GlossaryRow[] {
  const rows = GLOSSARY_COLLECTIONS.flatMap((c) => model.all(c).flatMap((e) => rowsOf(e as AnyEntry)));
  const collator = new Intl.Collator(LOCALES[locale].htmlLang, { numeric: true });
  const [first, second] = locale === 'zh-cn' ? (['zh', 'en'] as const) : (['en', 'zh'] as const);
  return rows.toSorted(
    (a, b) =>
      collator.compare(a.term[first], b.term[first]) ||
      collator.compare(a.term[second], b.term[second]) ||
      // Stryker disable next-line EqualityOperator: equivalent, anchors are unique, so two rows never tie here
      (a.anchor < b.anchor ? -1 : 1),
  );
}
