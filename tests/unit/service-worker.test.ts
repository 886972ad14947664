/**
 * The service worker's own decisions, run in a VM with a fake worker scope: an HTML answer under
 * /_astro/ (a server's fallback page) is never cached as an asset, and the kill switch deletes
 * the handbook's caches and unregisters itself.
 */
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';

type Handler = (event: {
  request?: Request;
  respondWith?: (r: Promise<Response>) => void;
  waitUntil: (p: Promise<unknown>) => void;
}) => void;

function workerScope(network: (request: Request) => Response) {
  const handlers: Record<string, Handler> = {};
  const stored: Record<string, Map<string, Response>> = {};
  const log: string[] = [];
  const cacheOf = (name: string) => {
    stored[name] ??= new Map();
    const map = stored[name]!;
    return {
      match: async (key: string) => map.get(key),
      put: async (key: string, response: Response) => void map.set(key, response),
      addAll: async () => undefined,
    };
  };
  const scope = {
    HANDBOOK_BUILD: { version: 'abc', built: '2026-11-29T00:00:00Z', precache: [] },
    location: { origin: 'https://handbook.example' },
    registration: { active: null, unregister: async () => void log.push('unregister') },
    clients: {
      claim: async () => undefined,
      matchAll: async () => [
        { url: 'https://handbook.example/', navigate: (url: string) => log.push(`navigate ${url}`) },
      ],
    },
    skipWaiting: async () => void log.push('skipWaiting'),
    addEventListener: (type: string, handler: Handler) => (handlers[type] = handler),
  };
  const caches = {
    open: async (name: string) => cacheOf(name),
    keys: async () => Object.keys(stored),
    delete: async (name: string) => {
      log.push(`delete ${name}`);
      return delete stored[name];
    },
  };
  // a same-origin answer, as the browser types it
  const basic = (response: Response) => Object.defineProperty(response, 'type', { value: 'basic' });
  const context = {
    self: scope,
    caches,
    fetch: async (request: Request) => basic(network(request)),
    URL,
    Request,
    Response,
    console,
  };
  return { handlers, stored, log, context, cacheOf };
}

async function fetchThrough(scope: ReturnType<typeof workerScope>, url: string) {
  let answer: Promise<Response> | undefined;
  scope.handlers.fetch!({ request: new Request(url), respondWith: (r) => (answer = r), waitUntil: () => undefined });
  return answer!;
}

describe('sw.js', () => {
  const source = readFileSync('src/client/offline/sw.js', 'utf8');

  it('keeps a hashed asset it fetched, but never an HTML page answered for an /_astro/ path', async () => {
    const scope = workerScope((request) =>
      request.url.endsWith('.js')
        ? new Response('console.log(1)', { headers: { 'content-type': 'text/javascript' } })
        : new Response('<!doctype html><title>Home</title>', {
            headers: { 'content-type': 'text/html; charset=utf-8' },
          }),
    );
    runInNewContext(source, scope.context);
    await fetchThrough(scope, 'https://handbook.example/_astro/app.1234.js');
    await fetchThrough(scope, 'https://handbook.example/_astro/missing.5678.css');
    expect([...(scope.stored['handbook-abc']?.keys() ?? [])]).toEqual(['/_astro/app.1234.js']);
  });
});

describe('sw-kill.js', () => {
  it('takes over at once, deletes the handbook caches (and no other), unregisters and reloads the pages', async () => {
    const scope = workerScope(() => new Response(''));
    runInNewContext(readFileSync('src/client/offline/sw-kill.js', 'utf8'), scope.context);
    await scope.cacheOf('handbook-abc').put('/', new Response('x'));
    await scope.cacheOf('other-app').put('/', new Response('x'));
    scope.handlers.install!({ waitUntil: () => undefined });
    let done: Promise<unknown> = Promise.resolve();
    scope.handlers.activate!({ waitUntil: (p) => (done = p) });
    await done;
    expect(scope.log).toEqual([
      'skipWaiting',
      'delete handbook-abc',
      'unregister',
      'navigate https://handbook.example/',
    ]);
    expect(Object.keys(scope.stored)).toEqual(['other-app']);
  });
});
