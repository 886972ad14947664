import { parseAllDocuments, LineCounter } from 'yaml';
import { codeBlocksOf, placeIn } from '../code-blocks/collect.ts';
import type { Finding } from '../finding-report.ts';
import { finding } from './rule-helpers.ts';
import { lineColumn } from './code-promql.ts';
import type { Check } from './types.ts';

/** YAML and JSON blocks parse: a manifest or a payload an engineer pastes must be valid as written. */
export const codeData: Check = {
  id: 'data-block-syntax',
  description: 'a YAML or JSON block that does not parse',
  run({ model }) {
    const findings: Finding[] = [];
    for (const { file, block } of codeBlocksOf(model)) {
      if (block.lang === 'json') {
        try {
          JSON.parse(block.value);
        } catch (error) {
          const message = (error as Error).message;
          const offset = Number(/position (\d+)/.exec(message)?.[1] ?? 0);
          const at = lineColumn(block.value, offset);
          findings.push(
            finding(
              'data-block-syntax',
              { file, position: placeIn(block, at.line, at.column) },
              `invalid JSON: ${message}`,
              'JSON allows no comments and no trailing commas',
            ),
          );
        }
      } else if (block.lang === 'yaml' || block.lang === 'yml') {
        const lineCounter = new LineCounter();
        const docs = [parseAllDocuments(block.value, { lineCounter, prettyErrors: false })].flat();
        for (const error of docs.flatMap((d) => d.errors).slice(0, 1)) {
          const at = lineCounter.linePos(error.pos[0]);
          findings.push(
            finding(
              'data-block-syntax',
              { file, position: placeIn(block, at.line, at.col) },
              `invalid YAML: ${error.message.split('\n')[0]}`,
              'check the indentation and quote values that contain `: ` or `#`',
            ),
          );
        }
      }
    }
    return findings;
  },
};
