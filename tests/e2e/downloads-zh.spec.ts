/**
 * The downloads in Chinese, against the production build, as a reader in China uses them: each
 * Chinese page links the file of its language, the matrix CSV opens in a CSV parser with Chinese
 * headers, the calendar feed in an iCalendar parser with Chinese events; the English ones stay as
 * they were. Names to expect are read from the policy model export, not written here.
 */
import { test, expect } from './test.ts';
import ICAL from 'ical.js';
import Papa from 'papaparse';
import { zhCn } from '../../src/i18n/zh-cn.ts';
import { fillTemplate } from '../../src/lib/words.ts';

const parseCsv = (text: string) => Papa.parse<string[]>(text, { delimiter: ',', skipEmptyLines: true });

test.describe('downloads in Chinese', () => {
  test('the Chinese matrix page links the Chinese CSV, which papaparse reads with Chinese headers', async ({
    page,
    request,
  }) => {
    await page.goto('/zh-cn/matrix/');
    const link = page.locator('.gen-downloads a[href$=".csv"]');
    await expect(link).toHaveAttribute('href', '/zh-cn/exports/matrix.csv');
    await expect(link).toHaveAttribute('download', 'matrix.zh-CN.csv');
    const response = await request.get('/zh-cn/exports/matrix.csv');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/^text\/csv/);
    const bytes = await response.body();
    // the byte order mark Excel needs to read the file as UTF-8
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const { data: rows, errors } = parseCsv(bytes.toString('utf8'));
    expect(errors).toEqual([]);
    const header = rows[0]!;
    expect(header.slice(0, 4)).toEqual(['岗位编号', '岗位名称', '范围', '职级']);
    const model = await (await request.get('/exports/policy-model.json')).json();
    const approve = model.permissions.find((p: { id: string }) => p.id === 'approve-project');
    const column = header.indexOf(
      fillTemplate(zhCn['csv.matrix.permission'], { id: 'approve-project', title: approve.title.zh }),
    );
    expect(column).toBeGreaterThan(3);
    const head = rows.find((r) => r[0] === 'department-head')!;
    expect(head[1]).toBe('部门负责人');
    expect(head[column]).toMatch(/^4\.1 «[^»]*项目全权审批权[^»]*»$/);
    // the same roles, in the same order, as the English file
    const english = parseCsv(await (await request.get('/exports/matrix.csv')).text()).data;
    expect(rows.map((r) => r[0]).slice(1)).toEqual(english.map((r) => r[0]).slice(1));
    expect(english[0]!.slice(0, 4)).toEqual(['role', 'role_name', 'scope', 'grade']);
  });

  test('the English matrix page still links the English CSV', async ({ page }) => {
    await page.goto('/matrix/');
    await expect(page.locator('.gen-downloads a[href$=".csv"]')).toHaveAttribute('href', '/exports/matrix.csv');
  });

  test('a Chinese checklist downloads its Chinese CSV, under a name of its own', async ({ page, request }) => {
    await page.goto('/zh-cn/checklists/');
    await expect(page.locator('main a[href$="/quarterly-internal-audit.csv"]')).toHaveAttribute(
      'href',
      '/zh-cn/exports/checklists/quarterly-internal-audit.csv',
    );
    await page.goto('/zh-cn/checklists/quarterly-internal-audit/');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('.gen-downloads a[href$=".csv"]').click(),
    ]);
    expect(download.suggestedFilename()).toBe('quarterly-internal-audit.zh-CN.csv');
    const items = await page.locator('.checklist-item').count();
    const { data: rows } = parseCsv(
      await (await request.get('/zh-cn/exports/checklists/quarterly-internal-audit.csv')).text(),
    );
    expect(rows[0]).toEqual([
      '完成',
      '分组',
      '检查项编号',
      '检查内容',
      '负责人',
      '需收集的证据',
      '检查方法',
      '依据',
      '备注',
      '来源',
      '检查结果',
      '抽查样本',
      '发现问题',
      '检查人',
      '检查日期',
    ]);
    // the columns the auditor fills in are empty
    expect(rows.slice(1).every((row) => row.slice(10).every((cell) => cell === ''))).toBe(true);
    expect(rows.length - 1).toBe(items);
  });

  test('the Chinese calendar page links the Chinese feed, which an iCalendar parser reads', async ({
    page,
    request,
  }) => {
    await page.goto('/zh-cn/calendar/');
    await expect(page.locator('.gen-downloads a')).toHaveAttribute('href', '/zh-cn/calendar.ics');
    const rows = await page.locator('table.year tbody tr').count();
    const response = await request.get('/zh-cn/calendar.ics');
    expect(response.status()).toBe(200);
    const calendar = new ICAL.Component(ICAL.parse(await response.text()));
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toMatch(/例行工作/);
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.length).toBe(rows);
    const model = await (await request.get('/exports/policy-model.json')).json();
    const audit = model.obligations.find((o: { id: string }) => o.id === 'quarterly-internal-audit');
    const event = events.find((e) => e.uid.startsWith('quarterly-internal-audit@'))!;
    expect([audit.title.zh, fillTemplate(zhCn['ics.due'], { title: audit.title.zh })]).toContain(event.summary);
    const owner = model.roles.find((r: { id: string }) => r.id === audit.owner);
    expect(event.description).toContain(fillTemplate(zhCn['ics.owner'], { role: owner.name.zh }));
    // The test build is told no site address: an event names no URL then (iCalendar wants an absolute
    // one, and a made-up host would mislead); with an address it links the Chinese page (calendar.test.ts).
    expect(event.component.getFirstPropertyValue('url')).toBeNull();
    // the English page keeps the English feed
    await page.goto('/calendar/');
    await expect(page.locator('.gen-downloads a')).toHaveAttribute('href', '/calendar.ics');
    expect(await (await request.get('/calendar.ics')).text()).toContain('PRODID:-//hotel-it//policy-handbook//EN');
  });

  test('the policy model export carries each entry in both languages', async ({ request }) => {
    const model = await (await request.get('/exports/policy-model.json')).json();
    expect(model.format).toBe(3);
    const head = model.roles.find((r: { id: string }) => r.id === 'department-head');
    expect(head.translations['zh-cn'].status).toBe('current');
    expect(head.translations['zh-cn'].fields.summary).toMatch(/[\u4e00-\u9fff]/);
    expect(head.summary).not.toBe(head.translations['zh-cn'].fields.summary);
  });
});
