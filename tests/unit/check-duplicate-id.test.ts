import { describe, expect, it } from 'vitest';
import { cleanText, variant } from '../fixtures/clean/variant.ts';

const duplicateId = (found: string[]) => found.filter((f) => f.includes('  duplicate-id  '));

describe('duplicate-id', () => {
  it('the file sorting first keeps the id, even when it failed to load and the other did', () => {
    const unloadable = cleanText('roles/department-head.yaml').replace('scope: internal', 'scope: nowhere');
    expect(duplicateId(variant([['roles/a/department-head.yaml', unloadable]]))).toEqual([
      'roles/department-head.yaml  duplicate-id  role id `department-head` is already used by roles/a/department-head.yaml; ids must be unique within `roles`  (rename one of the files: the id is the file name)',
    ]);
  });

  it('an id holding a colon is named whole', () => {
    const role = cleanText('roles/security-auditor.yaml').replace('keyPost: security-audit\n', '');
    expect(
      duplicateId(
        variant([
          ['roles/night:shift.yaml', role],
          ['roles/x/night:shift.yaml', role],
        ]),
      ),
    ).toEqual([
      'roles/x/night:shift.yaml  duplicate-id  role id `night:shift` is already used by roles/night:shift.yaml; ids must be unique within `roles`  (rename one of the files: the id is the file name)',
    ]);
  });

  it('ids used once are not reported', () => {
    expect(duplicateId(variant([]))).toEqual([]);
  });
});
