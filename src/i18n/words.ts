/**
 * Turns what a generator returns (`Words`: a dictionary key or content text, with values) into text
 * in a page's language. Month and weekday names come from Intl in the page's locale; ordinals pick
 * their dictionary form by Intl's ordinal plural rules; lists are joined with the dictionary's words.
 */
import { fillTemplate, type WordValue, type Words } from '../lib/words.ts';
import { parameterWords } from '../lib/parameter-words.ts';
import type { ParameterUnit } from '../schemas/parameter.ts';
import { LOCALES, type Locale } from '../lib/routes.ts';
import { useTranslations, type UiKey } from './index.ts';
import { inLocale } from '../lib/titles.ts';

const ORDINAL_KEYS: Record<string, UiKey> = {
  one: 'words.ordinal.one',
  two: 'words.ordinal.two',
  few: 'words.ordinal.few',
  other: 'words.ordinal.other',
};

/**
 * How each language names a month in running text: English spells it (`December`), Chinese writes
 * its number (`12月`, as in `12月31日`), which Intl gives for `numeric`; its `long` form `十二月` reads
 * as literary beside a date.
 */
const MONTH_STYLE: Record<Locale, 'long' | 'numeric'> = { en: 'long', 'zh-cn': 'numeric' };

/** `say(words)`: the words as text; `names(id)` gives a role's name in the page's language. */
export function wordsFormatter(locale: Locale, names: (roleId: string) => string) {
  const t = useTranslations(locale);
  const intl = LOCALES[locale].htmlLang;
  const monthFormat = new Intl.DateTimeFormat(intl, { month: MONTH_STYLE[locale], timeZone: 'UTC' });
  const weekdayFormat = new Intl.DateTimeFormat(intl, { weekday: 'long', timeZone: 'UTC' });
  const weekdayShortFormat = new Intl.DateTimeFormat(intl, { weekday: 'short', timeZone: 'UTC' });
  const ordinals = new Intl.PluralRules(intl, { type: 'ordinal' });
  const monthName = (m: number) => monthFormat.format(new Date(Date.UTC(2001, m - 1, 1)));
  // 2001-01-01 was a Monday
  const weekdayName = (d: number, short = false) =>
    (short ? weekdayShortFormat : weekdayFormat).format(new Date(Date.UTC(2001, 0, 1 + d)));
  /** "a, b and c": the dictionary's separators, so each language joins its own way. */
  const list = (items: string[], last: UiKey) =>
    items.length > 1 ? `${items.slice(0, -1).join(t('words.listSeparator'))}${t(last)}${items.at(-1)}` : items.join('');

  const value = (v: WordValue): string | number => {
    if (typeof v === 'string' || typeof v === 'number') return v;
    if ('roles' in v)
      return v.join === 'comma'
        ? v.roles.map(names).join(t('words.listSeparator'))
        : v.roles.map(names).join(t(v.join === 'or' ? 'words.or' : 'words.and'));
    if ('month' in v) return monthName(v.month);
    if ('months' in v) return list(v.months.map(monthName), 'words.listLast');
    if ('weekday' in v) return weekdayName(v.weekday, v.short);
    if ('ordinal' in v) return t(ORDINAL_KEYS[ordinals.select(v.ordinal)] ?? 'words.ordinal.other', { n: v.ordinal });
    if ('name' in v) return inLocale(v.name, locale);
    if ('zhBeside' in v) {
      const { en, zh } = v.zhBeside;
      return locale !== 'zh-cn' && zh && zh !== en ? zh : '';
    }
    return say(v);
  };

  const say = (words: Words): string => {
    const values = Object.fromEntries(Object.entries(words.values ?? {}).map(([k, v]) => [k, value(v)]));
    return 'key' in words ? t(words.key, values) : fillTemplate(words.text, values);
  };
  return say;
}

/**
 * A calendar day (`2026-11-01`, as the content and git write it) in the page's conventions: English
 * pages keep the ISO form, a Chinese page writes `2026年11月1日` (Intl's long date in zh-CN).
 * Anything that is not a plain date is returned as it is.
 */
export function dateText(locale: Locale, iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (locale === 'en' || !match) return iso;
  return new Intl.DateTimeFormat(LOCALES[locale].htmlLang, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))),
  );
}

/** A month as "Jan 2027" (`2027年1月` on a Chinese page), for calendar headings. */
export const monthHeading = (locale: Locale, month: string): string =>
  new Intl.DateTimeFormat(LOCALES[locale].htmlLang, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5)) - 1, 1)),
  );

/** A parameter's value and unit as text in the page's language (`14` `days`, `星期二` `(每周)`). */
export function parameterText(
  locale: Locale,
  data: { value: string | number; unit: ParameterUnit },
): { value: string; unit: string } {
  const say = wordsFormatter(locale, (id) => id);
  const words = parameterWords(data);
  return {
    value: say({ text: '{value}', values: { value: words.value } }),
    unit: say({ text: '{unit}', values: { unit: words.unit } }),
  };
}

/**
 * A parameter's value as people write it, unit and all, in the page's language: `14 days`, `the 5th
 * of each month`, `every Tuesday`; `每月5日`, `每周二`.
 */
export function parameterPhrase(locale: Locale, data: { value: string | number; unit: ParameterUnit }): string {
  const say = wordsFormatter(locale, (id) => id);
  const { value } = parameterWords(data);
  const day = Number(data.value);
  return say({
    key: `parameter.phrase.${data.unit}`,
    values: {
      value,
      ...(Number.isInteger(day) ? { ordinal: { ordinal: day } } : {}),
      ...(typeof value === 'object' && 'weekday' in value
        ? { weekday: value, weekdayShort: { weekday: value.weekday, short: true } }
        : {}),
    },
  });
}
