/** The `translatedFrom` line goes into a file's frontmatter only when the file starts with one. */
import { describe, expect, it } from 'vitest';
import { stampTranslation } from '../../src/lib/translations/stamp.ts';

const hashes = { fields: 'aaaaaaaaaaaa' };

describe('stampTranslation', () => {
  it('writes the line into an empty frontmatter', () => {
    expect(stampTranslation('---\n---\nBody.\n', hashes)).toBe(
      '---\ntranslatedFrom: { fields: "aaaaaaaaaaaa" }\n---\nBody.\n',
    );
  });

  it('puts the line first in a YAML file that has a `---` further down', () => {
    expect(stampTranslation('a: 1\n---\nb: 2\n', hashes)).toBe(
      'translatedFrom: { fields: "aaaaaaaaaaaa" }\na: 1\n---\nb: 2\n',
    );
  });
});
