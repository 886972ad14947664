/**
 * The downloads in Chinese: the matrix and checklist CSVs and the calendar feed, built from the
 * Chinese model and dictionary, hold the same rows and events as the English ones, keep the ids,
 * and carry no English word but ids, codes and brand names.
 */
import ICAL from 'ical.js';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildChecklists, checklistTable, CHECKLIST_CSV_HEADER, type Checklist } from '../../src/lib/checklists.ts';
import { buildIcs } from '../../src/lib/calendar/index.ts';
import { parseCsv, toCsv } from '../../src/lib/csv.ts';
import { buildMatrix, matrixColumns, matrixTable } from '../../src/lib/matrix.ts';
import { COLLECTIONS } from '../../src/lib/collections.ts';
import { downloadName, type Locale } from '../../src/lib/routes.ts';
import { getModel } from '../../src/lib/site-model.ts';
import { roleName } from '../../src/lib/titles.ts';
import type { Model } from '../../src/lib/model.ts';
import { wordsFormatter } from '../../src/i18n/words.ts';
import { zhCn } from '../../src/i18n/zh-cn.ts';
import { fillTemplate } from '../../src/lib/words.ts';

/**
 * The site's models. getModel reads and checks the real content once per process and keeps it;
 * the tests take the models, and build what they check from them, in a beforeEach, where Stryker
 * counts that code as covered (README, "Mutation testing").
 */
let en: Model;
let zh: Model;
/** Every id of the model: the words a Chinese file may keep in Latin letters, besides codes. */
let ids: Set<string>;
beforeEach(() => {
  en = getModel('en');
  zh = getModel('zh-cn');
  ids = new Set(COLLECTIONS.flatMap((c) => en.ids(c)));
});
const sayIn = (model: Model, locale: Locale) => wordsFormatter(locale, (id) => roleName(model, id, locale));

/**
 * The Latin words of a text that are neither an id, nor a code or acronym in capitals (`CEO`,
 * `WAF`, `IT`), nor a brand name the content names: what a Chinese file must not hold.
 */
const BRANDS = new Set(['MySQL', 'Redis', 'Kubernetes', 'Booking.com', 'Expedia', 'Trip.com', 'Git', 'Web']);
const englishWords = (text: string): string[] =>
  [...text.matchAll(/[A-Za-z][A-Za-z0-9.-]*[A-Za-z0-9]|[A-Za-z]/g)]
    .map((m) => m[0])
    .filter((w) => !ids.has(w) && !/^[A-Z0-9-]+$/.test(w) && !BRANDS.has(w));

describe('the Chinese matrix CSV', () => {
  let english: string[][];
  let chinese: string[][];
  let header: string[];
  beforeEach(() => {
    english = parseCsv(toCsv(matrixTable(buildMatrix(en), sayIn(en, 'en'), 'en')));
    chinese = parseCsv(toCsv(matrixTable(buildMatrix(zh), sayIn(zh, 'zh-cn'), 'zh-cn')));
    header = chinese[0]!;
  });
  const row = (id: string) => chinese.find((r) => r[0] === id)!;
  /** A permission's column, by the header the dictionary makes of its Chinese title and id. */
  const permissionHeader = (id: string) =>
    fillTemplate(zhCn['csv.matrix.permission'], { id, title: en.get('permissions', id)!.data.title.zh });
  const column = (permission: string) => header.indexOf(permissionHeader(permission));

  it('has Chinese headers, each permission named with its id kept', () => {
    expect(header.slice(0, 4)).toEqual(['岗位编号', '岗位名称', '范围', '职级']);
    const approve = en.get('permissions', 'approve-project')!.data.title.zh;
    expect(header[column('approve-project')]).toBe(`${approve}（approve-project）`);
    expect(header.length).toBe(english[0]!.length);
    expect(header.slice(4)).toEqual(english[0]!.slice(4).map(permissionHeader));
  });

  it('has the same rows as the English one, by role id, with Chinese names and scope', () => {
    expect(chinese.map((r) => r[0]).slice(1)).toEqual(english.map((r) => r[0]).slice(1));
    expect(row('department-head').slice(0, 4)).toEqual(['department-head', '部门负责人', 'IT 部门内部', '1']);
    expect(row('finance')[2]).toBe(zhCn['role.external']);
  });

  it('gives each grant the same basis, a proposal in Chinese and a post held through by its Chinese name', () => {
    const dh = row('department-head');
    expect(dh[column('approve-project')]).toMatch(/^4\.1 «[^»]*项目全权审批权[^»]*»$/);
    expect(dh[column('approve-release')]).toBe('手册建议');
    const cells = chinese.slice(1).flatMap((r) => r.slice(4));
    const englishCells = english.slice(1).flatMap((r) => r.slice(4));
    // the same cells are granted, and a clause basis reads the same in both
    expect(cells.map(Boolean)).toEqual(englishCells.map(Boolean));
    cells.forEach((cell, i) => {
      if (/^\d/.test(englishCells[i]!) && !englishCells[i]!.includes(' via ')) expect(cell).toBe(englishCells[i]);
    });
    const via = englishCells.findIndex((c) => c.includes(' via '));
    expect(via, 'the real content has a grant held through another post').toBeGreaterThanOrEqual(0);
    const [, role] = / via (\S+)$/.exec(englishCells[via]!)!;
    expect(cells[via]).toContain(`（经由${en.get('roles', role!)!.data.name.zh}）`);
  });

  it('holds no English word but ids, codes and brand names', () => {
    expect(englishWords(chinese.flat().join('\n'))).toEqual([]);
    // the check itself catches an English word
    expect(englishWords('部门负责人 proposed via department-head CEO')).toEqual(['proposed', 'via']);
  });

  it('keeps the columns of the English one, whose header is unchanged', () => {
    expect(english[0]!.slice(0, 4)).toEqual(['role', 'role_name', 'scope', 'grade']);
    expect(english[0]!.slice(4)).toEqual(matrixColumns(buildMatrix(en)).map((c) => c.id));
  });
});

describe('the Chinese checklist CSVs', () => {
  /** The checklists' ids name the tests of it.each below, so they are known as the file loads. */
  const CHECKLIST_IDS = buildChecklists(getModel('en')).map((c) => c.id);
  let englishLists: Checklist[];
  let chineseLists: Checklist[];
  beforeEach(() => {
    englishLists = buildChecklists(en);
    chineseLists = buildChecklists(zh);
  });
  const table = (model: Model, locale: Locale, id: string) => {
    const list = (locale === 'en' ? englishLists : chineseLists).find((c) => c.id === id)!;
    return parseCsv(toCsv(checklistTable(list, sayIn(model, locale))));
  };

  it('are the same checklists as the English ones', () => {
    expect(chineseLists.map((c) => c.id)).toEqual(englishLists.map((c) => c.id));
  });

  it.each(CHECKLIST_IDS)('%s: Chinese headers, the same items by id', (id) => {
    const [english, chinese] = [table(en, 'en', id), table(zh, 'zh-cn', id)];
    expect(english[0]).toEqual([...CHECKLIST_CSV_HEADER]);
    expect(chinese[0]).toEqual(CHECKLIST_CSV_HEADER.map((c) => zhCn[`csv.checklist.${c}`]));
    expect(chinese.map((r) => r[2])).toEqual([chinese[0]![2], ...english.slice(1).map((r) => r[2])]);
    // the source stays a key, the done column empty
    expect(chinese.slice(1).map((r) => [r[0], r[9]])).toEqual(english.slice(1).map((r) => [r[0], r[9]]));
  });

  it('name owners, control areas and proposals in Chinese', () => {
    const [english, chinese] = [
      table(en, 'en', 'quarterly-internal-audit'),
      table(zh, 'zh-cn', 'quarterly-internal-audit'),
    ];
    const i = english.findIndex((r) => r[4] === 'Department head');
    expect(i).toBeGreaterThan(0);
    expect(chinese[i]![4]).toBe('部门负责人');
    const area = english.findIndex((r) => r[1] === 'access');
    expect(chinese[area]![1]).toBe(zhCn['checklists.area.access']);
    const proposed = english.findIndex((r) => r[7] === 'proposed');
    expect(chinese[proposed]![7]).toBe('手册建议');
    const clause = english.findIndex((r) => /^\d/.test(r[7]!));
    expect(chinese[clause]![7]).toBe(english[clause]![7]);
  });

  it('hold the Chinese statements of the Chinese model', () => {
    const chinese = table(zh, 'zh-cn', 'quarterly-internal-audit');
    const control = zh.all('controls')[0]!;
    const row = chinese.find((r) => r[9] === `controls:${control.id}`)!;
    expect(row[3]).toMatch(/[\u4e00-\u9fff]/);
    expect(row[3]).not.toBe(table(en, 'en', 'quarterly-internal-audit').find((r) => r[2] === row[2])![3]);
  });
});

/** The feed as the site serves it, from the endpoint. */
async function served(locale: Locale): Promise<string> {
  const { GET } = await import('../../src/pages/[...lang]/calendar.ics.ts');
  const response = await GET({ props: { locale }, site: new URL('https://handbook.example.internal') } as never);
  return response.text();
}

describe('the Chinese calendar feed', () => {
  const events = (text: string) =>
    new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  let chinese: ICAL.Component;
  let zhEvents: ICAL.Event[];
  let enEvents: ICAL.Event[];
  beforeEach(async () => {
    const zhFeed = await served('zh-cn');
    const enFeed = await served('en');
    chinese = new ICAL.Component(ICAL.parse(zhFeed));
    zhEvents = events(zhFeed);
    enEvents = events(enFeed);
  });

  it('parses, with the same events and recurrences as the English feed', () => {
    expect(zhEvents.map((e) => e.uid)).toEqual(enEvents.map((e) => e.uid));
    expect(zhEvents.map((e) => e.component.getFirstPropertyValue('rrule')?.toString())).toEqual(
      enEvents.map((e) => e.component.getFirstPropertyValue('rrule')?.toString()),
    );
    expect(zhEvents.map((e) => e.startDate.toString())).toEqual(enEvents.map((e) => e.startDate.toString()));
  });

  it('names the calendar and every event in Chinese', () => {
    expect(chinese.getFirstPropertyValue('x-wr-calname')).toBe(zhCn['ics.name']);
    expect(chinese.getFirstPropertyValue('prodid')).toBe('-//hotel-it//policy-handbook//ZH-CN');
    const audit = zhEvents.find((e) => e.uid.startsWith('quarterly-internal-audit@'))!;
    const title = en.get('obligations', 'quarterly-internal-audit')!.data.title.zh;
    expect([title, fillTemplate(zhCn['ics.due'], { title })]).toContain(audit.summary);
    for (const e of zhEvents) {
      expect(e.summary).toMatch(/[\u4e00-\u9fff]/);
      expect(e.description).toContain(zhCn['ics.owner'].split('{')[0]);
      expect(e.component.getFirstPropertyValue('url')).toMatch(/^https:\/\/handbook\.example\.internal\/zh-cn\//);
    }
  });

  it('holds no English word but ids, codes and brand names, and no raw inline marker', () => {
    const text = zhEvents.map((e) => `${e.summary}\n${e.description}`).join('\n');
    expect(englishWords(text)).toEqual([]);
    expect(text).not.toMatch(/\{(proposed|param|assumption):/);
  });

  it('is built by the same builder as the English feed, in its language', () => {
    expect(buildIcs(zh, { say: sayIn(zh, 'zh-cn'), locale: 'zh-cn' })).toContain(
      'PRODID:-//hotel-it//policy-handbook//ZH-CN',
    );
    expect(buildIcs(en, { say: sayIn(en, 'en') })).toContain('PRODID:-//hotel-it//policy-handbook//EN');
  });
});

describe('download names', () => {
  it('keep the English name and put the language tag before the extension of another', () => {
    expect(downloadName('matrix.csv')).toBe('matrix.csv');
    expect(downloadName('matrix.csv', 'zh-cn')).toBe('matrix.zh-CN.csv');
    expect(downloadName('calendar.ics', 'zh-cn')).toBe('calendar.zh-CN.ics');
  });
});
