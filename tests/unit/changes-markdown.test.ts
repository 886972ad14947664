/** The change report as Markdown (`npm run changes`): one section per kind of change, in the dictionary's words. */
import { describe, expect, it } from 'vitest';
import type { ChangeReport } from '../../src/lib/changes/diff.ts';
import { changeReportMarkdown } from '../../src/lib/changes/markdown.ts';
import { useTranslations } from '../../src/i18n/index.ts';

const t = useTranslations('en');
const labels = { from: 'handbook-2026.11', to: 'handbook-2026.12' };

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

const render = (part: Partial<ChangeReport>) => changeReportMarkdown({ ...EMPTY, ...part }, labels, t);
/** The report's lines after its title, for one section. */
const body = (part: Partial<ChangeReport>) => render(part).split('\n').slice(2);

describe('a change report in Markdown', () => {
  it('says nothing changed under the title when the report is empty', () => {
    expect(render({})).toBe(
      '# Changes from handbook-2026.11 to handbook-2026.12\n\nNothing a reader would see has changed.\n',
    );
  });

  it('puts the two revisions into the title', () => {
    expect(changeReportMarkdown(EMPTY, { from: 'abc1234', to: 'this build' }, t).split('\n')[0]).toBe(
      '# Changes from abc1234 to this build',
    );
  });

  it('tables the permission changes, naming the post a grant is held through', () => {
    expect(
      body({
        permissions: [
          { role: 'l1-architect', permission: 'approve-project', change: 'granted', basis: '4.1' },
          { role: 'ceo', permission: 'approve-release', change: 'revoked', basis: 'proposed', via: 'crisis-team' },
        ],
      }),
    ).toEqual([
      '## Permissions granted or revoked',
      '',
      '| Role | Permission | Change | Basis |',
      '|---|---|---|---|',
      '| `l1-architect` | `approve-project` | granted | 4.1 |',
      '| `ceo` | `approve-release` | revoked (through crisis-team) | proposed |',
      '',
    ]);
  });

  it('keeps a table cell on one line: pipes escaped, a line break and the spaces around it made one space', () => {
    const row = body({
      permissions: [{ role: 'ceo', permission: 'p', change: 'granted', basis: 'a|b\nc  \n  d \ne\n f' }],
    })[4];
    expect(row).toBe('| `ceo` | `p` | granted | a\\|b c d e f |');
  });

  it('lists separation pairs, with the pair before when it changed', () => {
    expect(
      body({
        separation: [
          { id: 'ops-vs-test', change: 'added', kind: 'roles', pair: ['ops-engineer', 'test-engineer'] },
          {
            id: 'perform-vs-approve',
            change: 'changed',
            kind: 'permissions',
            pair: ['perform-release', 'approve-release'],
            before: ['perform-release', 'approve-project'],
          },
        ],
      }),
    ).toEqual([
      '## Separation-of-duties pairs',
      '',
      '- `ops-vs-test` added: ops-engineer ⟷ test-engineer',
      '- `perform-vs-approve` changed: perform-release ⟷ approve-release (Before: perform-release ⟷ approve-project)',
      '',
    ]);
  });

  it('lists reporting lines before and after, saying none where a side is empty', () => {
    expect(
      body({
        reporting: [
          { role: 'ceo', before: [], after: ['board', 'owner'] },
          { role: 'finance', before: ['ceo'], after: [] },
          { role: 'ops-engineer', before: ['senior-engineer'], after: ['department-head'] },
        ],
      }),
    ).toEqual([
      '## Reporting lines',
      '',
      '- `ceo`: (none) → board, owner',
      '- `finance`: ceo → (none)',
      '- `ops-engineer`: senior-engineer → department-head',
      '',
    ]);
  });

  it('lists open values with their value and status on each side, none for the side that does not exist', () => {
    expect(
      body({
        parameters: [
          {
            id: 'kickoff-days',
            change: 'decided',
            before: { value: 5, status: 'proposed' },
            after: { value: 7, status: 'approved' },
          },
          { id: 'new-day', change: 'added', after: { value: 'Monday', status: 'proposed' } },
          { id: 'old-day', change: 'removed', before: { value: 'Friday', status: 'approved' } },
        ],
      }),
    ).toEqual([
      '## Open values',
      '',
      '- `kickoff-days` decided: 5 (proposed) → 7 (approved)',
      '- `new-day` added: (none) → Monday (proposed)',
      '- `old-day` removed: Friday (approved) → (none)',
      '',
    ]);
  });

  it('lists a clause once per language whose text changed', () => {
    expect(
      body({
        clauses: [
          {
            id: '2.1',
            languages: ['zh', 'en'],
            before: { zh: '旧。', en: 'Old.' },
            after: { zh: '新。', en: 'New.' },
          },
          { id: '3.2', languages: ['en'], before: { zh: '同。', en: 'A.' }, after: { zh: '同。', en: 'B.' } },
        ],
      }),
    ).toEqual([
      '## Clause text',
      '',
      '- `2.1` (zh): 旧。 → 新。',
      '- `2.1` (en): Old. → New.',
      '- `3.2` (en): A. → B.',
      '',
    ]);
  });

  it('lists steps by collection, id and number, with the old title of a retitled step', () => {
    expect(
      body({
        steps: [
          {
            collection: 'runbooks',
            id: 'rollback',
            change: 'reworded',
            number: 1,
            title: 'Roll back.',
            titleBefore: 'Revert.',
          },
          { collection: 'plans', id: 'system-failure', change: 'added', number: 2, title: 'Check.' },
        ],
      }),
    ).toEqual([
      '## Runbook and plan steps',
      '',
      '- `runbooks/rollback` step 1 reworded: Roll back. (was “Revert.”)',
      '- `plans/system-failure` step 2 added: Check.',
      '',
    ]);
  });

  it('lists bases: a missing side as none, a list joined by commas, an empty list as brackets', () => {
    expect(
      body({
        basis: [
          { collection: 'roles', id: 'ceo', path: 'reportsToBasis.clause', before: '4.1', after: '4.2' },
          { collection: 'runbooks', id: 'rollback', path: 'basis', before: ['proposed'], after: ['2.1', '3.1'] },
          { collection: 'permissions', id: 'p', path: 'basis', after: [] },
          { collection: 'controls', id: 'c', path: 'basis.0', before: 7 },
        ],
      }),
    ).toEqual([
      '## Bases',
      '',
      '- `roles/ceo` `reportsToBasis.clause`: 4.1 → 4.2',
      '- `runbooks/rollback` `basis`: proposed → 2.1, 3.1',
      '- `permissions/p` `basis`: (none) → []',
      '- `controls/c` `basis.0`: 7 → (none)',
      '',
    ]);
  });

  it('lists entries with their notes in parentheses and their changed fields below, the body by name only', () => {
    expect(
      body({
        entries: [
          {
            collection: 'controls',
            id: 'drl-02',
            change: 'renamed',
            from: 'drl-01',
            fields: [],
            version: { before: '1.0', after: '1.1', backwards: false },
          },
          {
            collection: 'runbooks',
            id: 'rollback',
            change: 'changed',
            fields: [
              { path: 'body', before: true, after: true },
              { path: 'grantees', before: ['a'], after: ['a', 'b'] },
              { path: 'urgent', before: false, after: true },
            ],
            version: { before: '1.2', after: '1.1', backwards: true },
          },
          { collection: 'roles', id: 'cfo', change: 'added', fields: [], version: { after: '1.0', backwards: false } },
          { collection: 'roles', id: 'cto', change: 'changed', fields: [{ path: 'summary', after: 'New.' }] },
        ],
      }),
    ).toEqual([
      '## Entries added, removed, renamed or changed',
      '',
      '- `controls/drl-02` renamed (renamed from drl-01; version 1.0 → 1.1)',
      '- `runbooks/rollback` changed (version 1.2 → 1.1; **the version went backwards**)',
      '  - the text of the page',
      '  - `grantees`: a → a, b',
      '  - `urgent`: false → true',
      '- `roles/cfo` added',
      '- `roles/cto` changed',
      '  - `summary`: (none) → New.',
      '',
    ]);
  });

  it('gives the sections in a fixed order, each once, and no closing sentence when something changed', () => {
    const out = render({
      entries: [{ collection: 'roles', id: 'ceo', change: 'removed', fields: [] }],
      parameters: [{ id: 'p', change: 'removed', before: { value: 1, status: 'approved' } }],
      permissions: [{ role: 'ceo', permission: 'p', change: 'revoked', basis: '4.1' }],
    });
    expect(out).toBe(
      [
        '# Changes from handbook-2026.11 to handbook-2026.12',
        '',
        '## Permissions granted or revoked',
        '',
        '| Role | Permission | Change | Basis |',
        '|---|---|---|---|',
        '| `ceo` | `p` | revoked | 4.1 |',
        '',
        '## Open values',
        '',
        '- `p` removed: 1 (approved) → (none)',
        '',
        '## Entries added, removed, renamed or changed',
        '',
        '- `roles/ceo` removed',
        '',
      ].join('\n'),
    );
  });
});
