/**
 * The printed footer's values (print-footer.ts, build-info.ts): CSS strings that survive any page
 * title or address, "page n of m" in either language's word order, the address only where the
 * build knows the site, and a version from git or, without history, from the package.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cssString, pageCounterContent, printFooterStyle } from '../../src/components/print-footer.ts';
import { buildInfo, describeVersion, printedAddress } from '../../src/lib/build-info.ts';
import { en } from '../../src/i18n/en.ts';
import { zhCn } from '../../src/i18n/zh-cn.ts';
import pkg from '../../package.json' with { type: 'json' };

describe('the printed footer', () => {
  it('writes CSS strings with quotes, backslashes and line breaks escaped', () => {
    expect(cssString('/a/')).toBe('"/a/"');
    expect(cssString('say "hi" \\ now')).toBe('"say \\"hi\\" \\\\ now"');
    expect(cssString('two\nlines')).toBe('"two lines"');
  });

  it('turns "page n of m" into strings and the page counters, in each language’s order', () => {
    expect(pageCounterContent(en['binder.page'])).toBe('"Page " counter(page) " of " counter(pages)');
    expect(pageCounterContent(zhCn['binder.page'])).toBe('"第 " counter(page) " 页，共 " counter(pages) " 页"');
    expect(pageCounterContent('{total}/{page}')).toBe('counter(pages) "/" counter(page)');
  });

  it('prints the full address only when the build names its site, the path otherwise', () => {
    expect(printedAddress('/zh-cn/matrix/', 'https://handbook.hotel.example.cn')).toBe(
      'https://handbook.hotel.example.cn/zh-cn/matrix/',
    );
    expect(printedAddress('/matrix/', 'https://handbook.hotel.example.cn/')).toBe(
      'https://handbook.hotel.example.cn/matrix/',
    );
    expect(printedAddress('/matrix/', undefined)).toBe('/matrix/');
    expect(printedAddress('/matrix/', '')).toBe('/matrix/');
  });

  it('names the version the publisher sets (HANDBOOK_VERSION) before any from git', async () => {
    expect(await describeVersion(process.cwd(), { HANDBOOK_VERSION: 'handbook-2026.12' })).toBe('handbook-2026.12');
    expect(await describeVersion(process.cwd(), {})).not.toBe('handbook-2026.12');
  });

  it('names the version from git, or the package version outside a repository', async () => {
    expect(await describeVersion(process.cwd())).toMatch(
      /^(?:handbook-\d{4}\.\d{2}(?:\.\d+)?(?:-\d+-g[0-9a-f]{7,})?|[0-9a-f]{7,})$/,
    );
    const bare = mkdtempSync(join(tmpdir(), 'no-git-'));
    try {
      expect(await describeVersion(bare)).toBe(pkg.version);
    } finally {
      rmSync(bare, { recursive: true, force: true });
    }
  });

  it('is one style attribute of three properties: the address, the version and day, and the page counter, in the page’s language', async () => {
    const { version } = await buildInfo();
    const style = await printFooterStyle('zh-cn', '/zh-cn/matrix/');
    expect(style.split('; ')).toEqual([
      `--print-url: ${cssString(printedAddress('/zh-cn/matrix/'))}`,
      expect.stringMatching(
        new RegExp(`^--print-stamp: "版本 ${version.replace(/[.]/g, '\\.')}，构建于 \\d{4}年\\d{1,2}月\\d{1,2}日"$`),
      ),
      '--print-page: "第 " counter(page) " 页，共 " counter(pages) " 页"',
    ]);
  });
});
