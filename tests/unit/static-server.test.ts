/** The site's static server (PDFs, browser tests): files of the site only, whatever the path says; a bad escape is a 400, not a crash. */
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
writeFileSync(join(site, '404.html'), 'not found page');
writeFileSync(join(site, 'runbooks', 'rollback', 'index.html'), 'rollback');
// a sibling whose name starts with the site's: a prefix check without a separator let it through
mkdirSync(join(work, 'dist-private'));
writeFileSync(join(work, 'dist-private', 'secret.txt'), 'secret');
symlinkSync(join(work, 'dist-private', 'secret.txt'), join(site, 'leak.txt'));

describe('siteFile', () => {
  it.each([
    ['/', 200],
    ['/runbooks/rollback/', 200],
    ['/runbooks/rollback', 301],
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
    const answer = (path: string) =>
      new Promise<{ status: number; location?: string; type?: string; body: string }>((done, fail) =>
        request(`${url}${path}`, { method: 'GET' }, (res) => {
          let body = '';
          res.on('data', (chunk) => (body += chunk));
          res.on('end', () =>
            done({
              status: res.statusCode ?? 0,
              location: res.headers.location,
              type: res.headers['content-type'],
              body,
            }),
          );
        })
          .on('error', fail)
          .end(),
      );
    try {
      expect(await get('/%E0%A4%A')).toBe(400);
      expect(await get('/..%2fdist-private/secret.txt')).toBe(403);
      expect(await get('/runbooks/rollback/')).toBe(200);
      // as the production server: the site's own 404 page, and a folder's address with its slash
      expect(await answer('/no-such-page/')).toMatchObject({ status: 404, body: 'not found page' });
      expect(await answer('/runbooks/rollback?x=1')).toMatchObject({ status: 301, location: '/runbooks/rollback/' });
      expect(await answer('/runbooks/rollback/')).toMatchObject({ type: 'text/html; charset=utf-8', body: 'rollback' });
    } finally {
      server.close();
    }
  });
});

describe('the command line', () => {
  it('serves a folder on the port it is given', async () => {
    const { spawn } = await import('node:child_process');
    const { createServer } = await import('node:net');
    const port = await new Promise<number>((done) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const address = probe.address();
        probe.close(() => done(typeof address === 'object' && address ? address.port : 0));
      });
    });
    const child = spawn(process.execPath, ['scripts/static-server.ts', site, '--port', String(port)]);
    try {
      const line = await new Promise<string>((done) => child.stdout.once('data', (d) => done(String(d))));
      expect(line).toContain(`http://127.0.0.1:${port}`);
      const res = await fetch(`http://127.0.0.1:${port}/runbooks/rollback/`);
      expect(await res.text()).toBe('rollback');
    } finally {
      child.kill();
    }
  });
});
