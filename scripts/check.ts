/**
 * `npm run check`: validates every content file and cross-reference without building the site.
 * Exit codes: 0 clean, 1 content errors, 2 the checker itself failed.
 */
import { checkContent } from '../src/lib/checks/index.ts';
import { formatFinding } from '../src/lib/findings.ts';
import { DEFAULT_CONTENT_DIR } from '../src/lib/content/files.ts';

try {
  const contentDir = process.env.HANDBOOK_CONTENT_DIR ?? DEFAULT_CONTENT_DIR;
  const strict = process.argv.includes('--strict');
  const { findings } = checkContent({ contentDir, strict });
  for (const f of findings) console.log(formatFinding(f));
  const errors = findings.filter((f) => f.severity === 'error').length;
  console.log(`${errors} error(s), ${findings.length - errors} warning(s)`);
  process.exit(errors > 0 ? 1 : 0);
} catch (error) {
  console.error('the checker itself failed:', error);
  process.exit(2);
}
