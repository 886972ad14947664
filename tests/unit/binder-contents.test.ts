/** What each printed binder holds, in order. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { editedCopy, fixtureModel, loadModel } from '../fixtures/generated/model.ts';

type FreshBinderContents = typeof import('../../src/lib/binder-contents.ts');
let binderContents: FreshBinderContents['binderContents'];
// Its tables are built when the module loads: each test loads it afresh, so that Stryker runs
// their mutants against these tests (see "A table a module builds when it loads" in the README).
beforeEach(async () => {
  vi.resetModules();
  ({ binderContents } = await import('../../src/lib/binder-contents.ts'));
});

const label = (key: string) => `label:${key}`;

describe('emergency binder', () => {
  it('starts with the triage guide, then each plan followed by the runbooks its body refers to', () => {
    expect(binderContents('emergency', loadModel('tests/fixtures/clean/content'), 'en', label)).toEqual([
      { url: '/guides/incident-triage/', title: 'Incident triage', level: 1 },
      { url: '/plans/system-failure/', title: 'System failure emergency plan', level: 1 },
      { url: '/runbooks/rollback/', title: expect.any(String), level: 2 },
    ]);
  });

  it('prints a runbook once, and skips one the model does not have; without a triage guide it starts at the plans', () => {
    const model = loadModel(
      editedCopy(
        'plans/system-failure.mdx',
        (text) => `${text}\nAgain <Runbook id="rollback" />, then <Runbook id="missing" />.\n`,
      ),
    );
    expect(binderContents('emergency', model, 'en', label).map((d) => `${d.level} ${d.url}`)).toEqual([
      '1 /plans/system-failure/',
      '2 /runbooks/rollback/',
    ]);
  });
});

describe('audit binder', () => {
  it('holds the checklists (with every checklist under them), the matrix, the traceability view and the changes since the last release, titled by the label', () => {
    expect(binderContents('audit', fixtureModel(), 'en', label)).toEqual([
      { url: '/checklists/', title: 'label:checklists', level: 1, follow: '/checklists/' },
      { url: '/matrix/', title: 'label:matrix', level: 1 },
      { url: '/traceability/', title: 'label:traceability', level: 1 },
      { url: '/changes/', title: 'label:changes', level: 1 },
    ]);
  });
});
