/**
 * Incident mode: ticking steps records time, name and note per incident, survives a reload, runs
 * a clock from activation, exports the timeline in order (Markdown and JSON) and can be reset.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './test.ts';

const panel = (page: Page) => page.getByRole('region', { name: 'Incident mode' });
const step = (page: Page, n: number) => page.locator(`#step-${n}`);
const done = (page: Page, n: number) => step(page, n).getByRole('checkbox', { name: 'Done' });

async function exported(page: Page, button: string): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    panel(page).getByRole('button', { name: button }).click(),
  ]);
  return readFileSync((await download.path())!, 'utf8');
}

test('ticking steps, reloading and exporting gives the timeline in order', async ({ page }) => {
  await page.goto('/runbooks/rollback/');
  await panel(page).getByLabel('Your name').fill('Li Wei');
  await panel(page).getByLabel('Your name').press('Tab');
  await panel(page).getByRole('button', { name: 'Start an incident' }).click();
  const id = (await panel(page).locator('[data-incident-id]').textContent())!;
  expect(id).toMatch(/^INC-\d{8}-\d{4}(-\d+)?$/);

  // The clock runs from activation.
  const clock = panel(page).getByRole('timer');
  await expect(clock).toHaveText(/^00:00:0\d$/);
  await expect(clock).not.toHaveText('00:00:00', { timeout: 3000 });

  // Steps done out of order: 1, 3 (with a note), then 2.
  await done(page, 1).check();
  await page.waitForTimeout(20);
  await done(page, 3).check();
  await step(page, 3).getByLabel('Note on step 3').fill('all four images present');
  await step(page, 3).getByLabel('Note on step 3').press('Tab');
  await page.waitForTimeout(20);
  await done(page, 2).check();
  await expect(step(page, 2).locator('[data-step-time]')).toHaveText(/^\d\d:\d\d:\d\d · Li Wei$/);

  await page.reload();
  await expect(panel(page).locator('[data-incident-id]')).toHaveText(id);
  for (const n of [1, 2, 3]) await expect(done(page, n)).toBeChecked();
  await expect(done(page, 4)).not.toBeChecked();
  await expect(step(page, 3).getByLabel('Note on step 3')).toHaveValue('all four images present');

  const markdown = await exported(page, 'Export log (Markdown)');
  expect(markdown).toContain(`# Incident log ${id}`);
  const rows = markdown.split('\n').filter((line) => /^\| \d{4}-/.test(line));
  expect(rows.map((r) => r.split(' | ')[3])).toEqual([
    expect.stringMatching(/^1\. Announce the rollback/),
    expect.stringMatching(/^3\. Check that the previous images/),
    expect.stringMatching(/^2\. Confirm that the release/),
  ]);
  expect(rows[1]).toContain('| Li Wei | all four images present |');

  const json = JSON.parse(await exported(page, 'Export log (JSON)')) as {
    incident: string;
    timeline: { step: number; who: string; note: string; url: string; time: string; elapsed: string }[];
  };
  expect(json.incident).toBe(id);
  expect(json.timeline.map((r) => r.step)).toEqual([1, 3, 2]);
  expect(json.timeline.every((r) => r.who === 'Li Wei' && r.url.endsWith('/runbooks/rollback/'))).toBe(true);
  expect(json.timeline.map((r) => r.time)).toEqual(json.timeline.map((r) => r.time).toSorted());

  // The same incident carries on in the plan the runbook escalates to.
  await page.goto('/plans/system-failure/');
  await expect(panel(page).locator('[data-incident-id]')).toHaveText(id);
  await done(page, 1).check();
  const all = JSON.parse(await exported(page, 'Export log (JSON)')) as typeof json;
  expect(all.timeline.map((r) => `${r.url.replace(/^https?:\/\/[^/]+/, '')}#${r.step}`)).toEqual([
    '/runbooks/rollback/#1',
    '/runbooks/rollback/#3',
    '/runbooks/rollback/#2',
    '/plans/system-failure/#1',
  ]);

  // Reset clears this incident; a new one starts with a new id and nothing ticked.
  page.once('dialog', (dialog) => dialog.accept());
  await panel(page).getByRole('button', { name: 'Reset' }).click();
  await expect(done(page, 1)).not.toBeChecked();
  await expect(panel(page).getByRole('button', { name: 'Start an incident' })).toBeVisible();
  await page.goto('/runbooks/rollback/');
  await expect(done(page, 1)).not.toBeChecked();
});

test('a new incident gets its own id and an empty record', async ({ page }) => {
  await page.goto('/runbooks/database-restore/');
  await panel(page).getByRole('button', { name: 'Start an incident' }).click();
  const first = await panel(page).locator('[data-incident-id]').textContent();
  await done(page, 1).check();
  await panel(page).getByRole('button', { name: 'New incident' }).click();
  await expect(panel(page).locator('[data-incident-id]')).not.toHaveText(first!);
  await expect(done(page, 1)).not.toBeChecked();
  // Ticking without starting first starts an incident.
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await done(page, 2).check();
  await expect(panel(page).locator('[data-incident-id]')).toHaveText(/^INC-/);
});

test('every command has a copy button that copies it', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/runbooks/rollback/');
  const blocks = page.locator('.prose pre');
  const buttons = page.locator('.prose .code-block > .copy-button');
  expect(await buttons.count()).toBe(await blocks.count());
  const command = step(page, 3).locator('pre').first();
  await step(page, 3).getByRole('button', { name: 'Copy' }).first().click();
  await expect(step(page, 3).getByRole('button', { name: 'Copied' })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe((await command.textContent())!.replace(/\n$/, ''));
  expect(copied).toContain('skopeo inspect');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the steps are a readable ordered list and incident mode stays out of the way', async ({ page }) => {
    await page.goto('/runbooks/rollback/');
    await expect(page.locator('[data-steps] > ol > li')).toHaveCount(14);
    await expect(step(page, 1)).toContainText('Announce the rollback');
    await expect(panel(page)).toBeHidden();
    await expect(page.getByRole('checkbox')).toHaveCount(0);
    // The table of contents links every step.
    await expect(page.getByRole('navigation', { name: 'On this page' }).locator('a[href="#step-14"]')).toHaveCount(1);
  });
});
