/** Paths at the edges: a locale's home, with and without its slash, a download with no extension. */
import { describe, expect, it } from 'vitest';
import { downloadName, localeFromPath, switchLocalePath } from '../../src/lib/routes.ts';

describe('switchLocalePath', () => {
  it('from the Chinese home leads to the English home', () => {
    expect(switchLocalePath('/zh-cn/', 'en')).toBe('/');
  });

  it('reads the Chinese home without its trailing slash as Chinese, and leads to the English home', () => {
    expect(localeFromPath('/zh-cn')).toBe('zh-cn');
    expect(switchLocalePath('/zh-cn', 'en')).toBe('/');
    expect(switchLocalePath('/zh-cn', 'zh-cn')).toBe('/zh-cn/');
    expect(localeFromPath('/zh-cnx')).toBe('en');
  });
});

describe('downloadName', () => {
  it('adds the language tag at the end of a name with no extension', () => {
    expect(downloadName('README', 'zh-cn')).toBe('README.zh-CN');
    expect(downloadName('.env', 'zh-cn')).toBe('.env.zh-CN');
  });
});
