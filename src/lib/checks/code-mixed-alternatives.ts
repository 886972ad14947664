import { codeBlocksOf, isShell, placeIn } from '../code-blocks/collect.ts';
import { mixedAlternatives } from '../code-blocks/destructive.ts';
import { finding } from './rule-helpers.ts';
import type { Check } from './types.ts';

/** One block per action: the Copy button copies the whole block, so a block must not hold alternatives. */
export const codeMixedAlternatives: Check = {
  id: 'mixed-alternatives',
  description: 'a shell block that holds alternatives, of which only some lines should run',
  run({ model }) {
    return codeBlocksOf(model)
      .filter(({ block }) => isShell(block))
      .flatMap(({ file, block }) => {
        const mixed = mixedAlternatives(block.value);
        return mixed
          ? [
              finding(
                'mixed-alternatives',
                { file, position: placeIn(block, mixed.line, 1) },
                `this block mixes alternatives (\`# ${mixed.comment.slice(0, 60)}\`): the Copy button would paste all of them`,
                'give each case its own block under its own heading or sentence ("In a drill: …"), one action per block',
              ),
            ]
          : [];
      });
  },
};
