/** The generated views in Chinese, as a reader in China sees them: labels that fit, Chinese dates, months, weekdays and role names. */
import type { Page } from '@playwright/test';
import { test, expect } from './test.ts';

/**
 * Every label line of every diagram node on the page that does not fit its shape: the two ends of
 * the drawn text (its computed length, centred on its anchor), at the middle of the line and half
 * an em further out, must lie inside the node's outline (rect, rounded path, polygon or ellipse, by
 * the browser's own geometry). The half em is the least margin a reader sees as "inside": Graphviz's
 * own margins hide a short Chinese label's overflow of the text, not its crowding of the border.
 * Both layouts of a diagram are measured, the one this width hides shown for the purpose.
 */
async function overflowingLabels(page: Page): Promise<string[]> {
  await page.evaluate(() => document.fonts.ready);
  // both layouts of a diagram (the wide one and the narrow one a phone gets), whichever this width shows
  await page.addStyleTag({ content: '.diagram-canvas { display: block !important; }' });
  return page.locator('.diagram-canvas svg').evaluateAll((svgs) =>
    (svgs as SVGSVGElement[]).flatMap((svg) =>
      [...svg.querySelectorAll('g')].flatMap((g) => {
        const shape = g.querySelector(
          ':scope > ellipse, :scope > path, :scope > polygon, :scope > rect',
        ) as SVGGeometryElement | null;
        const texts = [...g.querySelectorAll(':scope > text')] as SVGTextElement[];
        // edges (a path and an arrow head) carry no outline to fit: only nodes with a closed shape
        if (!shape || texts.length === 0 || g.querySelector(':scope > polygon[fill="#4a5560"]')) return [];
        const outline = shape.getBBox();
        return texts.flatMap((text) => {
          const box = text.getBBox();
          const length = text.getComputedTextLength();
          const x = Number(text.getAttribute('x'));
          const y = box.y + box.height / 2;
          const margin = Number(text.getAttribute('font-size')) / 2;
          const ends = [x - length / 2 - margin, x + length / 2 + margin];
          const inside = ends.every((ex) => {
            const point = svg.createSVGPoint();
            point.x = ex;
            point.y = y;
            return shape.isPointInFill(point) && ex >= outline.x && ex <= outline.x + outline.width;
          });
          return inside
            ? []
            : [
                `"${text.textContent}" (${length.toFixed(1)} wide) overflows its ${shape.tagName} (${outline.width.toFixed(1)} wide)`,
              ];
        });
      }),
    ),
  );
}

test.describe('the Chinese diagrams', () => {
  test('on /zh-cn/approvals/ every label is Chinese and fits its box', async ({ page }) => {
    await page.goto('/zh-cn/approvals/');
    const labels = await page.locator('.diagram-canvas svg text').allTextContents();
    expect(labels.length).toBeGreaterThan(20);
    expect(labels).toContain('第 2 步：财务部');
    // no English role name or stage title is left in a Chinese diagram
    expect(labels.filter((l) => /[A-Za-z]{4,}/.test(l))).toEqual([]);
    expect(await overflowingLabels(page)).toEqual([]);
  });

  test('on /zh-cn/org/ the chart and the list name every role in Chinese, and the labels fit', async ({ page }) => {
    await page.goto('/zh-cn/org/');
    const labels = await page.locator('#org svg text').allTextContents();
    expect(labels).toContain('部门负责人');
    expect(labels).toContain('一级架构师');
    expect(labels).not.toContain('Department head');
    await expect(page.locator('main')).toContainText('系统运维岗');
    await expect(page.locator('main')).not.toContainText('Operations engineer');
    expect(await overflowingLabels(page)).toEqual([]);
  });

  test('the English diagrams fit their boxes too', async ({ page }) => {
    for (const path of ['/approvals/', '/org/']) {
      await page.goto(path);
      expect(await overflowingLabels(page), path).toEqual([]);
    }
  });
});

test.describe('the Chinese calendar', () => {
  test('names months and weekdays in Chinese, writes Chinese rules and dates as 2026年11月1日', async ({ page }) => {
    await page.goto('/zh-cn/calendar/');
    const months = await page.locator('table.year thead th[scope="col"]').allTextContents();
    expect(months.slice(1)).toHaveLength(12);
    for (const m of months.slice(1)) expect(m).toMatch(/^\d{4}年\d{1,2}月$/);
    const weekly = page.locator('table.gen-table tbody tr', { hasText: '部门周会' }).first();
    await expect(weekly).toContainText('每周二 10:00');
    await expect(weekly.locator('time')).toHaveText(/^\d{4}年\d{1,2}月\d{1,2}日$/);
    const quarterly = page.locator('table.gen-table tbody tr', { hasText: '季度内部审计' }).first();
    await expect(quarterly).toContainText('每季度,3月、6月、9月和12月的最后一天前完成');
    await expect(page.locator('main')).not.toContainText(/Every (week|month|quarter|year)|December|Tuesday/);
  });
});
