/**
 * `node scripts/check.ts --watch`: checks again whenever a file below the content folder (or a
 * contact file the check reads) changes, until Ctrl-C. The process stays warm, so a check after
 * one changed file parses and scans only that file again: the checker remembers parsed files,
 * scans and per-text findings by their text.
 *
 * An editor's save is several file events: they are gathered for a moment before a check starts.
 * A change during a check starts one more check when it ends, so the last report is always of
 * the files as they are.
 */
import { existsSync, watch } from 'node:fs';

/** How long file events are gathered before a check starts. */
const SETTLE_MS = 50;

/** The line that ends each report; `npm run bench` times a warm check by it. */
export const CHECKED_LINE = /^checked in (\d+) ms/;

/** Starts watching; `close()` stops it (the tests do; the command runs until Ctrl-C). */
export function watchContent(paths: readonly string[], check: () => Promise<unknown>): { close(): void } {
  let timer: NodeJS.Timeout | undefined;
  let running = false;
  let pending = false;
  const changed = new Set<string>();

  const run = async () => {
    if (running) {
      pending = true;
      return;
    }
    running = true;
    const names = [...changed];
    changed.clear();
    if (names.length > 0)
      console.log(
        `\n— ${names.slice(0, 3).join(', ')}${names.length > 3 ? ` and ${names.length - 3} more` : ''} changed —`,
      );
    const start = performance.now();
    try {
      await check();
    } catch (error) {
      // a broken checker is reported, and the next change tries again
      console.error(`the checker itself failed: ${(error as Error)?.message ?? String(error)}`);
    }
    console.log(`checked in ${Math.round(performance.now() - start)} ms; watching for changes (Ctrl-C to stop)`);
    running = false;
    if (pending) {
      pending = false;
      await run();
    }
  };

  const onChange = (name: string | null) => {
    if (name) changed.add(name);
    clearTimeout(timer);
    timer = setTimeout(() => void run(), SETTLE_MS);
  };
  // Linux watches each folder with inotify: a large tree can pass the system's limit (ENOSPC).
  const cannotWatch = (path: string, error: unknown): never => {
    console.error(
      `cannot watch ${path}: ${(error as Error).message}\n` +
        '(raise fs.inotify.max_user_watches, or run `npm run check` after each edit)',
    );
    process.exit(2);
  };
  const watchers = paths
    .filter((path) => existsSync(path))
    .map((path) => {
      try {
        return watch(path, { recursive: true }, (_, name) => onChange(name)).on('error', (e) => cannotWatch(path, e));
      } catch (error) {
        return cannotWatch(path, error);
      }
    });
  void run();
  return {
    close() {
      clearTimeout(timer);
      for (const watcher of watchers) watcher.close();
    },
  };
}
