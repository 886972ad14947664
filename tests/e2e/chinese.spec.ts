/**
 * The Chinese edition: every page has its twin under /zh-cn/ and back, in Chinese (no interface
 * string of the English dictionary on it), accessible in both themes, and a reader can switch
 * language on any page kind and do the incident and audit tasks in Chinese, on a phone too.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './test.ts';
import { parse } from 'node-html-parser';
import { en } from '../../src/i18n/en.ts';
import { zhCn } from '../../src/i18n/zh-cn.ts';
import { AXE_SWEEP_TIMEOUT, axeViolationsInBothThemes, dropRepeatedDocuments, PAGE_KINDS } from './reader-helpers.ts';

const DIST = process.env.HANDBOOK_DIST_DIR ?? 'dist';
const ZH = '/zh-cn';

function pages(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' || name === '_astro' ? [] : pages(path);
    return name.endsWith('.html') ? [`/${relative(DIST, path).split(sep).join('/')}`] : [];
  });
}

/** The not-found pages have no twin at the same path: /404.html answers outside /zh-cn/, /zh-cn/404/ inside. */
const NOT_FOUND = new Set(['/404.html', `${ZH}/404/index.html`]);
const built = pages(DIST).filter((p) => !NOT_FOUND.has(p));
const english = built.filter((p) => !p.startsWith(`${ZH}/`));
const chinese = built.filter((p) => p.startsWith(`${ZH}/`));

test('every English page has its Chinese twin at the same path under /zh-cn/, and the reverse', () => {
  test.info().annotations.push({ type: 'pages', description: `${english.length} English, ${chinese.length} Chinese` });
  expect(english.length).toBeGreaterThan(250);
  expect(chinese.map((p) => p.slice(ZH.length)).sort()).toEqual([...english].sort());
});

/**
 * Phrases of the English dictionary that a Chinese page must not show: each piece of text between
 * placeholders, where the Chinese differs and the piece is a word, not an acronym both use (KPI, RACI).
 */
const ENGLISH_PHRASES = Object.entries(en)
  .filter(([key, value]) => value !== zhCn[key as keyof typeof en])
  .flatMap(([key, value]) =>
    value
      .split(/\{[^}]+\}/)
      .map((piece) => piece.replace(/^[^A-Za-z]+|[^A-Za-z]+$/g, ''))
      .filter((piece) => /[a-z]{3}/.test(piece) && piece.length >= 4)
      .map((piece) => ({
        key,
        piece,
        pattern: new RegExp(`(?<![\\w-])${piece.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w-])`),
      })),
  );

test('every Chinese page says lang="zh-CN" and shows no interface string of the English dictionary', () => {
  const failures: string[] = [];
  for (const path of chinese) {
    const root = parse(readFileSync(join(DIST, path), 'utf8'));
    if (root.querySelector('html')?.getAttribute('lang') !== 'zh-CN') failures.push(`${path}: lang is not zh-CN`);
    // what is English on purpose (marked lang="en": the English title, commit subjects, the offer of the
    // English page), code and commands, and what is never shown
    root
      .querySelectorAll('script, style, noscript, template, pre, code, [lang="en"], [hidden]')
      .forEach((n) => n.remove());
    const text = ` ${root.querySelector('body')?.textContent.replace(/\s+/g, ' ') ?? ''} `;
    for (const { key, piece, pattern } of ENGLISH_PHRASES) {
      const at = pattern.exec(text)?.index;
      if (at !== undefined)
        failures.push(
          `${path}: “${piece}” (${key}) in “…${text.slice(Math.max(0, at - 30), at + piece.length + 30)}…”`,
        );
    }
  }
  expect(failures.slice(0, 40), `${failures.length} finding(s)`).toEqual([]);
});

// One test a page kind, each scanned in both themes: a failure names its page and theme, and the
// two workers share the sweep.
for (const path of PAGE_KINDS) {
  test(`${ZH}${path} passes axe in the light and the dark theme`, async ({ page }) => {
    test.setTimeout(AXE_SWEEP_TIMEOUT);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const response = await page.goto(`${ZH}${path}`);
    expect(response?.status(), path).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    if (path.startsWith('/binder/')) {
      await expect(page.locator('html')).toHaveAttribute('data-binder-ready', 'true');
      await dropRepeatedDocuments(page);
    }
    expect(await axeViolationsInBothThemes(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
}

const languageLink = (page: Page) => page.locator('header a[data-lang-switch]');

test('the language link goes to the same page in the other language and back, on every page kind', async ({ page }) => {
  test.setTimeout(240_000);
  for (const path of PAGE_KINDS) {
    await page.goto(path);
    await expect(languageLink(page)).toHaveAttribute('hreflang', 'zh-CN');
    await languageLink(page).click();
    await expect(page).toHaveURL(`${ZH}${path}`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.locator(`link[rel="alternate"][hreflang="en"]`)).toHaveAttribute(
      'href',
      new RegExp(`${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`),
    );
    await languageLink(page).click();
    await expect(page).toHaveURL(path);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  }
});

test('switching keeps the anchor, and the choice is remembered: the other language is then offered, never forced', async ({
  page,
}) => {
  await page.goto('/runbooks/rollback/#step-3');
  await languageLink(page).click();
  await expect(page).toHaveURL(`${ZH}/runbooks/rollback/#step-3`);
  // back on an English page, the saved choice offers the Chinese page; the address does not change
  await page.goto('/plans/data-leak/');
  const notice = page.locator('[data-lang-notice]');
  await expect(notice).toBeVisible();
  await expect(notice.getByRole('link')).toHaveAttribute('href', `${ZH}/plans/data-leak/`);
  await expect(page).toHaveURL('/plans/data-leak/');
  await notice.getByRole('button').click();
  await expect(notice).toBeHidden();
  await page.reload();
  await expect(notice).toBeHidden();
});

test.describe('a browser that prefers Chinese', () => {
  test.use({ locale: 'zh-CN' });
  test('is offered the Chinese page on an English one, and stays where it landed', async ({ page }) => {
    await page.goto('/roles/ops-engineer/');
    const notice = page.locator('[data-lang-notice]');
    await expect(notice).toBeVisible();
    await expect(notice).toContainText(zhCn['lang.offer']);
    await expect(page).toHaveURL('/roles/ops-engineer/');
    await page.goto(`${ZH}/roles/ops-engineer/`);
    await expect(page.locator('[data-lang-notice]')).toBeHidden();
  });
});

test('a browser that prefers English sees no offer', async ({ page }) => {
  await page.goto('/roles/ops-engineer/');
  await expect(page.locator('[data-lang-notice]')).toBeHidden();
});

test.describe('on a 375-px phone, in Chinese', () => {
  test.use({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
  test('from the home page to the data-leak plan’s first 15 minutes', async ({ page }) => {
    await page.goto(`${ZH}/`);
    await page.getByRole('button', { name: zhCn['nav.menu'], exact: true }).click();
    await page.locator('#site-nav').getByRole('link', { name: zhCn['section.plans'], exact: true }).click();
    await page.getByRole('link', { name: '数据泄露应急预案' }).first().click();
    await expect(page).toHaveURL(`${ZH}/plans/data-leak/`);
    const heading = page.getByRole('heading', { name: '前 15 分钟' });
    await heading.scrollIntoViewIfNeeded();
    await expect(heading).toBeInViewport();
    const firstSteps = page.locator('h2:has-text("前 15 分钟") + *');
    await expect(firstSteps).toContainText(/[\u4e00-\u9fff]/);
  });
});

test('incident mode in Chinese: three steps ticked, the log exported with Chinese headings', async ({ page }) => {
  await page.goto(`${ZH}/runbooks/rollback/`);
  const panel = page.getByRole('region', { name: zhCn['incident.title'] });
  await panel.getByLabel(zhCn['incident.who']).fill('李伟');
  await panel.getByLabel(zhCn['incident.who']).press('Tab');
  await panel.getByRole('button', { name: zhCn['incident.start'] }).click();
  for (const n of [1, 2, 3])
    await page.locator(`#step-${n}`).getByRole('checkbox', { name: zhCn['incident.done'] }).check();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    panel.getByRole('button', { name: zhCn['incident.exportMd'] }).click(),
  ]);
  const markdown = readFileSync((await download.path())!, 'utf8');
  expect(markdown).toContain(`# ${zhCn['incident.logTitle']} INC-`);
  for (const column of ['time', 'step', 'who', 'note'] as const)
    expect(markdown).toContain(zhCn[`incident.col.${column}`]);
  const rows = markdown.split('\n').filter((line) => /^\| \d{4}-/.test(line));
  expect(rows).toHaveLength(3);
  expect(rows[0]).toMatch(/1\. [^|]*[\u4e00-\u9fff]/);
  expect(rows[0]).toContain('李伟');
  expect(markdown).not.toContain(en['incident.col.document']);
});

test('the contents of a Chinese runbook fold its numbered steps in under the steps section', async ({ page }) => {
  await page.goto(`${ZH}/runbooks/rollback/`);
  const contents = page.getByRole('navigation', { name: zhCn['toc.label'] });
  await expect(contents.locator('details.toc-steps')).toHaveCount(1);
  await expect(contents.locator('a[href="#step-1"]')).toHaveCount(1);
  await expect(contents.locator('details.toc-steps').locator('xpath=..').locator('> a')).toHaveText('操作步骤');
});

test('on /zh-cn/approvals/, the signer after 财务部 in a procurement is the CEO', async ({ page }) => {
  await page.goto(`${ZH}/approvals/`);
  const steps = page.locator('#chain-procurement-text ol > li');
  await expect(steps).toHaveCount(3);
  const signers = await steps.evaluateAll((li) => li.map((l) => l.getAttribute('data-signers')));
  const finance = signers.indexOf('finance');
  await expect(steps.nth(finance)).toContainText('财务部');
  await expect(steps.nth(finance + 1)).toContainText('CEO');
  expect(signers[finance + 1]).toBe('ceo');
  await expect(page.locator('figure#chain-procurement svg:visible')).toContainText('财务部');
});
