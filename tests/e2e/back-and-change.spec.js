const { test, expect } = require('@playwright/test');
const { Guide } = require('./support');

test('back keeps the earlier answer selected', async ({ page }) => {
  const g = new Guide(page);
  await g.open();
  await g.start();
  await g.answer('Nej, det är inte akut');
  await g.answer('Förskola, skola, fritidshem eller elevhälsa');
  await expect(g.heading()).toHaveText('Vad handlar din oro om?');
  await g.back();
  await expect(g.heading()).toHaveText('Var arbetar du, eller i vilken roll möter du barnet eller familjen?');
  await expect(g.heading()).toBeFocused();
  await expect(page.getByRole('radio', { name: 'Förskola, skola, fritidshem eller elevhälsa' })).toBeChecked();
});

test('changing the concern from check answers asks the new follow-up and drops the old one', async ({ page }) => {
  const g = new Guide(page);
  await g.open();
  await g.teacherWithSuspicion();
  await page.getByRole('button', { name: 'Ändra oron gäller' }).click();
  await expect(g.heading()).toHaveText('Vad handlar din oro om?');
  await expect(page.getByRole('radio', { name: 'En förälder dricker för mycket eller använder droger' })).toBeChecked();
  await g.answer('Våld i familjen');
  // The old observation answer was about drinking: it no longer applies, so it is asked anew.
  await expect(g.heading()).toHaveText('Har du själv sett eller hört något av det här?');
  await expect(page.getByText('Barnet har berättat att någon slår, hotar eller skadar barnet')).toBeVisible();
  await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);
  await g.answer('Ja, något av detta');
  await expect(g.heading()).toHaveText('Kontrollera dina svar');
  await expect(page.locator('.og-summary-list__row').nth(2)).toContainText('Våld i familjen');
  await page.getByRole('button', { name: 'Visa vad du ska göra' }).click();
  await expect(page.getByRole('heading', { name: 'Kontakta inte föräldrarna först' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Berätta oftast för föräldrarna' })).toHaveCount(0);
});

test('changing the role keeps the answers that still apply', async ({ page }) => {
  const g = new Guide(page);
  await g.open();
  await g.teacherWithSuspicion();
  await page.getByRole('button', { name: 'Ändra din roll' }).click();
  await g.answer('Förening, trossamfund, idrott, ideellt arbete eller privatperson');
  // Concern and observation are still asked on the new path, so they are kept.
  await expect(g.heading()).toHaveText('Kontrollera dina svar');
  await expect(page.locator('.og-summary-list__row')).toHaveCount(4);
  await page.getByRole('button', { name: 'Visa vad du ska göra' }).click();
  await expect(g.heading()).toHaveText('Du bör göra en orosanmälan till socialtjänsten');
  await expect(page.getByRole('heading', { name: 'Du får vara anonym' })).toBeVisible();
});
