/**
 * The one static server of the built site: `npm run pdf` prints from it and the browser tests run
 * against it (`node scripts/static-server.ts <dir> --port <n>`, Playwright's web server). It serves
 * files of one built site and nothing else, a missing page as the site's 404 page with status 404,
 * and a folder named without its final slash as a redirect to it, as the production server does. A request path is decoded once (a malformed `%` escape is a 400, not a crash), must
 * stay inside the site after `..` is resolved (compared with a trailing separator, so
 * `/..%2fdist-private/` cannot reach a sibling folder whose name starts with the site's), and
 * must still be inside it after links are followed.
 */
import { createReadStream, existsSync, realpathSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';

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
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.ics': 'text/calendar; charset=utf-8',
  '.woff': 'font/woff',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
};

const inside = (root: string, path: string) => path === root || path.startsWith(root.endsWith(sep) ? root : root + sep);

/**
 * What a request for `url` gets: a file of the site, a redirect to the folder's path with its final
 * slash, or a status (400 bad escape, 403 outside, 404 missing).
 */
export function siteFile(
  root: string,
  url: string,
): { status: 200; file: string } | { status: 301; location: string } | { status: 400 | 403 | 404 } {
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
  if (existsSync(path) && statSync(path).isDirectory()) {
    if (!pathname.endsWith('/')) return { status: 301, location: `${new URL(url, 'http://site').pathname}/` };
    path = join(path, 'index.html');
  }
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

const contentType = (file: string) => TYPES[extname(file)] ?? 'application/octet-stream';

/**
 * Serves a built site on a loopback port (a free one unless `port` is given); `override` may
 * answer a path before the site does.
 */
export function serve(
  root: string,
  override: (pathname: string) => Override | undefined = () => undefined,
  port = 0,
): Promise<{ server: Server; url: string }> {
  // the not-found page of the part of the site asked for: /zh-cn/… gets the Chinese one
  const notFoundPageFor = (url: string) => {
    const chinese = join(root, 'zh-cn', '404', 'index.html');
    return url.startsWith('/zh-cn/') && existsSync(chinese) ? chinese : join(root, '404.html');
  };
  const server = createServer((req, res) => {
    const replaced = override(new URL(req.url ?? '/', 'http://site').pathname);
    if (replaced) return void res.writeHead(200, replaced.headers).end(replaced.body);
    const found = siteFile(root, req.url ?? '/');
    if (found.status === 301) return void res.writeHead(301, { location: found.location }).end();
    const notFoundPage = notFoundPageFor(req.url ?? '/');
    if (found.status === 404 && existsSync(notFoundPage)) {
      res.writeHead(404, { 'content-type': contentType(notFoundPage) });
      return void createReadStream(notFoundPage).pipe(res);
    }
    if (found.status !== 200) return void res.writeHead(found.status).end();
    res.writeHead(200, { 'content-type': contentType(found.file) });
    createReadStream(found.file).pipe(res);
  });
  return new Promise((done) =>
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      done({ server, url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` });
    }),
  );
}

if (import.meta.url === `file://${process.argv[1] && resolve(process.argv[1])}`) {
  const { values, positionals } = parseArgs({ options: { port: { type: 'string' } }, allowPositionals: true });
  const [dir] = positionals;
  if (!dir || !existsSync(dir)) {
    console.error('usage: node scripts/static-server.ts <built-site-dir> [--port <n>]');
    process.exit(2);
  }
  const { url } = await serve(resolve(dir), undefined, Number(values.port ?? 0));
  console.log(`serving ${dir} on ${url}`);
}
