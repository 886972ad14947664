/**
 * Layout and accessibility: every page kind passes axe in the light and the dark theme; on a
 * 375-px phone nothing scrolls sideways and incident mode works with one thumb (screenshots are
 * attached to the report); print drops the navigation chrome.
 */
import { test, expect } from './test.ts';
import {
  AXE_SWEEP_TIMEOUT,
  axeViolationsInBothThemes,
  dropRepeatedDocuments,
  layOutEveryDocument,
  PAGE_KINDS,
} from './reader-helpers.ts';

// One test a page kind, each scanned in both themes: a failure names its page and theme, and the
// two workers share the sweep.
for (const path of PAGE_KINDS) {
  test(`${path} passes axe in the light and the dark theme`, async ({ page }) => {
    test.setTimeout(AXE_SWEEP_TIMEOUT);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    if (path.startsWith('/binder/')) {
      await expect(page.locator('html')).toHaveAttribute('data-binder-ready', 'true');
      await dropRepeatedDocuments(page);
    }
    expect(await axeViolationsInBothThemes(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
}

test('incident mode, switched on with a step done, passes axe in the light and the dark theme', async ({ page }) => {
  await page.goto('/runbooks/rollback/');
  await page.getByRole('button', { name: 'Start an incident' }).click();
  await page.locator('#step-1').getByRole('checkbox', { name: 'Done' }).check();
  expect(await axeViolationsInBothThemes(page)).toEqual([]);
});

/** Every page kind, indexes included: what a phone must show without panning sideways. */
const PHONE_PAGES = [
  ...PAGE_KINDS,
  '/roles/',
  '/runbooks/',
  '/plans/',
  '/plans/data-leak/',
  '/permissions/',
  '/obligations/',
  '/separation/',
  '/guides/',
  '/guides/onboarding/',
  '/runbooks/leaked-credential-rotation/',
  '/runbooks/payment-gateway-failure/',
  '/raci/',
  '/approvals/',
  '/calendar/',
  '/org/',
  '/lifecycle/',
  '/lifecycle/design/',
  '/checklists/quarterly-internal-audit/',
  '/changes/',
  '/no-such-page/',
];
const PHONE_WIDTH = 375;

/**
 * How far the page reaches past the phone's width. Measured against the fixed 375 px, not
 * `innerWidth`: a mobile viewport widens to fit the content, so `scrollWidth - innerWidth` is
 * always 0 on a page that pans sideways.
 */
const sidewaysOverflow = (page: import('@playwright/test').Page) =>
  page.evaluate((width) => document.documentElement.scrollWidth - width, PHONE_WIDTH);

test.describe('on a 375-px phone', () => {
  test.use({ viewport: { width: PHONE_WIDTH, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });

  test('no page kind scrolls sideways, and content comes before the section list, in either language', async ({
    page,
  }) => {
    test.setTimeout(300_000);
    const failures: string[] = [];
    // the not-found page of the Chinese edition answers any missing address under /zh-cn/
    for (const path of [...PHONE_PAGES, ...PHONE_PAGES.map((p) => `/zh-cn${p}`)]) {
      await page.goto(path);
      // a binder is measured with every document laid out: its documents are what may be too wide
      if (path.includes('/binder/')) await layOutEveryDocument(page);
      const overflow = await sidewaysOverflow(page);
      if (overflow > 0) failures.push(`${path} is ${overflow} px wider than the phone`);
      const mainTop = await page.locator('main').evaluate((m) => m.getBoundingClientRect().top);
      // the section list is a drawer that Menu opens (closed here), or, without the popover API, after the content
      const navTop = await page.locator('#site-nav').evaluate((n) => n.getBoundingClientRect().top);
      if ((await page.locator('#site-nav').isVisible()) && mainTop >= navTop)
        failures.push(`${path} shows the section list before the content`);
    }
    expect(failures).toEqual([]);
  });

  test('the triage guide shows who decides at each severity without panning', async ({ page }) => {
    await page.goto('/guides/incident-triage/');
    const decides = page.locator('td[data-label="Decides"]');
    expect(await decides.count()).toBeGreaterThanOrEqual(3);
    // Scrolled into view vertically only: bringing the cell in sideways would hide the panning this guards against.
    const boxes = await decides.evaluateAll((cells) =>
      cells.map((cell) => {
        window.scrollTo(0, cell.getBoundingClientRect().top + window.scrollY - 100);
        const { left, right } = cell.getBoundingClientRect();
        return { left, right };
      }),
    );
    for (const box of boxes) {
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.right).toBeLessThanOrEqual(PHONE_WIDTH);
    }
  });

  test('a missing page offers search and the incident flow', async ({ page }) => {
    const response = await page.goto('/no-such-page/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('link', { name: /incident/i }).first()).toHaveAttribute('href', '/incident/');
    await page.getByRole('button', { name: 'Search the handbook' }).tap();
    await expect(page.getByRole('dialog')).toBeVisible();
    await expect(page.getByRole('searchbox')).toBeFocused();
  });

  test('incident mode works one-handed: big targets, clock and log in thumb reach', async ({ page }, testInfo) => {
    await page.goto('/runbooks/rollback/');
    await page.getByRole('button', { name: 'Start an incident' }).tap();
    const bar = page.locator('[data-incident-bar]');
    await expect(bar).toBeVisible();
    const box = (await bar.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(740 + 1);
    expect(box.y).toBeGreaterThan(740 - 100);
    await page.locator('#step-4').scrollIntoViewIfNeeded();
    const done = page.locator('#step-4 .step-done');
    const target = (await done.boundingBox())!;
    expect(target.height).toBeGreaterThanOrEqual(44);
    expect(target.width).toBeGreaterThanOrEqual(44);
    await done.tap();
    await expect(page.locator('#step-4').getByRole('checkbox', { name: 'Done' })).toBeChecked();
    for (const copy of await page.locator('#step-4 .copy-button').all()) {
      expect((await copy.boundingBox())!.height).toBeGreaterThanOrEqual(36);
    }
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    await testInfo.attach('phone incident mode', { body: await page.screenshot(), contentType: 'image/png' });
    await bar.getByRole('link', { name: 'Log' }).tap();
    await expect(page.getByRole('button', { name: 'Export log (Markdown)' })).toBeInViewport();
  });
});

/** The pages with the widest tables and diagrams (and the audit binder, which prints them all). */
const WIDE_PAGES = [
  '/matrix/',
  '/raci/',
  '/calendar/',
  '/approvals/',
  '/org/',
  '/traceability/',
  '/controls/',
  '/parameters/',
  '/glossary/',
  '/translations/',
  '/changes/',
  '/lifecycle/',
  '/guides/incident-triage/',
  '/plans/system-failure/',
  '/checklists/quarterly-internal-audit/',
  '/binder/audit/',
];
const DESKTOP = { width: 1280, height: 800 };

/** The tables too wide for any screen: each scrolls inside its own region, the page does not. */
const SCROLLING_TABLES = [
  { path: '/matrix/', table: 'table.matrix' },
  { path: '/raci/', table: 'table.raci' },
  { path: '/calendar/', table: 'table.year' },
];

test.describe('on a 1280-px desktop', () => {
  // not a mobile viewport: innerWidth stays 1280 whatever the content, so it measures the page
  test.use({ viewport: DESKTOP });

  test('no wide table or diagram widens the page, in either language', async ({ page }) => {
    test.setTimeout(180_000);
    const failures: string[] = [];
    for (const path of [...WIDE_PAGES, ...WIDE_PAGES.map((p) => `/zh-cn${p}`)]) {
      await page.goto(path);
      if (path.includes('/binder/')) await layOutEveryDocument(page);
      const { scrollWidth, innerWidth } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        innerWidth: window.innerWidth,
      }));
      expect(innerWidth).toBe(DESKTOP.width);
      if (scrollWidth > innerWidth) failures.push(`${path} is ${scrollWidth - innerWidth} px wider than the window`);
    }
    expect(failures).toEqual([]);
  });
});

for (const [name, options] of [
  ['1280-px desktop', { viewport: DESKTOP }],
  ['375-px phone', { viewport: { width: PHONE_WIDTH, height: 740 }, isMobile: true, hasTouch: true }],
] as const) {
  test.describe(`on a ${name}`, () => {
    test.use(options);
    test('the matrix, RACI and calendar scroll in their own region, keeping the header row and the role column in view', async ({
      page,
    }) => {
      for (const { path, table } of SCROLLING_TABLES.flatMap((t) => [t, { ...t, path: `/zh-cn${t.path}` }])) {
        await page.goto(path);
        // on a phone the matrix may be a list instead: the regions this width shows
        const regions = page.locator(`[role="region"]:has(> ${table})`).filter({ visible: true });
        for (const region of await regions.all()) {
          await expect(region, path).toHaveAttribute('tabindex', '0');
          await expect(region, path).toHaveAccessibleName(/.+/);
        }
        const boxes = await regions.evaluateAll(
          (all, selector) =>
            all.map((box) => {
              const t = box.querySelector(selector)!;
              const header = t.querySelector('thead tr:last-child th:last-child')!;
              const rowHeader = t.querySelector('tbody th[scope="row"]')!;
              box.scrollIntoView();
              const before = rowHeader.getBoundingClientRect().left;
              box.scrollTo(box.scrollWidth, box.scrollHeight);
              return {
                scrolled: box.scrollLeft > 0,
                row: Math.abs(rowHeader.getBoundingClientRect().left - before),
                boxTop: box.getBoundingClientRect().top,
                headerTop: header.getBoundingClientRect().top,
              };
            }),
          table,
        );
        const pageOverflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(pageOverflow, `${path}: the page does not scroll sideways`).toBeLessThanOrEqual(0);
        if (boxes.length === 0) {
          // a phone gets the matrix as a list, role by role
          await expect(page.locator('.matrix-by-role'), path).toBeVisible();
          continue;
        }
        // the widest of them is wider than the screen: it scrolls inside its region
        expect(
          boxes.some((b) => b.scrolled),
          `${path}: a table scrolls sideways inside its region`,
        ).toBe(true);
        for (const b of boxes.filter((x) => x.scrolled)) {
          // sticky: scrolled to the far corner, the role column and the header row have not moved
          expect(b.row, `${path}: the row headers stay at the left`).toBeLessThan(1);
          expect(b.headerTop, `${path}: the header row stays at the top of the region`).toBeGreaterThanOrEqual(
            b.boxTop - 1,
          );
        }
      }
    });
  });
}

test('print drops the navigation chrome and shows where external links go', async ({ page }) => {
  await page.goto('/runbooks/rollback/');
  await page.emulateMedia({ media: 'print' });
  for (const selector of ['.site-header', '.sidebar', '.breadcrumbs', '.site-footer', '.search-trigger']) {
    await expect(page.locator(selector).first()).toBeHidden();
  }
  await expect(page.locator('h1')).toBeVisible();
  await expect(page.locator('.doc-control')).toBeVisible();
  const external = page.locator('main a[href^="http"]').first();
  if (await external.count()) {
    const after = await external.evaluate((a) => getComputedStyle(a, '::after').content);
    expect(after).toContain('http');
  }
  // The steps start a new page.
  expect(await page.locator('.prose h2#steps').evaluate((h) => getComputedStyle(h).breakBefore)).toBe('page');
});
