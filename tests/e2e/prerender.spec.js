// The start page that orosguiden.js shows before the WebAssembly has arrived (ui/src/prerender.rs):
// on screen at once, accessible, and handing over to the widget without losing a press or focus.
const { test, expect } = require('@playwright/test');
const AxeBuilder = require('@axe-core/playwright').default;
const { Guide } = require('./support');

/** Holds the wasm back until the returned function is called. */
async function holdWasm(page) {
  let release;
  const held = new Promise((r) => { release = r; });
  await page.route('**/pkg/orosguiden_widget_bg.wasm', async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

const prerendered = (page) => page.locator('#orosguiden [data-og-prerendered]');

test('before the WebAssembly arrives the start page, with 112, is on screen and passes axe', async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto('/');
  await expect(prerendered(page)).toHaveCount(1);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Orolig för ett barn?');
  await expect(page.getByText('Är ett barn i fara just nu? Ring 112.')).toBeVisible();
  await expect(page.getByText('Inget du svarar sparas eller skickas.')).toBeVisible();
  // The built-in demonstration configuration's banner is there from the start.
  await expect(page.locator('#orosguiden .og-demo-banner')).toContainText('Exempelkommun är en påhittad kommun');
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(result.violations.map((v) => v.id)).toEqual([]);
  // Nothing of the widget's own yet: only the prerendered page.
  await expect(page.locator('#orosguiden section')).toHaveCount(1);
  release();
  await expect(prerendered(page)).toHaveCount(0);
  await expect(page.locator('#orosguiden section')).toHaveCount(1);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Orolig för ett barn?');
});

test('Börja pressed before the widget runs says it is loading, then opens the first question', async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto('/');
  const start = page.getByRole('button', { name: 'Börja', exact: true });
  await start.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Orosguiden laddas …' })).toBeVisible();
  await expect(start).toHaveAttribute('aria-disabled', 'true');
  // A second press is not a second start (dispatched: Playwright does not click what says it is
  // disabled).
  await start.dispatchEvent('click');
  await expect(page.getByText('Orosguiden laddas …', { exact: true })).toHaveCount(1);
  release();
  const g = new Guide(page);
  await g.expectQuestion('acute-danger');
  await expect(g.heading()).toBeFocused();
  await expect(prerendered(page)).toHaveCount(0);
  await g.answerIds('acute-danger', ['danger-now']);
  await g.answerChild();
  await g.expectCallNow('call-112');
});

test('focus on a prerendered button moves to the same button of the widget', async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto('/');
  await page.getByRole('button', { name: 'In English' }).focus();
  release();
  await expect(prerendered(page)).toHaveCount(0);
  const english = page.getByRole('button', { name: 'In English' });
  await expect(english).toBeFocused();
  // And it is the widget's: it works.
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Worried about a child?');
});

test('a municipality’s widget shows the start page while its configuration is on the way', async ({ page }) => {
  let release;
  const held = new Promise((r) => { release = r; });
  await page.route('**/config/exempelkommun.json', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/kommun.html?config=config/exempelkommun.json');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Orolig för ett barn?');
  // No demonstration banner until the configuration says so; the widget's own loading line is
  // not shown over the start page.
  await expect(page.locator('#orosguiden .og-demo-banner')).toHaveCount(0);
  await page.waitForTimeout(300);
  await expect(page.getByText('Orosguiden laddas … Är ett barn i fara just nu? Ring 112.')).toBeHidden();
  await expect(prerendered(page)).toHaveCount(1);
  release();
  await expect(prerendered(page)).toHaveCount(0);
  await expect(page.locator('#orosguiden .og-demo-banner')).toContainText('påhittad');
  const g = new Guide(page);
  await g.start();
  await g.expectQuestion('acute-danger');
});

test('an English widget is not prerendered in Swedish', async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto('/kommun.html?lang=en');
  await page.waitForTimeout(300);
  await expect(prerendered(page)).toHaveCount(0);
  await expect(page.getByText('Orolig för ett barn?')).toHaveCount(0);
  release();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Worried about a child?');
});

test('"In English" pressed before the widget runs is made again on the widget', async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto('/');
  await page.getByRole('button', { name: 'In English' }).click();
  await expect(page.getByText('Orosguiden laddas …', { exact: true })).toBeVisible();
  release();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Worried about a child?');
  await expect(page.locator('#orosguiden section.og-widget')).toHaveAttribute('lang', 'en');
});

test('a page that requires Trusted Types gets no prerendered page, and the widget still works', async ({ page }) => {
  // innerHTML is refused there: the script shows nothing early, without an error, and the
  // widget appears when it runs.
  await page.route('**/kommun.html*', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': "require-trusted-types-for 'script'" } });
  });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  const release = await holdWasm(page);
  await page.goto('/kommun.html');
  // The policy is in force: innerHTML with a plain string is refused on this page.
  expect(await page.evaluate(() => {
    try {
      document.createElement('div').innerHTML = '<b>x</b>';
      return 'allowed';
    } catch (e) {
      return e.name;
    }
  })).toBe('TypeError');
  await page.waitForTimeout(300);
  await expect(prerendered(page)).toHaveCount(0);
  await expect(page.getByRole('heading')).toHaveCount(0);
  release();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Orolig för ett barn?');
  const g = new Guide(page);
  await g.start();
  await g.expectQuestion('acute-danger');
  expect(errors.filter((e) => !/TrustedHTML|Trusted Type/i.test(e))).toEqual([]);
});
