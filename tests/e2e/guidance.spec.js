// Issue 16 (guidance 0.2): the call-now page at once and the guide after the call, every worry
// counted, what has already happened, by keyboard alone, and without axe violations. Issue 17:
// where the child lives (on an acute path: is now, asked before the call-now page, under the 112
// link) and its age, asked after the flow's questions. Run for every example configuration.
const { test, expect } = require('@playwright/test');
const { Guide, expectNoViolations, widgetWord } = require('./support');

/** The 112 line of the call-112 decision: the words are the point. */
const CALL_112 = 'Ring 112. Säg var barnet är och vad som händer.';

/** The 112 link above a question asked while an urgent decision holds (where the child is now),
 * and its words (the widget's, as on the call-now page's panel): the words are the point. */
const URGENT_112 = '.og-panel[data-urgent] a.og-call[href="tel:112"]';
const DANGER_112 = widgetWord('call_112');

/** Asserts that the contacts on screen are the engine's for the answers given (`walk`), that
 * every unit to phone now is among them, and that no contact card offers an e-service as the
 * way to report: only for the written confirmation afterwards, under `.og-contact__confirm`. */
async function expectPhoneNowContacts(g) {
  const page = g.page;
  const want = await g.expectContacts();
  const acute = want.contacts.filter((c) => c.purpose === 'acute');
  expect(acute.length, 'units to phone now').toBeGreaterThan(0);
  await expect(page.locator('.og-contact p:not(.og-contact__confirm) a[href^="https:"]')).toHaveCount(0);
  const withConfirm = want.contacts.filter((c) => c.confirm_in);
  expect(withConfirm.length, 'every example configuration has an e-service for reports').toBeGreaterThan(0);
  await expect(page.locator('.og-contact .og-contact__confirm a')).toHaveCount(withConfirm.length);
}

test.describe('acute first, then the rest', () => {
  test('danger now: the call-now page at once, then after the call the whole outcome, still 112 at the top', async ({ page }) => {
    const g = new Guide(page);
    await g.open();
    await g.start();
    await g.answerIds('acute-danger', ['danger-now']);

    // Where the child is now, before any other question, under the 112 line.
    await g.expectQuestion('child-place');
    await expect(g.heading()).toBeFocused();
    await expect(page.locator(URGENT_112)).toBeVisible();
    await expect(page.locator(URGENT_112)).toHaveText(DANGER_112);
    await g.answerIds('child-place', [g.defaultPlace()]);

    // The call-now page: 112 on the first screen.
    await g.expectCallNow('call-112');
    await expect(g.heading()).toBeFocused();
    await expect(page.getByText(CALL_112)).toBeVisible();
    await expect(page.locator('[data-og-question], .og-page--check')).toHaveCount(0);
    await expect(page.getByRole('status')).toHaveText(await g.heading().textContent());
    await expectPhoneNowContacts(g);

    // "Fortsätt guiden" goes on to the role; Back from there returns to the call-now page.
    await g.goOn();
    await g.expectQuestion('role');
    await expect(g.heading()).toBeFocused();
    await g.back();
    await g.expectCallNow('call-112');
    await expect(g.heading()).toBeFocused();
    // And Back from the call-now page to where the child is, still picked.
    await g.back();
    await g.expectQuestion('child-place');
    await expect(g.choice('child-place', g.defaultPlace())).toBeChecked();
    await expect(page.locator(URGENT_112)).toBeVisible();
    await g.answerIds('child-place', [g.defaultPlace()]);
    await g.goOn();
    await g.expectQuestion('role');

    // The rest of the guide: no observations on an acute path; what has already happened, then
    // the child's age (where it is was answered before the call).
    await g.answerIds('role', ['school']);
    await g.answerIds('concern', ['violence']);
    await g.answerIds('already-happened', []);
    await g.expectQuestion('child-age');
    await expect(page.locator(URGENT_112)).toHaveCount(0);
    await g.answerIds('child-age', ['7-12']);
    await g.expectCheckPage();
    await expect(g.heading()).toBeFocused();
    // Acute danger, where the child is, role, worry, what has happened, age.
    await expect(g.answerRows()).toHaveCount(6);
    await expect(g.answerRow('observations-violence')).toHaveCount(0);
    await expect(g.answerRow('child-place')).toHaveCount(1);
    await expect(g.answerRow('child-age')).toHaveCount(1);
    await g.showOutcome();

    // The whole outcome: the urgent decision first, then what a non-acute path gives.
    await g.expectWholeOutcome('call-112');
    await expect(g.heading()).toBeFocused();
    await expect(page.locator('.og-page--outcome > :first-child')).toHaveAttribute('data-og-outcome', 'call-112');
    await expect(page.getByText(CALL_112)).toBeVisible();
    await g.expectBlock('acute-duty-mandated');
    await g.expectBlock('duty-is-personal');
    await g.expectBlock('do-not-tell-parents');
    await g.expectBlock('child-witness-of-violence');
    await g.expectBlock('support-for-the-child');
    await g.expectBlock('support-for-the-parent');
    await g.expectBlock('report-contents');
    await g.expectNoBlock('tell-parents');
    await g.expectNoBlock('acute-duty-should');
    await expectPhoneNowContacts(g);
    await g.expectSupport();
    // The answers about the child are among "Dina svar".
    await expect(g.block('answers').locator('dt')).toHaveCount(6);
    expect(g.errors).toEqual([]);
  });

  test('the call-now page has the number 112 as a link to call on the first screen', async ({ page }) => {
    const g = new Guide(page);
    // A laptop's window and a phone's: on a phone, the number to tap matters most.
    for (const viewport of [{ width: 1280, height: 720 }, { width: 375, height: 667 }]) {
      await page.setViewportSize(viewport);
      await g.open();
      await g.start();
      await g.answerIds('acute-danger', ['danger-now']);
      const onFirstScreen = () => page.locator('.og-widget a[href="tel:112"]').evaluateAll((links) => links.filter((a) => {
        const r = a.getBoundingClientRect();
        return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight;
      }).length);
      // Asked where the child is now: the number is there already, above the question.
      await g.expectQuestion('child-place');
      await expect(g.heading()).toBeFocused();
      await expect.poll(onFirstScreen, { message: `a tel:112 link within the first ${viewport.width}x${viewport.height} screen of the question`, timeout: 3000 }).toBeGreaterThan(0);
      await g.answerIds('child-place', [g.defaultPlace()]);
      await g.expectCallNow('call-112');
      await expect(g.heading()).toBeFocused();
      await expect.poll(onFirstScreen, { message: `a tel:112 link within the first ${viewport.width}x${viewport.height} screen`, timeout: 3000 }).toBeGreaterThan(0);
    }
  });

  test('a child going home to danger today: after the call, the whole outcome keeps the call first and the parent rule for this danger', async ({ page }) => {
    const g = new Guide(page);
    await g.open();
    await g.start();
    await g.answerIds('acute-danger', ['unsafe-today']);
    await g.expectQuestion('child-place');
    await expect(page.locator(URGENT_112)).toBeVisible();
    await g.answerIds('child-place', [g.defaultPlace()]);
    await g.expectCallNow('phone-social-services-now');
    await expect(g.heading()).toBeFocused();
    await expectPhoneNowContacts(g);
    await g.goOn();
    // Someone who is not mandated, worried about drinking: telling the parents could still put
    // the child at risk today.
    await g.answerIds('role', ['volunteer']);
    await g.answerIds('concern', ['substance']);
    await g.answerIds('already-happened', []);
    await g.answerChild(undefined, '13-14');
    await g.showOutcome();
    await g.expectWholeOutcome('phone-social-services-now');
    await g.expectBlock('acute-duty-should');
    await g.expectBlock('anonymous-allowed');
    await g.expectBlock('do-not-tell-parents');
    await g.expectBlock('support-for-the-child');
    await g.expectBlock('support-for-the-parent');
    await g.expectNoBlock('tell-parents');
    await g.expectNoBlock('acute-duty-mandated');
    await g.expectNoBlock('duty-is-personal');
    await expectPhoneNowContacts(g);
    await g.expectSupport();
  });
});

test.describe('every worry counted', () => {
  test('substance and violence: observations asked for each, in the worries’ order; the violence rule for the parents', async ({ page }) => {
    const g = new Guide(page);
    await g.open();
    await g.start();
    await g.answerIds('acute-danger', ['not-acute']);
    await g.answerIds('role', ['school']);
    await g.expectQuestion('concern');
    await expect(g.question('concern').locator('input[type=checkbox]')).toHaveCount(9);
    // Ticked violence first: the observations still come in the question's order.
    await g.choice('concern', 'violence').check();
    await g.choice('concern', 'substance').check();
    await g.continueButton().click();
    g.remember('concern', 'substance,violence');
    await g.expectQuestion('observations-substance');
    await expect(g.heading()).toBeFocused();
    await g.answerIds('observations-substance', ['yes']);
    await g.expectQuestion('observations-violence');
    await expect(g.heading()).toBeFocused();
    await expect(g.question('observations-violence').locator('input:checked')).toHaveCount(0);
    await g.answerIds('observations-violence', ['yes']);
    await g.answerIds('already-happened', []);
    await g.answerChild();
    await g.expectCheckPage();
    await expect(g.answerRows()).toHaveCount(8);
    await expect(g.answerRow('observations-substance')).toHaveCount(1);
    await expect(g.answerRow('observations-violence')).toHaveCount(1);
    await g.showOutcome();
    await g.expectWholeOutcome('must-report');
    await g.expectBlock('do-not-tell-parents');
    await g.expectBlock('support-for-the-parent');
    await g.expectBlock('child-witness-of-violence');
    await g.expectBlock('duty-is-personal');
    await g.expectNoBlock('tell-parents');
    await g.expectContacts();
  });

  test('a worry not seen does not hide one that was: violence not seen, drinking seen, is still a report', async ({ page }) => {
    const g = new Guide(page);
    await g.open();
    await g.start();
    await g.answerIds('acute-danger', ['not-acute']);
    await g.answerIds('role', ['school']);
    await g.answerIds('concern', ['substance', 'violence']);
    await g.answerIds('observations-substance', ['yes']);
    await g.answerIds('observations-violence', ['no']);
    await g.answerIds('already-happened', []);
    await g.answerChild();
    await g.showOutcome();
    await g.expectWholeOutcome('must-report');
    // Violence is among the worries: the parents are not told first.
    await g.expectBlock('do-not-tell-parents');
    await g.expectNoBlock('tell-parents');
  });

  test('Continue with no worry ticked shows the error, and the guide goes on once one is', async ({ page }) => {
    const g = new Guide(page);
    await g.open();
    await g.start();
    await g.answerIds('acute-danger', ['not-acute']);
    await g.answerIds('role', ['school']);
    await g.expectQuestion('concern');
    await expect(page.getByRole('alert')).toHaveCount(0);
    await g.continueEmpty();
    // Still the same question, with the error summary announced and the message by the choices.
    await g.expectQuestion('concern');
    const summary = page.locator('.og-error-summary');
    await expect(summary).toBeVisible();
    await expect(summary).toHaveAttribute('role', 'alert');
    await expect(page.getByRole('alert')).toHaveCount(1);
    const message = page.locator('.og-error-message');
    await expect(message).toBeVisible();
    const messageId = await message.getAttribute('id');
    expect((await g.question('concern').getAttribute('aria-describedby')).split(' ')).toContain(messageId);
    // The summary's link leads to the first checkbox.
    const firstId = await g.question('concern').locator('input').first().getAttribute('id');
    await expect(summary.getByRole('link')).toHaveAttribute('href', `#${firstId}`);
    await expect(g.question('concern').locator('input:checked')).toHaveCount(0);
    await g.answerIds('concern', ['neglect']);
    await g.expectQuestion('observations-neglect');
    await expect(page.getByRole('alert')).toHaveCount(0);
  });
});

test.describe('what has already happened', () => {
  test('none ticked is an answer; told my manager and someone else reported add their advice', async ({ page }) => {
    const g = new Guide(page);
    await g.open();
    await g.start();
    await g.answerIds('acute-danger', ['not-acute']);
    await g.answerIds('role', ['school']);
    await g.answerIds('concern', ['substance']);
    await g.answerIds('observations-substance', ['yes']);
    await g.expectQuestion('already-happened');
    await expect(g.question('already-happened').locator('input[type=checkbox]')).toHaveCount(4);
    await g.continueEmpty();
    g.remember('already-happened', '');
    // Accepted: no error, on to the questions about the child and the check page.
    await g.expectQuestion('child-place');
    await expect(page.getByRole('alert')).toHaveCount(0);
    await g.answerChild();
    await g.expectCheckPage();
    await expect(g.answerRow('already-happened')).toHaveCount(1);
    await g.showOutcome();
    await g.expectWholeOutcome('must-report');
    await g.expectNoBlock('told-manager');
    await g.expectNoBlock('someone-else-reported');

    // Back to the check page, and the answer changed: both are ticked now.
    await g.back();
    await g.expectCheckPage();
    await g.change('already-happened');
    await expect(g.question('already-happened').locator('input:checked')).toHaveCount(0);
    await g.answerIds('already-happened', ['someone-reported', 'told-manager']);
    // The answers about the child still apply: straight back to the check page.
    await g.expectCheckPage();
    await expect(g.answerRows()).toHaveCount(7);
    await g.showOutcome();
    await g.expectWholeOutcome('must-report');
    await g.expectBlock('told-manager');
    await g.expectBlock('someone-else-reported');
    await g.expectBlock('duty-is-personal');
  });

  test('violence, and the parents already told: where the child is, then the call-now page at once, then its age', async ({ page }) => {
    const g = new Guide(page);
    await g.open();
    await g.start();
    await g.answerIds('acute-danger', ['not-acute']);
    await g.answerIds('role', ['school']);
    await g.answerIds('concern', ['violence']);
    await g.answerIds('observations-violence', ['yes']);
    await g.answerIds('already-happened', ['told-parents']);
    // The answer made it urgent: where the child is now, under the 112 link, then the call.
    await g.expectQuestion('child-place');
    await expect(page.locator(URGENT_112)).toBeVisible();
    await g.answerChild();
    await g.expectCallNow('parents-told-about-harm');
    await expect(g.heading()).toBeFocused();
    await expect(g.checkPage()).toHaveCount(0);
    await expect(page.locator('.og-page--outcome > :first-child')).toHaveAttribute('data-og-outcome', 'parents-told-about-harm');
    await expect(page.locator('[data-og-question]')).toHaveCount(0);
    await expectPhoneNowContacts(g);
    // Back returns to where the child is, and from there to the question, with the answer
    // still ticked.
    await g.back();
    await g.expectQuestion('child-place');
    await expect(g.choice('child-place', g.defaultPlace())).toBeChecked();
    await g.back();
    await g.expectQuestion('already-happened');
    await expect(g.choice('already-happened', 'told-parents')).toBeChecked();
    await g.answerIds('already-happened', ['told-parents']);
    await g.answerIds('child-place', [g.defaultPlace()]);
    await g.expectCallNow('parents-told-about-harm');
    // After the call, the child's age, then the check page and the whole outcome.
    await g.goOn();
    await g.answerChild(undefined, '15-17');
    await g.expectCheckPage();
    await expect(g.answerRows()).toHaveCount(7);
    await g.showOutcome();
    await g.expectWholeOutcome('parents-told-about-harm');
    await expect(page.locator('.og-page--outcome > :first-child')).toHaveAttribute('data-og-outcome', 'parents-told-about-harm');
    await g.expectBlock('acute-duty-mandated');
    await g.expectBlock('do-not-tell-parents');
    await g.expectNoBlock('tell-parents');
    await g.expectNoBlock('parents-already-told');
    await expectPhoneNowContacts(g);
    await g.expectSupport();
  });

  test('drinking, and the parents already told: a report, with what to tell social services about it', async ({ page }) => {
    const g = new Guide(page);
    await g.open();
    await g.start();
    await g.answerIds('acute-danger', ['not-acute']);
    await g.answerIds('role', ['school']);
    await g.answerIds('concern', ['substance']);
    await g.answerIds('observations-substance', ['yes']);
    await g.answerIds('already-happened', ['told-parents']);
    await g.answerChild();
    await g.showOutcome();
    await g.expectWholeOutcome('must-report');
    await g.expectBlock('parents-already-told');
    await g.expectNoBlock('tell-parents');
  });
});

test('keyboard alone: checkboxes, the call-now page and the guide after it, focus on each new page’s heading', async ({ page }) => {
  const g = new Guide(page);
  await g.open();
  const focused = (locator) => locator.evaluate((el) => el.getRootNode().activeElement === el);
  const tabTo = async (locator, max = 40) => {
    for (let i = 0; i < max && !(await focused(locator)); i++) await page.keyboard.press('Tab');
    await expect(locator).toBeFocused();
  };
  await tabTo(page.getByRole('button', { name: 'Börja', exact: true }));
  await page.keyboard.press('Enter');
  await g.expectQuestion('acute-danger');
  await expect(g.heading()).toBeFocused();
  // Tab to the first radio (danger now), Space picks it, Enter submits.
  await page.keyboard.press('Tab');
  await expect(g.choice('acute-danger', 'danger-now')).toBeFocused();
  await page.keyboard.press('Space');
  await expect(g.choice('acute-danger', 'danger-now')).toBeChecked();
  await page.keyboard.press('Enter');

  // Each new page is waited for, as a person would, before the next key. Where the child is
  // now: from the heading, Tab to the first place, Space, Enter.
  await g.expectQuestion('child-place');
  await expect(g.heading()).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(g.choice('child-place', g.defaultPlace())).toBeFocused();
  await page.keyboard.press('Space');
  await expect(g.choice('child-place', g.defaultPlace())).toBeChecked();
  await page.keyboard.press('Enter');

  await g.expectCallNow('call-112');
  await expect(g.heading()).toBeFocused();
  await tabTo(g.goOnButton());
  await page.keyboard.press('Enter');

  await g.expectQuestion('role');
  await expect(g.heading()).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await expect(g.choice('role', 'school')).toBeChecked();
  await page.keyboard.press('Enter');

  // The checkboxes: Tab from one to the next, Space ticks, Enter submits.
  await g.expectQuestion('concern');
  await expect(g.heading()).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(g.choice('concern', 'substance')).toBeFocused();
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(g.choice('concern', 'violence')).toBeFocused();
  await page.keyboard.press('Space');
  await expect(g.choice('concern', 'substance')).toBeChecked();
  await expect(g.choice('concern', 'violence')).toBeChecked();
  await expect(g.question('concern').locator('input:checked')).toHaveCount(2);
  await page.keyboard.press('Enter');

  await g.expectQuestion('already-happened');
  await expect(g.heading()).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(g.choice('already-happened', 'told-manager')).toBeFocused();
  await page.keyboard.press('Space');
  await expect(g.choice('already-happened', 'told-manager')).toBeChecked();
  await page.keyboard.press('Enter');

  // The age: Tab into the group, the arrow keys move the pick (0–6, 7–12, 13–14).
  await g.expectQuestion('child-age');
  await expect(g.heading()).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(g.choice('child-age', '0-6')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(g.choice('child-age', '13-14')).toBeChecked();
  await page.keyboard.press('Enter');

  await g.expectCheckPage();
  await expect(g.heading()).toBeFocused();
  await tabTo(page.getByRole('button', { name: 'Visa vad du ska göra' }));
  await page.keyboard.press('Enter');

  await g.expectWholeOutcome('call-112');
  await expect(g.heading()).toBeFocused();
  await g.expectBlock('told-manager');
  await g.expectBlock('do-not-tell-parents');
});

test('no WCAG 2.1 A/AA violations on where the child is now, the call-now page, a checkbox question with its error, what has already happened, the child\'s age and the whole outcome after the call', async ({ page }) => {
  test.setTimeout(120_000);
  const g = new Guide(page);
  await g.open();
  await g.start();
  await g.answerIds('acute-danger', ['danger-now']);
  await g.expectQuestion('child-place');
  await expectNoViolations(page, 'where the child is now, under the 112 link');
  await g.answerChild();
  await g.expectCallNow('call-112');
  await expectNoViolations(page, 'the call-now page');
  await g.goOn();
  await g.answerIds('role', ['health-child']);
  await g.expectQuestion('concern');
  await g.continueEmpty();
  await expect(page.getByRole('alert')).toBeVisible();
  await expectNoViolations(page, 'a checkbox question with its error');
  await g.answerIds('concern', ['substance', 'neglect']);
  await g.expectQuestion('already-happened');
  await expectNoViolations(page, 'the already-happened question');
  await g.answerIds('already-happened', ['wants-anonymous']);
  await g.expectQuestion('child-age');
  await expectNoViolations(page, 'the child\'s age');
  await g.answerChild();
  await g.showOutcome();
  await g.expectWholeOutcome('call-112');
  await g.expectBlock('acute-duty-mandated');
  await expectNoViolations(page, 'the whole outcome after the call');
});
