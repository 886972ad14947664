import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { InlineLookup } from '../../src/lib/inline-text.ts';

type FreshInlineText = typeof import('../../src/lib/inline-text.ts');
let inlineReferences: FreshInlineText['inlineReferences'];
let parseInlineText: FreshInlineText['parseInlineText'];
let plainInlineText: FreshInlineText['plainInlineText'];
let resolveInlineText: FreshInlineText['resolveInlineText'];
// Its tables are built when the module loads: each test loads it afresh, so that Stryker runs
// their mutants against these tests (see "A table a module builds when it loads" in the README).
beforeEach(async () => {
  vi.resetModules();
  ({ inlineReferences, parseInlineText, plainInlineText, resolveInlineText } =
    await import('../../src/lib/inline-text.ts'));
});

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
      { kind: 'param', id: 'p-1', index: 16, marker: '{param: p-1}' },
      { kind: 'assumption', id: 'k8s', index: 29, marker: '{assumption: k8s}' },
    ]);
  });
});

describe('resolved and plain forms', () => {
  const lookup = {
    get: (collection: string, id: string) =>
      collection === 'parameters' && id === 'acceptance-days'
        ? { data: { value: 14, unit: 'days', status: 'proposed', name: { en: 'Acceptance' } } }
        : collection === 'assumptions' && id === 'cache'
          ? { data: { value: 'Redis in namespace `booking`', status: 'assumed', name: { en: 'Cache' } } }
          : undefined,
  } as unknown as InlineLookup;
  const words = {
    proposed: 'proposed',
    param: { proposed: 'proposed value', approved: 'approved value' },
    assumption: { assumed: 'assumed', confirmed: 'confirmed' },
  };

  it('looks each marker up: a parameter with its value and status, an assumption with its value, a missing id kept', () => {
    expect(resolveInlineText('{param: acceptance-days} {assumption: cache} {assumption: cahce}', lookup)).toEqual([
      { kind: 'param', id: 'acceptance-days', value: '14', unit: 'days', status: 'proposed', name: 'Acceptance' },
      { kind: 'text', text: ' ' },
      { kind: 'assumption', id: 'cache', value: 'Redis in namespace `booking`', status: 'assumed', name: 'Cache' },
      { kind: 'text', text: ' ' },
      { kind: 'missing', marker: 'assumption', id: 'cahce' },
    ]);
  });

  it('gives exports and search one string: each marker as its words or value, its status in brackets', () => {
    expect(
      plainInlineText(
        'Accept {param: acceptance-days} days after go-live, {proposed: within 2 working days}, on {assumption: cache}.',
        lookup,
        words,
      ),
    ).toBe(
      'Accept 14 (proposed value) days after go-live, within 2 working days (proposed), on Redis in namespace booking (assumed).',
    );
  });
});
