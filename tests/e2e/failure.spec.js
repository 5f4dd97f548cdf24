const { test, expect } = require('@playwright/test');
const { Guide, demoConfigText } = require('./support');

test('when the WebAssembly cannot load, the page’s own fallback text with 112 is shown', async ({ page }) => {
  await page.route('**/pkg/orosguiden_widget_bg.wasm', (route) => route.fulfill({ status: 404, body: 'gone' }));
  await page.goto('/kommun.html?config=config/exempelkommun.json');
  const fallback = page.locator('#orosguiden .og-static-fallback');
  await expect(fallback).toBeVisible();
  await expect(fallback).toContainText('ring 112');
  // The prerendered start page, whose button could not work, is gone; the fallback shows
  // through the shadow root's slot.
  await expect(page.locator('#orosguiden [data-og-prerendered]')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Börja' })).toHaveCount(0);
  expect(await page.locator('#orosguiden').evaluate((h) => h.shadowRoot.querySelectorAll('slot').length)).toBe(1);
});

test('without JavaScript the fallback text is what the user sees', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.locator('#orosguiden .og-static-fallback')).toContainText('ring 112');
  await context.close();
});

test('a configuration that is slow to arrive: 112 while waiting, then the guidance on the fallback', async ({ page }) => {
  await page.route('**/config/slow.json', async (route) => {
    await new Promise((r) => setTimeout(r, 12_000));
    await route.fulfill({ status: 200, body: '{}' }).catch(() => {});
  });
  await page.goto('/kommun.html?config=config/slow.json');
  const host = page.locator('#orosguiden');
  // The prerendered start page, with 112, while the configuration is on the way; Börja pressed
  // meanwhile says the guide is loading, and is not lost.
  await expect(host.getByText('Är ett barn i fara just nu? Ring 112.', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Börja', exact: true }).click();
  await expect(host.getByText('Orosguiden laddas …', { exact: true })).toBeVisible();
  const panel = page.getByRole('region', { name: 'Fel i konfigurationen' });
  await expect(panel).toBeVisible({ timeout: 15_000 });
  await panel.getByText('Visa 1 fel').click();
  await expect(panel).toContainText('did not arrive within 8 seconds');
  const g = new Guide(page);
  await g.expectQuestion('acute-danger');
  await g.answerIds('acute-danger', ['danger-now']);
  // The fallback is one municipality: where the child is now, then the call.
  await g.answerChild('here');
  await g.expectCallNow('call-112');
  await expect(page.getByText('Ring 112. Säg var barnet är och vad som händer.')).toBeVisible();
});

test('a configuration of the wrong schema version is reported by field', async ({ page }) => {
  const demo = demoConfigText();
  await page.route('**/config/old.json', (route) => route.fulfill({ status: 200, body: demo.replace('orosguiden-config/1', 'orosguiden-config/0'), contentType: 'application/json' }));
  await page.goto('/kommun.html?config=config/old.json');
  const panel = page.getByRole('region', { name: 'Fel i konfigurationen' });
  await panel.getByText(/Visa \d+ fel/).click();
  await expect(panel).toContainText('schema');
  await expect(panel).toContainText('orosguiden-config/1');
});
