/** The onboarding checklist's training topics: the role every new hire holds first, then each internal post. */
import { describe, expect, it } from 'vitest';
import { buildChecklists, type Checklist, type ChecklistItem } from '../../src/lib/checklists.ts';
import type { Model } from '../../src/lib/model.ts';
import { wordsFormatter } from '../../src/i18n/words.ts';
import { roleName } from '../../src/lib/titles.ts';
import type { Words } from '../../src/lib/words.ts';
import { fixtureModel, withChange } from '../fixtures/generated/model.ts';

const sayIn = (model: Model) => wordsFormatter('en', (id) => roleName(model, id, 'en'));
const checklist = (model: Model, id: string): Checklist => buildChecklists(model).find((c) => c.id === id)!;
/** The onboarding checklist's items that come from a role: its training topics. */
const trainingItems = (model: Model) =>
  checklist(model, 'onboarding').items.filter(
    (i) => i.source !== undefined && 'collection' in i.source && i.source.collection === 'roles',
  );
/** An item's evidence and test in English, and its source. */
const shown = (model: Model, item: ChecklistItem) => ({
  evidence: item.evidence.map((w: Words) => sayIn(model)(w)),
  test: sayIn(model)(item.test),
  source: item.source,
});

describe('the onboarding checklist’s training', () => {
  /** The fixture with training topics for the role every new hire holds, two posts and an outside role. */
  const withTraining = (): Model => {
    let model = fixtureModel();
    // clause 4.1, quoted, as the loader gives it
    const clause = model.get('roles', 'ceo')!.data.reportsToBasis;
    const topics: Record<string, string[]> = {
      'senior-engineer': ['How the department works'],
      'ops-engineer': ['Release procedure', 'Backup restore drill'],
      'test-engineer': ['Test plan template'],
      ceo: ['Board reporting'],
    };
    for (const [role, list] of Object.entries(topics))
      model = withChange(model, 'roles', role, (data) => {
        data.training = list.map((topic, i) => ({ topic, basis: i === 0 ? 'proposed' : clause }));
      });
    return withChange(model, 'checklists', 'onboarding', (data) => {
      data.training.everyone = { collection: 'roles', id: 'senior-engineer' };
    });
  };

  it('lists the topics of the role every new hire holds first, then those of each internal post, never an outside role’s', () => {
    const model = withTraining();
    const say = sayIn(model);
    const training = trainingItems(model);
    expect(training.map((i) => [i.id, say(i.group!), say(i.statement), i.owner, i.basis])).toEqual([
      ['senior-engineer-1', 'Every new hire', 'How the department works', 'senior-engineer', 'proposed'],
      ['ops-engineer-1', 'Post: Operations engineer', 'Release procedure', 'ops-engineer', 'proposed'],
      ['ops-engineer-2', 'Post: Operations engineer', 'Backup restore drill', 'ops-engineer', '4.1'],
      ['test-engineer-1', 'Post: Test engineer', 'Test plan template', 'test-engineer', 'proposed'],
    ]);
  });

  it('checks each topic against the training record the checklist names, and points at the role', () => {
    const model = withTraining();
    const item = checklist(model, 'onboarding').items.find((i) => i.id === 'ops-engineer-2')!;
    expect(shown(model, item)).toEqual({
      evidence: ['Training record signed by the trainer and the new hire'],
      test: 'Check the training record exists and predates the first solo assignment.',
      source: { collection: 'roles', id: 'ops-engineer' },
    });
  });

  it('without a role every new hire holds, every internal post’s topics are listed under its post, in the roles’ order', () => {
    const model = withChange(withTraining(), 'checklists', 'onboarding', (data) => {
      delete data.training.everyone;
    });
    const say = sayIn(model);
    const training = trainingItems(model);
    expect(training.map((i) => [i.id, say(i.group!)])).toEqual([
      ['senior-engineer-1', 'Post: Senior engineer'],
      ['ops-engineer-1', 'Post: Operations engineer'],
      ['ops-engineer-2', 'Post: Operations engineer'],
      ['test-engineer-1', 'Post: Test engineer'],
    ]);
  });
});
