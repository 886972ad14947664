/**
 * Parsing a text that did not come through the file guard (a revision read from git): an empty
 * text, a binary one, and an MDX text without frontmatter are refused with a reason and a place.
 */
import { describe, expect, it } from 'vitest';
import { parseContentFile, ParseError } from '../../src/lib/content/parse.ts';

/** The error `parseContentFile` throws for this text, as its message and position. */
function refusal(text: string, kind: 'yaml' | 'mdx'): { message: string; position?: unknown } {
  try {
    parseContentFile(text, kind);
  } catch (error) {
    expect(error).toBeInstanceOf(ParseError);
    const { message, position } = error as ParseError;
    return { message, ...(position ? { position } : {}) };
  }
  throw new Error('the text was parsed');
}

describe('a text the parser refuses', () => {
  it('is empty, or holds only white space', () => {
    expect(refusal(' \n\t\n', 'yaml')).toEqual({ message: 'the file is empty' });
  });

  it('holds a NUL byte: it is binary, whatever else it holds', () => {
    expect(refusal('title: x\n\u0000\n', 'yaml')).toEqual({ message: 'the file is binary, not text' });
    expect(refusal('---\ntitle: x\n---\n\u0000', 'mdx')).toEqual({ message: 'the file is binary, not text' });
  });

  it('is MDX that does not start with frontmatter, placed at its first line', () => {
    expect(refusal('# A runbook\n\n---\ntitle: x\n---\n', 'mdx')).toEqual({
      message: 'an MDX entry must start with YAML frontmatter between `---` lines',
      position: { line: 1, column: 1 },
    });
  });
});
