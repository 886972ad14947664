/**
 * `npm run check`: validates every content file and cross-reference without building the site,
 * and reports every finding in one run.
 *
 *   node scripts/check.ts [content-dir] [--strict] [--history] [--format text|json] [--today YYYY-MM-DD] [--stamp <file> | --watch]
 *
 * The content folder is the argument, else HANDBOOK_CONTENT_DIR, else src/content.
 * `--strict` makes overdue reviews errors. `--history` also compares document control with the
 * folder's git history (one `git log`; skipped without git or in a shallow clone). On GitHub Actions (GITHUB_ACTIONS=true) the
 * text output ends with up to 50 annotations. `--stamp <file>` records there, when no error is
 * found, what the checked content looked like, so the build's Astro step can trust it unchanged.
 * `--watch` checks again whenever a file in the content folder changes, until Ctrl-C: the process
 * stays warm, so only the changed files are parsed and scanned again (their results are remembered
 * by text), and each report ends with the time the check took.
 * Exit codes: 0 clean (warnings allowed), 1 content errors, 2 the checker itself failed.
 */
import { enableCompileCache } from 'node:module';
import { parseArgs } from 'node:util';

// Reuse V8's compiled code across runs (a few hundred ms of start-up on every `npm run check`);
// hence the checker's modules are imported below, after the cache is on.
enableCompileCache?.();
const { CheckerError, checkContent } = await import('../src/lib/checks/index.ts');
const { DEFAULT_CONTENT_DIR } = await import('../src/lib/content/files.ts');
const { countErrors, renderFindings } = await import('../src/lib/finding-report.ts');
type OutputFormat = import('../src/lib/finding-report.ts').OutputFormat;

const USAGE =
  'usage: node scripts/check.ts [content-dir] [--strict] [--history] [--format text|json] [--today YYYY-MM-DD] [--stamp <file> | --watch]';

function fail(message: string, error?: unknown): never {
  console.error(`the checker itself failed: ${message}`);
  const expected = error instanceof CheckerError && error.cause === undefined;
  if (error && process.env.HANDBOOK_DEBUG) console.error(error);
  else if (error && !expected) console.error('(set HANDBOOK_DEBUG=1 to see the stack)');
  process.exit(2);
}

let args;
try {
  args = parseArgs({
    allowPositionals: true,
    options: {
      strict: { type: 'boolean', default: false },
      history: { type: 'boolean', default: false },
      format: { type: 'string', default: 'text' },
      today: { type: 'string' },
      stamp: { type: 'string' },
      watch: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
} catch (error) {
  fail(`${(error as Error).message}\n${USAGE}`);
}
if (args.values.help) {
  console.log(USAGE);
  process.exit(0);
}
const format = args.values.format as OutputFormat;
if (format !== 'text' && format !== 'json') fail(`unknown --format ${format}\n${USAGE}`);
if (args.values.today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(args.values.today))
  fail(`--today must be YYYY-MM-DD\n${USAGE}`);
if (args.positionals.length > 1) fail(`one content folder at most\n${USAGE}`);
if (args.values.watch && args.values.stamp)
  fail(`--stamp records one finished check; it cannot be used with --watch\n${USAGE}`);

// narrowed here, where the parse above has succeeded, for the functions below
const options = args.values;
const contentDir = args.positionals[0] ?? process.env.HANDBOOK_CONTENT_DIR ?? DEFAULT_CONTENT_DIR;
const { readContentHistory } = await import('../src/lib/history/entries.ts');
const { contactFilesToCheck } = await import('../src/lib/contacts.ts');
const contactFiles = contactFilesToCheck(contentDir === DEFAULT_CONTENT_DIR);

/** Checks the content once and prints the findings; returns whether it found an error. */
async function checkOnce(): Promise<boolean> {
  const { findings } = checkContent({
    contentDir,
    strict: options.strict,
    contactFiles,
    ...(options.history ? { history: await readContentHistory(contentDir) } : {}),
    ...(options.today ? { today: options.today } : {}),
  });
  console.log(renderFindings(findings, { format, github: process.env.GITHUB_ACTIONS === 'true' }));
  return countErrors(findings) > 0;
}

if (options.watch) {
  const { watchContent } = await import('./check-watch.ts');
  watchContent([contentDir, ...contactFiles], checkOnce);
} else {
  try {
    const failed = await checkOnce();
    process.exitCode = failed ? 1 : 0;
    if (options.stamp && !failed) {
      const { writeCheckedStamp } = await import('../src/lib/content/fingerprint.ts');
      writeCheckedStamp(options.stamp, contentDir);
    }
  } catch (error) {
    fail((error as Error)?.message ?? String(error), error);
  }
}
