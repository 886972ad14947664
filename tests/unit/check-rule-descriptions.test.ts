/**
 * Each rule of the registry carries the id its findings are reported under (the id an author
 * sees in the report and looks up in the documentation) and a one-line description of what it
 * reports.
 */
import { describe, expect, it } from 'vitest';
import { CHECKS } from '../../src/lib/checks/index.ts';

const DESCRIPTIONS: Record<string, string> = {
  'overdue-review': 'a document past its review date',
  'basis-quote-missing': 'a clause basis without the quoted words of the clause it rests on',
  'basis-quote-not-in-clause': "a quoted basis whose words are not in the clause's text",
  'clause-quotes-broken':
    'a clause whose text no longer holds the quotes of several entries resting on it (grouped by clause)',
  'call-list-decider': "a plan severity whose call list never reaches that severity's decider",
  'clause-basis': 'a basis that is neither an existing clause nor `proposed`',
  contacts: 'a contact file with a bad shape, phone number, WeCom id or unknown role',
  'duplicate-id': 'two files giving the same id to entries of one collection',
  'missing-component-id': 'a reference component without a literal id',
  'no-path-to-root': 'a role with no reporting line to the department head or an external root',
  'obligation-no-evidence': 'an obligation with no evidence',
  'orphan-control': 'a control with no owner',
  'orphan-plan': 'an emergency plan whose body references no runbook',
  'parameter-undefined': 'a parameter used in text, a body or a cadence, but not defined',
  'parameter-unused': 'a parameter defined but never used',
  'plan-no-drill': 'an emergency plan with no drill cadence',
  'reports-to-cycle': 'a cycle in reports-to',
  'separation-of-duties': 'a role holding, itself or through alsoHolds, a pair that separation of duties forbids',
  'unknown-component': 'an MDX body using a component the handbook does not provide',
  'unknown-grantee': 'a permission granted to a role that does not exist',
  'unknown-reference': 'a reference to an entry that does not exist',
};

describe('rule ids and descriptions', () => {
  it.each(Object.entries(DESCRIPTIONS))('the registry has rule `%s`, described as “%s”', (id, description) => {
    const matching = CHECKS.filter((c) => c.id === id);
    expect(matching).toHaveLength(1);
    expect(matching[0]!.description).toBe(description);
  });

  it('no two rules of the registry share an id', () => {
    const ids = CHECKS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('every rule id is kebab-case and every rule has a description', () => {
    for (const check of CHECKS) {
      expect(check.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(check.description.length).toBeGreaterThan(0);
    }
  });
});
