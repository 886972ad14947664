/** Internal links and anchors in built HTML (`scripts/check-links.ts`), over small fixture sites. */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { checkLinks } from '../../src/lib/checks/broken-link.ts';
import { formatFinding } from '../../src/lib/finding-report.ts';

const SITE = 'https://handbook.example.internal';
const report = (fixture: string) =>
  checkLinks(`tests/fixtures/${fixture}/site`, { site: SITE }).findings.map(formatFinding).join('\n');

describe('checkLinks', () => {
  it('passes a site whose links, relative links, anchors and canonical URLs all resolve', () => {
    const result = checkLinks('tests/fixtures/clean/site', { site: SITE });
    expect(result.findings).toEqual([]);
    expect(result.pages).toBe(2);
    expect(result.links).toBeGreaterThan(5);
  });

  it('reports a link to a page that was not built, with the nearest pages', () => {
    expect(report('broken-link')).toMatchInlineSnapshot(
      `"tests/fixtures/broken-link/site/index.html:13:65  broken-link  link \`/roles/ops-enginer/\` points nowhere: the build has no file for \`/roles/ops-enginer/\`  (did you mean \`/roles/ops-engineer/\`, \`/_astro/site.css\`, \`/\`?)"`,
    );
  });

  it('reports an anchor missing from its page, with the available anchors', () => {
    expect(report('broken-link-anchor')).toMatchInlineSnapshot(
      `"tests/fixtures/broken-link-anchor/site/index.html:13:8  broken-link  link \`/roles/ops-engineer/#dutys\` points at \`#dutys\`, but roles/ops-engineer/index.html has no element with that id  (available anchors include \`#duties\`, \`#main\`, \`#training\`)"`,
    );
  });

  it('treats absolute links to another origin as external unless they are the site', () => {
    expect(checkLinks('tests/fixtures/clean/site').findings).toEqual([]);
  });
});

describe('scripts/check-links.ts', () => {
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ['scripts/check-links.ts', ...args], { encoding: 'utf8' });

  it('exits 0 on a clean site', () => {
    expect(run('tests/fixtures/clean/site', '--site', SITE).status).toBe(0);
  });

  it('exits 1 and lists the file and the href', () => {
    const result = run('tests/fixtures/broken-link/site');
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(
      'tests/fixtures/broken-link/site/index.html:13:65  broken-link  link `/roles/ops-enginer/`',
    );
  });

  it('exits 2 when the folder does not exist', () => {
    const result = run('tests/fixtures/no-such-site');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('no such folder');
  });
});
