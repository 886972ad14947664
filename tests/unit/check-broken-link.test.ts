/** `broken-link` over small built sites written to a temp folder: which hrefs are checked, how they resolve, where and how often a finding is reported. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkLinks, type LinkCheckOptions } from '../../src/lib/checks/broken-link.ts';
import { formatFinding } from '../../src/lib/finding-report.ts';

const SITE = 'https://handbook.example.internal';
const made: string[] = [];

/** A built site holding `files` (path → content); findings name files relative to it. */
function site(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'broken-link-'));
  made.push(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const page = (body: string, ids: readonly string[] = ['main']) =>
  `<html><body>${ids.map((id) => `<p id="${id}"></p>`).join('')}\n${body}\n</body></html>`;

function check(files: Record<string, string>, options: LinkCheckOptions = {}) {
  const dir = site(files);
  const result = checkLinks(dir, { cwd: dir, ...options });
  return { ...result, report: result.findings.map(formatFinding) };
}

afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('broken-link: how a path resolves to a file of the build', () => {
  it('a path without a trailing slash resolves to the file itself, to path.html, or to path/index.html', () => {
    const result = check({
      'index.html': page('<a href="/about">a</a> <a href="/guide">g</a> <a href="/robots.txt">r</a>'),
      'about.html': page(''),
      'guide/index.html': page(''),
      'robots.txt': 'User-agent: *',
    });
    expect(result.report).toEqual([]);
    expect(result.links).toBe(3);
  });

  it('a path with repeated leading slashes resolves as the root-relative path', () => {
    const result = check({ 'index.html': page('<a href="/.//about.html">a</a>'), 'about.html': page('') });
    expect(result.report).toEqual([]);
    expect(result.links).toBe(1);
  });

  it('a relative link resolves against its page, even a page in a folder named like index.html', () => {
    const result = check({
      'index.html/page.html': page('<a href="other.html">o</a>'),
      'index.html/other.html': page(''),
    });
    expect(result.report).toEqual([]);
  });

  it('suggests near files that are not pages by their own path', () => {
    const result = check({ 'index.html': page('<a href="/site.cs">s</a>'), 'site.css': 'body {}' });
    expect(result.report).toEqual([
      'index.html:2:1  broken-link  link `/site.cs` points nowhere: the build has no file for `/site.cs`  (did you mean `/site.css`, `/`?)',
    ]);
  });

  it('a path whose percent-escapes do not decode points nowhere', () => {
    const result = check({ 'index.html': page('<a href="/%E0%A4%A">x</a>') });
    expect(result.report).toEqual([
      'index.html:2:1  broken-link  link `/%E0%A4%A` points nowhere: the build has no file for `/%E0%A4%A`  (did you mean `/`?)',
    ]);
  });

  it('the href is read without its surrounding spaces', () => {
    const result = check({ 'index.html': page('<a href="  /nowhere  ">n</a> <a href="   ">blank</a>') });
    expect(result.report).toEqual([
      'index.html:2:1  broken-link  link `/nowhere` points nowhere: the build has no file for `/nowhere`  (did you mean `/`?)',
    ]);
    expect(result.links).toBe(1);
  });
});

describe('broken-link: where a finding points', () => {
  it('a link at the very start of a line is placed on that line, column 1', () => {
    const result = check({ 'index.html': `<html><body>\n<p>x</p>\n<a href="/nowhere">n</a></body></html>` });
    expect(result.findings.map((f) => [f.line, f.column])).toEqual([[3, 1]]);
  });

  it('a link after other text on a line gets the column of its tag', () => {
    const result = check({ 'index.html': `<html><body>\n  <b>x</b> <a href="/nowhere">n</a></body></html>` });
    expect(result.findings.map((f) => [f.line, f.column])).toEqual([[2, 12]]);
  });

  it('pages are checked in path order, so a page comes before the pages of its folder', () => {
    const result = check({
      'a/index.html': page('<a href="/x1">x</a>'),
      'a.html': page('<a href="/x2">x</a>'),
    });
    expect(result.findings.map((f) => f.file)).toEqual(['a.html', 'a/index.html']);
  });
});

describe('broken-link: which hrefs are checked', () => {
  it('an empty href and a bare `#` are neither checked nor counted', () => {
    const result = check({ 'index.html': page('<a href="">e</a> <a href="#">h</a> <a href="/">r</a>') });
    expect(result.report).toEqual([]);
    expect(result.links).toBe(1);
  });

  it('the same broken href on one page is reported once, at its first use; another page reports it again', () => {
    const result = check({
      'index.html': page('<a href="/gone">1</a>\n<a href="/gone">2</a>'),
      'other.html': page('<a href="/gone">3</a>'),
    });
    expect(result.findings.map((f) => `${f.file}:${f.line}`)).toEqual(['index.html:2', 'other.html:2']);
    expect(result.links).toBe(2);
  });

  it('the same missing anchor on one page is reported once', () => {
    const result = check({
      'index.html': page('<a href="/b.html#nope">1</a>\n<a href="/b.html#nope">2</a>'),
      'b.html': page('', ['main']),
    });
    expect(result.findings.map((f) => `${f.file}:${f.line}`)).toEqual(['index.html:2']);
  });

  it('an href that is not a valid URL is reported once per page as such', () => {
    const result = check({ 'index.html': page('<a href="http://[x">1</a>\n<a href="http://[x">2</a>') });
    expect(result.report).toEqual(['index.html:2:1  broken-link  `http://[x` is not a valid URL']);
    expect(result.links).toBe(0);
  });

  it('absolute links to another origin are external and not checked', () => {
    const result = check(
      { 'index.html': page('<a href="https://example.com/nowhere">x</a> <a href="http://other.test/">y</a>') },
      { site: SITE },
    );
    expect(result.report).toEqual([]);
    expect(result.links).toBe(0);
  });

  it('without a site option, an absolute link to the handbook origin is external', () => {
    const result = check({ 'index.html': page(`<a href="${SITE}/nowhere">x</a>`) });
    expect(result.report).toEqual([]);
    expect(result.links).toBe(0);
  });

  it('with a site option, an absolute link to that origin is checked like a root-relative one', () => {
    const result = check(
      { 'index.html': page(`<a href="${SITE}/nowhere">x</a> <a href="${SITE}/">home</a>`) },
      { site: `${SITE}/some/page` },
    );
    expect(result.report).toEqual([
      `index.html:2:1  broken-link  link \`${SITE}/nowhere\` points nowhere: the build has no file for \`/nowhere\`  (did you mean \`/\`?)`,
    ]);
    expect(result.links).toBe(2);
  });

  it('an http (not https) site origin is checked too', () => {
    const result = check(
      { 'index.html': page('<a href="http://localhost:4321/nowhere">x</a>') },
      {
        site: 'http://localhost:4321',
      },
    );
    expect(result.report).toEqual([
      'index.html:2:1  broken-link  link `http://localhost:4321/nowhere` points nowhere: the build has no file for `/nowhere`  (did you mean `/`?)',
    ]);
  });

  it('a non-http scheme is never checked, even when its origin is the site (a blob URL)', () => {
    const result = check(
      {
        'index.html': page(
          `<a href="blob:${SITE}/nowhere">x</a> <a href="blob:http://localhost/nowhere">y</a> <a href="mailto:a@b.c">m</a>`,
        ),
      },
      { site: SITE },
    );
    expect(result.report).toEqual([]);
    expect(result.links).toBe(0);
  });
});

describe('broken-link: anchors', () => {
  it('a fragment into a page without any id says that page has no anchors', () => {
    const result = check({ 'index.html': page('<a href="/bare.html#top">t</a>'), 'bare.html': '<p>no ids</p>' });
    expect(result.report).toEqual([
      'index.html:2:1  broken-link  link `/bare.html#top` points at `#top`, but bare.html has no element with that id  (bare.html has no anchors)',
    ]);
  });

  it('a fragment whose percent-escapes do not decode is still checked, as written', () => {
    const result = check({ 'index.html': page('<a href="/b.html#%E0%A4%A">b</a>'), 'b.html': page('', ['top']) });
    expect(result.report).toEqual([
      'index.html:2:1  broken-link  link `/b.html#%E0%A4%A` points at `#%E0%A4%A`, but b.html has no element with that id  (available anchors include `#top`)',
    ]);
  });

  it('an anchor named by `<a name>` is a valid target', () => {
    const result = check({ 'index.html': page('<a href="/b.html#old">t</a>'), 'b.html': '<a name="old"></a>' });
    expect(result.report).toEqual([]);
  });
});
