const { test, expect } = require('@playwright/test');
const { Guide } = require('./support');

test('leaving the page and coming back with Back shows nothing of the previous user', async ({ page }) => {
  const g = new Guide(page);
  await g.open();
  await g.teacherWithSuspicion();
  await page.getByRole('button', { name: 'Visa vad du ska göra' }).click();
  await page.getByLabel('Vad jag har sett och hört').fill('Pappa var påverkad vid hämtningen.');
  await page.goto('/index.html');
  await page.goBack();
  await expect(g.heading()).toHaveText('Orolig för ett barn?');
  const html = await g.widgetHtml();
  expect(html).not.toContain('Pappa var påverkad');
  expect(html).not.toContain('Du ska göra en orosanmälan');
  await g.start();
  await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);
  await g.expectNothingStored();
});
