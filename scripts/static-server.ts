/**
 * The small static server `npm run pdf` prints from: files of one built site and nothing
 * else. A request path is decoded once (a malformed `%` escape is a 400, not a crash), must
 * stay inside the site after `..` is resolved (compared with a trailing separator, so
 * `/..%2fdist-private/` cannot reach a sibling folder whose name starts with the site's), and
 * must still be inside it after links are followed.
 */
import { createReadStream, existsSync, realpathSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
  '.csv': 'text/csv',
  '.wasm': 'application/wasm',
};

const inside = (root: string, path: string) => path === root || path.startsWith(root.endsWith(sep) ? root : root + sep);

/** What a request for `url` gets: a file of the site, or a status (400 bad escape, 403 outside, 404 missing). */
export function siteFile(root: string, url: string): { status: 200; file: string } | { status: 400 | 403 | 404 } {
  const realRoot = realpathSync(root);
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(url, 'http://site').pathname);
  } catch {
    return { status: 400 };
  }
  if (pathname.includes('\0')) return { status: 400 };
  let path = resolve(realRoot, `.${pathname.startsWith('/') ? '' : '/'}${pathname}`);
  if (!inside(realRoot, path)) return { status: 403 };
  if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
  if (!existsSync(path)) return { status: 404 };
  const real = realpathSync(path);
  if (!inside(realRoot, real) || !statSync(real).isFile()) return { status: 403 };
  return { status: 200, file: real };
}

/** An answer that stands in for a file of the site (a test swapping `/sw.js` for a new build's). */
export interface Override {
  headers: Record<string, string>;
  body: string;
}

/** Serves a built site on a free loopback port; `override` may answer a path before the site does. */
export function serve(
  root: string,
  override: (pathname: string) => Override | undefined = () => undefined,
): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const replaced = override(new URL(req.url ?? '/', 'http://site').pathname);
    if (replaced) return void res.writeHead(200, replaced.headers).end(replaced.body);
    const found = siteFile(root, req.url ?? '/');
    if (found.status !== 200) return void res.writeHead(found.status).end();
    res.writeHead(200, { 'content-type': TYPES[extname(found.file)] ?? 'application/octet-stream' });
    createReadStream(found.file).pipe(res);
  });
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      done({ server, url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` });
    }),
  );
}
