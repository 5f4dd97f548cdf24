const { test, expect } = require('@playwright/test');
const { Guide } = require('./support');

test('start again empties every answer and note', async ({ page }) => {
  const g = new Guide(page);
  await g.open();
  await g.teacherWithSuspicion();
  await page.getByRole('button', { name: 'Visa vad du ska göra' }).click();
  await page.getByLabel('Vad jag har sett och hört').fill('Mamma luktade alkohol vid hämtningen 12/11.');
  await g.startAgain();
  await expect(g.heading()).toHaveText('Orolig för ett barn?');
  await expect(g.heading()).toBeFocused();
  // The widget lives in a shadow root: read its whole tree, not just the light DOM.
  const html = await page.locator('#orosguiden').evaluate((host) => host.shadowRoot.innerHTML);
  expect(html).toContain('og-widget');
  expect(html).not.toContain('luktade alkohol');
  await g.start();
  await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);
  await g.answer('Nej, det är inte akut');
  await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);
});
