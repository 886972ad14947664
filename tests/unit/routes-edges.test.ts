/** Paths at the edges: a locale's home, with and without its slash, a download with no extension. */
import { describe, expect, it } from 'vitest';
import { downloadName, filesServing, localeFromPath, switchLocalePath } from '../../src/lib/routes.ts';

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

describe('filesServing', () => {
  it('is the folder’s index for a path ending in a slash, else the file, its .html or its folder’s index', () => {
    expect(filesServing('/')).toEqual(['index.html']);
    expect(filesServing('/runbooks/rollback/')).toEqual(['runbooks/rollback/index.html']);
    expect(filesServing('//zh-cn/')).toEqual(['zh-cn/index.html']);
    expect(filesServing('/checklists/daily')).toEqual([
      'checklists/daily',
      'checklists/daily.html',
      'checklists/daily/index.html',
    ]);
  });
});
