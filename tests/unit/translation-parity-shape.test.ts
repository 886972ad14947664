/**
 * What a translation must share with its source, continued: fields a translation adds (at the top
 * or inside a list), a reference made by a link instead of a component, and how sections are told
 * apart and placed by the code blocks and components around them.
 */
import { describe, expect, it } from 'vitest';
import { bodyProblems, fieldProblems } from '../../src/lib/translations/parity.ts';
import { bodies, pair } from '../fixtures/translation-complete/pair.ts';

describe('fields a translation has that its source does not translate', () => {
  it('are reported at the top level, but never `translatedFrom`', () => {
    const { entry, translation } = pair('roles', 'ops-engineer');
    const translated = { ...translation, data: { ...(translation.data as object), scope: '内部' } };
    expect(fieldProblems(entry, translated)).toEqual([{ kind: 'unexpected-field', path: ['scope'] }]);
  });

  it('are reported inside a list item, at the field', () => {
    const { entry, translation } = pair('roles', 'ops-engineer');
    const data = structuredClone(translation.data) as { responsibilities: Record<string, unknown>[] };
    data.responsibilities[1]!.basis = '第 2.2 条';
    expect(fieldProblems(entry, { ...translation, data })).toEqual([
      { kind: 'unexpected-field', path: ['responsibilities', 1, 'basis'] },
    ]);
  });
});

describe('references of a body', () => {
  it('a component the translation turned into a link to the same entry is a different reference', () => {
    const { entry, translation } = bodies(
      'Call <Role id="ops-engineer" />.\n',
      '联系 [运维](/roles/ops-engineer/)。\n',
    );
    expect(bodyProblems(entry, translation)).toEqual([
      {
        kind: 'references',
        onlySource: [{ via: '<Role id="ops-engineer">', line: 4 }],
        onlyTranslation: ['link /roles/ops-engineer/'],
        at: { line: 10, column: 4 },
      },
    ]);
  });
});

describe('sections of a body, told apart by their code blocks', () => {
  it('a first heading missing before a code block is the one reported, not the heading after it', () => {
    const { entry, translation } = bodies(
      '## A\n\n```sh\nls\n```\n\n## B\n\n```sh\npwd\n```\n',
      '```sh\nls\n```\n\n## 乙\n\n```sh\npwd\n```\n',
    );
    expect(bodyProblems(entry, translation)).toEqual([
      {
        kind: 'sections',
        source: 2,
        translation: 1,
        sourceHeading: { index: 1, text: 'A', depth: 2, line: 4 },
        at: { line: 14, column: 1 },
      },
    ]);
  });

  it('a last heading missing is placed at the translation’s copy of the first code block or component after it', () => {
    // B's section: a link (no anchor: links may be reworded), a code block, then a second `<Role>`
    const { entry, translation } = bodies(
      '## A\n\n<Role id="ops-engineer" />\n\n## B\n\n[ops](/roles/ops-engineer/)\n\n```sh\nls\n```\n\n<Role id="ops-engineer" />\n',
      '## 甲\n\n<Role id="ops-engineer" />\n\n[运维](/roles/ops-engineer/)\n\n<Role id="ops-engineer" />\n\n```sh\nls\n```\n',
    );
    expect(bodyProblems(entry, translation)).toEqual([
      {
        kind: 'sections',
        source: 2,
        translation: 1,
        sourceHeading: { index: 2, text: 'B', depth: 2, line: 8 },
        at: { line: 18, column: 1 },
      },
    ]);
  });
});
