const { test, expect } = require('@playwright/test');
const { Guide, flowText, widgetWord } = require('./support');

test('switching language keeps the answers and sets lang', async ({ page }) => {
  const g = new Guide(page);
  await g.open();
  await g.teacherWithSuspicion();
  const widget = page.locator('.og-widget');
  await expect(widget).toHaveAttribute('lang', 'sv');
  await page.getByRole('button', { name: 'In English' }).click();
  await expect(widget).toHaveAttribute('lang', 'en');
  await g.expectCheckPage();
  await expect(g.heading()).toHaveText('Check your answers');
  await expect(g.answerRows()).toHaveCount(7);
  // The answers read in English now, those about the child too.
  await expect(g.answerRow('role', 'en')).toContainText(flowText('choice', 'role', 'school', 'en'));
  await expect(g.answerRow('concern', 'en')).toContainText(flowText('choice', 'concern', 'substance', 'en'));
  await expect(g.answerRow('child-place', 'en')).toHaveCount(1);
  await expect(g.answerRow('child-age', 'en')).toContainText(widgetWord('dont_know', 'en'));
  await g.showOutcome();
  await g.expectWholeOutcome('must-report');
  await expect(g.heading()).toHaveText(flowText('outcome', 'must-report', undefined, 'en'));
  await expect(page.getByRole('heading', { name: 'Whom to contact' })).toBeVisible();
  await page.getByRole('button', { name: 'På svenska' }).click();
  await expect(widget).toHaveAttribute('lang', 'sv');
  await g.expectWholeOutcome('must-report');
  await expect(g.heading()).toHaveText(flowText('outcome', 'must-report'));
});

test('the widget fits 320 px and 200 % zoom without horizontal scrolling', async ({ page }) => {
  const g = new Guide(page);
  for (const width of [320, 640]) {
    // 640 CSS px is a 1280 px window at 200 % zoom.
    await page.setViewportSize({ width, height: 800 });
    await g.open();
    await g.teacherWithSuspicion();
    await g.showOutcome();
    await g.expectWholeOutcome('must-report');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `horizontal overflow at ${width}px`).toBeLessThanOrEqual(0);
  }
});
