/** Helpers shared by the reader-experience specs (search, incident mode, offline, layout, weight). */
import type { Page } from '@playwright/test';
import { expect } from './test.ts';
import AxeBuilder from '@axe-core/playwright';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * The time one page's axe test may take. Axe walks every node: on the longest pages (a binder, the
 * translations register) that alone takes 20–30 s on two cores with both test workers busy, so
 * Playwright's default of 30 s for the whole test fails them on time, not on what axe finds.
 */
export const AXE_SWEEP_TIMEOUT = 90_000;

/**
 * axe violations as short strings, so a failure names the rule and the element. Legacy mode runs axe
 * in the page itself: by default every scan also opens a blank page to merge the results of
 * cross-origin frames, which the site has none of, and that made each scan two to three times slower.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(WCAG).setLegacyMode(true).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/**
 * The page as it is, scanned in the light theme and then in the dark one, each finding named by its
 * theme. The theme is CSS alone (`prefers-color-scheme`), so switching the emulated preference
 * repaints the same document: one load serves both scans. The page is left in the light theme, the
 * tests' default, for the pages the caller loads next.
 */
export async function axeViolationsInBothThemes(page: Page): Promise<string[]> {
  const found: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    found.push(...(await axeViolations(page)).map((violation) => `${colorScheme}: ${violation}`));
  }
  await page.emulateMedia({ colorScheme: 'light' });
  return found;
}

/**
 * A binder repeats pages scanned on their own: its title page, contents and first two documents
 * are scanned, the rest removed first. (Excluding them is not enough: axe builds its tree of the
 * whole page, excluded parts too, and a binder's 1.7 MB took longer than a test may on a busy machine.)
 */
export async function dropRepeatedDocuments(page: Page): Promise<void> {
  await page
    .locator('section.binder-doc:nth-of-type(n+3)')
    .evaluateAll((sections) => sections.forEach((s) => s.remove()));
}

/**
 * Lays out every document of a binder, as paper gets them: on screen the browser lays out only those
 * near the reader (`content-visibility: auto`), and clips what overflows them, so a document too
 * wide would otherwise go unmeasured.
 */
export async function layOutEveryDocument(page: Page): Promise<void> {
  await page
    .locator('section.binder-doc')
    .evaluateAll((sections) => sections.forEach((s) => ((s as HTMLElement).style.contentVisibility = 'visible')));
}

/** The search dialog's accessible name, on an English and on a Chinese page. */
const SEARCH_NAME = /^(Search the handbook|搜索手册)$/;
export const searchInput = (page: Page) => page.getByRole('searchbox', { name: SEARCH_NAME });

/** Opens search with the / shortcut (loading its script on first use). */
export async function openSearch(page: Page) {
  const dialog = page.getByRole('dialog', { name: SEARCH_NAME });
  if (await dialog.isVisible()) await searchInput(page).focus();
  else await page.keyboard.press('/');
  await expect(dialog).toBeVisible();
  await expect(searchInput(page)).toBeFocused();
  return dialog;
}

/** Types a query and returns the paths of the results, best first, once they are shown. */
export async function search(page: Page, query: string): Promise<string[]> {
  await openSearch(page);
  await searchInput(page).fill(query);
  const list = page.locator(`[data-search-results][aria-busy="false"]`);
  await expect(list).toHaveAttribute('data-term', query.trim(), { timeout: 15_000 });
  return list
    .locator('a.search-hit-link')
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

/** One page of every kind the site has. Generated pages are skipped while they do not exist yet. */
export const PAGE_KINDS = [
  '/',
  '/policy/',
  '/policy/3-1/',
  '/roles/l1-architect/',
  '/runbooks/rollback/',
  '/plans/system-failure/',
  '/permissions/approve-release/',
  '/separation/operations-vs-testing/',
  '/parameters/',
  '/parameters/kickoff-days/',
  '/obligations/monthly-release/',
  '/obligations/weekly-department-meeting/',
  '/controls/',
  '/controls/chg-01/',
  '/guides/incident-triage/',
  '/guides/onboarding/',
  '/matrix/',
  '/checklists/',
  '/traceability/',
  '/translations/',
  '/glossary/',
  '/glossary/three-signatures/',
  '/binder/emergency/',
  '/binder/audit/',
  '/offline/',
  '/incident/',
  '/incident/system-failure/',
  '/incident/system-failure/critical/',
];
