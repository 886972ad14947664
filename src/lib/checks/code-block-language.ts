import { codeBlocksOf } from '../code-blocks/collect.ts';
import { finding } from './rule-helpers.ts';
import type { Check } from './types.ts';

/**
 * Every fenced block names its language: the checks below choose their tool by it, and a reader
 * sees at once whether a block is a command to paste (`sh`), a query (`promql`) or output (`text`).
 */
export const codeBlockLanguage: Check = {
  id: 'code-block-language',
  description: 'a fenced code block that names no language',
  run({ model }) {
    return codeBlocksOf(model)
      .filter(({ block }) => !block.lang)
      .map(({ file, block }) =>
        finding(
          'code-block-language',
          { file, position: block.position },
          'this fenced code block names no language, so no tool checks it',
          'write the language after the fence: ```sh for commands, ```sql, ```promql, ```yaml, ```json, or ```text for output and prose',
        ),
      );
  },
};
