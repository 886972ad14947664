import type { LaunchOptions } from '@playwright/test';
import { chromiumPath } from '../../scripts/chromium.ts';

/** How every browser test starts Chromium (scripts/chromium.ts says which one). */
export const launchOptions = {
  ...(chromiumPath ? { executablePath: chromiumPath } : {}),
  // no sandbox only where Chromium cannot have one: as root, or HANDBOOK_NO_SANDBOX=1 in a container
  args: [
    ...(process.getuid?.() === 0 || process.env.HANDBOOK_NO_SANDBOX === '1' ? ['--no-sandbox'] : []),
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
} satisfies LaunchOptions;

/**
 * For the tests that take the browser offline. Since Chromium 150 every navigation gets a new
 * document host (the RenderDocument feature), and Playwright's offline emulation does not reach
 * it: there `navigator.onLine` reads true with the network off, while a browser really offline
 * says false in every page. Without the feature the emulation holds again. Chromium reads only
 * the last --disable-features, so for these tests this one replaces Playwright's own list.
 */
export const offlineLaunchOptions = {
  ...launchOptions,
  args: [...launchOptions.args, '--disable-features=RenderDocument'],
} satisfies LaunchOptions;
