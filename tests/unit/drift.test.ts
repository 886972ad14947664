/**
 * Drift: change one grant in the content, and the matrix, the role page's slice and the CSV
 * change together, in that one cell and nowhere else. The edit is made to a copy of the fixture
 * files, as an author would make it, and the model is loaded again from disk.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { parseCsv, toCsv } from '../../src/lib/csv.ts';
import { buildMatrix, matrixTable } from '../../src/lib/matrix.ts';
import { roleSlice } from '../../src/lib/role-slice.ts';
import type { Model } from '../../src/lib/model.ts';
import { editedCopy, fixtureModel, loadModel } from '../fixtures/generated/model.ts';
import { wordsFormatter } from '../../src/i18n/words.ts';

const sayEn = wordsFormatter('en', (id) => id);

/** Every [row, column] where two tables differ. */
function differences(a: string[][], b: string[][]): string[] {
  const out: string[] = [];
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    for (let j = 0; j < Math.max(a[i]?.length ?? 0, b[i]?.length ?? 0); j++) {
      if (a[i]?.[j] !== b[i]?.[j])
        out.push(
          `${a[i]?.[0] ?? b[i]?.[0]} × ${a[0]?.[j] ?? b[0]?.[j]}: ${JSON.stringify(a[i]?.[j])} → ${JSON.stringify(b[i]?.[j])}`,
        );
    }
  }
  return out;
}

describe('changing one grant', () => {
  let before: Model;
  let after: Model;
  // loaded in each test, not as the file loads: Stryker counts only code run inside a test (README, "Mutation testing")
  beforeEach(() => {
    before = fixtureModel();
    // the L1 architect also approves projects in full
    const dir = editedCopy('permissions/approve-project.yaml', (text) =>
      text.replace('grantees: [department-head]', 'grantees: [department-head, l1-architect]'),
    );
    after = loadModel(dir);
    rmSync(dir, { recursive: true, force: true });
  });

  it('changes exactly one matrix cell', () => {
    const [a, b] = [buildMatrix(before), buildMatrix(after)];
    expect(a.cells['l1-architect']!['approve-project']!.granted).toBe(false);
    expect(b.cells['l1-architect']!['approve-project']).toEqual({
      granted: true,
      basis: '4.1',
      quotes: ['正文。'],
      conflicts: [],
    });
    expect(differences(matrixTable(a, sayEn, 'en'), matrixTable(b, sayEn, 'en'))).toEqual([
      'l1-architect × approve-project: "" → "4.1 «正文。»"',
    ]);
  });

  it('changes exactly one cell of the downloaded CSV', () => {
    const [a, b] = [before, after].map((m) => parseCsv(toCsv(matrixTable(buildMatrix(m), sayEn, 'en'))));
    expect(differences(a!, b!)).toEqual(['l1-architect × approve-project: "" → "4.1 «正文。»"']);
  });

  it('adds the permission to the role page’s slice, and nothing to any other role’s', () => {
    const [a, b] = [roleSlice(before, 'l1-architect'), roleSlice(after, 'l1-architect')];
    expect(a.permissions.map((p) => p.id)).not.toContain('approve-project');
    expect(b.permissions).toContainEqual({
      id: 'approve-project',
      basis: '4.1',
      quotes: ['正文。'],
      limits: [],
      conditions: false,
    });
    expect(b.permissions.length).toBe(a.permissions.length + 1);
    for (const role of before.ids('roles').filter((r) => r !== 'l1-architect')) {
      expect(roleSlice(after, role).permissions, role).toEqual(roleSlice(before, role).permissions);
    }
  });

  it('the slice and the matrix row agree for every role, before and after', () => {
    for (const model of [before, after]) {
      const matrix = buildMatrix(model);
      for (const role of model.ids('roles')) {
        const granted = Object.entries(matrix.cells[role]!)
          .filter(([, c]) => c.granted)
          .map(([p]) => p)
          .sort();
        expect(
          roleSlice(model, role)
            .permissions.map((p) => p.id)
            .sort(),
          role,
        ).toEqual(granted);
      }
    }
  });
});
