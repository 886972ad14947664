/**
 * Incident mode with what a browser really holds: a tampered or outdated record is skipped or
 * purged with a notice and the page keeps working; "delete all" leaves no log and no name.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './test.ts';

const panel = (page: Page) => page.getByRole('region', { name: 'Incident mode' });

test('a tampered record is skipped with a notice, an old one is purged, and the page still works', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/runbooks/rollback/');
  const recent = new Date(Date.now() - 24 * 3600 * 1000).toISOString();
  await page.evaluate((recent) => {
    localStorage.setItem(
      'handbook.incident.INC-20200101-0000',
      JSON.stringify({
        id: 'INC-20200101-0000',
        activatedAt: '2020-01-01T00:00:00.000Z',
        activatedOn: { url: '/runbooks/rollback/', title: 'Roll back' },
        steps: {},
      }),
    );
    localStorage.setItem('handbook.incident.INC-20991231-2359', '{"id": "INC-20991231-2359", "steps": ');
    localStorage.setItem(
      'handbook.incident.INC-20261110-1000',
      JSON.stringify({
        id: 'INC-20261110-1000',
        activatedAt: recent,
        activatedOn: { url: '/runbooks/rollback/', title: 'Roll back' },
        steps: {
          '/runbooks/rollback/#1': {
            doc: 'javascript:alert(1)',
            docTitle: 'x',
            step: 1,
            title: 'x',
            done: true,
            note: '',
          },
        },
      }),
    );
    localStorage.setItem('handbook.incident.current', JSON.stringify('INC-20261110-1000'));
  }, recent);
  await page.reload();
  const notice = panel(page).locator('[data-incident-notice]');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('2 incident log(s) older than 90 days, or unreadable, were deleted');
  await expect(notice).toContainText('1 stored entry(ies) of this incident could not be read');
  // the current incident survived without its bad step, and it can still be worked and exported
  await expect(panel(page).locator('[data-incident-id]')).toHaveText('INC-20261110-1000');
  await expect(page.locator('#step-1').getByRole('checkbox', { name: 'Done' })).not.toBeChecked();
  await page.locator('#step-2').getByRole('checkbox', { name: 'Done' }).check();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    panel(page).getByRole('button', { name: 'Export log (Markdown)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('INC-20261110-1000.md');
  const keys = await page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith('handbook.incident.INC-'))
      .sort(),
  );
  expect(keys).toEqual(['handbook.incident.INC-20261110-1000']);
  expect(errors).toEqual([]);
});

test('"delete all incident logs on this device" removes every log and the name', async ({ page }) => {
  await page.goto('/runbooks/rollback/');
  await panel(page).getByLabel('Your name').fill('Li Wei');
  await panel(page).getByLabel('Your name').press('Tab');
  await panel(page).getByRole('button', { name: 'Start an incident' }).click();
  await page.locator('#step-1').getByRole('checkbox', { name: 'Done' }).check();
  page.once('dialog', (dialog) => dialog.accept());
  await panel(page).getByRole('button', { name: 'Delete all incident logs on this device' }).click();
  await expect(panel(page).locator('[data-incident-notice]')).toContainText('1 incident log(s) deleted');
  expect(
    await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('handbook.incident.'))),
  ).toEqual([]);
  await expect(panel(page).getByLabel('Your name')).toHaveValue('');
  await page.reload();
  await expect(panel(page).getByRole('button', { name: 'Start an incident' })).toBeVisible();
});
