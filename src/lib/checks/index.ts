/**
 * The registry of checks, and the pipeline that runs them all over the content:
 * load (parse, schema) → build the model → run every check → sort. Content problems
 * become findings; only a bug in the checker itself throws (`CheckerError`).
 */
import { existsSync, statSync } from 'node:fs';
import type { CollectionName } from '../../schemas/index.ts';
import { loadContent, type Translation } from '../content/load.ts';
import { FILE_RULES } from '../content/file-guard.ts';
import { capFinding, type Finding } from '../finding-report.ts';
import { buildModel, keyOf, type Model } from '../model.ts';
import { todayIn } from '../today.ts';
import type { Check, CheckContext } from './types.ts';
import { approvalSteps } from './approval-steps.ts';
import { bodyRestatesField } from './body-restates-field.ts';
import { assumptionLiteral } from './assumption-literal.ts';
import { clauseBasis } from './clause-basis.ts';
import { unbackedFigure } from './unbacked-figure.ts';
import { basisQuoteMissing, basisQuoteNotInClause, clauseQuotesBroken } from './basis-quote.ts';
import { codeBlockLanguage } from './code-block-language.ts';
import { codeData } from './code-data.ts';
import { codeDestructive } from './code-destructive.ts';
import { codeMixedAlternatives } from './code-mixed-alternatives.ts';
import { codePromql } from './code-promql.ts';
import { codeShellcheck } from './code-shellcheck.ts';
import { codeSql } from './code-sql.ts';
import { duplicateId } from './duplicate-id.ts';
import { editedAfterReview } from './edited-after-review.ts';
import { missingComponentId } from './missing-component-id.ts';
import { noPathToRoot } from './no-path-to-root.ts';
import { obligationNoEvidence } from './obligation-no-evidence.ts';
import { orphanControl } from './orphan-control.ts';
import { orphanPlan } from './orphan-plan.ts';
import { overdueReview } from './overdue-review.ts';
import { parameterUndefined } from './parameter-undefined.ts';
import { parameterUnused } from './parameter-unused.ts';
import { planNoDrill } from './plan-no-drill.ts';
import { callListDecider } from './call-list-decider.ts';
import { contacts } from './contacts.ts';
import { reportsToCycle } from './reports-to-cycle.ts';
import { statedManager } from './stated-manager.ts';
import { separationOfDuties } from './separation-of-duties.ts';
import { unknownComponent } from './unknown-component.ts';
import { unknownGrantee } from './unknown-grantee.ts';
import { unknownReference } from './unknown-reference.ts';
import { mdxEsm } from './mdx-esm.ts';
import { mdxExpression } from './mdx-expression.ts';
import { mdxElement } from './mdx-element.ts';
import { mdxEventAttribute } from './mdx-event-attribute.ts';
import { linkScheme } from './link-scheme.ts';
import { sensitiveData } from './sensitive-data.ts';
import { versionBackwards } from './version-backwards.ts';
import { translationDrift, translationMissing, translationOrphan, translationOutdated } from './translation.ts';
import type { ContentHistory } from '../history/entries.ts';

/**
 * Every rule over the model. The loader adds `parse`, `schema` and `stray-file`; the link
 * check over the built HTML (`scripts/check-links.ts`) adds `broken-link`.
 */
export const CHECKS: readonly Check[] = [
  unknownReference,
  unknownGrantee,
  unknownComponent,
  missingComponentId,
  duplicateId,
  reportsToCycle,
  statedManager,
  noPathToRoot,
  separationOfDuties,
  parameterUndefined,
  parameterUnused,
  clauseBasis,
  basisQuoteMissing,
  basisQuoteNotInClause,
  clauseQuotesBroken,
  unbackedFigure,
  assumptionLiteral,
  orphanControl,
  orphanPlan,
  obligationNoEvidence,
  planNoDrill,
  callListDecider,
  contacts,
  bodyRestatesField,
  overdueReview,
  mdxEsm,
  mdxExpression,
  mdxElement,
  mdxEventAttribute,
  linkScheme,
  sensitiveData,
  codeBlockLanguage,
  codeShellcheck,
  codeDestructive,
  codeMixedAlternatives,
  codeSql,
  codePromql,
  codeData,
  editedAfterReview,
  versionBackwards,
  approvalSteps,
  translationMissing,
  translationOrphan,
  translationDrift,
  translationOutdated,
];

/** Rule ids reported by the loader rather than by a check of the registry. */
export const LOADER_RULES = ['parse', 'schema', 'stray-file', ...FILE_RULES] as const;

/** The checker itself failed (a bug, or no content folder): exit code 2, not 1. */
export class CheckerError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'CheckerError';
  }
}

export interface CheckResult {
  model: Model;
  findings: Finding[];
  /** Every translation file, as loaded (`<folder>/<locale>/<id>`). */
  translations: Translation[];
}

export interface CheckOptions {
  /** The folder holding one subfolder per collection. */
  contentDir: string;
  /** Findings name files relative to this folder (default: the working directory). */
  cwd?: string;
  /** YYYY-MM-DD; default: the current UTC date. */
  today?: string;
  /** Overdue reviews become errors. */
  strict?: boolean;
  /** Files larger than this many bytes are a finding and are not parsed (default `MAX_FILE_BYTES`). */
  maxFileBytes?: number;
  /** The git history of the content folder, for the checks that compare it with document control. */
  history?: ContentHistory;
  /** Contact files to validate (`contacts` rule): the CLI passes the example and `HANDBOOK_CONTACTS`. */
  contactFiles?: readonly string[];
  /** Run the rules (default); false loads and reports only what the loader finds, for content already checked. */
  rules?: boolean;
}

function byPlace(a: Finding, b: Finding): number {
  return (
    a.file.localeCompare(b.file) ||
    (a.line ?? 0) - (b.line ?? 0) ||
    (a.column ?? 0) - (b.column ?? 0) ||
    a.rule.localeCompare(b.rule) ||
    a.message.localeCompare(b.message)
  );
}

export function checkContent(options: CheckOptions): CheckResult {
  if (!existsSync(options.contentDir) || !statSync(options.contentDir).isDirectory()) {
    throw new CheckerError(`content folder not found: ${options.contentDir}`);
  }
  const loaded = loadContent(options);
  const model = buildModel(loaded.entries);
  const failedKeys = new Set(loaded.failed.map((f) => keyOf(f.collection, f.id)));
  const context: CheckContext = {
    model,
    today: options.today ?? todayIn(),
    strict: options.strict ?? false,
    ...(options.history ? { history: options.history } : {}),
    failed: loaded.failed,
    translations: loaded.translations,
    contactFiles: options.contactFiles ?? [],
    exists: (collection: CollectionName, id: string) =>
      model.has(collection, id) || failedKeys.has(keyOf(collection, id)),
  };
  const findings = [...loaded.findings];
  for (const check of options.rules === false ? [] : CHECKS) {
    try {
      findings.push(...check.run(context));
    } catch (error) {
      throw new CheckerError(`check \`${check.id}\` failed: ${(error as Error)?.message ?? String(error)}`, {
        cause: error,
      });
    }
  }
  findings.sort(byPlace);
  return { model, findings: findings.map(capFinding), translations: loaded.translations };
}
