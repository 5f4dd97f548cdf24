const { test, expect } = require('@playwright/test');
const { Guide } = require('./support');

async function teacherUnsure(g) {
  await g.start();
  await g.answerIds('acute-danger', ['not-acute']);
  await g.answerIds('role', ['school']);
  await g.answerIds('concern', ['substance']);
  await g.answerIds('observations-substance', ['unsure']);
  await g.answerIds('already-happened', []);
  await g.answerChild();
  await g.showOutcome();
  await g.expectWholeOutcome('consult-first');
  await g.expectContacts();
}

test('the "open care first unless acute" rule puts open care first for a consultation', async ({ page }) => {
  const g = new Guide(page);
  await g.open('/kommun.html?config=config/exempelkommun.json');
  await teacherUnsure(g);
  await expect(page.locator('.og-contact').first()).toContainText('Socialtjänstens mottagning för barn och unga');

  await g.open('/kommun.html?config=config/storstad-vaster.json');
  await teacherUnsure(g);
  const first = page.locator('.og-contact').first();
  await expect(first).toContainText('Rådgör med');
  await expect(first).toContainText('Öppenvården för barn och familj, Väster');
  await expect(first).toContainText('rådgör du i enskilda ärenden först med öppenvården');
});

test('the rule does not apply when it is acute: the child going home today goes to the intake or the jour', async ({ page }) => {
  const g = new Guide(page);
  await g.open('/kommun.html?config=config/storstad-vaster.json');
  await g.start();
  await g.answerIds('acute-danger', ['unsafe-today']);
  await g.answerChild();
  await g.expectCallNow('phone-social-services-now');
  await g.expectContacts();
  const contacts = page.locator('.og-contact');
  await expect(contacts).toHaveCount(2);
  await expect(page.locator('.og-contacts')).not.toContainText('Öppenvården');
  await expect(page.locator('.og-contacts')).toContainText('Storstads socialjour');
  // And after the call, the whole outcome of the acute journey still routes past open care.
  await g.goOn();
  await g.answerIds('role', ['school']);
  await g.answerIds('concern', ['substance']);
  await g.answerIds('already-happened', []);
  await g.answerChild();
  await g.showOutcome();
  await g.expectWholeOutcome('phone-social-services-now');
  await g.expectContacts();
  await expect(page.locator('.og-contacts')).toContainText('Storstads socialjour');
  await expect(page.locator('.og-contacts')).not.toContainText('Öppenvården');
});

test('a mandated reporter with a suspicion reports to the intake even where open care is consulted first', async ({ page }) => {
  const g = new Guide(page);
  await g.open('/kommun.html?config=config/storstad-vaster.json');
  await g.teacherWithSuspicion();
  await g.showOutcome();
  await g.expectWholeOutcome('must-report');
  const first = page.locator('.og-contact').first();
  await expect(first).toContainText('Anmäl till');
  await expect(first).toContainText('Mottagningen för barn och unga, stadsdel Väster');
});
