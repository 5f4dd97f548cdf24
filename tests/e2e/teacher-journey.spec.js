const { test, expect } = require('@playwright/test');
const { Guide, unitsFor } = require('./support');

test('a teacher with a suspicion is told to report, with the configured unit on screen', async ({ page }) => {
  const g = new Guide(page);
  const unit = unitsFor(g.config, 'report', 'school')[0];
  await g.open();
  await g.teacherWithSuspicion();
  const answers = page.locator('.og-summary-list__row');
  await expect(answers).toHaveCount(4);
  await expect(answers.nth(1)).toContainText('Förskola, skola, fritidshem eller elevhälsa');
  await page.getByRole('button', { name: 'Visa vad du ska göra' }).click();

  await expect(g.heading()).toHaveText('Du ska göra en orosanmälan till socialtjänsten');
  await expect(g.heading()).toBeFocused();
  const contact = page.locator('.og-contact').first();
  await expect(contact).toContainText(unit.name.sv);
  await expect(contact.getByRole('link', { name: unit.phone })).toHaveAttribute('href', `tel:${unit.phone.replace(/[^0-9+]/g, '')}`);
  await expect(page.getByRole('heading', { name: 'Skyldigheten att anmäla är din egen' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Det här bör anmälan innehålla' })).toBeVisible();
  await expect(page.getByText('Socialtjänstlagen (2025:400), skyldigheten att anmäla oro för barn').first()).toBeVisible();
  // The local routine is shown as a complement, never instead of the duty.
  await expect(page.getByText('den ersätter aldrig din egen skyldighet att anmäla')).toBeVisible();
  const routine = g.config.routing.roles?.school?.routine?.sv;
  if (routine) await expect(page.getByText(routine)).toBeVisible();
  expect(g.errors).toEqual([]);
});

test('danger now goes straight to 112 without a check page', async ({ page }) => {
  const g = new Guide(page);
  await g.open();
  await g.start();
  await g.answer('Ja, barnet är i fara just nu');
  await expect(g.heading()).toHaveText('Ring 112 nu');
  await expect(page.getByText('Ring 112. Säg var barnet är och vad som händer.')).toBeVisible();
});

test('a child going home to danger today: phone social services now, whoever is open first', async ({ page }) => {
  const g = new Guide(page);
  await g.open();
  await g.start();
  await g.answer('Barnet ska gå hem i dag till något som kan vara farligt');
  await expect(g.heading()).toHaveText('Ring socialtjänsten nu, innan barnet går hem');
  const contacts = page.locator('.og-contact');
  const acute = new Set([...unitsFor(g.config, 'acute', null, ['unsafe_today']).map((u) => u.id), g.config.routing.after_hours]);
  await expect(contacts).toHaveCount(acute.size);
    // Whoever comes first is not closed: open now, or reachable around the clock (112).
  await expect(contacts.first().locator('.og-tag--closed')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Kontakta inte föräldrarna först' })).toBeVisible();
});

test('the summary copies to the clipboard with the drafting notes', async ({ page, context }) => {
  const g = new Guide(page);
  const unit = unitsFor(g.config, 'report', 'school')[0];
  await g.open();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
  await g.teacherWithSuspicion();
  await page.getByRole('button', { name: 'Visa vad du ska göra' }).click();
  await page.getByLabel('Vad barnet har sagt, med barnets egna ord').fill('”Pappa sover på golvet.”');
  await page.getByRole('button', { name: 'Kopiera sammanfattningen' }).click();
  await expect(page.getByRole('status')).toContainText('Sammanfattningen är kopierad');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('Du ska göra en orosanmälan till socialtjänsten');
  expect(copied).toContain(unit.phone);
  expect(copied).toContain('”Pappa sover på golvet.”');
  expect(copied).toContain('Din roll: Förskola, skola, fritidshem eller elevhälsa');
  // The copy message belongs to that moment: the next page's announcement replaces it.
  await g.back();
  await page.getByRole('button', { name: 'Visa vad du ska göra' }).click();
  await expect(page.getByRole('status')).toHaveText('Du ska göra en orosanmälan till socialtjänsten');
});
