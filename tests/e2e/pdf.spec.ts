/** `npm run pdf` prints the emergency binder and the audit pack from the built site, with a title page, contents and page numbers. */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from '@playwright/test';
import { BINDER_FILES, pdfPageCount } from '../../scripts/pdf.ts';

test('the binder pages have a title page, a table of contents and every document', async ({ page }) => {
  await page.goto('/binder/emergency/');
  await expect(page.locator('html')).toHaveAttribute('data-binder-ready', 'true', { timeout: 30_000 });
  await expect(page.locator('h1')).toHaveText('Emergency binder');
  const contents = page.getByRole('navigation', { name: 'Contents' }).locator('li');
  const plans = await page
    .locator('.binder-doc')
    .evaluateAll((s) => s.map((el) => (el as HTMLElement).dataset.binderSrc));
  expect(plans.filter((p) => p?.startsWith('/plans/'))).toHaveLength(3);
  expect(plans.filter((p) => p?.startsWith('/runbooks/')).length).toBeGreaterThanOrEqual(5);
  await expect(contents).toHaveCount(plans.length);
  // Each document arrived, with its steps, and ids stay unique across documents.
  await expect(page.locator('.binder-doc .binder-missing')).toHaveCount(0);
  expect(await page.locator('.binder-doc [data-steps] li[data-step]').count()).toBeGreaterThan(30);
  const ids = await page.locator('[id]').evaluateAll((els) => els.map((e) => e.id));
  expect(new Set(ids).size).toBe(ids.length);
});

test('npm run pdf writes both binders with more than a handful of pages', async ({ baseURL }) => {
  test.setTimeout(180_000);
  const out = mkdtempSync(join(tmpdir(), 'binders-'));
  try {
    const log = execFileSync(process.execPath, ['scripts/pdf.ts', '--base-url', baseURL!, '--out', out], {
      encoding: 'utf8',
      timeout: 170_000,
    });
    console.log(log.trim());
    const emergency = join(out, BINDER_FILES.emergency);
    const audit = join(out, BINDER_FILES.audit);
    expect(existsSync(emergency) && existsSync(audit)).toBe(true);
    expect(pdfPageCount(emergency)).toBeGreaterThan(20);
    expect(pdfPageCount(audit)).toBeGreaterThan(5);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
