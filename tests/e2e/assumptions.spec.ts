/** Platform assumptions, against the production build: where each is used, and how a page marks one. */
import { test, expect } from './test.ts';

test('the assumptions index lists every assumption with the entries that use it', async ({ page }) => {
  await page.goto('/assumptions/');
  const rows = page.locator('tr[data-assumption-row]');
  expect(await rows.count()).toBeGreaterThan(10);
  const ota = page.locator('tr[data-assumption-row="ota-channels"]');
  await expect(ota.locator('.assumption-mark')).toHaveText('assumed');
  // the users are derived from the references: the L1 architect's roadmap duty and the onboarding guide name the OTAs
  await expect(ota.locator('a[data-ref="roles:l1-architect"]')).toBeVisible();
  await expect(ota.locator('a[data-ref="guides:onboarding"]')).toBeVisible();
  await ota.locator('a[data-ref="assumptions:ota-channels"]').click();
  await expect(page).toHaveURL(/\/assumptions\/ota-channels\/$/);
  await expect(page.locator('.assumption-users a[data-ref="roles:l1-architect"]')).toBeVisible();
});

test('a role page shows an assumed vendor marked as assumed, linked to its assumption', async ({ page }) => {
  await page.goto('/roles/l1-architect/');
  const vendor = page.locator('#responsibilities ~ ul a.assumption[data-assumption="ota-channels"]').first();
  await expect(vendor).toContainText('Ctrip/Trip.com, Meituan, Fliggy, Booking.com, Expedia');
  await expect(vendor.locator('.assumption-mark')).toHaveText('assumed');
  await expect(vendor).toHaveAttribute('href', '/assumptions/ota-channels/');
  // the marker is never shown as source text
  await expect(page.locator('main')).not.toContainText('{assumption:');
});

test('the open-decisions register counts the unconfirmed assumptions beside the open values', async ({ page }) => {
  await page.goto('/parameters/');
  await expect(page.locator('.decisions-assumptions')).toContainText(
    /\d+ of \d+ platform assumptions are still unconfirmed/,
  );
});
