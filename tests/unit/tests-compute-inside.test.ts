/**
 * Unit tests call the code they check inside a test or a `beforeEach`, never while Vitest loads
 * the file (its top level, a `describe` body, a `beforeAll`): Stryker switches a mutant on when
 * the tests start and counts only code run inside a test as that test's coverage, so a mutant in
 * code run at load time is reported as surviving however well the file tests it (README, "Mutation
 * testing"). This test reads every unit test with the TypeScript parser and flags each call made
 * at load time to a name imported from mutated code (`src/lib`, `src/client`, `src/components`)
 * or from the fixture model (`tests/fixtures/generated/model.ts`, which builds models with it).
 *
 * It sees direct calls only: a local helper that calls such code, itself called at load time, is
 * not followed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const DIR = 'tests/unit';
const MUTATED = /\/src\/(lib|client|components)\/|\/fixtures\/generated\/model\.ts$/;

/** Calls that must run at load time, by file and name, each with the reason. */
const AT_LOAD: { file: string; name: string; why: string }[] = [
  ...['realModel', 'buildChecklists'].map((name) => ({
    file: 'tests/unit/csv.test.ts',
    name,
    why: 'the it.each tests are named after the exports and checklists; each checks its own built in a beforeEach',
  })),
  ...['getModel', 'buildChecklists'].map((name) => ({
    file: 'tests/unit/downloads-zh.test.ts',
    name,
    why: 'the it.each tests are named after the checklists; each checks the lists built in a beforeEach',
  })),
];

/** `file:line name` for each call the file makes at load time to mutated code. */
export function callsAtLoad(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const imported = new Set<string>();
  for (const statement of source.statements) {
    if (!ts.isImportDeclaration(statement) || !statement.importClause || statement.importClause.isTypeOnly) continue;
    if (!MUTATED.test((statement.moduleSpecifier as ts.StringLiteral).text)) continue;
    const { name, namedBindings } = statement.importClause;
    if (name) imported.add(name.text);
    if (namedBindings && ts.isNamedImports(namedBindings))
      for (const element of namedBindings.elements) if (!element.isTypeOnly) imported.add(element.name.text);
  }
  const found: string[] = [];
  const calleeName = (callee: ts.Expression): string =>
    ts.isIdentifier(callee)
      ? callee.text
      : ts.isPropertyAccessExpression(callee)
        ? calleeName(callee.expression)
        : ts.isCallExpression(callee)
          ? calleeName(callee.expression)
          : '';
  /** Walks code that runs as the file loads; a function's body runs later, unless Vitest calls it while collecting. */
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node)) {
      const name = calleeName(node.expression);
      // the function called, as imported: `fn(…)` or `namespace.fn(…)`, not a method of what a call returned
      const callee = node.expression;
      const called = ts.isIdentifier(callee)
        ? callee.text
        : ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression)
          ? callee.expression.text
          : '';
      if (imported.has(called))
        found.push(`${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1} ${called}`);
      if (name === 'describe' || name === 'beforeAll' || name === 'suite') {
        ts.forEachChild(node.expression, visit);
        for (const argument of node.arguments)
          if (ts.isArrowFunction(argument) || ts.isFunctionExpression(argument)) visit(argument.body);
          else visit(argument);
        return;
      }
    }
    if (ts.isFunctionLike(node) || ts.isClassLike(node)) return;
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('unit tests', () => {
  it('call mutated code inside a test or a beforeEach, not as the file loads', () => {
    const files = readdirSync(DIR).filter((name) => name.endsWith('.test.ts'));
    const calls = files.flatMap((name) => callsAtLoad(join(DIR, name), readFileSync(join(DIR, name), 'utf8')));
    const allowed = (call: string) => AT_LOAD.some((a) => call.startsWith(`${a.file}:`) && call.endsWith(` ${a.name}`));
    expect(calls.filter((call) => !allowed(call))).toStrictEqual([]);
  });

  it('are read the way Vitest runs them: top level, describe bodies and beforeAll at load; tests and beforeEach later', () => {
    const text = `
import { buildMatrix } from '../../src/lib/matrix.ts';
import { fixtureModel } from '../fixtures/generated/model.ts';
import { wordsFormatter } from '../../src/i18n/words.ts';
import type { Model } from '../../src/lib/model.ts';
const model = fixtureModel();
const say = wordsFormatter('en');
describe('x', () => {
  const matrix = buildMatrix(model);
  beforeAll(() => { buildMatrix(fixtureModel()); });
  beforeEach(() => { buildMatrix(model); });
  it('y', () => { buildMatrix(model); });
  const later = () => buildMatrix(model);
  describe.each([1])('z', () => { fixtureModel().entries.map(String); });
});
`;
    expect(callsAtLoad('t.test.ts', text)).toStrictEqual([
      't.test.ts:6 fixtureModel',
      't.test.ts:9 buildMatrix',
      't.test.ts:10 buildMatrix',
      't.test.ts:10 fixtureModel',
      't.test.ts:14 fixtureModel',
    ]);
  });
});
