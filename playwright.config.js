// @ts-check
// Playwright end-to-end tests against the built widget in www/ (run `make build`
// first; `make test` does). Uses Debian's Chromium: Playwright never downloads
// a browser here (PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1, no `playwright install`).
const { defineConfig } = require('@playwright/test');

const fs = require('fs');
const path = require('path');

const PORT = Number(process.env.PORT || 8080);

// Example configurations, the demo first. Every one that exists gets the whole journey suite.
// region-norrfors has several municipalities: the child's municipality decides the units.
const CONFIGS = ['exempelkommun', 'storstad-vaster', 'smaby', 'region-norrfors'].filter((c) =>
  fs.existsSync(path.join(__dirname, 'config', `${c}.json`)));

// Specs about the page rather than the journey: run with the first project only.
const ONCE = ['**/embedding.spec.js', '**/config-loading.spec.js', '**/failure.spec.js', '**/local-rules.spec.js', '**/hostile-config.spec.js', '**/inactivity.spec.js', '**/english-on-demand.spec.js', '**/prerender.spec.js', '**/build.spec.js', '**/municipalities.spec.js', '**/preload.spec.js'];

const LAUNCH = {
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-dev-shm-usage',
  ],
};
const BASE_URL = `http://127.0.0.1:${PORT}`;

module.exports = defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.js',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: 'list',
  // The specs compare the page with the engine's own answer (`orosguiden walk`, tests/e2e/support.js):
  // the CLI is built once before any test, so that no test waits for the compiler.
  globalSetup: require.resolve('./tests/e2e/global-setup.js'),
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: BASE_URL,
    trace: 'off',
    screenshot: 'only-on-failure',
  },
  // The journey specs run once per example configuration (the same files the native tests
  // check and the demo pages use); the page-level specs (embedding, loading) run once.
  projects: CONFIGS.map((name, i) => ({
    name,
    metadata: { config: `config/${name}.json`, path: `/kommun.html?config=config/${name}.json` },
    testIgnore: i === 0 ? [] : ONCE,
    use: { browserName: 'chromium', headless: true, launchOptions: LAUNCH },
  })),
  webServer: {
    command: `python3 scripts/serve.py --bind 127.0.0.1 --port ${PORT} --dir www --quiet`,
    url: `${BASE_URL}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
