/** The reporting lines a body states, in both languages, read by the `stated-manager` rule. */
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { statedLines } from '../../src/lib/checks/stated-manager.ts';
import type { Model } from '../../src/lib/model.ts';
import { realModel } from '../fixtures/generated/model.ts';

const lines = (text: string) => statedLines(text).map((s) => `${s.role} → ${s.manager}`);

describe('statedLines', () => {
  it('reads an English statement: the last role before "reports to" and the role right after it', () => {
    expect(
      lines('Each L2 architect (<Role id="a" />, <Role id="b" />) runs one area and reports to the <Role id="c" />.'),
    ).toEqual(['b → c']);
    expect(lines('<Role id="e" />s report to <Role id="f" />.')).toEqual(['e → f']);
    expect(lines('the <Role id="a" /> reports to the <Role id="b" />, who reports to the <Role id="c" />.')).toEqual([
      'a → b',
      'b → c',
    ]);
  });

  it('reads a Chinese statement: 向 … 汇报', () => {
    expect(lines('<Role id="a" />负责整体技术规划，向<Role id="b" />汇报。')).toEqual(['a → b']);
  });

  it('does not join two sentences, nor read a report that is not a reporting line', () => {
    expect(lines('Phone the <Role id="a" />. Then report to the <Role id="b" />.')).toEqual([]);
    expect(lines('<Role id="a" />向<Role id="b" />报告事件。')).toEqual([]);
    expect(lines('Say so to the <Role id="a" />, who reports the leak to <Role id="b" />.')).toEqual([]);
  });
});

describe('the handbook’s reporting lines', () => {
  let model: Model;
  // built in each test, not as the file loads: Stryker counts only code run inside a test (README, "Mutation testing")
  beforeEach(() => {
    model = realModel();
  });
  const managers = (id: string) => model.get('roles', id)!.data.reportsTo.map((r) => r.id);

  it('a new hire reports to the manager of any post one is hired into, so the two pages never disagree', () => {
    const posts = model
      .all('roles')
      .filter((r) => r.data.scope === 'internal' && (r.data.grade?.rank ?? 0) >= 4 && r.id !== 'new-hire');
    const missing = posts.flatMap((p) =>
      managers(p.id)
        .filter((m) => !managers('new-hire').includes(m))
        .map((m) => `${p.id} → ${m}`),
    );
    expect(missing).toEqual([]);
  });

  it('the onboarding guide states reporting lines, in both languages, and the checker reads them', () => {
    for (const file of ['src/content/guides/onboarding.mdx', 'src/content/guides/zh-cn/onboarding.mdx']) {
      const stated = statedLines(readFileSync(file, 'utf8'));
      expect(stated.map((s) => s.role)).toEqual(expect.arrayContaining(['ops-engineer', 'l1-architect']));
      for (const s of stated) expect(managers(s.role), `${file}: ${s.excerpt}`).toContain(s.manager);
    }
  });
});
