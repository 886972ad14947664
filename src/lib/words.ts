/**
 * What a generator returns where a page shows words: a dictionary key, or words from the
 * content, with the values to put in their `{placeholders}`. The page turns them into text in
 * its own language (`src/i18n/words.ts`), so no sentence is assembled here.
 */
import type { UiKey } from '../i18n/en.ts';

export type Words = { key: UiKey; values?: WordValues } | { text: string; values?: WordValues };

export type WordValue =
  | string
  | number
  | Words
  /** Role names, joined as a list (`or`: alternatives, `and`: all of them, `comma`: a plain list). */
  | { roles: string[]; join: 'or' | 'and' | 'comma' }
  /** A month of the year, 1–12, named in the page's language. */
  | { month: number }
  /** Months of the year, named and joined as a list. */
  | { months: number[] }
  /** A weekday, 0 for Monday … 6 for Sunday; `short` for the abbreviated name (`Tue`, `周二`). */
  | { weekday: number; short?: boolean }
  /** An ordinal number (1st, 2nd …). */
  | { ordinal: number }
  /** A two-language name from the content (`{ en, zh }`), in the page's language. */
  | { name: BilingualName }
  /**
   * The Chinese original beside an English name (a stage's 需求收集 under "Requirements gathering"):
   * the Chinese where it differs from the English, and nothing on a Chinese page, which already shows it.
   */
  | { zhBeside: BilingualName };

/** A name written in English and, where it has one, Chinese. */
export type BilingualName = { en: string; zh?: string | undefined };

export type WordValues = Record<string, WordValue>;

/** Words from the dictionary. */
export const say = (key: UiKey, values?: WordValues): Words => (values ? { key, values } : { key });
/** Words written in the content, as they are or with `{placeholders}` to fill. */
export const asWritten = (text: string, values?: WordValues): Words => (values ? { text, values } : { text });

/** A two-language name from the content, to be shown in the page's language. */
export const named = (name: BilingualName): Words => ({ text: '{name}', values: { name: { name } } });

/**
 * `{name}` placeholders filled from `values`: the one filler of the dictionaries, the generators'
 * content words and incident mode. A placeholder with no value is kept as written, or left empty
 * with `{ unknown: 'empty' }` (a record exported from the browser never shows a raw placeholder).
 */
export const fillTemplate = (
  template: string,
  values: Record<string, string | number>,
  { unknown = 'keep' }: { unknown?: 'keep' | 'empty' } = {},
): string =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : unknown === 'keep' ? whole : '',
  );
