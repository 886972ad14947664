/**
 * What changed between two models, on the small fixture model changed in memory: each kind of
 * value a field can hold, entries added, removed and renamed, grants held through another post.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { changedCells, diffModels, isEmptyReport, type ChangeReport } from '../../src/lib/changes/diff.ts';
import type { AnyEntry } from '../../src/lib/content/load.ts';
import { buildModel, type Model } from '../../src/lib/model.ts';
import type { CollectionName } from '../../src/schemas/index.ts';
import { fixtureModel, withChange } from '../fixtures/generated/model.ts';

const EMPTY: ChangeReport = {
  permissions: [],
  separation: [],
  reporting: [],
  parameters: [],
  clauses: [],
  steps: [],
  basis: [],
  entries: [],
};

/** The fixture model, loaded afresh for each test. */
let base: Model;
beforeEach(() => {
  base = fixtureModel();
});

const entryOf = (model: Model, collection: CollectionName, id: string): AnyEntry => {
  const entry = model.entries.find((e) => e.collection === collection && e.id === id);
  if (!entry) throw new Error(`no ${collection}/${id} in the fixture`);
  return entry;
};

/** The model without one entry. */
const without = (model: Model, collection: CollectionName, id: string): Model =>
  buildModel(model.entries.filter((e) => !(e.collection === collection && e.id === id)));

/** The model with a copy of an entry under a new id, its data changed by `change`. */
function withCopy(
  model: Model,
  collection: CollectionName,
  id: string,
  newId: string,
  change: (data: Record<string, unknown>) => void = () => {},
): Model {
  const entry = entryOf(model, collection, id);
  const data = structuredClone(entry.data) as Record<string, unknown>;
  change(data);
  return buildModel([...model.entries, { ...entry, id: newId, data } as AnyEntry]);
}

/** The model with one entry's body replaced. */
function withBody(model: Model, collection: CollectionName, id: string, edit: (body: string) => string): Model {
  return buildModel(
    model.entries.map((e) =>
      e.collection === collection && e.id === id ? ({ ...e, body: edit(e.body ?? '') } as AnyEntry) : e,
    ),
  );
}

describe('diffModels', () => {
  it('reports nothing between a model and itself', () => {
    const report = diffModels(base, fixtureModel());
    expect(report).toStrictEqual(EMPTY);
    expect(isEmptyReport(report)).toBe(true);
  });

  it('names a changed text, number and yes/no field by its dotted path, with the value on each side', () => {
    const after = withChange(
      withChange(base, 'controls', 'chg-01', (d) => {
        d.statement = 'Every change is approved.';
        d.laws[0].articleConfirmed = false;
      }),
      'roles',
      'department-head',
      (d) => {
        d.grade.rank = 2;
      },
    );
    expect(diffModels(base, after)).toStrictEqual({
      ...EMPTY,
      entries: [
        {
          collection: 'roles',
          id: 'department-head',
          change: 'changed',
          fields: [{ path: 'grade.rank', before: 1, after: 2 }],
        },
        {
          collection: 'controls',
          id: 'chg-01',
          change: 'changed',
          fields: [
            {
              path: 'statement',
              before: 'No change reaches production without a recorded go/no-go approval.',
              after: 'Every change is approved.',
            },
            { path: 'laws.0.articleConfirmed', before: true, after: false },
          ],
        },
      ],
    });
  });

  it('compares a list of plain values as one value, at the top and nested in an object', () => {
    const after = withChange(base, 'checklists', 'drills', (d) => {
      d.firstFifteen.evidence.push('Photo of the whiteboard');
    });
    expect(diffModels(base, after).entries).toStrictEqual([
      {
        collection: 'checklists',
        id: 'drills',
        change: 'changed',
        fields: [
          {
            path: 'firstFifteen.evidence',
            before: ['Drill timeline with the time of this step'],
            after: ['Drill timeline with the time of this step', 'Photo of the whiteboard'],
          },
        ],
      },
    ]);
  });

  it('compares a list of objects item by item, and reports a reference as the id it names', () => {
    const after = withChange(base, 'roles', 'department-head', (d) => {
      d.kpis[0].name.en = 'Delivery on time';
      d.kpis[0].basis = { ...d.kpis[0].basis, id: '6.1' };
    });
    expect(diffModels(base, after)).toStrictEqual({
      ...EMPTY,
      basis: [{ collection: 'roles', id: 'department-head', path: 'kpis.0.basis', before: '5.1', after: '6.1' }],
      entries: [
        {
          collection: 'roles',
          id: 'department-head',
          change: 'changed',
          fields: [
            { path: 'kpis.0.name.en', before: 'On-time delivery', after: 'Delivery on time' },
            { path: 'kpis.0.basis', before: '5.1', after: '6.1' },
          ],
        },
      ],
    });
  });

  it('reports a basis whose quoted words changed, though it still names the same clause', () => {
    const after = withChange(base, 'roles', 'department-head', (d) => {
      d.kpis[0].basis = { ...d.kpis[0].basis, quotes: ['正文。', '另一句。'] };
    });
    const quotes = { path: 'kpis.0.basis.quotes', before: ['正文。'], after: ['正文。', '另一句。'] };
    expect(diffModels(base, after)).toStrictEqual({
      ...EMPTY,
      basis: [{ collection: 'roles', id: 'department-head', ...quotes }],
      entries: [{ collection: 'roles', id: 'department-head', change: 'changed', fields: [quotes] }],
    });
  });

  it('gives a basis without quotes (the legacy short form) no quotes field', () => {
    const after = withChange(base, 'roles', 'department-head', (d) => {
      d.rootBasis = { collection: 'clauses', id: '4.1', quotes: [], legacy: true };
    });
    const field = { path: 'rootBasis', before: 'proposed', after: '4.1' };
    expect(diffModels(base, after).entries).toStrictEqual([
      { collection: 'roles', id: 'department-head', change: 'changed', fields: [field] },
    ]);
  });

  it('gives a basis that appears or disappears only the side it has', () => {
    const rootless = withChange(base, 'roles', 'department-head', (d) => {
      delete d.root;
      delete d.rootBasis;
    });
    expect(diffModels(base, rootless).basis).toStrictEqual([
      { collection: 'roles', id: 'department-head', path: 'rootBasis', before: 'proposed' },
    ]);
    expect(diffModels(rootless, base).basis).toStrictEqual([
      { collection: 'roles', id: 'department-head', path: 'rootBasis', after: 'proposed' },
    ]);
    expect(diffModels(rootless, base).entries).toStrictEqual([
      {
        collection: 'roles',
        id: 'department-head',
        change: 'changed',
        fields: [
          { path: 'root', after: true },
          { path: 'rootBasis', after: 'proposed' },
        ],
      },
    ]);
  });

  it('reads an object as a reference only when both its collection and its id are text', () => {
    const after = withChange(base, 'controls', 'chg-01', (d) => {
      d.numbered = { collection: 'roles', id: 7 };
      d.unnamed = { id: 'ceo' };
    });
    expect(diffModels(base, after).entries).toStrictEqual([
      {
        collection: 'controls',
        id: 'chg-01',
        change: 'changed',
        fields: [
          { path: 'numbered.collection', after: 'roles' },
          { path: 'numbered.id', after: 7 },
          { path: 'unnamed.id', after: 'ceo' },
        ],
      },
    ]);
  });

  it('skips empty values, also inside a list, without failing', () => {
    const after = withChange(base, 'controls', 'chg-01', (d) => {
      d.blank = null;
      d.sparse = [1, null];
      d.mixed = ['a', { note: 'b' }];
    });
    expect(diffModels(base, after).entries).toStrictEqual([
      {
        collection: 'controls',
        id: 'chg-01',
        change: 'changed',
        fields: [
          { path: 'sparse.0', after: 1 },
          { path: 'mixed.0', after: 'a' },
          { path: 'mixed.1.note', after: 'b' },
        ],
      },
    ]);
  });

  it('ignores white space around a body and how much of it stands between words, and names a body whose words changed without copying it', () => {
    const spaced = withBody(base, 'runbooks', 'rollback', (b) => b.trim().replace('Run the', 'Run   the\n'));
    expect(diffModels(base, spaced)).toStrictEqual(EMPTY);
    const joined = withBody(base, 'runbooks', 'rollback', (b) => b.replace('## Steps', '##Steps'));
    expect(diffModels(base, joined)).toStrictEqual({
      ...EMPTY,
      entries: [
        {
          collection: 'runbooks',
          id: 'rollback',
          change: 'changed',
          fields: [{ path: 'body', before: true, after: true }],
        },
      ],
    });
  });

  it('reports the steps of a runbook whose body changed', () => {
    const after = withBody(base, 'runbooks', 'rollback', (b) => b.replace('job.', 'job.\n2. **Check.** Look.'));
    expect(diffModels(base, after).steps).toStrictEqual([
      { collection: 'runbooks', id: 'rollback', change: 'added', number: 2, title: 'Check.' },
    ]);
  });

  it('reports an added entry with its version and a removed one with its last version, neither going backwards', () => {
    const after = withCopy(base, 'parameters', 'kickoff-days', 'review-days', (d) => {
      d.value = 30;
    });
    expect(diffModels(base, after)).toStrictEqual({
      ...EMPTY,
      parameters: [{ id: 'review-days', change: 'added', after: { value: 30, status: 'proposed' } }],
      entries: [
        {
          collection: 'parameters',
          id: 'review-days',
          change: 'added',
          fields: [],
          version: { after: '1.0', backwards: false },
        },
      ],
    });
    expect(diffModels(after, base)).toStrictEqual({
      ...EMPTY,
      parameters: [{ id: 'review-days', change: 'removed', before: { value: 30, status: 'proposed' } }],
      entries: [
        {
          collection: 'parameters',
          id: 'review-days',
          change: 'removed',
          fields: [],
          version: { before: '1.0', backwards: false },
        },
      ],
    });
  });

  it('takes the removed entry most like an added one as its old name, not the first by id', () => {
    const before = withCopy(
      withCopy(base, 'parameters', 'kickoff-days', 'aaa-days', (d) => {
        d.value = 11;
        d.unit = 'weeks';
      }),
      'parameters',
      'kickoff-days',
      'bbb-days',
      (d) => {
        d.value = 12;
      },
    );
    const after = withCopy(base, 'parameters', 'kickoff-days', 'zzz-days', (d) => {
      d.value = 13;
    });
    const entries = diffModels(before, after).entries;
    expect(entries.map((e) => [e.id, e.change, e.from])).toEqual([
      ['aaa-days', 'removed', undefined],
      ['zzz-days', 'renamed', 'bbb-days'],
    ]);
  });

  it('takes the removed entry first by id when two are equally like an added one', () => {
    const before = withCopy(
      withCopy(base, 'parameters', 'kickoff-days', 'bbb-days', (d) => {
        d.value = 12;
      }),
      'parameters',
      'kickoff-days',
      'aaa-days',
      (d) => {
        d.value = 11;
      },
    );
    const after = withCopy(base, 'parameters', 'kickoff-days', 'zzz-days', (d) => {
      d.value = 13;
    });
    expect(diffModels(before, after).entries.map((e) => [e.id, e.change, e.from])).toEqual([
      ['bbb-days', 'removed', undefined],
      ['zzz-days', 'renamed', 'aaa-days'],
    ]);
  });

  it('names the post a permission is held through when it is granted, revoked, or its role is gone', () => {
    const holding = withChange(base, 'roles', 'ceo', (d) => {
      d.alsoHolds = [{ collection: 'roles', id: 'crisis-team' }];
    });
    const through = { role: 'ceo', permission: 'crisis-act-first', basis: '4.1', via: 'crisis-team' };
    expect(diffModels(base, holding).permissions).toStrictEqual([{ ...through, change: 'granted' }]);
    expect(diffModels(holding, base).permissions).toStrictEqual([{ ...through, change: 'revoked' }]);
    // the role gone, each cell it held is revoked, and only the one held through another post says so
    expect(diffModels(holding, without(holding, 'roles', 'ceo')).permissions).toStrictEqual([
      { role: 'ceo', permission: 'procurement-final-approval', change: 'revoked', basis: '3.1' },
      { role: 'ceo', permission: 'emergency-decision-level-3', change: 'revoked', basis: '4.1' },
      { ...through, change: 'revoked' },
    ]);
  });

  it('reports a clause whose text changed in one language, with both languages on each side', () => {
    const [clause] = base.all('clauses');
    const after = withChange(base, 'clauses', clause!.id, (d) => {
      d.text.en = 'New text.';
    });
    expect(diffModels(base, after).clauses).toStrictEqual([
      {
        id: clause!.id,
        languages: ['en'],
        before: { zh: clause!.data.text.zh, en: clause!.data.text.en },
        after: { zh: clause!.data.text.zh, en: 'New text.' },
      },
    ]);
  });
});

describe('isEmptyReport', () => {
  it('is true only when every list of the report is empty', () => {
    expect(isEmptyReport(EMPTY)).toBe(true);
    expect(
      isEmptyReport({ ...EMPTY, entries: [{ collection: 'roles', id: 'ceo', change: 'removed', fields: [] }] }),
    ).toBe(false);
    expect(isEmptyReport({ ...EMPTY, reporting: [{ role: 'ceo', before: [], after: ['board'] }] })).toBe(false);
  });
});

describe('changedCells', () => {
  it('gives one role×permission key per permission change, and none for a report without any', () => {
    expect(
      changedCells({
        ...EMPTY,
        permissions: [
          { role: 'ceo', permission: 'approve-release', change: 'granted', basis: '4.1' },
          { role: 'finance', permission: 'approve-project', change: 'revoked', basis: 'proposed' },
        ],
      }),
    ).toEqual(new Set(['ceo×approve-release', 'finance×approve-project']));
    expect(changedCells(EMPTY)).toEqual(new Set());
  });
});
