// Mutation testing (`npm run mutation`): Stryker changes the code one small bug at a time and
// runs the unit tests; a mutant that no test notices ("survived") is a missing test.
// See "Mutation testing" in the README.

/** Folders of browser code; only their pure modules (no DOM) are mutated. Add a folder here when browser code moves. */
const BROWSER_FOLDERS = ['src/client', 'src/components'];

/** Browser modules that drive the DOM or read the clock at load: Playwright tests them, mutation does not. */
const NOT_PURE = [
  '**/incident/incident.ts',
  '**/search/ui.ts',
  '**/binder/address.ts',
  '**/mdx-components.ts',
  '**/controls/register.ts',
  // renders through Astro's content layer (`astro:content`), which exists only inside a build
  '**/entry-body.ts',
  // entry points of child processes (ShellCheck's runs, the fallback shell parser): their code runs
  // outside Vitest, and instrumented they fail to start in the sandbox, failing the dry run
  '**/*-child.ts',
];

/** Files that hold only types: nothing to mutate. */
const TYPE_ONLY = ['src/lib/checks/types.ts'];

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  mutate: [
    'src/lib/**/*.ts',
    ...BROWSER_FOLDERS.map((folder) => `${folder}/**/*.ts`),
    ...[...NOT_PURE, ...TYPE_ONLY].map((pattern) => `!${pattern}`),
  ],
  testRunner: 'vitest',
  // Forks, as `npm test` runs them: the incident-log tests set the time zone, which a thread cannot.
  vitest: { configFile: 'vitest.mutation.config.ts', pool: 'forks' },
  checkers: ['typescript'],
  tsconfigFile: 'tsconfig.mutation.json',
  coverageAnalysis: 'perTest',
  // Mutants that only run while a module loads (constant tables) would each need the whole suite
  // re-run; they are reported as ignored and left out of the score.
  ignoreStatic: true,
  incremental: true,
  // Committed: a fresh clone's run then re-tests only the mutants whose code or tests changed since,
  // and `node scripts/mutation-score.ts` reads the latest results without a run. Commit it after one.
  incrementalFile: 'mutation/incremental.json',
  reporters: ['html', 'json', 'clear-text', 'progress'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  clearTextReporter: { reportMutants: false, reportScoreTable: true },
  // Two workers: the machine it was written on has two cores, shared.
  concurrency: 2,
  timeoutMS: 20_000,
  tempDirName: '.stryker-tmp',
  // Other runs' sandboxes (a second run with its own tempDirName) are never copied into this one.
  ignorePatterns: [
    '.stryker-tmp*',
    'dist',
    'dist.builds',
    'dist.swap-*',
    '.dist-*',
    'test-results',
    'playwright-report',
  ],
};
