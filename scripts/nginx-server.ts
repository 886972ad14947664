/**
 * Serves a build through Debian's nginx with the repository's site config
 * (deploy/nginx/handbook.conf), as production does. The config is read from the repository
 * and only its `# SITE` lines are rewritten: the port, the root and the password file. nginx
 * runs in the foreground (`daemon off`, one process) with every path it writes in a temp folder.
 * Plain HTTP by default; `{ tls: true }` keeps the file's `listen` parameters (TLS, HTTP/2) with
 * a self-signed certificate made for the run (openssl), as production speaks to a phone.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const SITE_CONFIG = 'deploy/nginx/handbook.conf';

/** `nginx` on the PATH or in Debian's sbin, or undefined when it is not installed. */
function nginxBinary(): string | undefined {
  for (const candidate of ['nginx', '/usr/sbin/nginx']) {
    if (spawnSync(candidate, ['-v'], { encoding: 'utf8' }).status === 0) return candidate;
  }
  return undefined;
}

/** A port nothing listens on now, on the loopback interface. */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** The real site config with its `# SITE` lines set for a test: every one must be recognised, so the test cannot drift from the file. */
export function siteConfigFor(
  source: string,
  site: { port: number; root: string; htpasswd: string; tls?: { certificate: string; key: string } },
): string {
  return source
    .split('\n')
    .flatMap((line) => {
      if (!/#\s*SITE\s*$/.test(line)) return [line];
      const directive = line.trim().split(/\s+/)[0];
      const indent = line.match(/^\s*/)![0];
      switch (directive) {
        case 'listen': {
          // with TLS, the file's own listen parameters (`ssl http2`) on the test's port
          const parameters = site.tls ? line.replace(/#.*$/, '').trim().replace(/;$/, '').split(/\s+/).slice(2) : [];
          return [`${indent}listen ${[`127.0.0.1:${site.port}`, ...parameters].join(' ')};`];
        }
        case 'server_name':
          return [`${indent}server_name 127.0.0.1;`];
        case 'ssl_certificate':
        case 'ssl_certificate_key':
          // without TLS the test speaks plain HTTP on the loopback interface
          if (!site.tls) return [];
          return [`${indent}${directive} ${directive === 'ssl_certificate' ? site.tls.certificate : site.tls.key};`];
        case 'root':
          return [`${indent}root ${site.root};`];
        case 'include':
          return [line.replace(/\/srv\/handbook\/dist/, site.root).replace(/#\s*SITE\s*$/, '')];
        case 'auth_basic_user_file':
          return [`${indent}auth_basic_user_file ${site.htpasswd};`];
        default:
          throw new Error(`${SITE_CONFIG}: a SITE line the nginx test does not know how to set: ${line.trim()}`);
      }
    })
    .join('\n');
}

/** An htpasswd line nginx reads: `{SHA}` is base64 of SHA-1 (weak, but fine for a throw-away test password). */
const htpasswdLine = (user: string, password: string) =>
  `${user}:{SHA}${createHash('sha1').update(password).digest('base64')}\n`;

export interface NginxSite {
  url: string;
  user: string;
  password: string;
  stop(): Promise<void>;
  log(): string;
}

/** A self-signed certificate for 127.0.0.1, valid a day, in `dir`. */
function selfSignedCertificate(dir: string): { certificate: string; key: string } {
  const tls = { certificate: join(dir, 'certificate.pem'), key: join(dir, 'key.pem') };
  const made = spawnSync(
    'openssl',
    ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1'].concat([
      '-keyout',
      tls.key,
      '-out',
      tls.certificate,
    ]),
    { encoding: 'utf8' },
  );
  if (made.status !== 0)
    throw new Error(
      `openssl could not make a test certificate (Debian: apt-get install openssl): ${made.error?.message ?? made.stderr}`,
    );
  return tls;
}

/** Whether anything answers HTTP(S) at `url` (any status); a test certificate is accepted. */
const answers = (url: string) =>
  new Promise<boolean>((done) => {
    const request = (url.startsWith('https:') ? httpsRequest : httpRequest)(
      url,
      { rejectUnauthorized: false },
      (response) => {
        response.resume();
        done(true);
      },
    );
    request.on('error', () => done(false));
    request.end();
  });

export async function startNginx(distDir: string, { tls = false } = {}): Promise<NginxSite> {
  const binary = nginxBinary();
  if (!binary) throw new Error('nginx is not installed (Debian: apt-get install nginx)');
  // the dist link itself, as production serves it (nginx follows it)
  const root = resolve(distDir);
  const dir = mkdtempSync(join(tmpdir(), 'handbook-nginx-'));
  const port = await freePort();
  const user = 'auditor';
  const password = randomBytes(12).toString('base64url');
  writeFileSync(join(dir, 'htpasswd'), htpasswdLine(user, password));
  for (const sub of ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(dir, sub));
  writeFileSync(
    join(dir, 'site.conf'),
    siteConfigFor(readFileSync(SITE_CONFIG, 'utf8'), {
      port,
      root,
      htpasswd: join(dir, 'htpasswd'),
      ...(tls ? { tls: selfSignedCertificate(dir) } : {}),
    }),
  );
  const mimeTypes = existsSync('/etc/nginx/mime.types') ? 'include /etc/nginx/mime.types;' : '';
  writeFileSync(
    join(dir, 'nginx.conf'),
    `daemon off;
master_process off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 256; }
http {
  ${mimeTypes}
  default_type application/octet-stream;
  access_log ${dir}/access.log;
  client_body_temp_path ${dir}/client_body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  include ${dir}/site.conf;
}
`,
  );
  const process_: ChildProcess = spawn(
    binary,
    ['-p', dir, '-c', join(dir, 'nginx.conf'), '-e', join(dir, 'error.log')],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  process_.stderr?.on('data', (chunk) => (stderr += String(chunk)));
  const url = `${tls ? 'https' : 'http'}://127.0.0.1:${port}`;
  const log = () =>
    `${stderr}${existsSync(join(dir, 'error.log')) ? readFileSync(join(dir, 'error.log'), 'utf8') : ''}`;
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (process_.exitCode !== null) throw new Error(`nginx exited: ${log()}`);
    if (await answers(`${url}/`)) break;
    if (Date.now() > deadline) throw new Error(`nginx did not answer on ${url}: ${log()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    user,
    password,
    log,
    async stop() {
      if (process_.exitCode === null) {
        const exited = new Promise((r) => process_.once('exit', r));
        process_.kill('SIGQUIT');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
        if (process_.exitCode === null) process_.kill('SIGKILL');
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
