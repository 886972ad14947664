import { FORBIDDEN_ELEMENTS } from '../content/body-code.ts';
import { bodyCodeCheck } from './body-code.ts';

/** `<script>`, `<iframe>`, `<style>` and their kin ship verbatim and run or embed code on the reader's page. */
export const mdxElement = bodyCodeCheck(
  'mdx-element',
  'element',
  `an element that runs, embeds or restyles (${FORBIDDEN_ELEMENTS.join(', ')}) in an MDX body`,
  (quoted) => `${quoted} is not allowed in an MDX body: it would run or embed code on the published page`,
  'remove it; show code in a fenced code block, and link to other pages instead of embedding them',
);
