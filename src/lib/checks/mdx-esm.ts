import { bodyCodeCheck } from './body-code.ts';

/** An `import` or `export` in MDX runs at build time with the builder's rights (it can read any file and publish it). */
export const mdxEsm = bodyCodeCheck(
  'mdx-esm',
  'esm',
  'an ESM import or export in an MDX body',
  (quoted) => `${quoted}: an MDX body may not import or export; it would run at build time`,
  'remove it: the handbook components (<Role>, <Clause>, <Steps>, …) need no import',
);
