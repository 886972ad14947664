/** The scheme of a link as a browser reads it, and which schemes content may link with. */
import { describe, expect, it } from 'vitest';
import { isAllowedUrl, urlScheme } from '../../src/lib/content/body-code.ts';

describe('urlScheme', () => {
  it('lower-cased, with the characters a browser drops inside a scheme dropped too', () => {
    expect(urlScheme('JavaScript:alert(1)')).toBe('javascript');
    expect(urlScheme('java\tscript:alert(1)')).toBe('javascript');
    expect(urlScheme(' \u0000java\nscr\u007fipt:alert(1)')).toBe('javascript');
    expect(urlScheme('svn+ssh.v2-x:repo')).toBe('svn+ssh.v2-x');
  });

  it('none for a relative link, a fragment, or a colon after the first slash', () => {
    expect(urlScheme('/runbooks/rollback/')).toBeUndefined();
    expect(urlScheme('#steps')).toBeUndefined();
    expect(urlScheme('./a:b')).toBeUndefined();
    expect(urlScheme('1http://x')).toBeUndefined();
  });
});

describe('isAllowedUrl', () => {
  it('relative links and https, http, mailto, tel, in any case', () => {
    for (const url of ['/roles/', '#top', 'https://x', 'HTTP://x', 'mailto:it@example.com', 'tel:+86 10 1234'])
      expect(isAllowedUrl(url)).toBe(true);
  });

  it('no other scheme, however it is spelt', () => {
    for (const url of [
      'javascript:x',
      'java\tscript:x',
      'data:text/html,x',
      'vbscript:x',
      'file:///etc/passwd',
      'ftp://x',
    ])
      expect(isAllowedUrl(url)).toBe(false);
  });
});
