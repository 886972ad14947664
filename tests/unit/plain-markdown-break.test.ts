/** A hard line break in Markdown becomes a line end in the plain text. */
import { describe, expect, it } from 'vitest';
import { plainMarkdown } from '../../src/lib/plain-markdown.ts';

describe('plainMarkdown', () => {
  it('turns a hard break (backslash or two spaces before a carriage return) into a line end', () => {
    expect(plainMarkdown('a\\\rb')).toBe('a\nb');
    expect(plainMarkdown('*a*  \rb')).toBe('a\nb');
  });
});
