/** A finding (a problem the model loader or a check found, pointing at the file and, where known, the line) and how a run reports it: text, JSON, GitHub annotations. */
export interface Finding {
  /** Stable id of the rule, e.g. `unknown-reference`. */
  rule: string;
  severity: 'error' | 'warning';
  /** Path relative to the project root (or the content root's parent for fixtures). */
  file: string;
  line?: number;
  column?: number;
  message: string;
  /** How to fix it: the nearest valid ids, the allowed values. */
  hint?: string;
}

/** The longest quote of a bad value a finding carries: enough to find it, never a whole input or a whole secret. */
const EXCERPT_CHARS = 60;

/** `text` cut to `max` characters with `…` and the full length, so a finding never prints a whole dump. */
export function excerpt(text: string, max = EXCERPT_CHARS): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max).join('')}… (${chars.length} characters)`;
}

/** Message and hint of a finding cut to a readable length: the one place that bounds what a run prints per finding. */
const MESSAGE_CHARS = 400;
export function capFinding(f: Finding): Finding {
  return {
    ...f,
    message: excerpt(f.message, MESSAGE_CHARS),
    ...(f.hint !== undefined ? { hint: excerpt(f.hint, MESSAGE_CHARS) } : {}),
  };
}

/** `path:line:column  rule-id  message  (hint)`, the line and column only where known. */
export function formatFinding(f: Finding): string {
  const where = f.line ? `${f.file}:${f.line}:${f.column ?? 1}` : f.file;
  return `${where}  ${f.rule}  ${f.message}${f.hint ? `  (${f.hint})` : ''}`;
}

export const countErrors = (findings: readonly Finding[]): number =>
  findings.filter((f) => f.severity === 'error').length;

/** The closing line: counts of errors and warnings, and the rules they came from. */
function summarize(findings: readonly Finding[]): string {
  const errors = countErrors(findings);
  const warnings = findings.length - errors;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const byRule = new Map<string, number>();
  for (const f of findings) byRule.set(f.rule, (byRule.get(f.rule) ?? 0) + 1);
  const files = new Set(findings.map((f) => f.file)).size;
  const rules = [...byRule].sort(([a], [b]) => a.localeCompare(b)).map(([rule, n]) => `${rule} ${n}`);
  return `${plural(errors, 'error')}, ${plural(warnings, 'warning')}${findings.length ? ` in ${plural(files, 'file')} (${rules.join(', ')})` : ''}`;
}

/** GitHub caps annotations per step; more than this many are listed in the log only. */
const ANNOTATION_CAP = 50;

const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** One GitHub Actions workflow command: `::error file=…,line=…,col=…,title=rule::message`. */
export function githubAnnotation(f: Finding): string {
  const props = [`file=${escapeProperty(f.file)}`];
  if (f.line) props.push(`line=${f.line}`, `col=${f.column ?? 1}`);
  props.push(`title=${escapeProperty(f.rule)}`);
  return `::${f.severity} ${props.join(',')}::${escapeData(f.message + (f.hint ? ` (${f.hint})` : ''))}`;
}

/** Annotations for the first `cap` findings, errors first, and a log line saying how many were left out. */
function githubAnnotations(findings: readonly Finding[], cap = ANNOTATION_CAP): string[] {
  const ordered = [...findings].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  const lines = ordered.slice(0, cap).map(githubAnnotation);
  if (ordered.length > cap)
    lines.push(`${ordered.length - cap} more finding(s) not annotated (at most ${cap}); see the list above`);
  return lines;
}

export type OutputFormat = 'text' | 'json';

/**
 * Everything a command prints for a set of findings: one line each and the summary, or
 * JSON; on GitHub Actions (text format) followed by the capped annotations.
 */
export function renderFindings(
  findings: readonly Finding[],
  options: { format: OutputFormat; github: boolean },
): string {
  if (options.format === 'json') {
    const errors = countErrors(findings);
    return JSON.stringify({ findings, summary: { errors, warnings: findings.length - errors } }, null, 2);
  }
  const lines = [...findings.map(formatFinding), summarize(findings)];
  if (options.github) lines.push(...githubAnnotations(findings));
  return lines.join('\n');
}
