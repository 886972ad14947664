/** In plain text, a marker naming no parameter or assumption is shown as its id. */
import { describe, expect, it } from 'vitest';
import { plainInlineText, type InlineLookup } from '../../src/lib/inline-text.ts';

const nothing: InlineLookup = { get: () => undefined };
const words = {
  proposed: 'proposed',
  param: { proposed: 'proposed', approved: 'approved' },
  assumption: { assumed: 'assumed', confirmed: 'confirmed' },
};

describe('plainInlineText', () => {
  it('writes the id of a parameter or assumption the model does not have', () => {
    expect(plainInlineText('Within {param: nope-days} days on {assumption: no-host}.', nothing, words)).toBe(
      'Within nope-days days on no-host.',
    );
  });
});
