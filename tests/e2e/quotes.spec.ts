/**
 * The reader sees the words: a basis badge links to the quoted span on the clause page, which is
 * highlighted and scrolled into view; /traceability/ lists the sentences nothing rests on; a
 * printed clause page shows each open value as "X" with the proposal beside it.
 */
import { test, expect } from './test.ts';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const HIGHLIGHT = 'rgb(255, 229, 138)';

/** The text of a PDF, page by page, joined. */
async function pdfText(pdf: Buffer): Promise<string> {
  const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: true }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''));
  }
  return pages.join('\n');
}

test('a basis badge on a role page lands on exactly the quoted span of the clause, highlighted and in view', async ({
  page,
}) => {
  await page.goto('/roles/department-head/');
  const badge = page.locator('.basis-clause .basis-quote').first();
  const words = (await badge.textContent())!.replace(/[«»]/g, '').trim();
  const href = (await badge.getAttribute('href'))!;
  expect(href).toMatch(/^\/policy\/[\d-]+\/#q-[0-9a-z]+$/);
  await badge.click();
  await expect(page).toHaveURL(new RegExp(`${href.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`));

  const target = page.locator('.clause-text mark.quote-span:target');
  await expect(target).toHaveCount(1);
  await expect(target).toBeInViewport();
  // the span's own words, with each open value read back as the policy's "X"
  const spanWords = await target.evaluate((el) => {
    const copy = el.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('.clause-x-value').forEach((v) => v.remove());
    return copy.textContent!.replace(/\s+/g, '');
  });
  expect(spanWords).toBe(words.replace(/\s+/g, ''));
  // exactly that span is highlighted: no other quoted span of the page, nested or beside it
  const highlighted = await page
    .locator('mark.quote-span')
    .evaluateAll(
      (marks, colour) => marks.filter((m) => getComputedStyle(m).backgroundColor === colour).map((m) => m.id),
      HIGHLIGHT,
    );
  expect(highlighted).toEqual([href.split('#')[1]]);
});

test('/traceability/ lists the sentences of the policy nothing rests on', async ({ page }) => {
  await page.goto('/traceability/');
  await expect(page.getByRole('heading', { name: 'Sentences nothing rests on' })).toBeVisible();
  const uncovered = page.locator('.trace-uncovered-sentences li');
  const listed = await uncovered.evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.sentence));
  expect(listed.length).toBeGreaterThan(0);
  // the same sentences the full list shows with nothing resting on them, and no other
  const bare = await page
    .locator('.sentence-list .sentence-uncovered')
    .evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.sentence));
  expect(listed).toEqual(bare);
  const all = await page.locator('.sentence-list .sentence').count();
  expect(all).toBeGreaterThan(listed.length);
});

test('a printed clause page shows each open value as "X" with the proposal beside it', async ({ page }) => {
  await page.goto('/policy/3-1/');
  const open = await page
    .locator('.clause-text .clause-x-proposed')
    .evaluateAll((els) => els.map((el) => el.textContent!.replace(/\s+/g, ' ').trim()));
  expect(open.length).toBeGreaterThan(0);
  for (const text of open) expect(text).toMatch(/^X \(proposed: .+\)$/);
  await page.emulateMedia({ media: 'print' });
  const text = (await pdfText(await page.pdf({ format: 'A4' }))).replace(/\s+/g, ' ');
  const printed = text.match(/X ?\(proposed: [^)]+\)/g) ?? [];
  expect(printed.map((p) => p.replace(/^X ?/, 'X '))).toEqual(open);
});
