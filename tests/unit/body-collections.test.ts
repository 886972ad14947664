/** The Astro collection that holds a kind's MDX bodies in a language. */
import { describe, expect, it } from 'vitest';
import { bodyCollectionName } from '../../src/lib/content/body-collections.ts';

describe('bodyCollectionName', () => {
  it('is the kind itself in English or with no language', () => {
    expect(bodyCollectionName('runbooks')).toBe('runbooks');
    expect(bodyCollectionName('runbooks', 'en')).toBe('runbooks');
  });

  it('adds the language with underscores for another language', () => {
    expect(bodyCollectionName('runbooks', 'zh-cn')).toBe('runbooks_zh_cn');
    expect(bodyCollectionName('plans', 'fr')).toBe('plans_fr');
  });
});
