import { codeBlocksOf, isShell, placeIn } from '../code-blocks/collect.ts';
import { lintShellBlocks, type ShellDiagnostic } from '../code-blocks/shellcheck.ts';
import type { Finding } from '../finding-report.ts';
import { finding } from './rule-helpers.ts';
import type { Check } from './types.ts';

/**
 * The project's severity: ShellCheck's `error` and `warning` fail the check (a pasted block that
 * does not parse, or quietly does something else); `info` and `style` are not asked for
 * (`SHELLCHECK_ARGS`), and would not be reported.
 */
const SEVERITY: Record<ShellDiagnostic['level'], Finding['severity'] | null> = {
  error: 'error',
  warning: 'error',
  info: null,
  style: null,
};

/** Every shell block linted by ShellCheck, in one batch; syntax only, said once, where ShellCheck is missing. */
export const codeShellcheck: Check = {
  id: 'shellcheck',
  description: 'a shell block that ShellCheck (or, without it, a shell parser) rejects',
  run({ model }) {
    const shell = codeBlocksOf(model).filter(({ block }) => isShell(block));
    if (shell.length === 0) return [];
    const lint = lintShellBlocks(shell.map(({ block }) => block.value));
    const findings: Finding[] = [];
    if (lint.tool !== 'shellcheck') {
      findings.push(
        finding(
          'shellcheck',
          // Stryker disable next-line StringLiteral: `shell` is not empty here (an empty list returned above), so the fallback name is never used
          { file: shell[0]?.file ?? '' },
          `ShellCheck is not installed: ${shell.length} shell block${shell.length === 1 ? ' was' : 's were'} checked for syntax only, by ${lint.tool}`,
          'install it (Debian: `apt-get install shellcheck`) or set HANDBOOK_SHELLCHECK to its path',
          'warning',
        ),
      );
    }
    shell.forEach(({ file, block }, i) => {
      let parseErrorSeen = false;
      for (const d of lint.results[i] ?? []) {
        const severity = SEVERITY[d.level];
        if (!severity) continue;
        // After the first parse error (SC1000-SC1999, or the fallback's), the rest follow from it.
        // Stryker disable next-line EqualityOperator: SC2000 is a style note, which ShellCheck is not asked for (`--severity=warning`) and SEVERITY drops above, so no diagnostic of code 2000 reaches here
        const parseError = d.code < 2000;
        if (parseError && parseErrorSeen) continue;
        parseErrorSeen ||= parseError;
        const code = d.code ? `SC${d.code}` : 'syntax';
        findings.push(
          finding(
            'shellcheck',
            { file, position: placeIn(block, d.line, d.column) },
            `${code} in a \`${block.lang}\` block: ${d.message}`,
            d.code
              ? `see https://www.shellcheck.net/wiki/${code}`
              : 'fix the syntax: the block would not run as pasted',
            severity,
          ),
        );
      }
    });
    return findings;
  },
};
