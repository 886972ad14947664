/** Every page type renders from the production build, logs no console error and passes axe (WCAG 2.1 AA). */
import { test, expect } from './test.ts';
import { AXE_SWEEP_TIMEOUT, axeViolations, PAGE_KINDS } from './reader-helpers.ts';

const PAGES: { path: string; heading: RegExp }[] = [
  { path: '/', heading: /IT Policy Handbook/ },
  { path: '/policy/', heading: /Policy/ },
  { path: '/policy/3-1/', heading: /3\.1/ },
  { path: '/policy/7-2/', heading: /7\.2/ },
  { path: '/policy/8/', heading: /^8 / },
  { path: '/roles/', heading: /Roles/ },
  { path: '/roles/ops-engineer/', heading: /operations/i },
  { path: '/runbooks/', heading: /Runbooks/ },
  { path: '/runbooks/rollback/', heading: /Roll/i },
  { path: '/plans/', heading: /Emergency plans/ },
  { path: '/plans/data-leak/', heading: /leak/i },
  { path: '/permissions/approve-project/', heading: /project/i },
  { path: '/separation/operations-vs-security-audit/', heading: /audit/i },
  { path: '/parameters/training-months/', heading: /training/i },
  { path: '/obligations/weekly-department-meeting/', heading: /meeting/i },
  { path: '/controls/', heading: /Controls/ },
  { path: '/controls/chg-01/', heading: /release/i },
  { path: '/guides/onboarding/', heading: /.+/ },
  { path: '/lifecycle/deployment/', heading: /Deployment/ },
  { path: '/approvals/procurement/', heading: /Procurement/ },
  { path: '/checklists/drills/', heading: /Emergency drills/ },
];

for (const { path, heading } of PAGES) {
  test(`${path} renders, with no console errors and no axe violations`, async ({ page }) => {
    test.setTimeout(AXE_SWEEP_TIMEOUT);
    const errors: string[] = [];
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    page.on('pageerror', (error) => errors.push(error.message));
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1')).toHaveText(heading);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    // the page-kind sweep (layout.spec.ts) scans its own pages in both themes already
    if (!PAGE_KINDS.includes(path)) expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
}

test('an unknown address answers 404 with the not-found page', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Page not found');
  expect(await axeViolations(page)).toEqual([]);
});

test('every document shows its document control and Chinese text is marked zh-CN', async ({ page }) => {
  await page.goto('/policy/2-2/');
  const control = page.getByRole('region', { name: 'Document control' });
  await expect(control).toContainText('Owner');
  await expect(control).toContainText('Next review');
  await expect(page.locator('[lang="zh-CN"]').first()).toBeVisible();
  // The open value renders as the policy's X, with the handbook's value beside it, linked to the parameter.
  const open = page.locator('.clause-text .clause-x').first();
  await expect(open.locator('.clause-x-mark')).toHaveText('X');
  await expect(open.locator('a.clause-x-value')).toHaveAttribute('href', /\/parameters\//);
});

test('a clause page says the policy states no version or effective date of its own, and a control names its law version', async ({
  page,
}) => {
  await page.goto('/policy/3-1/');
  const control = page.getByRole('region', { name: 'Document control' });
  await expect(control.locator('div', { hasText: 'Version' })).toContainText('not stated in the policy');
  await expect(control.locator('div', { hasText: 'Effective' })).toContainText('not stated in the policy');
  await page.goto('/controls/inc-01/');
  await expect(page.getByText(/Cybersecurity Law of the PRC.*\(as amended 2025, in force 2026-01-01\)/)).toBeVisible();
});

test('a read-only page ships no JavaScript', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
  await page.goto('/policy/3-1/');
  expect(scripts).toEqual([]);
});

// The Chinese font's ~200 @font-face rules are ~100 KB gzip: bundled in <head>, every page waited for them.
for (const path of ['/', '/runbooks/rollback/', '/zh-cn/runbooks/rollback/', '/zh-cn/controls/chg-01/']) {
  test(`${path}: render-blocking styles are under 20 KB gzip and hold no font rules, which come after the content`, async ({
    page,
  }) => {
    await page.goto(path);
    await page.waitForFunction(() => document.querySelector<HTMLLinkElement>('link[data-web-fonts]')?.sheet);
    const styles = await page.evaluate(async () => {
      const gzipBytes = async (text: string) =>
        (await new Response(new Blob([text]).stream().pipeThrough(new CompressionStream('gzip'))).arrayBuffer())
          .byteLength;
      const fontRules = (sheets: CSSStyleSheet[]) =>
        sheets.flatMap((s) => [...s.cssRules]).filter((r) => r instanceof CSSFontFaceRule).length;
      const sheets = [...document.styleSheets];
      const inHead = sheets.filter((s) => document.head.contains(s.ownerNode));
      let headGzip = 0;
      for (const sheet of inHead)
        headGzip += await gzipBytes(
          sheet.href ? await (await fetch(sheet.href)).text() : sheet.ownerNode!.textContent!,
        );
      const main = document.querySelector('main')!;
      const after = sheets.filter(
        (s) => s.ownerNode && main.compareDocumentPosition(s.ownerNode) & Node.DOCUMENT_POSITION_FOLLOWING,
      );
      return { headGzip, headFontRules: fontRules(inHead), fontRulesAfterMain: fontRules(after) };
    });
    expect(styles.headFontRules).toBe(0);
    expect(styles.fontRulesAfterMain).toBeGreaterThan(100);
    expect(styles.headGzip).toBeGreaterThan(1000);
    expect(styles.headGzip).toBeLessThan(20_000);
  });
}

// Linked in the page, the font's stylesheet and its slices (700 KB on a Chinese page) held back the
// first paint and the load event; a phone on a slow network waited seconds for them.
test('a Chinese page paints and finishes loading while its web font has not arrived, then asks for it', async ({
  page,
}) => {
  let asked = false;
  // the font's stylesheet never answers: a network far slower than the page's own files
  await page.route(/\/_astro\/fonts\.[^/]+\.css$/, () => {
    asked = true;
  });
  await page.goto('/zh-cn/runbooks/rollback/', { waitUntil: 'load', timeout: 10_000 });
  const painted = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint').length);
  expect(painted).toBe(1);
  await expect.poll(() => asked).toBe(true);
});

test('Chinese text renders in the self-hosted Noto Sans SC, fetched from the site, not a CDN', async ({
  page,
  baseURL,
}) => {
  const fonts: string[] = [];
  page.on('request', (r) => r.resourceType() === 'font' && fonts.push(r.url()));
  await page.goto('/policy/2-2/');
  await page.waitForFunction(() => document.querySelector<HTMLLinkElement>('link[data-web-fonts]')?.sheet);
  await page.evaluate(() => document.fonts.ready);
  const family = await page.locator('.clause-text[lang="zh-CN"]').evaluate((el) => getComputedStyle(el).fontFamily);
  expect(family.split(',')[0]).toContain('Noto Sans SC');
  expect(await page.evaluate(() => document.fonts.check('16px "Noto Sans SC"', '部门人员编制'))).toBe(true);
  expect(fonts.length).toBeGreaterThan(0);
  for (const url of fonts) expect(url.startsWith(`${baseURL}/_astro/noto-sans-sc-`)).toBe(true);
});
