/**
 * The parts of `npm run bench` that must stay true for its figures to mean anything: the synthetic
 * content passes the checker (else the bench would time a build that stops at the check), grows
 * both editions, and the baseline stubs every component the bodies use.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { synthesize } from '../../scripts/bench/synthesize.ts';
import { componentNames } from '../../scripts/bench/baseline.ts';
import { checkContent } from '../../src/lib/checks/index.ts';

const work = mkdtempSync(join(tmpdir(), 'handbook-bench-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const count = (dir: string) => readdirSync(dir).filter((name) => /\.(ya?ml|mdx)$/.test(name)).length;

describe('synthetic bench content', () => {
  const content = synthesize('src/content', join(work, 'content'), 40);

  it('adds the entries asked for, each with its translation, and the checker passes on them', () => {
    const added = ['runbooks', 'controls', 'obligations', 'roles'].reduce(
      (sum, kind) => sum + count(join(content.dir, kind)) - count(join('src/content', kind)),
      0,
    );
    expect(added).toBe(40);
    for (const kind of ['runbooks', 'controls', 'obligations', 'roles'])
      expect(count(join(content.dir, kind, 'zh-cn')) - count(join('src/content', kind, 'zh-cn'))).toBe(
        count(join(content.dir, kind)) - count(join('src/content', kind)),
      );
    const { findings } = checkContent({ contentDir: content.dir });
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('numbers each copy in both languages, so search tells them apart', () => {
    const text = readFileSync(content.sampleRunbook, 'utf8');
    expect(text).toMatch(/^ {2}en: .+ \(copy 00001\)$/m);
    expect(text).toMatch(/^ {2}zh: .+（副本 00001）$/m);
  });

  it('lists every MDX body of the synthetic content for the baseline, real and copied, in both languages', () => {
    expect(content.mdxFiles).toContain(join(content.dir, 'runbooks', 'rollback.mdx'));
    expect(content.mdxFiles).toContain(content.sampleRunbook);
    expect(content.mdxFiles).toContain(join(content.dir, 'runbooks', 'zh-cn', 'rollback.mdx'));
    expect(content.mdxFiles).toContain(content.sampleRunbook.replace('/runbooks/', '/runbooks/zh-cn/'));
    expect(content.mdxFiles.every((file) => file.endsWith('.mdx'))).toBe(true);
  });
});

describe('the baseline', () => {
  it('stubs each component a body uses, once', () => {
    expect(
      componentNames(['<Role id="a" /> and <Role id="b" />', 'text <Steps>\n<Plan id="x"/>\n</Steps> a < b']),
    ).toEqual(['Plan', 'Role', 'Steps']);
  });
});
