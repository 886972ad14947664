/**
 * The generated checklists item by item: what a control's item carries, the order of the audit,
 * each law's checklist, the gate approval without approvers, a weekday due day, the CSV owner cell.
 */
import { describe, expect, it } from 'vitest';
import { buildChecklists, checklistTable, type Checklist, type ChecklistItem } from '../../src/lib/checklists.ts';
import type { AnyEntry } from '../../src/lib/content/load.ts';
import { buildModel, type Model } from '../../src/lib/model.ts';
import { wordsFormatter } from '../../src/i18n/words.ts';
import { roleName } from '../../src/lib/titles.ts';
import type { Words } from '../../src/lib/words.ts';
import { fixtureModel, withChange } from '../fixtures/generated/model.ts';

/** Words as the English pages show them. */
const sayIn = (model: Model) => wordsFormatter('en', (id) => roleName(model, id, 'en'));

/** An item as a reader sees it: every field it has, words in English; a field it lacks stays absent. */
function shown(model: Model, item: ChecklistItem): Record<string, unknown> {
  const say = sayIn(model);
  const isWords = (v: unknown): v is Words =>
    typeof v === 'object' && v !== null && !Array.isArray(v) && !('collection' in v) && !('lifecycle' in v);
  return Object.fromEntries(
    Object.entries(item).map(([k, v]) => [
      k,
      Array.isArray(v) && k === 'evidence' ? (v as Words[]).map(say) : isWords(v) ? say(v) : v,
    ]),
  );
}

const checklist = (model: Model, id: string): Checklist => buildChecklists(model).find((c) => c.id === id)!;

describe("a control's item", () => {
  it('carries its group, area, title, statement, owner, evidence, test, basis, the quoted words and its source', () => {
    const model = fixtureModel();
    const audit = checklist(model, 'quarterly-internal-audit');
    expect(shown(model, audit.items[0]!)).toStrictEqual({
      id: 'chg-01',
      group: 'Change',
      area: 'change',
      title: 'Releases are approved',
      statement: 'No change reaches production without a recorded go/no-go approval.',
      owner: 'l1-architect',
      evidence: ['Release ticket with the approval', 'Deployment log, naming the ticket'],
      test: 'Sample 10 deployments and check each approval precedes it.',
      basis: '3.1',
      quotes: ['X{kickoff-days}日内召开'],
      source: { collection: 'controls', id: 'chg-01' },
    });
  });

  it('has no owner when the control names none, and no quotes for a proposal', () => {
    const model = withChange(fixtureModel(), 'controls', 'drl-01', (data) => {
      delete data.owner;
    });
    const item = checklist(model, 'quarterly-internal-audit').items.find((i) => i.id === 'drl-01')!;
    expect(Object.keys(item)).toEqual([
      'id',
      'group',
      'area',
      'title',
      'statement',
      'evidence',
      'test',
      'basis',
      'source',
    ]);
  });
});

describe('the quarterly audit', () => {
  it("is signed by the duty's owner when the definition names no owner", () => {
    const model = fixtureModel();
    const audit = checklist(model, 'quarterly-internal-audit');
    expect(audit.owner).toBe('department-head');
    expect(audit.kind).toBe('audit');
    expect(audit.definition).toBe('quarterly-internal-audit');
  });

  it("is signed by the owner the definition names, before the duty's", () => {
    const model = withChange(fixtureModel(), 'checklists', 'quarterly-internal-audit', (data) => {
      data.owner = { collection: 'roles', id: 'ops-engineer' };
    });
    expect(checklist(model, 'quarterly-internal-audit').owner).toBe('ops-engineer');
  });

  it('lists every control by area, in the order of the areas, then by id with numbers in numeric order', () => {
    const base = fixtureModel();
    const chg = base.get('controls', 'chg-01')!;
    const drl = base.get('controls', 'drl-01')!;
    const copy = (from: AnyEntry, id: string): AnyEntry => ({ ...from, id, file: `controls/${id}.yaml` }) as AnyEntry;
    const model = buildModel([...base.entries, copy(drl, 'a-drill'), copy(chg, 'chg-10'), copy(chg, 'chg-9')]);
    expect(checklist(model, 'quarterly-internal-audit').items.map((i) => i.id)).toEqual([
      'chg-01',
      'chg-9',
      'chg-10',
      'a-drill',
      'drl-01',
    ]);
  });
});

describe('the checklist of a law', () => {
  it('is named for the law and its version, in both languages, with the id of the law in lower case', () => {
    const model = fixtureModel();
    const csl = checklist(model, 'law-csl');
    expect(csl.id).toBe('law-csl');
    expect(csl.title).toEqual({
      en: 'Cybersecurity Law of the PRC (as amended 2025, in force 2026-01-01)',
      zh: '《网络安全法》(2025年修正,2026年1月1日起施行)',
    });
    expect(sayIn(model)(csl.summary)).toBe(
      'The controls that serve the Cybersecurity Law of the PRC (as amended 2025, in force 2026-01-01), with the article each rests on where it is confirmed (clause 6.1).',
    );
    expect(checklist(model, 'law-pipl').title.en).toBe(
      'Personal Information Protection Law of the PRC (2021, in force 2021-11-01)',
    );
  });

  it('holds each control that serves the law among others, noted with the article of that law', () => {
    const model = withChange(fixtureModel(), 'controls', 'chg-01', (data) => {
      data.laws.push({ law: 'PIPL', article: '13', articleConfirmed: true });
    });
    const say = sayIn(model);
    const notes = (id: string) => checklist(model, id).items.map((i) => [i.id, say(i.note!)]);
    expect(notes('law-csl')).toEqual([['chg-01', 'Article 21']]);
    expect(notes('law-pipl')).toEqual([
      ['chg-01', 'Article 13'],
      ['drl-01', 'article to confirm (51?)'],
    ]);
    expect(notes('law-dsl')).toEqual([]);
  });

  it('lists its controls in the order of their areas, whatever the order of their files', () => {
    // chg-01's file comes first; in the area `training` it comes after drl-01's `drills`
    const model = withChange(fixtureModel(), 'controls', 'chg-01', (data) => {
      data.area = 'training';
      data.laws.push({ law: 'PIPL', article: '13', articleConfirmed: true });
    });
    expect(checklist(model, 'law-pipl').items.map((i) => i.id)).toEqual(['drl-01', 'chg-01']);
  });

  it('is signed by the owner the definition names, and by nobody when it names none', () => {
    expect('owner' in checklist(fixtureModel(), 'law-csl')).toBe(false);
    const model = withChange(fixtureModel(), 'checklists', 'laws', (data) => {
      data.owner = { collection: 'roles', id: 'department-head' };
    });
    expect(checklist(model, 'law-csl').owner).toBe('department-head');
  });
});

describe('the checklist of a gate', () => {
  it('is signed by the first approver of the gate when the definition names no owner', () => {
    expect(checklist(fixtureModel(), 'gate-deployment').owner).toBe('l1-architect');
  });

  it('is signed by the owner the definition names, before the gate’s approver', () => {
    const model = withChange(fixtureModel(), 'checklists', 'release-gates', (data) => {
      data.owner = { collection: 'roles', id: 'department-head' };
    });
    expect(checklist(model, 'gate-deployment').owner).toBe('department-head');
    expect(checklist(model, 'gate-deployment').items.at(-1)!.owner).toBe('l1-architect');
  });

  it('says the approver is still to be decided when nobody holds the gate, and then has no owner', () => {
    const model = buildModel(
      fixtureModel().entries.filter((e) => !(e.collection === 'permissions' && e.id === 'approve-release')),
    );
    const gate = checklist(model, 'gate-deployment');
    const approval = gate.items.at(-1)!;
    expect(sayIn(model)(approval.statement)).toBe(
      'Go/no-go approved: approved by the approver to be decided before the next stage starts.',
    );
    expect('owner' in approval).toBe(false);
    expect('owner' in gate).toBe(false);
  });
});

describe('the monthly checklist', () => {
  it('notes a duty due on a weekday as every that weekday', () => {
    const model = withChange(fixtureModel(), 'parameters', 'ops-report-day', (data) => {
      data.value = 'tuesday';
      data.unit = 'weekday';
    });
    const item = checklist(model, 'monthly-reports').items.find((i) => i.id === 'monthly-operations-report')!;
    expect(sayIn(model)(item.note!)).toBe('every Tuesday');
    expect(sayIn(model)(item.test)).toBe('Check it was filed by the due day (every Tuesday).');
  });
});

describe('the CSV of a checklist', () => {
  it("names an item's owner by role, and leaves the cell empty for an item without one", () => {
    const model = withChange(fixtureModel(), 'controls', 'drl-01', (data) => {
      delete data.owner;
    });
    const rows = checklistTable(checklist(model, 'quarterly-internal-audit'), sayIn(model));
    expect(rows.slice(1).map((r) => [r[2], r[4]])).toEqual([
      ['chg-01', 'L1 architect'],
      ['drl-01', ''],
    ]);
  });
});
