import { describe, expect, it } from 'vitest';
import { COLLECTIONS } from '../../src/schemas/index.ts';
import {
  entryFromUrl,
  entryUrl,
  localeFromPath,
  localeStaticPaths,
  otherEdition,
  sectionUrl,
  switchLocalePath,
} from '../../src/lib/routes.ts';

describe('routes', () => {
  it('put clause 3.1 at /policy/3-1/ and read it back', () => {
    expect(entryUrl('clauses', '3.1')).toBe('/policy/3-1/');
    expect(entryFromUrl('/policy/3-1/#text-zh')).toEqual({ collection: 'clauses', id: '3.1' });
  });
  it.each(COLLECTIONS)('round-trip an entry URL of %s', (collection) => {
    expect(entryFromUrl(entryUrl(collection, 'some-id'))).toEqual({
      collection,
      id: collection === 'clauses' ? 'some.id' : 'some-id',
    });
  });
  it('serve English at the root and Chinese at the same path under /zh-cn/', () => {
    expect(localeStaticPaths()).toEqual([
      { params: { lang: undefined }, props: { locale: 'en' } },
      { params: { lang: 'zh-cn' }, props: { locale: 'zh-cn' } },
    ]);
    expect(localeFromPath('/roles/ops-engineer/')).toBe('en');
    expect(localeFromPath('/zh-cn/roles/ops-engineer/')).toBe('zh-cn');
    expect(localeFromPath('/zh-cnx/')).toBe('en');
  });
  it('switch a page to the other language, and back to the same path', () => {
    expect(switchLocalePath('/runbooks/rollback/', 'zh-cn')).toBe('/zh-cn/runbooks/rollback/');
    expect(switchLocalePath('/zh-cn/runbooks/rollback/', 'en')).toBe('/runbooks/rollback/');
    expect(switchLocalePath('/', 'zh-cn')).toBe('/zh-cn/');
    expect(switchLocalePath('/zh-cn/', 'en')).toBe('/');
    expect(switchLocalePath('/zh-cn/matrix/', 'zh-cn')).toBe('/zh-cn/matrix/');
  });
  it('offer the same page in the other edition, or its home page for a page without a twin', () => {
    expect(otherEdition('en', '/runbooks/rollback/')).toEqual({ locale: 'zh-cn', href: '/zh-cn/runbooks/rollback/' });
    expect(otherEdition('zh-cn', '/zh-cn/runbooks/rollback/')).toEqual({ locale: 'en', href: '/runbooks/rollback/' });
    expect(otherEdition('en', '/nowhere/', { home: true })).toEqual({ locale: 'zh-cn', href: '/zh-cn/' });
    expect(otherEdition('zh-cn', '/zh-cn/404/', { home: true })).toEqual({ locale: 'en', href: '/' });
  });
  it('do not treat generated pages or unknown sections as entries', () => {
    expect(entryFromUrl('/matrix/')).toBeUndefined();
    expect(entryFromUrl('/nowhere/x/')).toBeUndefined();
  });
  it('read an entry URL without its trailing slash or with a query, and nothing deeper', () => {
    expect(entryFromUrl('/roles/ops-engineer')).toEqual({ collection: 'roles', id: 'ops-engineer' });
    expect(entryFromUrl('/roles/ops-engineer/?q=1')).toEqual({ collection: 'roles', id: 'ops-engineer' });
    expect(entryFromUrl('/roles/ops-engineer/history/')).toBeUndefined();
    expect(entryFromUrl('/zh-cn/roles/ops-engineer/')).toBeUndefined();
    expect(entryFromUrl('roles/ops-engineer/')).toBeUndefined();
  });
  it('give each section its index page', () => {
    expect(sectionUrl('clauses')).toBe('/policy/');
    expect(sectionUrl('roles')).toBe('/roles/');
  });
});
