import { describe, expect, it } from 'vitest';
import { inlineReferences, parseInlineText } from '../../src/lib/inline-text.ts';

describe('inline markers in entry texts', () => {
  it('splits a sentence into the policy words, a proposal, a parameter and an assumption', () => {
    expect(
      parseInlineText(
        'Report it {proposed: within 2 working days} of {param: acceptance-days} via {assumption: wecom}.',
      ),
    ).toEqual([
      { kind: 'text', text: 'Report it ' },
      { kind: 'proposed', text: 'within 2 working days' },
      { kind: 'text', text: ' of ' },
      { kind: 'param', id: 'acceptance-days' },
      { kind: 'text', text: ' via ' },
      { kind: 'assumption', id: 'wecom' },
      { kind: 'text', text: '.' },
    ]);
  });

  it('leaves a text without markers whole, and ignores braces that are not markers', () => {
    expect(parseInlineText('plain {not a marker}')).toEqual([{ kind: 'text', text: 'plain {not a marker}' }]);
  });

  it('lists the referenced ids with their offsets, not the proposals', () => {
    expect(inlineReferences('a {proposed: x} {param: p-1} {assumption: k8s}')).toEqual([
      { kind: 'param', id: 'p-1', index: 16 },
      { kind: 'assumption', id: 'k8s', index: 29 },
    ]);
  });
});
