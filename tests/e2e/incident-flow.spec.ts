/**
 * The "start here" incident flow and the call lists, on a 375-px phone in both languages: from the
 * home page to step 1 of the system-failure plan in at most 4 taps, no page panning sideways, who
 * decides visible without panning, and a `tel:` link for the first person to call. The test build
 * reads the example contact file (`npm test` sets HANDBOOK_CONTACTS); a fixture build without one
 * shows the roles and where to add numbers instead.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './test.ts';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { callList, firstPhoneCall } from '../../src/lib/call-list.ts';
import { CONTACTS_EXAMPLE, readContacts } from '../../src/lib/contacts.ts';
import { realModel } from '../fixtures/generated/model.ts';
import { buildFixtureSite } from './fixture-build.ts';

const PHONE_WIDTH = 375;
const sidewaysOverflow = (page: Page) =>
  page.evaluate((width) => document.documentElement.scrollWidth - width, PHONE_WIDTH);

/** The person the system-failure plan calls first at critical, from the example contact file. */
function firstToCall() {
  const model = realModel();
  const first = firstPhoneCall(callList(model.get('plans', 'system-failure')!, 'critical')!)!;
  const { directory } = readContacts(
    CONTACTS_EXAMPLE,
    model.all('roles').map((r) => r.id),
  );
  return { role: first.to, person: directory.get(first.to)![0]! };
}

test.describe('on a 375-px phone', () => {
  test.use({ viewport: { width: PHONE_WIDTH, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });

  for (const [prefix, names] of [
    ['', { start: /Incident\? Start here/, plan: /System failure/, level: /^Critical/, go: 'Go to step 1' }],
    ['/zh-cn', { start: /发生事件/, plan: /系统故障/, level: /^紧急/, go: '转到第 1 步' }],
  ] as const) {
    test(`home to step 1 of the system-failure plan in 4 taps, nothing panning sideways (${prefix || '/'})`, async ({
      page,
    }) => {
      const overflow: string[] = [];
      const measure = async () => {
        const px = await sidewaysOverflow(page);
        if (px > 0) overflow.push(`${new URL(page.url()).pathname} is ${px} px wider than the phone`);
      };
      await page.goto(`${prefix}/`);
      let taps = 0;
      /** Taps a link, waits for the page it leads to, and measures that page. */
      const tap = async (link: ReturnType<Page['getByRole']>, to: string) => {
        await link.tap();
        taps += 1;
        await expect(page).toHaveURL(to);
        await page.waitForLoadState('load');
        await measure();
      };
      await tap(page.getByRole('link', { name: names.start }).first(), `${prefix}/incident/`);
      await tap(page.getByRole('link', { name: names.plan }), `${prefix}/incident/system-failure/`);

      // who decides is on each severity card, inside the phone's width
      const decides = page.locator('[data-flow-severity] .flow-decides');
      expect(await decides.count()).toBe(3);
      for (const box of await decides.evaluateAll((els) =>
        els.map((el) => {
          const r = el.getBoundingClientRect();
          return { left: r.left, right: r.right };
        }),
      )) {
        expect(box.left).toBeGreaterThanOrEqual(0);
        expect(box.right).toBeLessThanOrEqual(PHONE_WIDTH);
      }

      await tap(page.getByRole('link', { name: names.level }), `${prefix}/incident/system-failure/critical/`);
      await expect(page.locator('.call-deciders')).toBeInViewport();
      await tap(page.getByRole('link', { name: names.go }), `${prefix}/plans/system-failure/#step-1`);
      await expect(page.locator('#step-1')).toBeInViewport();
      expect(taps).toBeLessThanOrEqual(4);
      expect(overflow).toEqual([]);
    });
  }

  test('the call screen has a tel: link for the first person to call, in both languages', async ({ page }) => {
    const { role, person } = firstToCall();
    for (const path of ['/incident/system-failure/critical/', '/zh-cn/incident/system-failure/critical/']) {
      await page.goto(path);
      const first = page.locator('[data-call="1"]');
      const tel = first.locator(`a.tel[data-role="${role}"]`);
      await expect(
        tel,
        `no tel: link on ${path}: is the build reading the example contacts (HANDBOOK_CONTACTS=${CONTACTS_EXAMPLE})?`,
      ).toHaveAttribute('href', person.tel);
      await expect(tel).toHaveText(person.phone);
      await expect(first).toContainText(person.name);
      const box = (await tel.boundingBox())!;
      expect(box.height).toBeGreaterThanOrEqual(44);
      expect(box.x + box.width).toBeLessThanOrEqual(PHONE_WIDTH);
      await expect(page.locator('[data-contacts-notice]')).toHaveCount(0);
    }
  });
});

test('the plan page lists who to call at each severity, and role pages carry the numbers', async ({ page }) => {
  const { role, person } = firstToCall();
  await page.goto('/plans/system-failure/');
  for (const level of ['minor', 'major', 'critical']) await expect(page.locator(`#calls-${level}`)).toHaveCount(1);
  await page.locator('#calls-critical summary').click();
  await expect(page.locator('#calls-critical [data-call="1"] a.tel').first()).toHaveAttribute('href', person.tel);
  await page.goto(`/zh-cn/roles/${role}/`);
  await expect(page.locator('[data-role-contacts] a.tel')).toHaveAttribute('href', person.tel);
});

const ONBOARDING = `---
title: { en: Start here, zh: 入门指引 }
summary: The path for a new hire.
reading: [{ role: department-head }]
basis: [proposed]
document: { owner: department-head, version: "1.0", effective: 2026-11-01, reviewed: 2026-11-01, reviewEveryMonths: 12 }
---

Read the role pages first.
`;

test('a build without a contact file shows the roles and says where to add numbers, in both languages', () => {
  test.slow();
  const root = mkdtempSync(join(tmpdir(), 'handbook-no-contacts-'));
  const dist = join(root, 'dist');
  // the small fixture site of the generated views, with the onboarding guide the home page links to
  const content = join(root, 'content');
  cpSync('tests/fixtures/generated/content', content, { recursive: true });
  mkdirSync(join(content, 'guides'));
  writeFileSync(join(content, 'guides', 'onboarding.mdx'), ONBOARDING);
  const result = buildFixtureSite({
    HANDBOOK_CONTENT_DIR: content,
    HANDBOOK_DIST_DIR: dist,
    HANDBOOK_CACHE_DIR: join(root, 'cache'),
    HANDBOOK_CONTACTS: '',
  });
  expect(result.status, `fixture build failed:\n${result.stdout}\n${result.stderr}`).toBe(0);
  for (const [prefix, notice] of [
    ['', 'Phone numbers are not in this build'],
    ['zh-cn', '本次构建未包含电话号码'],
  ] as const) {
    for (const page of ['incident/system-failure/critical', 'roles/department-head']) {
      const html = parse(readFileSync(join(dist, prefix, page, 'index.html'), 'utf8'));
      expect(html.querySelector('[data-contacts-notice]')?.text, `${prefix}/${page}`).toContain(notice);
      expect(html.querySelectorAll('a[href^="tel:"]'), `${prefix}/${page}`).toEqual([]);
    }
    const calls = parse(readFileSync(join(dist, prefix, 'incident/system-failure/critical/index.html'), 'utf8'));
    expect(calls.querySelector('[data-call="1"] a.ref-roles')?.getAttribute('href')).toBe(
      `${prefix ? `/${prefix}` : ''}/roles/department-head/`,
    );
  }
});
