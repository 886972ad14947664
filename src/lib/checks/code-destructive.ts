import { codeBlocksOf, isShell, placeIn } from '../code-blocks/collect.ts';
import { unguardedDestructive } from '../code-blocks/destructive.ts';
import { finding } from './rule-helpers.ts';
import type { Check } from './types.ts';

const names = (vars: string[]) => vars.map((v) => `\`${v}\``).join(', ');

/**
 * A destructive command runs only under a guard that stops it in the same block: pasted whole at
 * 3 a.m., a check that only prints "WRONG HOST" does not stop the next line.
 */
export const codeDestructive: Check = {
  id: 'destructive-command',
  description: 'a destructive command in a shell block with no guard that stops it',
  run({ model }) {
    return codeBlocksOf(model)
      .filter(({ block }) => isShell(block))
      .flatMap(({ file, block }) =>
        unguardedDestructive(block.value).map((u) =>
          finding(
            'destructive-command',
            { file, position: placeIn(block, u.line, 1) },
            u.strict && u.unchecked.length > 0
              ? `${u.name} uses ${names(u.unchecked)}, which nothing in this block checks: unset, it matches or removes far more than meant`
              : `${u.name} runs with no guard that stops it in this block`,
            u.strict && u.unchecked.length > 0
              ? `add \`: "\${${u.unchecked[0]}:?}"\` after \`set -euo pipefail\`, for ${names(u.unchecked)}`
              : 'run it under `if <check>; then … fi` or `<check> && …`, or start the block with `set -euo pipefail`, a `<check> || exit 1` and `: "${VAR:?}"` for each variable it uses',
          ),
        ),
      );
  },
};
