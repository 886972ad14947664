/**
 * Diagrams a reader can read: on a 375-px phone and a 1280-px desktop, in both languages, no label
 * of a diagram the page shows is drawn under 12 px (its font size times the scale the browser draws
 * the SVG at); in the dark theme the diagram is drawn in the page's colours, not as a white box;
 * the text equivalent stays on the page.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './test.ts';
import { axeViolations } from './reader-helpers.ts';

/** Every page with a diagram, in both languages. */
const DIAGRAM_PAGES = ['/org/', '/approvals/'].flatMap((p) => [p, `/zh-cn${p}`]);
const LEAST_PX = 12;

/**
 * The drawn size (CSS px) of every label of every diagram the page shows: the computed font size
 * in the SVG's units times the scale from those units to the screen. A layout hidden at this
 * width (the other of a wide and a narrow one) is not shown, so it is not measured.
 */
function labelSizes(page: Page) {
  return page.locator('figure.diagram svg').evaluateAll((svgs) =>
    (svgs as SVGSVGElement[])
      .filter((svg) => svg.checkVisibility())
      .flatMap((svg) =>
        [...svg.querySelectorAll('text')].map((text) => {
          const m = text.getScreenCTM()!;
          const px = parseFloat(getComputedStyle(text).fontSize) * Math.hypot(m.a, m.b);
          return { figure: svg.closest('figure')!.id, text: text.textContent ?? '', px };
        }),
      ),
  );
}

for (const [name, options] of [
  ['375-px phone', { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 }],
  ['1280-px desktop', { viewport: { width: 1280, height: 800 } }],
] as const) {
  test.describe(`on a ${name}`, () => {
    test.use(options);

    test('no diagram label is drawn under 12 px, in either language, and the page does not pan', async ({ page }) => {
      const failures: string[] = [];
      for (const path of DIAGRAM_PAGES) {
        await page.goto(path);
        const sizes = await labelSizes(page);
        expect(sizes.length, `${path} shows its diagrams`).toBeGreaterThan(10);
        // every diagram of the page shows one of its layouts
        const figures = await page.locator('figure.diagram').count();
        expect(new Set(sizes.map((s) => s.figure)).size, path).toBe(figures);
        for (const s of sizes)
          if (s.px < LEAST_PX - 0.01) failures.push(`${path} #${s.figure} “${s.text}” at ${s.px.toFixed(1)} px`);
        const overflow = await page.evaluate(
          (width) => document.documentElement.scrollWidth - width,
          options.viewport.width,
        );
        if (overflow > 0) failures.push(`${path} is ${overflow} px wider than the screen`);
      }
      expect(failures).toEqual([]);
    });
  });
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
  test('a signature chain is drawn down the screen, so it needs no panning', async ({ page }) => {
    await page.goto('/approvals/');
    const canvas = page.locator('#chain-procurement .diagram-canvas').filter({ visible: true });
    await expect(canvas).toHaveCount(1);
    const { scrollWidth, clientWidth } = await canvas.evaluate((c) => ({
      scrollWidth: c.scrollWidth,
      clientWidth: c.clientWidth,
    }));
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
  });
});

test.describe('in the dark theme', () => {
  test.use({ colorScheme: 'dark' });

  /** WCAG relative luminance of a computed `rgb(…)` colour. */
  const luminance = (rgb: string) => {
    const [r, g, b] = rgb
      .match(/[\d.]+/g)!
      .slice(0, 3)
      .map((v) => Number(v) / 255)
      .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };

  test('diagrams are drawn in the page’s colours: dark background, light labels, and axe is clean', async ({
    page,
  }) => {
    for (const path of ['/org/', '/zh-cn/approvals/']) {
      await page.goto(path);
      const colours = await page.locator('figure.diagram svg').evaluateAll((svgs) =>
        (svgs as SVGSVGElement[])
          .filter((svg) => svg.checkVisibility())
          .map((svg) => {
            // the colour behind the SVG: its own painted background or the nearest ancestor's
            let el: Element | null = svg;
            let background = 'rgba(0, 0, 0, 0)';
            for (; el && /rgba\(0, 0, 0, 0\)|transparent/.test(background); el = el.parentElement)
              background = getComputedStyle(el).backgroundColor;
            const painted = [...svg.querySelectorAll('polygon, rect')].map((shape) => getComputedStyle(shape).fill);
            return {
              background,
              painted,
              text: [...new Set([...svg.querySelectorAll('text')].map((t) => getComputedStyle(t).fill))],
            };
          }),
      );
      expect(colours.length, path).toBeGreaterThan(0);
      for (const { background, painted, text } of colours) {
        // no white box: neither the canvas nor a shape inside the SVG paints white
        expect(luminance(background), `${path} background ${background}`).toBeLessThan(0.1);
        expect(
          painted.filter((fill) => fill === 'rgb(255, 255, 255)'),
          path,
        ).toEqual([]);
        for (const fill of text) {
          const [light, dark] = [luminance(fill), luminance(background)].sort((a, b) => b - a);
          expect((light! + 0.05) / (dark! + 0.05), `${path} label ${fill} on ${background}`).toBeGreaterThanOrEqual(
            4.5,
          );
        }
      }
      // the text equivalent is still there for every diagram
      for (const figure of await page.locator('figure.diagram').all())
        await expect(figure.locator('.diagram-text')).not.toBeEmpty();
      expect(await axeViolations(page), path).toEqual([]);
    }
  });
});
