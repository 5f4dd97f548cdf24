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
  await g.expectQuestion('acute-danger');
  await expectNoViolations(page, 'a question');
  await g.continueEmpty();
  await expect(page.getByRole('alert')).toBeVisible();
  await expectNoViolations(page, 'a question with an error');
  await g.answerIds('acute-danger', ['not-acute']);
  await g.answerIds('role', ['school']);
  await g.answerIds('concern', ['substance']);
  await g.expectQuestion('observations-substance');
  await expectNoViolations(page, 'a question with examples');
  await g.answerIds('observations-substance', ['yes']);
  await g.answerIds('already-happened', []);
  await g.expectCheckPage();
  await expectNoViolations(page, 'check your answers');
  await g.showOutcome();
  await g.expectWholeOutcome('must-report');
  await expectNoViolations(page, 'the outcome');
  await g.startAgain();
  await g.start();
  await g.answerIds('acute-danger', ['danger-now']);
  await g.expectCallNow('call-112');
  await expectNoViolations(page, 'the call-now page');
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
  await g.expectQuestion('acute-danger');
  await expect(g.heading()).toBeFocused();
  // From the heading: Tab into the radio group, arrow to the third choice, Enter submits.
  await page.keyboard.press('Tab');
  await expect(g.choice('acute-danger', 'danger-now')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(g.choice('acute-danger', 'not-acute')).toBeChecked();
  await page.keyboard.press('Enter');
  // Each new page is waited for, as a person would: Yew may yield to the browser between
  // rendering a page and moving focus to its heading, and keys pressed in that gap go elsewhere.
  await g.expectQuestion('role');
  await expect(g.heading()).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await expect(g.choice('role', 'school')).toBeChecked();
  await page.keyboard.press('Enter');
  await g.expectQuestion('concern');
  await expect(g.heading()).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await expect(g.choice('concern', 'substance')).toBeChecked();
  await page.keyboard.press('Enter');
  await g.expectQuestion('observations-substance');
  await expect(g.heading()).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await expect(g.choice('observations-substance', 'yes')).toBeChecked();
  await page.keyboard.press('Enter');
  await g.expectQuestion('already-happened');
  await expect(g.heading()).toBeFocused();
  // None ticked: Tab to Continue and press it.
  const next = g.continueButton();
  for (let i = 0; i < 8 && !(await next.evaluate((el) => el.getRootNode().activeElement === el)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(next).toBeFocused();
  await page.keyboard.press('Enter');
  await g.expectCheckPage();
  await expect(g.heading()).toBeFocused();
  const confirm = page.getByRole('button', { name: 'Visa vad du ska göra' });
  for (let i = 0; i < 12 && !(await confirm.evaluate((el) => el.getRootNode().activeElement === el)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(confirm).toBeFocused();
  await page.keyboard.press('Enter');
  await g.expectWholeOutcome('must-report');
  await expect(g.heading()).toBeFocused();
  // The outcome is announced to screen readers through the live region: its decision.
  const title = await g.heading().textContent();
  expect(title.trim()).not.toBe('');
  await expect(page.getByRole('status')).toHaveText(title);
  await expect(page.getByRole('status')).toHaveAttribute('aria-live', 'polite');
});

test('every page type in English has no WCAG 2.1 A/AA violations', async ({ page }) => {
  test.setTimeout(120_000);
  const g = new Guide(page);
  await g.open(`${g.path}&lang=en`);
  await expect(page.locator('.og-widget')).toHaveAttribute('lang', 'en');
  await expectNoViolations(page, 'the English start page');
  await g.start();
  await g.expectQuestion('acute-danger');
  await g.continueEmpty();
  await expect(page.getByRole('alert')).toBeVisible();
  await expectNoViolations(page, 'an English question with an error');
  await g.answerIds('acute-danger', ['not-acute']);
  await g.answerIds('role', ['school']);
  await g.expectQuestion('concern');
  await g.continueEmpty();
  await expect(page.getByRole('alert')).toBeVisible();
  await expectNoViolations(page, 'an English checkbox question with an error');
  await g.answerIds('concern', ['substance']);
  await g.expectQuestion('observations-substance');
  await expectNoViolations(page, 'an English question with examples');
  await g.answerIds('observations-substance', ['yes']);
  await g.expectQuestion('already-happened');
  await expectNoViolations(page, 'the English already-happened question');
  await g.answerIds('already-happened', []);
  await g.expectCheckPage();
  await expect(g.heading()).toHaveText('Check your answers');
  await expectNoViolations(page, 'English check your answers');
  await g.showOutcome();
  await g.expectWholeOutcome('must-report');
  await expectNoViolations(page, 'the English outcome');
  await g.startAgain();
  await g.start();
  await g.answerIds('acute-danger', ['danger-now']);
  await g.expectCallNow('call-112');
  await expectNoViolations(page, 'the English call-now page');
});
