import { defineConfig, devices } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { launchOptions } from './tests/e2e/browser.ts';

/**
 * The port the tests serve the build on: E2E_PORT, or a port free right now. Chosen once, in the
 * main process, and passed to the workers through the environment, so they all use the same one.
 */
function freePort(): string {
  const script =
    "const s = require('node:net').createServer().listen(0, '127.0.0.1', () => { console.log(s.address().port); s.close(); })";
  return execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }).trim();
}
process.env.E2E_PORT ||= freePort();
const PORT = Number(process.env.E2E_PORT);

export default defineConfig({
  testDir: 'tests/e2e',
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    ...devices['Desktop Chrome'],
    launchOptions,
  },
  // The tests run against the production build (`npm run build` first), served by the same static
  // server `npm run pdf` uses, from the folder the build wrote (HANDBOOK_DIST_DIR, default dist/).
  webServer: {
    command: `node scripts/static-server.ts ${JSON.stringify(process.env.HANDBOOK_DIST_DIR ?? 'dist')} --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    // Always its own server: a stray one on the port (another checkout, an old build) would be tested instead.
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
