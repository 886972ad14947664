/**
 * `npm run changes -- --from <rev> [--to <rev>] [--format md|json] [content-dir]`: what changed in
 * the handbook between two git revisions (tags such as `handbook-2026.11`, branches, commits), in
 * the policy's terms. Without `--to`, the content folder as it is now. The content folder is the
 * argument, else HANDBOOK_CONTENT_DIR, else src/content.
 * Exit codes: 0 report printed, 2 the tool failed (no git history, an unknown revision).
 */
import { parseArgs } from 'node:util';
import { loadContent } from '../src/lib/content/load.ts';
import { DEFAULT_CONTENT_DIR } from '../src/lib/content/files.ts';
import { buildModel } from '../src/lib/model.ts';
import { openRepo, resolveCommit } from '../src/lib/history/git.ts';
import { modelAt } from '../src/lib/history/revision-model.ts';
import { diffModels } from '../src/lib/changes/diff.ts';
import { changeReportMarkdown } from '../src/lib/changes/markdown.ts';
import { useTranslations } from '../src/i18n/index.ts';

const USAGE = 'usage: npm run changes -- --from <rev> [--to <rev>] [--format md|json] [content-dir]';

function fail(message: string): never {
  console.error(`npm run changes: ${message}`);
  process.exit(2);
}

let args;
try {
  args = parseArgs({
    allowPositionals: true,
    options: {
      from: { type: 'string' },
      to: { type: 'string' },
      format: { type: 'string', default: 'md' },
      help: { type: 'boolean', short: 'h' },
    },
  });
} catch (error) {
  fail(`${(error as Error).message}\n${USAGE}`);
}
if (args.values.help) {
  console.log(USAGE);
  process.exit(0);
}
const { from, to, format } = args.values;
if (!from) fail(`--from is required\n${USAGE}`);
if (format !== 'md' && format !== 'json') fail(`unknown --format ${format}\n${USAGE}`);
if (args.positionals.length > 1) fail(`one content folder at most\n${USAGE}`);
const contentDir = args.positionals[0] ?? process.env.HANDBOOK_CONTENT_DIR ?? DEFAULT_CONTENT_DIR;

const repo = await openRepo(contentDir);
if (!repo.available) fail(`no git history for ${contentDir} (${repo.reason})`);
const fromCommit = await resolveCommit(repo, from);
if (!fromCommit) fail(`--from ${from} names no commit`);
const toCommit = to === undefined ? undefined : await resolveCommit(repo, to);
if (to !== undefined && !toCommit) fail(`--to ${to} names no commit`);

const before = (await modelAt(repo, fromCommit.commit)).model;
const after = toCommit ? (await modelAt(repo, toCommit.commit)).model : buildModel(loadContent({ contentDir }).entries);
const report = diffModels(before, after);
const t = useTranslations('en');

if (format === 'json') {
  const side = (rev: string, c?: { commit: string; date: string }) =>
    c ? { rev, commit: c.commit, date: c.date } : { rev: 'working-tree' };
  console.log(
    JSON.stringify({ format: 1, from: side(from, fromCommit), to: side(to ?? '', toCommit), report }, null, 2),
  );
} else {
  console.log(changeReportMarkdown(report, { from, to: to ?? t('changes.working') }, t));
}
