const { test, expect } = require('@playwright/test');
const { Guide } = require('./support');

async function teacherUnsure(g) {
  await g.start();
  await g.answer('Nej, det är inte akut');
  await g.answer('Förskola, skola, fritidshem eller elevhälsa');
  await g.answer('En förälder dricker för mycket eller använder droger');
  await g.answer('Jag är osäker');
  await g.page.getByRole('button', { name: 'Visa vad du ska göra' }).click();
  await expect(g.heading()).toHaveText('Rådgör med socialtjänsten utan att säga vem barnet är');
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
  await g.answer('Barnet ska gå hem i dag till något som kan vara farligt');
  const contacts = page.locator('.og-contact');
  await expect(contacts).toHaveCount(2);
  await expect(page.locator('.og-contacts')).not.toContainText('Öppenvården');
  await expect(page.locator('.og-contacts')).toContainText('Storstads socialjour');
});

test('a mandated reporter with a suspicion reports to the intake even where open care is consulted first', async ({ page }) => {
  const g = new Guide(page);
  await g.open('/kommun.html?config=config/storstad-vaster.json');
  await g.teacherWithSuspicion();
  await page.getByRole('button', { name: 'Visa vad du ska göra' }).click();
  const first = page.locator('.og-contact').first();
  await expect(first).toContainText('Anmäl till');
  await expect(first).toContainText('Mottagningen för barn och unga, stadsdel Väster');
});
