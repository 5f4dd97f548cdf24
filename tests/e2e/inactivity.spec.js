const { test, expect } = require('@playwright/test');
const { Guide, demoConfigText } = require('./support');

const demo = JSON.parse(demoConfigText());

test('an unused guide warns a minute before it clears itself, and the warning can be dismissed', async ({ page }) => {
  await page.clock.install();
  await page.route('**/config/idle.json', (route) => route.fulfill({ status: 200, body: JSON.stringify({ ...demo, inactivity_minutes: 3 }), contentType: 'application/json' }));
  const g = new Guide(page);
  await g.open('/kommun.html?config=config/idle.json');
  await g.teacherWithSuspicion();
  await g.showOutcome();
  await g.expectWholeOutcome('must-report');
  await g.note(0).fill('Anteckning som inte får ligga kvar.');

  await page.clock.runFor('01:59');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await page.clock.runFor('00:02');
  await expect(page.getByRole('alert')).toContainText('Guiden töms om en minut');
  await page.getByRole('button', { name: 'Fortsätt använda guiden' }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await page.clock.runFor('02:30');
  await g.expectWholeOutcome('must-report');
  await expect(g.note(0)).toHaveValue('Anteckning som inte får ligga kvar.');

  await page.clock.runFor('00:31');
  await g.expectStartPage();
  const html = await g.widgetHtml();
  expect(html).not.toContain('Anteckning som inte får ligga kvar');
  await g.start();
  await g.expectQuestion('acute-danger');
  await expect(page.locator('.og-widget input:checked')).toHaveCount(0);
});

test('without inactivity_minutes the guide never clears itself', async ({ page }) => {
  await page.clock.install();
  const g = new Guide(page);
  await g.open('/kommun.html?config=config/exempelkommun.json');
  await g.teacherWithSuspicion();
  await page.clock.runFor('04:00:00');
  await g.expectCheckPage();
  // The flow's five answers and the two about the child.
  await expect(g.answerRows()).toHaveCount(7);
});
