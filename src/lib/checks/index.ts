/** The registry of checks, and the pipeline that runs them all over the content. */
import type { Finding } from '../findings.ts';
import { loadContent } from '../content/load.ts';
import { buildModel, type Model } from '../model.ts';
import type { Check } from './types.ts';
import { unknownGrantee, unknownReference } from './references.ts';

export const CHECKS: readonly Check[] = [unknownReference, unknownGrantee];

export interface CheckResult {
  model: Model;
  findings: Finding[];
}

export function checkContent(options: { contentDir: string; cwd?: string; today?: string; strict?: boolean }): CheckResult {
  const loaded = loadContent(options);
  const model = buildModel(loaded.entries);
  const context = { model, today: options.today ?? new Date().toISOString().slice(0, 10), strict: options.strict ?? false };
  const findings = [...loaded.findings, ...CHECKS.flatMap((check) => check.run(context))];
  findings.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || a.rule.localeCompare(b.rule));
  return { model, findings };
}
