/** Shared shape of the rules that refuse code in MDX bodies: one rule per kind of `CodeUse`. */
import type { CodeKind } from '../content/body-code.ts';
import { excerpt } from '../finding-report.ts';
import { finding } from './rule-helpers.ts';
import type { Check } from './types.ts';

/** Quotes shown in these findings stay short: a whole `import` line or script body is not needed to find it. */
const QUOTE = 40;

export function bodyCodeCheck(
  id: string,
  kind: CodeKind,
  description: string,
  message: (quoted: string) => string,
  hint: string,
): Check {
  return {
    id,
    description,
    run({ model }) {
      return model.entries.flatMap((entry) =>
        (entry.bodyScan?.code ?? [])
          .filter((use) => use.kind === kind)
          .map((use) =>
            finding(
              id,
              { file: entry.file, position: use.position },
              message(`\`${excerpt(use.value.replace(/\s+/g, ' '), QUOTE)}\``),
              hint,
            ),
          ),
      );
    },
  };
}
