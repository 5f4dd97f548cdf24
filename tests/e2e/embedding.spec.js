const { test, expect } = require('@playwright/test');
const { Guide } = require('./support');

/** Computed styles of widget elements, read inside the shadow root. */
async function widgetStyles(page, host = '#orosguiden') {
  return page.locator(host).evaluate((h) => {
    const q = (sel) => getComputedStyle(h.shadowRoot.querySelector(sel));
    const pick = (s) => ({ font: s.fontFamily, size: s.fontSize, color: s.color, display: s.display, transform: s.textTransform, spacing: s.letterSpacing });
    return { widget: pick(q('.og-widget')), h1: pick(q('h1')), button: pick(q('.og-button')) };
  });
}

test('the host page’s hostile CSS does not reach the widget, and the widget’s CSS does not leak out', async ({ page }) => {
  const g = new Guide(page);
  await g.open('/kommun.html?config=config/exempelkommun.json');
  const normal = await widgetStyles(page);
  await page.goto('/hostile.html');
  const widget = page.locator('#orosguiden');
  await expect(widget.getByRole('heading', { level: 1 })).toHaveText('Orolig för ett barn?');
  const hostile = await widgetStyles(page);
  expect(hostile).toEqual(normal);
  expect(normal.button.display).toBe('inline-block');
  // The page's own element with the widget's class name keeps the page's style.
  const hostButton = page.locator('button.host-button');
  await expect(hostButton).toHaveCSS('background-color', 'rgb(1, 2, 3)');
  // And the widget still works there.
  await widget.getByRole('button', { name: 'Börja', exact: true }).click();
  await widget.locator('[data-og-question="acute-danger"] input[value="danger-now"]').check();
  await widget.getByRole('button', { name: 'Fortsätt', exact: true }).click();
  // Where the child is now (the built-in demonstration is one municipality), then the call.
  await widget.locator('[data-og-question="child-place"] input[value="here"]').check();
  await widget.getByRole('button', { name: 'Fortsätt', exact: true }).click();
  await expect(widget.locator('[data-og-outcome]')).toHaveAttribute('data-og-outcome', 'call-112');
  await expect(widget.getByRole('heading', { level: 1 })).toBeVisible();
});

test('two widgets on one page keep their own answers and language', async ({ page }) => {
  const g = new Guide(page);
  await page.goto('/hostile.html');
  const sv = page.locator('#orosguiden');
  const en = page.locator('#second');
  await expect(en.getByRole('heading', { level: 1 })).toHaveText('Worried about a child?');
  await sv.getByRole('button', { name: 'Börja', exact: true }).click();
  await sv.locator('[data-og-question="acute-danger"] input[value="not-acute"]').check();
  await expect(en.getByRole('heading', { level: 1 })).toHaveText('Worried about a child?');
  await en.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(en.locator('[data-og-question]')).toHaveAttribute('data-og-question', 'acute-danger');
  await expect(en.locator('input:checked')).toHaveCount(0);
  await sv.getByRole('button', { name: 'Fortsätt', exact: true }).click();
  await expect(sv.locator('[data-og-question]')).toHaveAttribute('data-og-question', 'role');
  await expect(en.locator('[data-og-question]')).toHaveAttribute('data-og-question', 'acute-danger');
  // Ticks in one widget's checkboxes stay in that widget.
  await sv.locator('[data-og-question="role"] input[value="school"]').check();
  await sv.getByRole('button', { name: 'Fortsätt', exact: true }).click();
  await sv.locator('[data-og-question="concern"] input[value="violence"]').check();
  await en.locator('[data-og-question="acute-danger"] input[value="not-acute"]').check();
  await en.getByRole('button', { name: 'Continue', exact: true }).click();
  await en.locator('[data-og-question="role"] input[value="school"]').check();
  await en.getByRole('button', { name: 'Continue', exact: true }).click();
  await expect(en.locator('[data-og-question]')).toHaveAttribute('data-og-question', 'concern');
  await expect(en.locator('input:checked')).toHaveCount(0);
  await expect(sv.locator('[data-og-question="concern"] input:checked')).toHaveCount(1);
  await expect(sv.locator('.og-widget')).toHaveAttribute('lang', 'sv');
  await expect(en.locator('.og-widget')).toHaveAttribute('lang', 'en');
  expect(g.errors).toEqual([]);
});

test('the iframe page sizes its frame to the content', async ({ page }) => {
  await page.goto('/iframe-host.html');
  const frame = page.frameLocator('#oros-frame');
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText('Orolig för ett barn?');
  const iframe = page.locator('#oros-frame');
  const contentHeight = () => iframe.evaluate((f) => f.contentDocument.documentElement.scrollHeight);
  await expect.poll(async () => (await iframe.boundingBox()).height).toBe(Math.max(200, await contentHeight()));
  const startHeight = (await iframe.boundingBox()).height;
  await frame.getByRole('button', { name: 'Börja', exact: true }).click();
  await frame.locator('[data-og-question="acute-danger"] input[value="unsafe-today"]').check();
  await frame.getByRole('button', { name: 'Fortsätt', exact: true }).click();
  await frame.locator('[data-og-question="child-place"] input[value="here"]').check();
  await frame.getByRole('button', { name: 'Fortsätt', exact: true }).click();
  await expect(frame.locator('[data-og-outcome]')).toHaveAttribute('data-og-outcome', 'phone-social-services-now');
  await expect.poll(async () => (await iframe.boundingBox()).height).toBeGreaterThan(startHeight + 200);
  await expect.poll(async () => (await iframe.boundingBox()).height).toBe(await contentHeight());
});

test('the widget works under a strict Content-Security-Policy without violations', async ({ page }) => {
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const consoleErrors = [];
  page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });
  const g = new Guide(page);
  await g.open('/csp.html');
  await g.teacherWithSuspicion();
  await g.showOutcome();
  await g.expectWholeOutcome('must-report');
  expect(await page.evaluate(() => window.__cspViolations)).toEqual([]);
  expect(consoleErrors).toEqual([]);
});

test('the built-in demonstration needs no configuration file', async ({ page }) => {
  const g = new Guide(page);
  await g.open('/');
  await expect(page.getByText('Exempelkommun är en påhittad kommun')).toBeVisible();
  expect(g.requests.map((r) => new URL(r.url).pathname)).not.toContain('/config/exempelkommun.json');
});

test('the stylesheet comes with the script: the start page is styled before the WebAssembly, no stylesheet is requested', async ({ page }) => {
  // The wasm is held back: what is on screen meanwhile is the prerendered start page, styled.
  let release;
  const held = new Promise((r) => { release = r; });
  await page.route('**/pkg/orosguiden_widget_bg.wasm', async (route) => {
    await held;
    await route.continue();
  });
  const g = new Guide(page);
  await page.goto('/');
  const host = page.locator('#orosguiden');
  await expect(host.locator('[data-og-prerendered] h1')).toHaveText('Orolig för ett barn?');
  const look = () => host.evaluate((h) => {
    const b = h.shadowRoot.querySelector('.og-button--start');
    return { rules: h.shadowRoot.adoptedStyleSheets[0].cssRules.length, links: h.shadowRoot.querySelectorAll('link').length, background: getComputedStyle(b).backgroundColor };
  });
  const before = await look();
  expect(before.rules).toBeGreaterThan(20);
  expect(before.links).toBe(0);
  expect(before.background).not.toBe('rgba(0, 0, 0, 0)');
  release();
  await expect(page.locator('#orosguiden [data-og-prerendered]')).toHaveCount(0);
  expect(await look()).toEqual(before);
  expect(g.requests.map((r) => new URL(r.url).pathname).filter((p) => p.endsWith('.css'))).toEqual(['/demo.css']);
});
