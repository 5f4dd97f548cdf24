const { test, expect } = require('@playwright/test');
const { Guide } = require('./support');

test('leaving the page and coming back with Back shows nothing of the previous user', async ({ page }) => {
  const g = new Guide(page);
  await g.open();
  await g.teacherWithSuspicion();
  await g.showOutcome();
  await g.expectWholeOutcome('must-report');
  const title = await g.heading().textContent();
  await g.note(0).fill('Pappa var påverkad vid hämtningen.');
  await page.goto('/index.html');
  await page.goBack();
  await g.expectStartPage();
  const html = await g.widgetHtml();
  expect(html).not.toContain('Pappa var påverkad');
  expect(html).not.toContain(title);
  expect(html).not.toContain('data-og-outcome');
  await g.start();
  await g.expectQuestion('acute-danger');
  await expect(page.locator('.og-widget input:checked')).toHaveCount(0);
  await g.expectNothingStored();
});
