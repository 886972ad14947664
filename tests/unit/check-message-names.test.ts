import { describe, expect, it } from 'vitest';
import { cleanText, variant } from '../fixtures/clean/variant.ts';

const GUIDE = 'guides/onboarding.mdx';
const READ = 'Read the <Clause id="2.2" /> first';

describe('unknown-reference', () => {
  it('an id that exists in two other collections names both in the hint', () => {
    expect(
      variant([
        [GUIDE, READ, 'Read the <Role id="rollback" /> first'],
        ['permissions/rollback.yaml', cleanText('permissions/approve-release.yaml')],
      ]),
    ).toEqual([
      'guides/onboarding.mdx:19:10  unknown-reference  `<Role id="rollback">` points at role `rollback`, which does not exist  (did you mean `ceo`, `ops-engineer`, `department-head`?; `rollback` is a permission and a runbook id)',
    ]);
  });
});

describe('parameter-undefined', () => {
  it('two undefined markers in one clause text are two findings, one per parameter', () => {
    expect(
      variant([
        ['clauses/2-2.yaml', '新员工需经过X{training-months}个月', '新员工需经过X{trial-months}个月X{notice-days}'],
      ]),
    ).toEqual([
      'clauses/2-2.yaml:10:3  parameter-undefined  `text.zh` uses `X{notice-days}`, but no parameter `notice-days` is defined  (did you mean `training-months`?)',
      'clauses/2-2.yaml:10:3  parameter-undefined  `text.zh` uses `X{trial-months}`, but no parameter `trial-months` is defined  (did you mean `training-months`?)',
    ]);
  });
});

describe('code in an MDX body', () => {
  it('the quoted expression has each run of white space, line breaks included, shown as one space', () => {
    expect(variant([[GUIDE, READ, `The host is {a   +\n  b}.\n\n${READ}`]])).toEqual([
      'guides/onboarding.mdx:19:13  mdx-expression  `{a + b}`: an MDX body may not hold JavaScript expressions  (write the value as text or a quoted prop (`id="…"`); to show braces in text, put them in `code`; a comment is `{/* … */}`)',
    ]);
  });
});
