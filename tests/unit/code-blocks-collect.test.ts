/** Which fenced code blocks the shell rules read: those fenced as sh, bash or shell, nothing else. */
import { describe, expect, it } from 'vitest';
import { isShell } from '../../src/lib/code-blocks/collect.ts';

const block = (lang: string | null) => ({ lang, value: 'echo ok', position: { line: 3, column: 1 } });

describe('isShell', () => {
  it('sh, bash and shell blocks are shell', () => {
    expect(['sh', 'bash', 'shell'].map((lang) => isShell(block(lang)))).toEqual([true, true, true]);
  });

  it('a block of another language, of an empty language or of none is not', () => {
    expect(['zsh', 'console', 'sql', 'Bash', ''].map((lang) => isShell(block(lang)))).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
    expect(isShell(block(null))).toBe(false);
  });
});
