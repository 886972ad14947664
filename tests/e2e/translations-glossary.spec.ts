/**
 * The translation status page and the bilingual glossary, against the production build. Both pass axe
 * in both themes and languages in the page-kind sweeps (layout.spec.ts, chinese.spec.ts).
 */
import { test, expect } from './test.ts';

test.describe('the translation status', () => {
  test('counts every entry by status, and the counts are the rows of the tables', async ({ page }) => {
    await page.goto('/translations/');
    const section = page.locator('section.translation-status[data-locale="zh-cn"]');
    const count = async (name: string) => Number(await section.locator(`dd[data-count="${name}"]`).innerText());
    const rows = section.locator('tbody tr');
    expect(await count('total')).toBe(await rows.count());
    expect(await count('total')).toBeGreaterThan(200);
    for (const status of ['current', 'outdated', 'missing'])
      expect(await count(status), status).toBe(await section.locator(`tbody tr[data-status="${status}"]`).count());
    // a row links the entry's page in both languages and names its translation file
    const row = section.locator('tr[data-entry="runbooks:rollback"]');
    await expect(row.locator('a[hreflang="en"]')).toHaveAttribute('href', '/runbooks/rollback/');
    await expect(row.locator('a[hreflang="zh-CN"]')).toHaveAttribute('href', '/zh-cn/runbooks/rollback/');
    await expect(row.locator('code')).toHaveText('src/content/runbooks/zh-cn/rollback.mdx');
  });

  test('is reached from the navigation, in Chinese too', async ({ page }) => {
    await page.goto('/zh-cn/');
    await page.locator('#site-nav').getByRole('link', { name: '翻译状态' }).click();
    await expect(page).toHaveURL(/\/zh-cn\/translations\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('翻译状态');
    await expect(page.locator('dd[data-count="total"]')).not.toBeEmpty();
  });
});

test.describe('the glossary', () => {
  test('/zh-cn/glossary/ lists 三级签字 with its English term, at its anchor, linked to its page', async ({ page }) => {
    await page.goto('/zh-cn/glossary/#term-three-signatures');
    const row = page.locator('tr#term-three-signatures');
    await expect(row.locator('th')).toHaveText('三级签字');
    await expect(row.locator('td[lang="en"]')).toHaveText('Three signatures');
    await expect(row).toContainText('采购在执行前');
    await row.locator('th a').click();
    await expect(page).toHaveURL(/\/zh-cn\/glossary\/three-signatures\/$/);
    await expect(page.locator('h1')).toContainText('三级签字');
  });

  test('lists Chinese terms in pinyin order and English terms alphabetically', async ({ page }) => {
    await page.goto('/zh-cn/glossary/');
    const zh = await page.locator('tbody th').allInnerTexts();
    const at = (term: string) => zh.indexOf(term);
    expect(at('部门负责人')).toBeGreaterThanOrEqual(0);
    expect(at('部门负责人')).toBeLessThan(at('财务部'));
    expect(at('财务部')).toBeLessThan(at('三级签字'));
    expect(at('三级签字')).toBeLessThan(at('应急预案'));
    await page.goto('/glossary/');
    const en = (await page.locator('tbody th').allInnerTexts()).map((t) => t.toLowerCase());
    expect(en).toEqual(en.toSorted((a, b) => a.localeCompare(b, 'en', { numeric: true })));
  });
});
