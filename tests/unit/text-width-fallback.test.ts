/** Characters the Helvetica metrics do not cover, and the bytes Graphviz counts as spaces. */
import { describe, expect, it } from 'vitest';
import { graphvizEstimate, textWidth } from '../../src/lib/text-width.ts';

describe('textWidth', () => {
  it('counts a narrow character Helvetica has no glyph for (Greek, Latin Extended) as 1 em', () => {
    expect(textWidth('α', 10)).toBe(10);
    expect(textWidth('ā', 10)).toBe(10);
  });
});

describe('graphvizEstimate', () => {
  it('counts each byte of a two-byte character as a space, the continuation byte 0x80 included', () => {
    // `Ā` is U+0100, encoded as the bytes 0xC4 0x80.
    expect(graphvizEstimate('Ā', 10)).toBe(2 * textWidth(' ', 10));
    expect(graphvizEstimate('Ā', 10)).toBeCloseTo(5.56, 10);
  });
});
