const { test, expect } = require('@playwright/test');
const { Guide, demoConfigText } = require('./support');

const demo = JSON.parse(demoConfigText());

test('an unused guide warns a minute before it clears itself, and the warning can be dismissed', async ({ page }) => {
  await page.clock.install();
  await page.route('**/config/idle.json', (route) => route.fulfill({ status: 200, body: JSON.stringify({ ...demo, inactivity_minutes: 3 }), contentType: 'application/json' }));
  const g = new Guide(page);
  await g.open('/kommun.html?config=config/idle.json');
  await g.teacherWithSuspicion();
  await page.getByRole('button', { name: 'Visa vad du ska göra' }).click();
  await page.getByLabel('Vad jag har sett och hört').fill('Anteckning som inte får ligga kvar.');

  await page.clock.runFor('01:59');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await page.clock.runFor('00:02');
  await expect(page.getByRole('alert')).toContainText('Guiden töms om en minut');
  await page.getByRole('button', { name: 'Fortsätt använda guiden' }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await page.clock.runFor('02:30');
  await expect(g.heading()).toHaveText('Du ska göra en orosanmälan till socialtjänsten');

  await page.clock.runFor('00:31');
  await expect(g.heading()).toHaveText('Orolig för ett barn?');
  const html = await g.widgetHtml();
  expect(html).not.toContain('Anteckning som inte får ligga kvar');
  await g.start();
  await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);
});

test('without inactivity_minutes the guide never clears itself', async ({ page }) => {
  await page.clock.install();
  const g = new Guide(page);
  await g.open('/kommun.html?config=config/exempelkommun.json');
  await g.teacherWithSuspicion();
  await page.clock.runFor('04:00:00');
  await expect(g.heading()).toHaveText('Kontrollera dina svar');
});
