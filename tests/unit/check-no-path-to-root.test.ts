import { describe, expect, it } from 'vitest';
import { cleanText, variant, type Edit } from '../fixtures/clean/variant.ts';

const noPathToRoot = (found: string[]) => found.filter((f) => f.includes('  no-path-to-root  '));
const reportsTo = (role: string, to: string): Edit => [
  `roles/${role}.yaml`,
  'reportsTo: [department-head]',
  `reportsTo: ${to}`,
];
const ROOT = 'root: true\nrootBasis: proposed\n';
const notRoot: Edit = ['roles/department-head.yaml', ROOT, ''];
const root = (role: string): Edit => [`roles/${role}.yaml`, 'summary:', `${ROOT}summary:`];

describe('no-path-to-root', () => {
  it('the roles where a line stops are named in alphabetical order, not in the order they are written', () => {
    const nightOperator = cleanText('roles/security-auditor.yaml')
      .replace('reportsTo: [department-head]', 'reportsTo: [security-auditor, ops-engineer]')
      .replace('keyPost: security-audit\n', '');
    const found = noPathToRoot(
      variant([
        ['roles/night-operator.yaml', nightOperator],
        reportsTo('ops-engineer', '[]'),
        reportsTo('security-auditor', '[]'),
      ]),
    );
    expect(found).toEqual([
      'roles/night-operator.yaml:5:1  no-path-to-root  role `night-operator` has no reporting line to `department-head` or an external root: its line stops at `ops-engineer`, `security-auditor`, which report to no one  (give `ops-engineer`, `security-auditor` a `reportsTo`)',
      'roles/ops-engineer.yaml:5:1  no-path-to-root  role `ops-engineer` reports to no one, but only `department-head` and external roles may be roots  (name its manager in `reportsTo`, e.g. `reportsTo: [department-head]`)',
      'roles/security-auditor.yaml:5:1  no-path-to-root  role `security-auditor` reports to no one, but only `department-head` and external roles may be roots  (name its manager in `reportsTo`, e.g. `reportsTo: [department-head]`)',
    ]);
  });

  it('with no role marked root, messages say a root is a role marked `root: true` and suggest `department-head` as a manager', () => {
    expect(noPathToRoot(variant([notRoot]))).toEqual([
      'roles/department-head.yaml:5:1  no-path-to-root  role `department-head` reports to no one, but only a role marked `root: true` and external roles may be roots  (name its manager in `reportsTo`, e.g. `reportsTo: [department-head]`)',
      'roles/ops-engineer.yaml:5:1  no-path-to-root  role `ops-engineer` has no reporting line to a role marked `root: true` or an external root: its line stops at `department-head`, which reports to no one  (give `department-head` a `reportsTo`)',
      'roles/security-auditor.yaml:5:1  no-path-to-root  role `security-auditor` has no reporting line to a role marked `root: true` or an external root: its line stops at `department-head`, which reports to no one  (give `department-head` a `reportsTo`)',
    ]);
  });

  it('the suggested manager is the role marked root, whichever it is', () => {
    expect(
      noPathToRoot(
        variant([
          notRoot,
          ['roles/department-head.yaml', 'reportsTo: []', 'reportsTo: [security-auditor]'],
          reportsTo('security-auditor', '[]'),
          root('security-auditor'),
          reportsTo('ops-engineer', '[]'),
        ]),
      ),
    ).toEqual([
      'roles/ops-engineer.yaml:5:1  no-path-to-root  role `ops-engineer` reports to no one, but only `security-auditor` and external roles may be roots  (name its manager in `reportsTo`, e.g. `reportsTo: [security-auditor]`)',
    ]);
  });

  it('several roots are all named, comma-separated', () => {
    expect(
      noPathToRoot(
        variant([reportsTo('security-auditor', '[]'), root('security-auditor'), reportsTo('ops-engineer', '[]')]),
      ),
    ).toEqual([
      'roles/ops-engineer.yaml:5:1  no-path-to-root  role `ops-engineer` reports to no one, but only `department-head`, `security-auditor` and external roles may be roots  (name its manager in `reportsTo`, e.g. `reportsTo: [department-head]`)',
    ]);
  });
});
