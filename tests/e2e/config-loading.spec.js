const { test, expect } = require('@playwright/test');
const { Guide, demoConfigText } = require('./support');

const demo = demoConfigText();

async function openWith(page, body, status = 200) {
  await page.route('**/config/test.json', (route) => route.fulfill({ status, body, contentType: 'application/json' }));
  const g = new Guide(page);
  await g.open('/kommun.html?config=config/test.json');
  return g;
}

test('a configuration with mistakes lists every problem and the guidance still reaches the switchboard', async ({ page }) => {
  const broken = demo
    .replace('"after_hours": "socialjouren"', '"after_hours": "nattjouren"')
    .replace('"e_service": "https://exempelkommun.example/orosanmalan"', '"e_service": "javascript:alert(1)"');
  const g = await openWith(page, broken);
  const panel = page.getByRole('region', { name: 'Fel i konfigurationen' });
  await expect(panel).toContainText('Kommunens uppgifter kunde inte läsas');
  await expect(panel).toContainText('112 och Exempelkommuns växel 000-100 00 00');
  await panel.getByText('Visa 2 fel').click();
  await expect(panel).toContainText('routing.after_hours');
  await expect(panel).toContainText('units[0].e_service');
  await g.teacherWithSuspicion();
  await g.showOutcome();
  await g.expectWholeOutcome('must-report');
  await expect(page.locator('.og-contact').first()).toContainText('000-100 00 00');
});

test('a configuration that is not JSON falls back to 112 and says where it broke', async ({ page }) => {
  await openWith(page, '<html>Not found</html>');
  const panel = page.getByRole('region', { name: 'Fel i konfigurationen' });
  await panel.getByText('Visa 1 fel').click();
  await expect(panel).toContainText('line 1 column 1');
  const g = new Guide(page);
  await g.start();
  await g.answerIds('acute-danger', ['unsafe-today']);
  // The fallback is one municipality: where the child is now, then the call.
  await g.answerChild('here');
  await g.expectCallNow('phone-social-services-now');
  await expect(page.locator('.og-contact').first()).toContainText('112');
});

test('a missing configuration (404) is reported and the guidance still works', async ({ page }) => {
  await openWith(page, 'Not found', 404);
  const panel = page.getByRole('region', { name: 'Fel i konfigurationen' });
  await panel.getByText('Visa 1 fel').click();
  await expect(panel).toContainText('404');
});

test('a configuration on another site is refused without being requested', async ({ page }) => {
  const g = new Guide(page);
  await g.open('/kommun.html?config=https://evil.example/config.json');
  const panel = page.getByRole('region', { name: 'Fel i konfigurationen' });
  await panel.getByText('Visa 1 fel').click();
  await expect(panel).toContainText('same origin');
  expect(g.requests.filter((r) => new URL(r.url).hostname !== '127.0.0.1')).toEqual([]);
});
