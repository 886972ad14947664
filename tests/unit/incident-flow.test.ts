/** The "start here" incident flow: its addresses, the anchor of a plan's first step, and the order a reader weighs the severities in. */
import { describe, expect, it } from 'vitest';
import { FIRST_STEP_ANCHOR, incidentFlowUrl, severitiesWorstFirst } from '../../src/lib/incident-flow.ts';
import { fixtureModel } from '../fixtures/generated/model.ts';

describe('the flow’s addresses', () => {
  it('leads from what is broken, to how bad it is, to whom to call, in each language', () => {
    expect(incidentFlowUrl('en')).toBe('/incident/');
    expect(incidentFlowUrl('en', 'system-failure')).toBe('/incident/system-failure/');
    expect(incidentFlowUrl('en', 'system-failure', 'major')).toBe('/incident/system-failure/major/');
    expect(incidentFlowUrl('zh-cn')).toBe('/zh-cn/incident/');
    expect(incidentFlowUrl('zh-cn', 'system-failure', 'critical')).toBe('/zh-cn/incident/system-failure/critical/');
  });

  it('ignores a severity without a plan: the flow starts at its first screen', () => {
    expect(incidentFlowUrl('en', undefined, 'major')).toBe('/incident/');
    expect(incidentFlowUrl('en', '', 'major')).toBe('/incident/');
  });

  it('ends at the first step of the plan', () => {
    expect(FIRST_STEP_ANCHOR).toBe('step-1');
  });
});

describe('the severities', () => {
  it('are listed worst first, whatever order the plan writes them in, and the plan keeps its own order', () => {
    const plan = fixtureModel().get('plans', 'system-failure')!;
    const [minor, major, critical] = plan.data.severities;
    const shuffled = { ...plan, data: { ...plan.data, severities: [major!, minor!, critical!] } };
    expect(severitiesWorstFirst(shuffled)).toStrictEqual([critical, major, minor]);
    expect(shuffled.data.severities).toStrictEqual([major, minor, critical]);
    expect(severitiesWorstFirst(plan).map((s) => s.level)).toEqual(['critical', 'major', 'minor']);
  });
});
