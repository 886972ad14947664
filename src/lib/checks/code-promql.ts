import { parser } from '@prometheus-io/lezer-promql';
import { codeBlocksOf, placeIn } from '../code-blocks/collect.ts';
import type { Finding } from '../finding-report.ts';
import { memoize } from '../memo.ts';
import { finding } from './rule-helpers.ts';
import type { Check } from './types.ts';

/** Line and column (1-based) of an offset in a text. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

/** Where Prometheus's grammar first fails on an expression, or -1; remembered by text, for a watching checker. */
const firstErrorAt = memoize(
  (expression: string): number => {
    let errorAt = -1;
    parser.parse(expression).iterate({
      enter(node) {
        if (errorAt < 0 && node.type.isError) errorAt = node.from;
      },
    });
    return errorAt;
  },
  (expression) => expression,
);

/**
 * PromQL blocks parsed with Prometheus's own grammar (the one its web UI uses). A block holds one
 * expression, or several separated by blank lines; `#` comment lines are allowed.
 */
export const codePromql: Check = {
  id: 'promql-syntax',
  description: 'a PromQL block that Prometheus would reject',
  run({ model }) {
    const findings: Finding[] = [];
    for (const { file, block } of codeBlocksOf(model).filter(({ block }) => block.lang === 'promql')) {
      // `[ \t]*`, not `\s*`: a comment's indentation only, never the line break of a blank line before it
      const text = block.value.replace(/^[ \t]*#.*$/gm, (line) => ' '.repeat(line.length));
      let offset = 0;
      for (const expression of text.split(/\n\s*\n/)) {
        const start = offset;
        // Stryker disable next-line Regex: the text after an expression starts with the separator `split` cut there (or is empty), so an unanchored match finds the same one
        offset += expression.length + (text.slice(offset + expression.length).match(/^\n\s*\n/)?.[0].length ?? 0);
        if (expression.trim() === '') continue;
        const errorAt = firstErrorAt(expression);
        if (errorAt < 0) continue;
        const at = lineColumn(text, start + errorAt);
        const near = expression
          .slice(Math.max(0, errorAt - 12), errorAt + 12)
          .replace(/\s+/g, ' ')
          .trim();
        findings.push(
          finding(
            'promql-syntax',
            { file, position: placeIn(block, at.line, at.column) },
            `PromQL syntax error near \`${near}\``,
            'check brackets, braces and quotes; separate two expressions with a blank line',
          ),
        );
      }
    }
    return findings;
  },
};
