/** Pins the facts the seed policy states, against the real content. */
import { beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Model } from '../../src/lib/model.ts';
import { asSourceText } from '../../src/lib/text.ts';
import { CONTROL_AREAS } from '../../src/schemas/index.ts';
import { basisClause } from '../../src/lib/basis.ts';
import { planRunbooks } from '../../src/lib/queries/plans.ts';
import { realModel } from '../fixtures/generated/model.ts';

let model: Model;
// built in each test, not as the file loads: Stryker counts only code run inside a test (README, "Mutation testing").
// realModel() reads src/content once per file and builds a fresh model from it (30 ms).
beforeEach(() => {
  model = realModel();
});

/** The seed's paragraphs keyed by clause id: 引言 is 0, (二) under 三、 is 3.2. */
function seedClauses(): Map<string, string> {
  const numerals = '一二三四五六七八九';
  const map = new Map<string, string>();
  let chapter = 0;
  let current: string | undefined;
  for (const line of readFileSync('policy-text/policy.zh-CN.md', 'utf8').split('\n')) {
    const h2 = /^## (.+)$/.exec(line);
    const h3 = /^### (.)(.)(.)/.exec(line);
    if (h2) {
      chapter = numerals.indexOf(h2[1]![0]!) + 1;
      current = h2[1] === '引言' ? '0' : undefined;
    } else if (h3) current = `${chapter}.${numerals.indexOf(h3[2]!) + 1}`;
    else if (current && line.trim() && !line.startsWith('>')) map.set(current, (map.get(current) ?? '') + line.trim());
  }
  return map;
}

describe('clauses', () => {
  const seed = seedClauses();
  it('cover every clause of DOMAIN.md, plus the missing continuous-improvement chapter', () => {
    expect(model.ids('clauses')).toEqual([
      '0',
      '1.1',
      '1.2',
      '2.1',
      '2.2',
      '3.1',
      '3.2',
      '4.1',
      '4.2',
      '5.1',
      '5.2',
      '6.1',
      '6.2',
      '7.1',
      '7.2',
      '8',
    ]);
    expect(model.get('clauses', '8')!.data.source).toBe('missing');
    expect(model.get('clauses', '7.2')!.data.source).toBe('truncated');
  });

  it.each([...seedClauses().keys()])('clause %s carries the seed text verbatim, each X marked as a parameter', (id) => {
    const zh = asSourceText(model.get('clauses', id)!.data.text.zh.replace(/\s*\n\s*/g, ''));
    expect(seed.get(id)!.replace('(原文在此中断)', '')).toBe(zh);
  });

  it('marks the same open values in the English translation as in the Chinese text', () => {
    for (const clause of model.all('clauses')) {
      const markers = (text: string) => [...text.matchAll(/X\{([a-z0-9-]+)\}/g)].map((m) => m[1]).sort();
      expect(markers(clause.data.text.en), clause.id).toEqual(markers(clause.data.text.zh));
    }
  });
});

describe('roles and reporting lines (clause 2.1)', () => {
  const reportsTo = (id: string) => model.get('roles', id)!.data.reportsTo.map((r) => r.id);
  it('L1 reports to the department head, who reports to the executive in charge, who reports to the CEO', () => {
    expect(reportsTo('l1-architect')).toEqual(['department-head']);
    expect(reportsTo('department-head')).toEqual(['executive-in-charge']);
    expect(reportsTo('executive-in-charge')).toEqual(['ceo']);
    expect(reportsTo('ceo')).toEqual([]);
  });
  it('L2 architects report to the L1 architect', () => {
    for (const id of ['l2-architect-frontend', 'l2-architect-backend', 'l2-architect-database'])
      expect(reportsTo(id)).toEqual(['l1-architect']);
  });
  it('senior engineers, engineers and assistant engineers report to L2 architects', () => {
    for (const id of ['senior-engineer', 'engineer', 'assistant-engineer']) {
      expect(reportsTo(id).length).toBeGreaterThan(0);
      expect(reportsTo(id).every((r) => r.startsWith('l2-architect-'))).toBe(true);
    }
  });
});

describe('permissions the policy states', () => {
  const chain = (id: string) =>
    model
      .all('permissions')
      .filter((p) => p.data.chain?.id === id)
      .sort((a, b) => a.data.chain!.step - b.data.chain!.step)
      .map((p) => ({ grantees: p.data.grantees.map((g) => g.id), basis: basisClause(p.data.basis) }));

  it('procurement needs three signatures: department head, then Finance, then the CEO (clause 3.1)', () => {
    expect(chain('procurement')).toEqual([
      { grantees: ['department-head'], basis: '3.1' },
      { grantees: ['finance'], basis: '3.1' },
      { grantees: ['ceo'], basis: '3.1' },
    ]);
  });

  it('the three emergency decision levels are the department head, the executive in charge and the CEO, in order (clause 4.1)', () => {
    expect(chain('emergency-escalation')).toEqual([
      { grantees: ['department-head'], basis: '4.1' },
      { grantees: ['executive-in-charge'], basis: '4.1' },
      { grantees: ['ceo'], basis: '4.1' },
    ]);
  });

  it('every plan maps rising severity to a rising decision level with the level-holder deciding', () => {
    const holder = ['department-head', 'executive-in-charge', 'ceo'];
    for (const plan of model.all('plans')) {
      const levels = plan.data.severities.map((s) => s.decisionLevel);
      expect(levels, plan.id).toEqual([...levels].sort());
      for (const s of plan.data.severities)
        expect(s.decider.id, `${plan.id} ${s.level}`).toBe(holder[s.decisionLevel - 1]);
    }
  });

  it('the key posts (operations, security audit, testing) hold no permission in common', () => {
    const keyPosts = model.all('roles').filter((r) => r.data.keyPost);
    expect(keyPosts.map((r) => r.data.keyPost).sort()).toEqual(['operations', 'security-audit', 'testing']);
    const held = (role: string) =>
      new Set(
        model
          .all('permissions')
          .filter((p) => p.data.grantees.some((g) => g.id === role))
          .map((p) => p.id),
      );
    for (const a of keyPosts)
      for (const b of keyPosts) {
        if (a.id >= b.id) continue;
        expect(
          [...held(a.id)].filter((p) => held(b.id).has(p)),
          `${a.id} & ${b.id}`,
        ).toEqual([]);
      }
  });

  it('page code belongs to front-end engineers and business logic to back-end engineers (clause 4.1)', () => {
    expect(model.get('permissions', 'change-page-code')!.data.grantees.map((g) => g.id)).toContain('frontend-engineer');
    expect(model.get('permissions', 'change-business-logic')!.data.grantees.map((g) => g.id)).toContain(
      'backend-engineer',
    );
  });
});

describe('coverage of the content', () => {
  it('has every open value as a proposed parameter used by some clause', () => {
    expect(model.ids('parameters')).toHaveLength(13);
    for (const p of model.all('parameters')) {
      expect(p.data.status, p.id).toBe('proposed');
      expect(
        model.incoming('parameters', p.id).some((e) => e.from.collection === 'clauses'),
        p.id,
      ).toBe(true);
    }
  });
  it('has at least 30 controls covering every audit area, at least 12 runbooks and the three plans', () => {
    expect(model.ids('controls').length).toBeGreaterThanOrEqual(30);
    expect(new Set(model.all('controls').map((c) => c.data.area))).toEqual(new Set(CONTROL_AREAS));
    expect(model.ids('runbooks').length).toBeGreaterThanOrEqual(12);
    expect(model.ids('plans')).toEqual(['data-leak', 'security-incident', 'system-failure']);
  });
  it('gives every plan at least one runbook and a drill', () => {
    for (const plan of model.all('plans')) {
      expect(planRunbooks(plan).length, plan.id).toBeGreaterThan(0);
      expect(plan.data.drill, plan.id).toBeDefined();
    }
  });
});
