/**
 * The Chromium the scripts drive (PDFs, the bench's search timing and Lighthouse), as the browser
 * tests choose it: the one named by CHROMIUM_PATH, else Debian's /usr/bin/chromium when it exists,
 * else undefined, for Playwright's own download.
 */
import { existsSync } from 'node:fs';

export const chromiumPath: string | undefined =
  process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
