/**
 * Figures in a text: an amount with a unit (`2 working days`, `80 %`, `24小时`, `within 15 minutes`)
 * or a frequency (`quarterly`, `once a year`, `每季度`, `twice a year`). Each figure gets a key that
 * is the same in English and Chinese (`2 workday`, `1/quarter`), so a duty written in English can
 * be compared with the Chinese words of the clause it quotes. Pure; used by `unbacked-figure`.
 */
import { memoize } from './memo.ts';

export interface Figure {
  /** The words as written. */
  text: string;
  /** Offset in the text. */
  index: number;
  /** Language-neutral key: `<n> <unit>` for an amount, `<n>/<unit>` for a frequency. */
  key: string;
}

type Unit = 'workday' | 'day' | 'hour' | 'minute' | 'week' | 'month' | 'quarter' | 'half-year' | 'year' | 'percent';

/** Each English unit word as `enUnit` looks it up: lower case, one space, singular. */
const EN_UNIT_WORDS = new Map<string, Unit>([
  ['working day', 'workday'],
  ['business day', 'workday'],
  ['day', 'day'],
  ['hour', 'hour'],
  ['hr', 'hour'],
  ['h', 'hour'],
  ['minute', 'minute'],
  ['min', 'minute'],
  ['week', 'week'],
  ['month', 'month'],
  ['quarter', 'quarter'],
  ['year', 'year'],
  ['percent', 'percent'],
  ['per cent', 'percent'],
]);
const ZH_UNITS: Record<string, Unit> = {
  工作日: 'workday',
  个工作日: 'workday',
  天: 'day',
  日: 'day',
  小时: 'hour',
  个小时: 'hour',
  分钟: 'minute',
  周: 'week',
  个星期: 'week',
  星期: 'week',
  个月: 'month',
  月: 'month',
  季度: 'quarter',
  个季度: 'quarter',
  半年: 'half-year',
  年: 'year',
  '%': 'percent',
};

const EN_NUMBERS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  thirty: 30,
  'twenty-four': 24,
  'forty-eight': 48,
};
const ZH_DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** `十五` → 15, `二十四` → 24, `三` → 3; undefined when not a small Chinese number. */
function zhNumber(text: string): number | undefined {
  if (/^[一二两三四五六七八九]$/.test(text)) return ZH_DIGITS[text];
  const m = /^([一二两三四五六七八九]?)十([一二三四五六七八九]?)$/.exec(text);
  if (!m) return undefined;
  return (m[1] ? ZH_DIGITS[m[1]]! : 1) * 10 + (m[2] ? ZH_DIGITS[m[2]]! : 0);
}

const number = (text: string): number | undefined => {
  const t = text.toLowerCase();
  if (/^\d+(?:\.\d+)?$/.test(t)) return Number(t);
  return EN_NUMBERS[t] ?? zhNumber(text);
};

/** A unit as the patterns capture it (`Business-Days`, `hrs`, `%`): each is one of `EN_UNIT`'s spellings. */
const enUnit = (text: string): Unit | undefined =>
  EN_UNIT_WORDS.get(text.toLowerCase().replace('-', ' ').replace(/s$/, ''));

const PERIOD_EN: Record<string, Unit> = {
  daily: 'day',
  weekly: 'week',
  monthly: 'month',
  quarterly: 'quarter',
  yearly: 'year',
  annually: 'year',
  annual: 'year',
  'half-yearly': 'half-year',
  'semi-annually': 'half-year',
  'semi-annual': 'half-year',
  biannually: 'half-year',
};
const PERIOD_ZH: Record<string, Unit> = {
  日: 'day',
  天: 'day',
  周: 'week',
  星期: 'week',
  月: 'month',
  季: 'quarter',
  季度: 'quarter',
  半年: 'half-year',
  年: 'year',
};
const TIMES_EN: Record<string, number> = { once: 1, twice: 2, thrice: 3 };

const EN_NUM = String.raw`\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|thirty|twenty-four|forty-eight`;
const EN_UNIT = String.raw`(?:working|business)[ -]days?|days?|hours?|hrs?|h|minutes?|mins?|weeks?|months?|quarters?|years?|percent|per cent`;
const ZH_NUM = String.raw`\d+(?:\.\d+)?|[一二两三四五六七八九十]+`;
const ZH_UNIT = String.raw`个工作日|工作日|个小时|小时|分钟|个星期|星期|个季度|季度|个月|半年|周|天|日|月|年|%`;

interface Pattern {
  re: RegExp;
  key(m: RegExpExecArray): string | undefined;
}

const PATTERNS: Pattern[] = [
  // twice a year, once a quarter, three times a month, 2 times per week
  {
    re: new RegExp(
      String.raw`\b(once|twice|thrice|(?:${EN_NUM})\s+times)\s+(?:a|an|per|each|every)\s+(day|week|month|quarter|year)\b`,
      'gi',
    ),
    key: (m) => {
      const n = TIMES_EN[m[1]!.toLowerCase()] ?? number(m[1]!.split(/\s+/)[0]!);
      return n === undefined ? undefined : `${n}/${enUnit(m[2]!)}`;
    },
  },
  // every 6 months, every two weeks
  {
    re: new RegExp(String.raw`\bevery\s+(${EN_NUM})\s+(${EN_UNIT})\b`, 'gi'),
    key: (m) => {
      const n = number(m[1]!);
      const unit = enUnit(m[2]!);
      return n === undefined || !unit ? undefined : `1/${n === 1 ? '' : n}${unit}`;
    },
  },
  // every quarter, each month, per year
  {
    re: /\b(?:every|each|per|a)\s+(day|week|month|quarter|year)\b/gi,
    key: (m) => `1/${enUnit(m[1]!)}`,
  },
  // quarterly, yearly, annually, half-yearly
  {
    // not the name of one of the policy's meetings ("the weekly meeting", "quarterly strategy meeting")
    re: /\b(daily|weekly|monthly|quarterly|yearly|annually|annual|half-yearly|semi-annual(?:ly)?|biannually)\b(?!\s+(?:strategy\s+)?(?:meetings?|reports?|minutes)\b)/gi,
    key: (m) => `1/${PERIOD_EN[m[1]!.toLowerCase()]}`,
  },
  // 2 working days, 80 percent, within 15 minutes, 24-hour (`80 %` is the Chinese pattern's, in either language)
  {
    re: new RegExp(String.raw`(?<![\w.])(${EN_NUM})(?:\s*|-)(${EN_UNIT})(?![\w])`, 'gi'),
    key: (m) => {
      const n = number(m[1]!);
      const unit = enUnit(m[2]!);
      return n === undefined || !unit ? undefined : `${n} ${unit}`;
    },
  },
  // 每年两次, 每季度一次, 每月, 每半年, 每X{param}年 (a parameter: no figure)
  {
    re: new RegExp(String.raw`每(?:(${ZH_NUM})个?)?(半年|季度|季|星期|周|月|年|日|天)(?:(${ZH_NUM})次)?`, 'g'),
    key: (m) => {
      const every = m[1] ? number(m[1]) : 1;
      const times = m[3] ? number(m[3]) : 1;
      if (every === undefined || times === undefined) return undefined;
      const unit = PERIOD_ZH[m[2]!]!;
      return `${times}/${every === 1 ? '' : every}${unit}`;
    },
  },
  // 季度考核, 月度自评, 年度评定
  {
    re: /(季度|月度|年度|半年度)(?!\d|战略会)/g,
    key: (m) => `1/${{ 季度: 'quarter', 月度: 'month', 年度: 'year', 半年度: 'half-year' }[m[1]!]}`,
  },
  // 2个工作日, 24小时, 99.9%, 三个月
  {
    re: new RegExp(String.raw`(${ZH_NUM})\s*(${ZH_UNIT})`, 'g'),
    key: (m) => {
      const n = number(m[1]!);
      const unit = ZH_UNITS[m[2]!];
      return n === undefined || !unit ? undefined : `${n} ${unit}`;
    },
  },
];

function figuresOf(text: string): Figure[] {
  const taken: [number, number][] = [];
  const out: Figure[] = [];
  for (const { re, key } of PATTERNS) {
    for (const m of text.matchAll(new RegExp(re.source, re.flags))) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some(([s, e]) => start < e && end > s)) continue;
      const k = key(m as unknown as RegExpExecArray);
      if (!k || k.includes('undefined')) continue;
      taken.push([start, end]);
      out.push({ text: m[0], index: start, key: k });
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

/** Every figure in a text, in order; overlapping matches keep the first pattern's (the most specific). Remembered by text (read-only). */
export const figuresIn = memoize(figuresOf, (text: string) => text);

/** The keys of the figures in some texts (a basis's quotes), for lookups. */
export const figureKeys = (texts: readonly string[]): Set<string> =>
  new Set(texts.flatMap((t) => figuresIn(t).map((f) => f.key)));
