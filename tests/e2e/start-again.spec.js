const { test, expect } = require('@playwright/test');
const { Guide } = require('./support');

test('start again empties every answer and note', async ({ page }) => {
  const g = new Guide(page);
  await g.open();
  await g.teacherWithSuspicion();
  await g.showOutcome();
  await g.expectWholeOutcome('must-report');
  await g.note(0).fill('Mamma luktade alkohol vid hämtningen 12/11.');
  await g.startAgain();
  await g.expectStartPage();
  await expect(g.heading()).toBeFocused();
  // The widget lives in a shadow root: read its whole tree, not just the light DOM.
  const html = await page.locator('#orosguiden').evaluate((host) => host.shadowRoot.innerHTML);
  expect(html).toContain('og-widget');
  expect(html).not.toContain('luktade alkohol');
  await g.start();
  await g.expectQuestion('acute-danger');
  await expect(page.locator('.og-widget input:checked')).toHaveCount(0);
  await g.answerIds('acute-danger', ['not-acute']);
  await g.expectQuestion('role');
  await expect(page.locator('.og-widget input:checked')).toHaveCount(0);
  await g.answerIds('role', ['school']);
  // The worries ticked before are forgotten too.
  await g.expectQuestion('concern');
  await expect(page.locator('.og-widget input:checked')).toHaveCount(0);
});
