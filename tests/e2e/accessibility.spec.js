const { test, expect } = require('@playwright/test');
const { Guide, expectNoViolations } = require('./support');

/** The 112 link above the question where the child is now (an acute path). */
const URGENT_112 = '.og-panel[data-urgent] a.og-call[href="tel:112"]';

test('every page type has no WCAG 2.1 A/AA violations', async ({ page }) => {
  test.setTimeout(180_000); // axe runs eleven times; slow machines need the room
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
  await g.expectQuestion('child-place');
  await expect(page.locator('.og-panel[data-urgent]')).toHaveCount(0);
  await expectNoViolations(page, 'where the child lives');
  await g.answerIds('child-place', [g.defaultPlace()]);
  await g.expectQuestion('child-age');
  await expectNoViolations(page, 'the child\'s age');
  await g.answerIds('child-age', ['7-12']);
  await g.expectCheckPage();
  await expectNoViolations(page, 'check your answers');
  await g.showOutcome();
  await g.expectWholeOutcome('must-report');
  // The support for the child, the parent and the other parent side by side.
  await expect(page.locator('[data-og-family] [data-og-block]')).not.toHaveCount(0);
  await g.expectContacts();
  await expectNoViolations(page, 'the outcome, with the family\'s support side by side');

  // The child lives in another municipality: the instruction card instead of a unit to report to.
  await g.back();
  await g.change('child-place');
  await g.answerIds('child-place', ['other']);
  await g.showOutcome();
  await g.expectWholeOutcome('must-report');
  await expect(page.locator('[data-og-elsewhere="report"]')).toHaveCount(1);
  await g.expectContacts();
  await expectNoViolations(page, 'the outcome for a child in another municipality');

  await g.startAgain();
  await g.start();
  await g.answerIds('acute-danger', ['danger-now']);
  await g.expectQuestion('child-place');
  await expect(page.locator(URGENT_112)).toBeVisible();
  await expectNoViolations(page, 'where the child is now, under the 112 link');
  await g.answerChild();
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
  // Where the child lives: Tab to the first place, Space picks it, Enter submits.
  await g.expectQuestion('child-place');
  await expect(g.heading()).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(g.choice('child-place', g.defaultPlace())).toBeFocused();
  await page.keyboard.press('Space');
  await expect(g.choice('child-place', g.defaultPlace())).toBeChecked();
  await page.keyboard.press('Enter');
  // The age: Tab into the group, an arrow key moves the pick from 0–6 to 7–12.
  await g.expectQuestion('child-age');
  await expect(g.heading()).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(g.choice('child-age', '0-6')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(g.choice('child-age', '7-12')).toBeChecked();
  await page.keyboard.press('Enter');
  await g.expectCheckPage();
  await expect(g.heading()).toBeFocused();
  await expect(g.answerRows()).toHaveCount(7);
  const confirm = page.getByRole('button', { name: 'Visa vad du ska göra' });
  for (let i = 0; i < 20 && !(await confirm.evaluate((el) => el.getRootNode().activeElement === el)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(confirm).toBeFocused();
  await page.keyboard.press('Enter');
  await g.expectWholeOutcome('must-report');
  await expect(g.heading()).toBeFocused();
  await g.expectContacts([['acute-danger', 'not-acute'], ['role', 'school'], ['concern', 'substance'], ['observations-substance', 'yes'],
    ['already-happened', ''], ['child-place', g.defaultPlace()], ['child-age', '7-12']]);
  // The outcome is announced to screen readers through the live region: its decision.
  const title = await g.heading().textContent();
  expect(title.trim()).not.toBe('');
  await expect(page.getByRole('status')).toHaveText(title);
  await expect(page.getByRole('status')).toHaveAttribute('aria-live', 'polite');
});

test('every page type in English has no WCAG 2.1 A/AA violations', async ({ page }) => {
  test.setTimeout(180_000);
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
  await g.expectQuestion('child-place');
  await expectNoViolations(page, 'the English question where the child lives');
  // Another municipality: the English outcome has the instruction card.
  await g.answerIds('child-place', ['other']);
  await g.expectQuestion('child-age');
  await expectNoViolations(page, 'the English question of the child\'s age');
  await g.answerIds('child-age', ['13-14']);
  await g.expectCheckPage();
  await expect(g.heading()).toHaveText('Check your answers');
  await expectNoViolations(page, 'English check your answers');
  await g.showOutcome();
  await g.expectWholeOutcome('must-report');
  await expect(page.locator('[data-og-elsewhere="report"]')).toHaveCount(1);
  await expect(page.locator('[data-og-family] [data-og-block]')).not.toHaveCount(0);
  await expectNoViolations(page, 'the English outcome, with the instruction for another municipality and the family\'s support');
  await g.startAgain();
  await g.start();
  await g.answerIds('acute-danger', ['danger-now']);
  await g.expectQuestion('child-place');
  await expect(page.locator(URGENT_112)).toBeVisible();
  await expectNoViolations(page, 'the English question where the child is now, under the 112 link');
  await g.answerChild();
  await g.expectCallNow('call-112');
  await expectNoViolations(page, 'the English call-now page');
});
