/**
 * What goes into each printed binder, in order, from the model and the navigation. Pure, so the
 * binder pages and `npm run pdf` agree on it.
 */
import type { Model } from './model.ts';
import { DEFAULT_LOCALE, entryUrl, LOCALES, localePath, type Locale } from './routes.ts';
import { entryTitle } from './titles.ts';
import { NAV_GROUPS } from './navigation.ts';
import { planRunbooks } from './queries/plans.ts';

export const BINDERS = ['emergency', 'audit'] as const;
export type BinderKind = (typeof BINDERS)[number];

const BINDER_NAMES: Record<BinderKind, string> = { emergency: 'emergency-binder', audit: 'audit-pack' };

/** The file a binder prints to: `audit-pack.pdf` in English, `audit-pack.zh-CN.pdf` in Chinese. */
export const binderFile = (kind: BinderKind, locale: Locale): string =>
  `${BINDER_NAMES[kind]}${locale === DEFAULT_LOCALE ? '' : `.${LOCALES[locale].htmlLang}`}.pdf`;

/** Where the published PDFs of the binders live in the site: `/downloads/audit-pack.pdf`. */
export const BINDER_DOWNLOADS_DIR = 'downloads';

/** The address of a binder's published PDF. */
export const binderPdfPath = (kind: BinderKind, locale: Locale): string =>
  `/${BINDER_DOWNLOADS_DIR}/${binderFile(kind, locale)}`;

/**
 * Whether this build publishes the binders as PDFs (`HANDBOOK_PDF=1 npm run build` prints them into
 * the site before it is published): only then do the binder pages link them, so a link never points
 * at a file the build did not make.
 */
export const binderPdfsPublished = (env: Record<string, string | undefined> = process.env): boolean =>
  env.HANDBOOK_PDF === '1';

export interface BinderDoc {
  /** The page whose content is printed. */
  url: string;
  title: string;
  /** 1 for a main document, 2 for one that belongs to the document before it (a plan's runbook). */
  level: 1 | 2;
  /** Also print every page this one links to under this path (a checklist index and its checklists). */
  follow?: string;
}

/** The emergency binder: the triage guide, then each plan followed by the runbooks its body refers to (each runbook once). */
function emergency(model: Model, locale: Locale): BinderDoc[] {
  const docs: BinderDoc[] = [];
  const triage = model.get('guides', 'incident-triage');
  if (triage) docs.push({ url: entryUrl('guides', triage.id, locale), title: entryTitle(triage, locale), level: 1 });
  const printed = new Set<string>();
  for (const plan of model.all('plans')) {
    docs.push({ url: entryUrl('plans', plan.id, locale), title: entryTitle(plan, locale), level: 1 });
    for (const id of planRunbooks(plan)) {
      const runbook = model.get('runbooks', id);
      if (!runbook || printed.has(runbook.id)) continue;
      printed.add(runbook.id);
      docs.push({ url: entryUrl('runbooks', runbook.id, locale), title: entryTitle(runbook, locale), level: 2 });
    }
  }
  return docs;
}

/** The generated audit views, as far as the site has them (they are listed in the navigation). */
const AUDIT_SECTIONS: { key: string; follow?: boolean }[] = [
  { key: 'checklists', follow: true },
  { key: 'matrix' },
  { key: 'traceability' },
  { key: 'changes' },
];

function audit(locale: Locale, label: (key: string) => string): BinderDoc[] {
  const sections = NAV_GROUPS.flatMap((g) => g.sections);
  return AUDIT_SECTIONS.flatMap(({ key, follow }) => {
    const section = sections.find((s) => s.key === key);
    if (!section) return [];
    const url = localePath(section.path, locale);
    return [{ url, title: label(key), level: 1 as const, ...(follow ? { follow: url } : {}) }];
  });
}

export function binderContents(
  kind: BinderKind,
  model: Model,
  locale: Locale,
  label: (key: string) => string,
): BinderDoc[] {
  return kind === 'emergency' ? emergency(model, locale) : audit(locale, label);
}
