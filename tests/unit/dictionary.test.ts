/**
 * Every word of the dictionary is used somewhere: written out as a key (`t('doc.owner')`, a
 * registry row's `'section.roles'`), or under a prefix the code completes at run time
 * (`t(\`cadence.${freq}\`)`). A key nothing uses is a translation nobody will see.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.ts';

const DICTIONARY = 'src/i18n/en.ts';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.(ts|astro|js|mjs)$/.test(name) && path !== DICTIONARY ? [path] : [];
  });
}

const code = [...files('src'), ...files('scripts')].map((f) => readFileSync(f, 'utf8')).join('\n');
/** `prefix.` of every template literal that builds a key: `section.${…}` → `section.`. */
const dynamicPrefixes = [...code.matchAll(/`([a-z][A-Za-z]*(?:\.[A-Za-z]+)*\.)\$\{/g)].map((m) => m[1]!);

const unusedKeys = (keys: string[], text: string, prefixes: string[]): string[] =>
  keys.filter(
    (key) =>
      !new RegExp(`['"\`]${key.replace(/\./g, '\\.')}['"\`]`).test(text) && !prefixes.some((p) => key.startsWith(p)),
  );

describe('the dictionary', () => {
  it('has no key that no page, component or script uses', () => {
    expect(unusedKeys(Object.keys(en), code, dynamicPrefixes)).toEqual([]);
  });

  it('finds a key used nowhere (the test itself can fail)', () => {
    expect(
      unusedKeys(['doc.owner', 'nobody.uses.this', 'cadence.weekly'], "t('doc.owner'); t(`cadence.${c}`)", [
        'cadence.',
      ]),
    ).toEqual(['nobody.uses.this']);
  });
});
