const { test, expect } = require('@playwright/test');
const { Guide, demoConfigText } = require('./support');

const demo = JSON.parse(demoConfigText());

function serve(page, config) {
  return page.route('**/config/hostile.json', (route) => route.fulfill({ status: 200, body: JSON.stringify(config), contentType: 'application/json' }));
}

test('markup in a configuration is shown as text and never runs', async ({ page }) => {
  const dialogs = [];
  page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss(); });
  const c = structuredClone(demo);
  const evil = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
  c.units[0].name.sv = `Mottagningen ${evil}`;
  c.routing.roles.school.routine.sv = `<b onclick="alert(3)">Rutin</b> <a href="javascript:alert(4)">klicka</a>`;
  c.units[0].address = '"><svg onload=alert(5)>';
  await serve(page, c);
  const g = new Guide(page);
  await g.open('/kommun.html?config=config/hostile.json');
  await g.teacherWithSuspicion();
  await g.showOutcome();
  await g.expectWholeOutcome('must-report');
  const contact = page.locator('.og-contact').first();
  await expect(contact).toContainText(`Mottagningen ${evil}`);
  await expect(page.getByText('<b onclick="alert(3)">Rutin</b>', { exact: false })).toBeVisible();
  const created = await page.locator('#orosguiden').evaluate((h) => ({
    img: h.shadowRoot.querySelectorAll('img, script, svg, b').length,
    js: [...h.shadowRoot.querySelectorAll('a')].filter((a) => a.href.startsWith('javascript:')).length,
  }));
  expect(created).toEqual({ img: 0, js: 0 });
  for (const a of await page.locator('.og-widget a').all()) {
    expect(await a.getAttribute('href')).toMatch(/^(https:|tel:|mailto:|#)/);
  }
  expect(dialogs).toEqual([]);
  expect(g.errors).toEqual([]);
});

test('a link with a forbidden scheme makes the file unusable instead of reaching the page', async ({ page }) => {
  const dialogs = [];
  page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss(); });
  for (const url of ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'http://exempel.example/']) {
    const c = structuredClone(demo);
    c.units[0].e_service = url;
    await page.unroute('**/config/hostile.json');
    await serve(page, c);
    const g = new Guide(page);
    await g.open('/kommun.html?config=config/hostile.json');
    const panel = page.getByRole('region', { name: 'Fel i konfigurationen' });
    await panel.getByText(/Visa \d+ fel/).click();
    await expect(panel).toContainText('units[0].e_service');
    await g.start();
    await g.answerIds('acute-danger', ['unsafe-today']);
    await g.answerChild('here');
    await g.expectCallNow('phone-social-services-now');
    await expect(page.locator('.og-contact').first()).toBeVisible();
    const hrefs = await page.locator('.og-widget a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs.filter((h) => !/^(https:|tel:|mailto:|#)/.test(h))).toEqual([]);
  }
  expect(dialogs).toEqual([]);
});

test('huge strings in a configuration do not break the page', async ({ page }) => {
  const c = structuredClone(demo);
  c.units[0].name.sv = 'Mottagningen'.repeat(5000);
  await serve(page, c);
  const g = new Guide(page);
  await g.open('/kommun.html?config=config/hostile.json');
  await g.start();
  await g.answerIds('acute-danger', ['unsafe-today']);
  await g.answerChild('here');
  await g.expectCallNow('phone-social-services-now');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
