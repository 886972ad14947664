/** The ways in for each reader: the home page's paths, and the printable packs linked where readers look. */
import { test, expect } from '@playwright/test';

test('the home page shows the role list open and links the audit pack and the emergency binder', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('details.role-picker')).toHaveAttribute('open', '');
  await expect(page.locator('details.role-picker').getByRole('link', { name: /Operations engineer/ })).toBeVisible();
  await expect(page.getByRole('link', { name: /^Audit pack/ })).toHaveAttribute('href', '/binder/audit/');
  await expect(page.getByRole('link', { name: /^Emergency binder/ })).toHaveAttribute('href', '/binder/emergency/');
  for (const [index, binder] of [
    ['/controls/', '/binder/audit/'],
    ['/plans/', '/binder/emergency/'],
    ['/runbooks/', '/binder/emergency/'],
  ]) {
    await page.goto(index!);
    await expect(page.locator(`main a[href="${binder}"]`)).toBeVisible();
  }
});

test('a binder names the address it was opened from, not the placeholder host', async ({ page, baseURL }) => {
  await page.goto('/binder/audit/');
  await expect(page.locator('html')).toHaveAttribute('data-binder-ready', 'true', { timeout: 60_000 });
  const built = page.locator('.binder-built');
  await expect(built).toContainText(new URL(baseURL!).host);
  await expect(built).not.toContainText('example.internal');
});
