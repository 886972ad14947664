/**
 * Every word of the dictionary is used somewhere: written out as a key (`t('doc.owner')`, a
 * registry row's `'section.roles'`), or under a prefix the code completes at run time
 * (`t(\`cadence.${freq}\`)`). A key nothing uses is a translation nobody will see.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { zhCn } from '../../src/i18n/zh-cn.ts';

/** The dictionaries themselves name every key; they are not uses. */
const DICTIONARIES = ['src/i18n/en.ts', 'src/i18n/zh-cn.ts'];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.(ts|astro|js|mjs)$/.test(name) && !DICTIONARIES.includes(path) ? [path] : [];
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

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the Chinese dictionary', () => {
  it('has exactly the keys of the English one, in the same order', () => {
    expect(Object.keys(zhCn)).toEqual(Object.keys(en));
  });

  /**
   * Where a generator hands over more than one form of a value, each language picks its own: the CSVs
   * give English the code (`{id}`) and Chinese the name (`{role}`), a day of the month is an ordinal in
   * English (`{ordinal}`) and a number in Chinese (`{day}日`), a weekday's full name in English and its
   * short one in Chinese (`every {weekday}`, `每{weekdayShort}`). Everywhere else both fill the same ones.
   */
  const EACH_PICKS_ITS_OWN =
    /^(csv\.(code|role|via|matrix\.permission)|calendar\.day\.nth\w*|parameter\.phrase\.(day-of-month|day-of-quarter|weekday))$/;

  it('fills the same placeholders as the English one, except where a generator offers each language its own form', () => {
    const differ = Object.keys(en).filter(
      (key) =>
        !EACH_PICKS_ITS_OWN.test(key) &&
        placeholders(en[key as keyof typeof en]).join() !== placeholders(zhCn[key as keyof typeof en]).join(),
    );
    expect(differ).toEqual([]);
  });

  it('leaves no English word untranslated: a value equal to the English has no word of three letters', () => {
    const same = Object.keys(en).filter((key) => {
      const value = zhCn[key as keyof typeof en];
      // wordless templates (`{step}. {title}`) and the acronyms both languages write (CSV, RACI, KPI) may stay
      return value === en[key as keyof typeof en] && /[a-z]{3}/.test(value.replace(/\{\w+\}/g, ''));
    });
    expect(same).toEqual([]);
  });
});
