// Nothing waits for what it does not need (issue 21): the configuration is requested as soon as
// orosguiden.js runs, in parallel with the WebAssembly, and the iframe page starts its modules and
// the WebAssembly at once. Proven by holding responses back, not by timing.
const { test, expect } = require('@playwright/test');
const { Guide } = require('./support');

/** Holds back every response for `pattern` until the returned function is called. */
async function holdBack(page, pattern) {
  let release;
  const held = new Promise((r) => { release = r; });
  await page.route(pattern, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

for (const [shape, url] of [['data-config', '/kommun.html?config=config/storstad-vaster.json'], ['iframe page', '/embed.html?config=config/storstad-vaster.json']]) {
  test(`${shape}: the configuration is requested while the WebAssembly is still on its way, and once`, async ({ page }) => {
    const g = new Guide(page);
    const releaseWasm = await holdBack(page, '**/pkg/orosguiden_widget_bg.wasm');
    const configRequested = page.waitForRequest((r) => r.url().endsWith('/config/storstad-vaster.json'), { timeout: 10_000 });
    await page.goto(url, { waitUntil: 'commit' });
    // The WebAssembly has not been answered: the request for the configuration cannot be the
    // widget's own (that waits for the WebAssembly), it is the script's.
    await configRequested;
    releaseWasm();
    // The widget then runs on that configuration, from that one request.
    await page.getByRole('button', { name: 'Börja' }).click();
    await g.expectQuestion('acute-danger');
    await expect(page.locator('#orosguiden .og-config-error')).toHaveCount(0);
    const configs = g.requests.filter((r) => r.url.endsWith('/config/storstad-vaster.json'));
    expect(configs.map((r) => r.method)).toEqual(['GET']);
  });
}

test('the iframe page requests its modules and the WebAssembly without waiting for its own script', async ({ page }) => {
  const g = new Guide(page);
  const releaseScript = await holdBack(page, '**/embed.js');
  const wanted = ['/orosguiden.js', '/pkg/orosguiden_widget.js', '/pkg/orosguiden_widget_bg.wasm'];
  const requested = wanted.map((end) => page.waitForRequest((r) => new URL(r.url()).pathname.endsWith(end), { timeout: 10_000 }));
  await page.goto('/embed.html?config=config/storstad-vaster.json', { waitUntil: 'commit' });
  await Promise.all(requested);
  releaseScript();
  await page.getByRole('button', { name: 'Börja' }).click();
  await g.expectQuestion('acute-danger');
  // Each file once: the preloads are the requests the scripts use.
  for (const end of wanted) {
    expect(g.requests.filter((r) => new URL(r.url).pathname.endsWith(end)), end).toHaveLength(1);
  }
});

test('a configuration on another site is never requested, not even as a preload', async ({ page }) => {
  const g = new Guide(page);
  await page.goto('/kommun.html?config=https://example.invalid/config.json');
  await expect(page.locator('#orosguiden .og-config-error')).toBeVisible();
  expect(g.requests.filter((r) => new URL(r.url).hostname === 'example.invalid')).toEqual([]);
  expect(await page.locator('link[rel="preload"]').count()).toBe(0);
});
