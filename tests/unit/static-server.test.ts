/** `npm run pdf`'s server: files of the site only, whatever the path says; a bad escape is a 400, not a crash. */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { serve, siteFile } from '../../scripts/static-server.ts';

const work = mkdtempSync(join(tmpdir(), 'handbook-static-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const site = join(work, 'dist');
mkdirSync(join(site, 'runbooks', 'rollback'), { recursive: true });
writeFileSync(join(site, 'index.html'), 'home');
writeFileSync(join(site, 'runbooks', 'rollback', 'index.html'), 'rollback');
// a sibling whose name starts with the site's: a prefix check without a separator let it through
mkdirSync(join(work, 'dist-private'));
writeFileSync(join(work, 'dist-private', 'secret.txt'), 'secret');
symlinkSync(join(work, 'dist-private', 'secret.txt'), join(site, 'leak.txt'));

describe('siteFile', () => {
  it.each([
    ['/', 200],
    ['/runbooks/rollback/', 200],
    ['/runbooks/%72ollback/', 200],
    ['/no-such-page/', 404],
    // the URL parser resolves a plain or encoded-dot `..` inside the site: not found there
    ['/../dist-private/secret.txt', 404],
    ['/..%2fdist-private/secret.txt', 403],
    ['/%2e%2e/dist-private/secret.txt', 404],
    ['/runbooks/..%2f..%2f..%2fdist-private%2fsecret.txt', 403],
    ['/leak.txt', 403],
    ['/%E0%A4%A', 400],
    ['/%', 400],
    ['/a%00b', 400],
  ] as const)('%s → %i', (url, status) => {
    expect(siteFile(site, url).status).toBe(status);
  });
});

describe('serve', () => {
  it('answers a malformed escape with 400 and goes on serving', async () => {
    const { server, url } = await serve(site);
    const get = (path: string) =>
      new Promise<number>((done, fail) =>
        request(`${url}${path}`, { method: 'GET' }, (res) => (res.resume(), done(res.statusCode ?? 0)))
          .on('error', fail)
          .end(),
      );
    try {
      expect(await get('/%E0%A4%A')).toBe(400);
      expect(await get('/..%2fdist-private/secret.txt')).toBe(403);
      expect(await get('/runbooks/rollback/')).toBe(200);
    } finally {
      server.close();
    }
  });
});
