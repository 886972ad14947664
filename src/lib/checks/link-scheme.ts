import { ALLOWED_SCHEMES } from '../content/body-code.ts';
import { bodyCodeCheck } from './body-code.ts';

/** `javascript:`, `data:`, `vbscript:` and unknown schemes run code or leave the site in ways a reader cannot see. */
export const linkScheme = bodyCodeCheck(
  'link-scheme',
  'link-scheme',
  `a link whose scheme is not relative, ${ALLOWED_SCHEMES.join(', ')}`,
  (quoted) => `link ${quoted} uses a scheme the handbook does not allow`,
  `use a relative link (\`/runbooks/…/\`) or ${ALLOWED_SCHEMES.map((s) => `\`${s}:\``).join(', ')}`,
);
