/**
 * What a translation must share with its source, checked in memory on one loaded entry and its
 * translation with their prose or bodies replaced: markers in a field, code blocks and sections in a body.
 */
import { describe, expect, it } from 'vitest';
import type { AnyEntry } from '../../src/lib/content/load.ts';
import { bodyProblems, fieldProblems } from '../../src/lib/translations/parity.ts';
import { bodies, pair } from '../fixtures/translation-complete/pair.ts';

describe('markers in a field', () => {
  it('lists the markers a translation dropped in sorted order, whatever their order in the source', () => {
    const { entry, translation } = pair('roles', 'ops-engineer');
    const source = {
      ...entry,
      data: { ...entry.data, summary: 'Every {param: b-months} or {param: a-months} months.' },
    } as AnyEntry;
    const translated = { ...translation, data: { ...(translation.data as object), summary: '每个月。' } };
    expect(fieldProblems(source, translated)).toEqual([
      { kind: 'markers', path: ['summary'], dropped: ['{param: a-months}', '{param: b-months}'], added: [] },
    ]);
  });

  it('a field translated as blanks only is missing', () => {
    const { entry, translation } = pair('roles', 'ops-engineer');
    const translated = { ...translation, data: { ...(translation.data as object), summary: '   ' } };
    expect(fieldProblems(entry, translated)).toEqual([
      {
        kind: 'missing-field',
        path: ['summary'],
        source: 'The operations engineer of the fixture department.',
        sourceAt: entry.locate(['summary']),
      },
    ]);
  });
});

describe('code blocks of a body', () => {
  it('one more block in the translation: the source line given is that of the source’s last block', () => {
    const { entry, translation } = bodies(
      'Intro.\n\n```sh\nls\n```\n',
      'Intro.\n\n```sh\nls\n```\n\n```sh\npwd\n```\n',
    );
    expect(bodyProblems(entry, translation)).toEqual([
      { kind: 'code-count', source: 1, translation: 2, first: 2, sourceLine: 6, at: { line: 16, column: 1 } },
    ]);
  });

  it('a block with a line more in the translation: the source’s side of that line is empty', () => {
    const { entry, translation } = bodies('```sh\nls\n```\n', '```sh\nls\npwd\n```\n');
    expect(bodyProblems(entry, translation)).toEqual([
      { kind: 'code-changed', index: 1, line: 2, source: '', translation: 'pwd', at: { line: 12, column: 1 } },
    ]);
  });

  it('a block with a line fewer in the translation: the translation’s side of that line is empty', () => {
    const { entry, translation } = bodies('```sh\nls\npwd\n```\n', '```sh\nls\n```\n');
    expect(bodyProblems(entry, translation)).toEqual([
      { kind: 'code-changed', index: 1, line: 2, source: 'pwd', translation: '', at: { line: 12, column: 1 } },
    ]);
  });

  it('a long line changed far from its start is cut around the change, marked with … on each side', () => {
    const head = 'a'.repeat(50);
    const tail = 'z'.repeat(50);
    const { entry, translation } = bodies(`\`\`\`sh\n${head}X${tail}\n\`\`\`\n`, `\`\`\`sh\n${head}Y${tail}\n\`\`\`\n`);
    expect(bodyProblems(entry, translation)).toEqual([
      {
        kind: 'code-changed',
        index: 1,
        line: 1,
        source: `…${'a'.repeat(20)}X${'z'.repeat(39)}…`,
        translation: `…${'a'.repeat(20)}Y${'z'.repeat(39)}…`,
        at: { line: 11, column: 51 },
      },
    ]);
  });
});

describe('sections of a body', () => {
  it('a heading missing at the end is placed at the translation’s last heading', () => {
    const { entry, translation } = bodies(
      '## One\n\nText.\n\n## Two\n\nText.\n\n## Three\n\nText.\n\n## Four\n\nText.\n',
      '## 一\n\n文。\n\n## 二\n\n文。\n\n## 三\n\n文。\n',
    );
    expect(bodyProblems(entry, translation)).toEqual([
      {
        kind: 'sections',
        source: 4,
        translation: 3,
        sourceHeading: { index: 4, text: 'Four', depth: 2, line: 16 },
        at: { line: 18, column: 1 },
      },
    ]);
  });
});

describe('worked out once per pair', () => {
  it('the same translation against another source entry is compared afresh, not answered from the first pair', () => {
    const { entry, translation } = pair('roles', 'ops-engineer');
    expect(fieldProblems(entry, translation)).toEqual([]);
    const changed = { ...entry, data: { ...entry.data, summary: 'Every {param: a-months} months.' } } as AnyEntry;
    expect(fieldProblems(changed, translation)).toEqual([
      { kind: 'markers', path: ['summary'], dropped: ['{param: a-months}'], added: [] },
    ]);
    expect(fieldProblems(changed, translation)).toBe(fieldProblems(changed, translation));
  });
});
