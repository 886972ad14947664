import { bodyCodeCheck } from './body-code.ts';

/** `{expressions}` run at build time; the components take literal strings (`id="ops-engineer"`), so none is needed. */
export const mdxExpression = bodyCodeCheck(
  'mdx-expression',
  'expression',
  'a JavaScript expression in an MDX body or a component prop',
  (quoted) => `${quoted}: an MDX body may not hold JavaScript expressions`,
  'write the value as text or a quoted prop (`id="…"`); to show braces in text, put them in `code`; a comment is `{/* … */}`',
);
