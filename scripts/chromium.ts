/**
 * The Chromium the browser tests (tests/e2e/browser.ts) and the scripts (PDFs, the bench's search
 * timing and Lighthouse) drive: the one named by CHROMIUM_PATH, else Debian's /usr/bin/chromium
 * when it exists, else undefined, for Playwright's own download.
 */
import { existsSync } from 'node:fs';

export const chromiumPath: string | undefined =
  process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
