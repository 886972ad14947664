import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';

/**
 * Chromium: the one named by CHROMIUM_PATH, else Debian's /usr/bin/chromium when it
 * exists, else Playwright's own download (`npx playwright install chromium`).
 */
const systemChromium = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const PORT = Number(process.env.E2E_PORT ?? 4321);

export default defineConfig({
  testDir: 'tests/e2e',
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    ...devices['Desktop Chrome'],
    launchOptions: {
      ...(systemChromium ? { executablePath: systemChromium } : {}),
      // no sandbox only where Chromium cannot have one: as root, or HANDBOOK_NO_SANDBOX=1 in a container
      args: [...(process.getuid?.() === 0 || process.env.HANDBOOK_NO_SANDBOX === '1' ? ['--no-sandbox'] : []), '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  // The tests run against the production build (`npm run build` first), served as it would be.
  webServer: {
    command: `node node_modules/astro/bin/astro.mjs preview --host 127.0.0.1 --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    // Serve the folder the build wrote (HANDBOOK_DIST_DIR, default dist/), so parallel builds can be tested apart.
    env: { HANDBOOK_OUT_DIR: process.env.HANDBOOK_DIST_DIR ?? 'dist' },
  },
});
