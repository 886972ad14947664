/** The fenced code blocks of every MDX body, and how a place inside one maps back to the file. */
import type { CodeBlock } from '../content/body.ts';
import type { Position } from '../content/parse.ts';
import type { Model } from '../model.ts';

export interface PlacedBlock {
  file: string;
  block: CodeBlock;
}

/** Languages ShellCheck and the destructive-command rule read; the fence is what the Copy button pastes into a shell. */
const SHELL_LANGS: readonly string[] = ['sh', 'bash', 'shell'];

export const isShell = (b: CodeBlock): boolean => b.lang !== null && SHELL_LANGS.includes(b.lang);

export function codeBlocksOf(model: Model): PlacedBlock[] {
  return model.entries.flatMap((entry) =>
    (entry.bodyScan?.codeBlocks ?? []).map((block) => ({ file: entry.file, block })),
  );
}

/**
 * Line `line` (1-based) and column `column` of a block's code, as a place in the MDX file:
 * the code starts on the line after the fence, indented like the fence.
 */
export function placeIn(block: CodeBlock, line: number, column = 1): Position {
  return { line: block.position.line + line, column: block.position.column - 1 + column };
}
