/** Strict mode set at the start of a `( … )` block, however the `(` is spaced, and where it ends. */
import { describe, expect, it } from 'vitest';
import { unguardedDestructive } from '../../src/lib/code-blocks/destructive.ts';

const block = (open: string) => `${open}set -euo pipefail\n  : "\${DIR:?}"\n  rm -rf "$DIR"\n)\nrm -rf "$DIR"\n`;

describe('a subshell that starts in strict mode', () => {
  it.each([['('], ['( '], ['(  ']])(
    'guards its checked commands, opened as `%s`, and no command after its end',
    (open) => {
      expect(unguardedDestructive(block(open))).toEqual([
        { line: 5, name: '`rm -r`', unchecked: ['DIR'], strict: false },
      ]);
    },
  );
});
