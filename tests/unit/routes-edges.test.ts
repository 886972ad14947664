/** Paths at the edges: a locale's home, a download with no extension. */
import { describe, expect, it } from 'vitest';
import { downloadName, switchLocalePath } from '../../src/lib/routes.ts';

describe('switchLocalePath', () => {
  it('from the Chinese home leads to the English home', () => {
    expect(switchLocalePath('/zh-cn/', 'en')).toBe('/');
  });
});

describe('downloadName', () => {
  it('adds the language tag at the end of a name with no extension', () => {
    expect(downloadName('README', 'zh-cn')).toBe('README.zh-CN');
    expect(downloadName('.env', 'zh-cn')).toBe('.env.zh-CN');
  });
});
