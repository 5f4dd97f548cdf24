const { test, expect } = require('@playwright/test');
const { Guide } = require('./support');

test('switching language keeps the answers and sets lang', async ({ page }) => {
  const g = new Guide(page);
  await g.open();
  await g.teacherWithSuspicion();
  const widget = page.locator('.og-widget');
  await expect(widget).toHaveAttribute('lang', 'sv');
  await page.getByRole('button', { name: 'In English' }).click();
  await expect(widget).toHaveAttribute('lang', 'en');
  await expect(g.heading()).toHaveText('Check your answers');
  await expect(page.locator('.og-summary-list__row')).toHaveCount(4);
  await page.getByRole('button', { name: 'Show what to do' }).click();
  await expect(page.getByRole('heading', { name: 'Whom to contact' })).toBeVisible();
  await page.getByRole('button', { name: 'På svenska' }).click();
  await expect(g.heading()).toHaveText('Du ska göra en orosanmälan till socialtjänsten');
});

test('the widget fits 320 px and 200 % zoom without horizontal scrolling', async ({ page }) => {
  const g = new Guide(page);
  for (const width of [320, 640]) {
    // 640 CSS px is a 1280 px window at 200 % zoom.
    await page.setViewportSize({ width, height: 800 });
    await g.open();
    await g.teacherWithSuspicion();
    await page.getByRole('button', { name: 'Visa vad du ska göra' }).click();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `horizontal overflow at ${width}px`).toBeLessThanOrEqual(0);
  }
});
