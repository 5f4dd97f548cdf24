const { test, expect } = require('@playwright/test');
const AxeBuilder = require('@axe-core/playwright').default;
const { Guide } = require('./support');

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function expectNoViolations(page, where) {
  const result = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  const summary = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary, `axe violations on ${where}`).toEqual([]);
}

test('every page type has no WCAG 2.1 A/AA violations', async ({ page }) => {
  test.setTimeout(120_000); // axe runs seven times; slow machines need the room
  const g = new Guide(page);
  await g.open();
  await expectNoViolations(page, 'the start page');
  await g.start();
  await expectNoViolations(page, 'a question');
  await page.getByRole('button', { name: 'Fortsätt' }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  await expectNoViolations(page, 'a question with an error');
  await g.answer('Nej, det är inte akut');
  await g.answer('Förskola, skola, fritidshem eller elevhälsa');
  await g.answer('En förälder dricker för mycket eller använder droger');
  await expectNoViolations(page, 'a question with examples');
  await g.answer('Ja, något av detta');
  await expectNoViolations(page, 'check your answers');
  await page.getByRole('button', { name: 'Visa vad du ska göra' }).click();
  await expectNoViolations(page, 'the outcome');
  await g.startAgain();
  await g.start();
  await g.answer('Ja, barnet är i fara just nu');
  await expectNoViolations(page, 'the urgent outcome');
});

test('a full journey works with the keyboard alone', async ({ page }) => {
  const g = new Guide(page);
  await g.open();
  // The language switch comes first, then the start button.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'In English' })).toBeFocused();
  // Focus is always visible: a yellow outline or ring on whatever has focus.
  const ring = await page.getByRole('button', { name: 'In English' }).evaluate((el) => {
    const cs = getComputedStyle(el);
    return { outline: cs.outlineStyle, shadow: cs.boxShadow, background: cs.backgroundColor };
  });
  expect(ring.outline !== 'none' || ring.shadow !== 'none').toBe(true);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Börja', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(g.heading()).toBeFocused();
  // From the heading: Tab into the radio group, arrow to the third choice, Enter submits.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('radio', { name: 'Ja, barnet är i fara just nu' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: 'Nej, det är inte akut' })).toBeChecked();
  await page.keyboard.press('Enter');
  await expect(g.heading()).toHaveText('Var arbetar du, eller i vilken roll möter du barnet eller familjen?');
  await expect(g.heading()).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await expect(page.getByRole('radio', { name: 'Förskola, skola, fritidshem eller elevhälsa' })).toBeChecked();
  await page.keyboard.press('Enter');
  // Each new page is waited for, as a person would: Yew may yield to the browser between
  // rendering a page and moving focus to its heading, and keys pressed in that gap go elsewhere.
  await expect(g.heading()).toHaveText('Vad handlar din oro om?');
  await expect(g.heading()).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await page.keyboard.press('Enter');
  await expect(g.heading()).toHaveText('Har du själv sett eller hört något av det här?');
  await expect(g.heading()).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await page.keyboard.press('Enter');
  await expect(g.heading()).toHaveText('Kontrollera dina svar');
  await expect(g.heading()).toBeFocused();
  const confirm = page.getByRole('button', { name: 'Visa vad du ska göra' });
  for (let i = 0; i < 12 && !(await confirm.evaluate((el) => el.getRootNode().activeElement === el)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(confirm).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(g.heading()).toHaveText('Du ska göra en orosanmälan till socialtjänsten');
  await expect(g.heading()).toBeFocused();
  // The outcome is announced to screen readers through the live region.
  await expect(page.getByRole('status')).toHaveText('Du ska göra en orosanmälan till socialtjänsten');
  await expect(page.getByRole('status')).toHaveAttribute('aria-live', 'polite');
});

test('every page type in English has no WCAG 2.1 A/AA violations', async ({ page }) => {
  test.setTimeout(120_000);
  const g = new Guide(page);
  await g.open(`${g.path}&lang=en`);
  await expect(page.locator('.og-widget')).toHaveAttribute('lang', 'en');
  await expectNoViolations(page, 'the English start page');
  const pick = async (i) => {
    await page.getByRole('radio').nth(i).check();
    await page.getByRole('button', { name: 'Continue' }).click();
  };
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expectNoViolations(page, 'an English question with an error');
  await pick(2); // not acute
  await pick(0); // school
  await pick(0); // a parent's drinking
  await expectNoViolations(page, 'an English question with examples');
  await pick(0); // yes
  await expect(g.heading()).toHaveText('Check your answers');
  await expectNoViolations(page, 'English check your answers');
  await page.getByRole('button', { name: 'Show what to do' }).click();
  await expectNoViolations(page, 'the English outcome');
});
