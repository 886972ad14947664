/**
 * The engineer on call, on a 375-px phone: the plan opens on its steps, "Start an incident" lands
 * on step 1, the log grows on the page as steps are ticked, the Menu opens the sections in place,
 * incident runbooks head the lists, and the triage guide's severity and rollback are one tap away.
 * Both languages where the words differ.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './test.ts';

const PHONE = { width: 375, height: 812 };
const LANGS = [
  { prefix: '', start: 'Start an incident', done: 'Done', menu: 'Menu', close: 'Close menu', log: 'Log so far' },
  { prefix: '/zh-cn', start: '开始记录事件', done: '完成', menu: '菜单', close: '关闭菜单', log: '目前的记录' },
] as const;

/** The expanded state Chromium gives a button in its accessibility tree (what a screen reader hears). */
async function expanded(page: Page, name: string): Promise<boolean | undefined> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
    nodes: {
      role?: { value: string };
      name?: { value: string };
      properties?: { name: string; value: { value: unknown } }[];
    }[];
  };
  await cdp.detach();
  const button = nodes.find((n) => n.role?.value === 'button' && n.name?.value === name);
  const state = button?.properties?.find((p) => p.name === 'expanded');
  return state ? Boolean(state.value.value) : undefined;
}

const top = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => el.getBoundingClientRect().top + window.scrollY);

test.describe('on a 375-px phone', () => {
  test.use({ viewport: PHONE, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });

  for (const lang of LANGS) {
    test(`a plan opens on who decides and its steps, the reference folded below (${lang.prefix || 'en'})`, async ({
      page,
    }) => {
      await page.goto(`${lang.prefix}/plans/system-failure/`);
      const deciders = page.locator('.plan-deciders li');
      await expect(deciders).toHaveCount(3);
      await expect(deciders.first().getByRole('link')).toBeVisible();
      // Step 1 comes before every reference table, and within the first screens of the phone.
      const step1 = await top(page, '#step-1');
      const reference = await top(page, '.plan-reference');
      expect(step1).toBeLessThan(reference);
      expect(step1).toBeLessThan(4 * PHONE.height);
      for (const heading of await page.locator('.prose h2').all())
        expect(await heading.evaluate((h) => h.getBoundingClientRect().top + window.scrollY)).toBeGreaterThanOrEqual(
          step1 - 200,
        );
      // The reference tables are folded, and each opens with a tap.
      const folds = page.locator('.plan-reference details');
      expect(await folds.count()).toBeGreaterThanOrEqual(5);
      for (const fold of await folds.all())
        expect(await fold.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
      const severities = page.locator('#severity-table table');
      await expect(severities).toBeHidden();
      await page.locator('#severity-table > summary').tap();
      await expect(severities).toBeVisible();
    });
  }

  test('on paper the plan shows every folded table', async ({ page }) => {
    await page.goto('/plans/system-failure/');
    await page.emulateMedia({ media: 'print' });
    for (const id of ['activation', 'severity-table', 'notify-table', 'plan-roles', 'retroactive'])
      await expect(page.locator(`#${id} > :not(summary)`).first()).toBeVisible();
  });

  for (const lang of LANGS) {
    test(`"${lang.start}" takes the reader to step 1 and the log grows on the page (${lang.prefix || 'en'})`, async ({
      page,
    }) => {
      await page.goto(`${lang.prefix}/plans/system-failure/`);
      await page.getByRole('button', { name: lang.start }).tap();
      const step1 = page.locator('#step-1');
      await expect(step1).toBeFocused();
      await expect(step1).toBeInViewport();

      const log = page.getByRole('list', { name: lang.log });
      await expect(log.getByRole('listitem')).toHaveCount(0);
      await step1.getByRole('checkbox', { name: lang.done }).tap();
      await expect(log.getByRole('listitem')).toHaveCount(1);
      const title1 = (await step1.locator('strong').first().textContent())!.trim();
      await expect(log.getByRole('listitem').first()).toContainText(`1. ${title1.slice(0, 20)}`);
      await expect(log.locator('time').first()).toHaveText(/^\d\d:\d\d:\d\d$/);

      const step3 = page.locator('#step-3');
      await step3.getByRole('checkbox', { name: lang.done }).tap();
      await step3.locator('[data-step-note]').fill('DH phoned 03:17');
      await step3.locator('[data-step-note]').press('Enter');
      await step3.locator('[data-step-note]').blur();
      await expect(log.getByRole('listitem')).toHaveCount(2);
      await expect(log.getByRole('listitem').nth(1)).toContainText('3. ');
      await expect(log.getByRole('listitem').nth(1)).toContainText('DH phoned 03:17');

      // Unticking a step without a note takes it out of the log again.
      await step1.getByRole('checkbox', { name: lang.done }).tap();
      await expect(log.getByRole('listitem')).toHaveCount(1);
      // The log survives a reload.
      await page.reload();
      await expect(page.getByRole('list', { name: lang.log }).getByRole('listitem')).toHaveCount(1);
    });
  }

  for (const lang of LANGS) {
    test(`Menu opens the sections in place, marks the page and closes with Esc (${lang.prefix || 'en'})`, async ({
      page,
    }) => {
      await page.goto(`${lang.prefix}/runbooks/rollback/`);
      const nav = page.locator('#site-nav');
      await expect(nav).toBeHidden();
      const menu = page.getByRole('button', { name: lang.menu, exact: true });
      expect(await expanded(page, lang.menu)).toBe(false);
      await menu.tap();
      await expect(nav).toBeVisible();
      // in place: the page does not move, and a screen reader hears the Menu button as expanded
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      expect(await expanded(page, lang.menu)).toBe(true);
      const box = (await nav.boundingBox())!;
      expect(box.y).toBeLessThanOrEqual(0);
      expect(box.height).toBeGreaterThanOrEqual(PHONE.height - 1);
      expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width + 0.5);
      // The page shown is listed and visibly marked.
      const here = nav.locator('a[aria-current="page"]').last();
      await here.scrollIntoViewIfNeeded();
      await expect(here).toBeVisible();
      expect(await here.evaluate((a) => getComputedStyle(a).boxShadow)).not.toBe('none');
      // Keyboard: Tab from Menu goes into the drawer; Esc closes it and focus returns to Menu.
      await menu.focus();
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => Boolean(document.activeElement?.closest('#site-nav')))).toBe(true);
      await page.keyboard.press('Escape');
      await expect(nav).toBeHidden();
      await expect(menu).toBeFocused();
      // "Close menu" closes it too.
      await menu.tap();
      await nav.getByRole('button', { name: lang.close }).tap();
      await expect(nav).toBeHidden();
      await expect(page.locator('h1')).toBeInViewport();
    });
  }

  for (const lang of LANGS) {
    test(`the triage guide's severity is cards without panning, and rollback is a link (${lang.prefix || 'en'})`, async ({
      page,
    }) => {
      await page.goto(`${lang.prefix}/guides/incident-triage/`);
      expect(await page.evaluate((w) => document.documentElement.scrollWidth - w, PHONE.width)).toBeLessThanOrEqual(0);
      const severity = page.locator('table.stack-on-phone').first();
      const deciders = severity.locator('tbody tr td:last-child');
      expect(await deciders.count()).toBe(3);
      for (const cell of await deciders.all()) {
        await cell.scrollIntoViewIfNeeded();
        const b = (await cell.boundingBox())!;
        expect(b.x).toBeGreaterThanOrEqual(0);
        expect(b.x + b.width).toBeLessThanOrEqual(PHONE.width);
        await expect(cell.getByRole('link')).toBeVisible();
      }
      // "rollback first", in the line that sends the reader to the system-failure plan, is a link to the runbook
      const planLine = page
        .locator('main .prose li')
        .filter({ has: page.locator('a[href$="/plans/system-failure/"]') })
        .filter({ has: page.locator('a[href$="/runbooks/booking-outage-triage/"]') });
      await expect(planLine).toHaveCount(1);
      await expect(planLine.locator('a[href$="/runbooks/rollback/"]')).toBeVisible();
    });

    test(`a missing page offers search and the incident flow (${lang.prefix || 'en'})`, async ({ page }) => {
      const response = await page.goto(`${lang.prefix}/no-such-page/`);
      expect(response?.status()).toBe(404);
      await expect(page.locator(`main a[href="${lang.prefix}/incident/"]`)).toBeVisible();
      await page.locator('main [data-search-open]').tap();
      await expect(page.getByRole('searchbox')).toBeFocused();
    });
  }
});

test.describe('on a desktop', () => {
  test('the sidebar is always shown, with no Menu button', async ({ page }) => {
    await page.goto('/runbooks/rollback/');
    await expect(page.locator('#site-nav')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Menu', exact: true })).toBeHidden();
    const box = (await page.locator('#site-nav').boundingBox())!;
    expect(box.x).toBeLessThan(300);
  });

  test('runbooks for an incident head the sidebar list, and a routine page shown is still listed and marked', async ({
    page,
  }) => {
    await page.goto('/runbooks/rollback/');
    const entries = page.locator('#site-nav .nav-entries a');
    const hrefs = await entries.evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs).toContain('/runbooks/rollback/');
    expect(hrefs).not.toContain('/runbooks/access-joiner-mover-leaver/');
    expect(hrefs.at(-1)).toBe('/runbooks/');
    await page.goto('/runbooks/access-joiner-mover-leaver/');
    await expect(page.locator('#site-nav .nav-entries a[aria-current="page"]')).toHaveAttribute(
      'href',
      '/runbooks/access-joiner-mover-leaver/',
    );
    // The index lists the incident ones first too.
    await page.goto('/runbooks/');
    const first = await page.locator('main .entry-list').first().locator('a').first().getAttribute('href');
    expect(first).not.toBe('/runbooks/access-joiner-mover-leaver/');
  });

  test('a role page marks the role in the sidebar, though the roles are too many to list', async ({ page }) => {
    await page.goto('/zh-cn/roles/ops-engineer/');
    await expect(page.locator('#site-nav .nav-entries a[aria-current="page"]')).toHaveAttribute(
      'href',
      '/zh-cn/roles/ops-engineer/',
    );
  });
});
