import { bodyCodeCheck } from './body-code.ts';

/** `onclick=` and the like run script on the reader's page, and the site's Content-Security-Policy would block them anyway. */
export const mdxEventAttribute = bodyCodeCheck(
  'mdx-event-attribute',
  'event-attribute',
  'an on* event attribute in an MDX body',
  (quoted) => `${quoted}: event attributes run script and are not allowed in content`,
  'remove the attribute; interactive behaviour belongs in a component',
);
