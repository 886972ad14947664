/** The security headers a build generates (scripts/headers.ts), and the nginx config's SITE lines the e2e test rewrites. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  contentSecurityPolicy,
  headersFile,
  inlineParts,
  nginxInclude,
  securityHeaders,
} from '../../scripts/headers.ts';
import { siteConfigFor, SITE_CONFIG } from '../../scripts/nginx-server.ts';

const page = `<!doctype html><html><head><style>body{color:red}</style><script type="application/ld+json">{"a":1}</script>
<script src="/_astro/app.js"></script><script>console.log("hi")</script></head><body><p style="color:blue">x</p></body></html>`;

describe('the Content-Security-Policy', () => {
  const parts = inlineParts(page);
  const csp = contentSecurityPolicy(parts);
  const directive = (name: string) => csp.split('; ').find((d) => d.startsWith(`${name} `))!;

  it('finds the inline script and style bodies, not external scripts or JSON data', () => {
    expect(parts).toEqual({ scripts: ['console.log("hi")'], styles: ['body{color:red}'] });
  });
  it('allows each inline script by its hash, WebAssembly for Pagefind, and nothing inline besides', () => {
    const hash = createHash('sha256').update('console.log("hi")').digest('base64');
    expect(directive('script-src')).toBe(`script-src 'self' 'wasm-unsafe-eval' 'sha256-${hash}'`);
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(csp).not.toContain("'unsafe-eval'");
    expect(directive('style-src')).toMatch(/^style-src 'self' 'sha256-[A-Za-z0-9+/]+=*'$/);
    expect(directive('frame-ancestors')).toBe("frame-ancestors 'none'");
    expect(directive('object-src')).toBe("object-src 'none'");
  });
  it('is written for nginx (every answer, 401 and 404 included) and as _headers, with the same values', () => {
    const headers = securityHeaders(csp);
    const nginx = nginxInclude(headers);
    for (const [name, value] of Object.entries(headers))
      expect(nginx).toContain(`add_header ${name} "${value}" always;`);
    const file = headersFile(headers);
    expect(file).toContain(`/*\n  Content-Security-Policy: ${csp}\n`);
    expect(file).toContain('X-Robots-Tag: noindex');
    expect(file).toContain('/_astro/*\n  Cache-Control: public, max-age=31536000, immutable');
  });
});

describe('deploy/nginx/handbook.conf for the e2e test', () => {
  const source = readFileSync(SITE_CONFIG, 'utf8');
  it('rewrites exactly the SITE lines: port, root, headers include, password file; drops the certificate', () => {
    const config = siteConfigFor(source, { port: 4999, root: '/tmp/site/dist', htpasswd: '/tmp/site/htpasswd' });
    expect(config).toContain('listen 127.0.0.1:4999;');
    expect(config).toContain('root /tmp/site/dist;');
    expect(config).toContain('include /tmp/site/dist/_nginx/security-headers.conf;');
    expect(config).toContain('auth_basic_user_file /tmp/site/htpasswd;');
    expect(config).not.toMatch(/ssl_certificate|\/srv\/handbook|listen 443/);
    // everything else is the file as committed
    const rest = (text: string) =>
      text.split('\n').filter((l) => !/# SITE|listen|root |include |auth_basic_user_file|server_name|ssl_/.test(l));
    expect(rest(config)).toEqual(rest(source));
  });
  it('with TLS keeps the file’s listen parameters (TLS and HTTP/2) on the test’s port, with the test’s certificate', () => {
    const config = siteConfigFor(source, {
      port: 4999,
      root: '/r',
      htpasswd: '/h',
      tls: { certificate: '/t/cert.pem', key: '/t/key.pem' },
    });
    expect(config).toMatch(/^\s*listen 127\.0\.0\.1:4999 ssl http2;$/m);
    expect(config).toMatch(/^\s*ssl_certificate \/t\/cert\.pem;$/m);
    expect(config).toMatch(/^\s*ssl_certificate_key \/t\/key\.pem;$/m);
    expect(config).not.toContain('/etc/ssl');
  });
  it('refuses a SITE line it does not know, so the test cannot silently drift from the file', () => {
    expect(() =>
      siteConfigFor(`${source}\n    proxy_pass http://10.0.0.1; # SITE\n`, { port: 1, root: '/r', htpasswd: '/h' }),
    ).toThrow(/SITE line/);
  });
});
