/** Which fenced code blocks the shell rules read: those fenced as sh, bash or shell, nothing else. */
import { beforeEach, describe, expect, it, vi } from 'vitest';

let isShell: typeof import('../../src/lib/code-blocks/collect.ts').isShell;
// The list of shell languages is built when the module loads: each test loads it afresh, so that
// the list it checks is built inside the test (see "Compute inside the test" in the README).
beforeEach(async () => {
  vi.resetModules();
  ({ isShell } = await import('../../src/lib/code-blocks/collect.ts'));
});

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
