/** The ways in for each reader: the home page's paths, and the printable packs linked where readers look. */
import { test, expect } from './test.ts';

test('the home page shows the role list open and links the audit pack and the emergency binder', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('details.role-picker')).toHaveAttribute('open', '');
  await expect(page.locator('details.role-picker').getByRole('link', { name: /Operations engineer/ })).toBeVisible();
  await expect(page.getByRole('link', { name: /^Audit pack/ })).toHaveAttribute('href', '/binder/audit/');
  await expect(page.getByRole('link', { name: /^Emergency binder/ })).toHaveAttribute('href', '/binder/emergency/');
  for (const lang of ['', '/zh-cn']) {
    await page.goto(`${lang}/`);
    for (const binder of ['/binder/audit/', '/binder/emergency/'])
      await expect(page.locator(`main a[href="${lang}${binder}"]`)).toBeVisible();
    for (const [index, binder] of [
      ['/controls/', '/binder/audit/'],
      ['/plans/', '/binder/emergency/'],
      ['/runbooks/', '/binder/emergency/'],
    ]) {
      await page.goto(`${lang}${index}`);
      await expect(page.locator(`main a[href="${lang}${binder}"]`)).toBeVisible();
    }
  }
});

test('a build told no site address names no host: no placeholder in the pages, the exports or the calendar', async ({
  request,
}) => {
  // `npm test` builds without HANDBOOK_SITE_URL, as a publisher who forgot it would
  for (const path of ['/', '/zh-cn/', '/binder/audit/', '/calendar.ics', '/zh-cn/calendar.ics']) {
    const body = await (await request.get(path)).text();
    expect(body, path).not.toContain('example.internal');
    expect(body, path).not.toMatch(/https?:\/\/(localhost|127\.0\.0\.1)[:/]/);
  }
});

test('a binder names the address it was opened from, not the placeholder host', async ({ page, baseURL }) => {
  await page.goto('/binder/audit/');
  await expect(page.locator('html')).toHaveAttribute('data-binder-ready', 'true', { timeout: 60_000 });
  const built = page.locator('.binder-built');
  await expect(built).toContainText(new URL(baseURL!).host);
  await expect(built).not.toContainText('example.internal');
});
