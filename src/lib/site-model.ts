/**
 * The model as the site sees it: loaded once per build. Bad content throws here with
 * every finding formatted, so even a bare `astro build` fails and names the file.
 */
import { loadContent } from './content/load.ts';
import { DEFAULT_CONTENT_DIR } from './content/files.ts';
import { buildModel, type Model } from './model.ts';
import { formatFinding } from './findings.ts';

let cached: Model | undefined;

export function getModel(): Model {
  if (cached) return cached;
  const loaded = loadContent({ contentDir: process.env.HANDBOOK_CONTENT_DIR ?? DEFAULT_CONTENT_DIR });
  const errors = loaded.findings.filter((f) => f.severity === 'error');
  if (errors.length > 0) {
    throw new Error(`the content has ${errors.length} error(s); run \`npm run check\`:\n${errors.map(formatFinding).join('\n')}`);
  }
  cached = buildModel(loaded.entries);
  return cached;
}
