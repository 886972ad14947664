/** `checkContent()`: the registry it runs, and how it fails when the checker itself cannot do its work. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CHECKS, CheckerError, checkContent } from '../../src/lib/checks/index.ts';
import { translationOutdated } from '../../src/lib/checks/translation.ts';

const CLEAN = 'tests/fixtures/clean/content';
const TODAY = '2027-01-01';

/** What `checkContent` threw, for exact assertions on the error, its name and its cause. */
function thrownBy(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to throw');
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the registry', () => {
  it('lists every rule over the model once, each under its own id', () => {
    const ids = CHECKS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining(['unknown-reference', 'duplicate-id', 'translation-outdated']));
    expect(ids.length).toBeGreaterThan(30);
  });
});

describe('checkContent failures', () => {
  it('a content folder that does not exist is a checker error naming it', () => {
    const error = thrownBy(() => checkContent({ contentDir: 'tests/fixtures/no-such-folder', today: TODAY }));
    expect(error).toBeInstanceOf(CheckerError);
    expect(error).toMatchObject({
      name: 'CheckerError',
      message: 'content folder not found: tests/fixtures/no-such-folder',
    });
  });

  it('a content path that is a file, not a folder, is the same checker error', () => {
    const error = thrownBy(() => checkContent({ contentDir: 'package.json', today: TODAY }));
    expect(error).toBeInstanceOf(CheckerError);
    expect((error as Error).message).toBe('content folder not found: package.json');
  });

  it('a rule that throws stops the run with a checker error naming the rule and the reason, the original as its cause', () => {
    const cause = new Error('boom');
    vi.spyOn(translationOutdated, 'run').mockImplementation(() => {
      throw cause;
    });
    const error = thrownBy(() => checkContent({ contentDir: CLEAN, today: TODAY }));
    expect(error).toBeInstanceOf(CheckerError);
    expect([(error as Error).name, (error as Error).message, (error as Error).cause]).toEqual([
      'CheckerError',
      'check `translation-outdated` failed: boom',
      cause,
    ]);
  });

  it('a rule that throws something other than an Error is reported by what it threw', () => {
    vi.spyOn(translationOutdated, 'run').mockImplementation(() => {
      // The case under test: a value that is not an Error.
      throw null;
    });
    const error = thrownBy(() => checkContent({ contentDir: CLEAN, today: TODAY }));
    expect(error).toBeInstanceOf(CheckerError);
    expect((error as Error).message).toBe('check `translation-outdated` failed: null');
  });

  it('the clean content runs every rule without error', () => {
    expect(checkContent({ contentDir: CLEAN, today: TODAY }).findings).toEqual([]);
  });
});
