/** A problem the model loader or a check found, pointing at the file and, where known, the line. */
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

export function formatFinding(f: Finding): string {
  const where = f.line ? `${f.file}:${f.line}:${f.column ?? 1}` : f.file;
  return `${where}  ${f.rule}  ${f.message}${f.hint ? `  (${f.hint})` : ''}`;
}
