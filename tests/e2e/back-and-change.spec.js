const { test, expect } = require('@playwright/test');
const { Guide, flowText, widgetWord } = require('./support');

test('back keeps the earlier answer selected', async ({ page }) => {
  const g = new Guide(page);
  await g.open();
  await g.start();
  await g.answerIds('acute-danger', ['not-acute']);
  await g.answerIds('role', ['school']);
  await g.answerIds('concern', ['substance', 'violence']);
  await g.expectQuestion('observations-substance');
  await g.back();
  await g.expectQuestion('concern');
  await expect(g.heading()).toBeFocused();
  // Every worry ticked is still ticked, and only those.
  await expect(g.choice('concern', 'substance')).toBeChecked();
  await expect(g.choice('concern', 'violence')).toBeChecked();
  await expect(g.question('concern').locator('input:checked')).toHaveCount(2);
  await g.back();
  await g.expectQuestion('role');
  await expect(g.heading()).toBeFocused();
  await expect(g.choice('role', 'school')).toBeChecked();
});

test('changing the concern from check answers asks the new follow-up and drops the old one', async ({ page }) => {
  const g = new Guide(page);
  await g.open();
  // An age of 7–12: see the fixme test below for 15–17 and "Vet inte".
  await g.teacherWithSuspicion(g.defaultPlace(), '7-12');
  await g.change('concern');
  await expect(g.choice('concern', 'substance')).toBeChecked();
  await g.answerIds('concern', ['violence']);
  // The old observation answer was about drinking: it no longer applies, so the observations
  // about violence are asked, with nothing picked.
  await g.expectQuestion('observations-violence');
  await expect(g.question('observations-violence').locator('input:checked')).toHaveCount(0);
  await g.answerIds('observations-violence', ['yes']);
  await g.answerIds('already-happened', []);
  // The path has changed: what follows is asked again, with the earlier answers picked.
  await g.expectQuestion('child-place');
  await expect(g.choice('child-place', g.defaultPlace())).toBeChecked();
  await g.answerIds('child-place', [g.defaultPlace()]);
  await expect(g.choice('child-age', '7-12')).toBeChecked();
  await g.answerIds('child-age', ['7-12']);
  await g.expectCheckPage();
  await expect(g.answerRows()).toHaveCount(7);
  await expect(g.answerRow('observations-substance')).toHaveCount(0);
  await expect(g.answerRow('child-place')).toHaveCount(1);
  await expect(g.answerRow('child-age')).toHaveCount(1);
  await expect(g.answerRow('concern')).toContainText(flowText('choice', 'concern', 'violence'));
  await expect(g.answerRow('concern')).not.toContainText(flowText('choice', 'concern', 'substance'));
  await g.showOutcome();
  await g.expectWholeOutcome('must-report');
  await g.expectBlock('do-not-tell-parents');
  await g.expectNoBlock('tell-parents');
  const now = [['acute-danger', 'not-acute'], ['role', 'school'], ['concern', 'violence'], ['observations-violence', 'yes'],
    ['already-happened', ''], ['child-place', g.defaultPlace()], ['child-age', '7-12']];
  await g.expectContacts(now);
  await g.expectSupport(now);
});

test('changing the role keeps the answers that still apply', async ({ page }) => {
  const g = new Guide(page);
  await g.open();
  await g.teacherWithSuspicion();
  await g.change('role');
  await g.answerIds('role', ['volunteer']);
  // Worry, observations and what has happened are still asked on the new path, so they are kept.
  await g.expectCheckPage();
  await expect(g.answerRows()).toHaveCount(7);
  await expect(g.answerRow('role')).toContainText(flowText('choice', 'role', 'volunteer'));
  await expect(g.answerRow('concern')).toContainText(flowText('choice', 'concern', 'substance'));
  await g.showOutcome();
  await g.expectWholeOutcome('should-report');
  await g.expectBlock('anonymous-allowed');
  await g.expectNoBlock('duty-is-personal');
});

test('Back goes through the questions about the child, and "Ändra" changes them', async ({ page }) => {
  const g = new Guide(page);
  await g.open();
  await g.teacherWithSuspicion(g.defaultPlace(), '7-12');
  await expect(g.answerRow('child-age')).toContainText(widgetWord('age_7_12'));
  // Back from the check page: the age, then where the child lives, each with its answer picked.
  await g.back();
  await g.expectQuestion('child-age');
  await expect(g.heading()).toBeFocused();
  await expect(g.choice('child-age', '7-12')).toBeChecked();
  await g.back();
  await g.expectQuestion('child-place');
  await expect(g.heading()).toBeFocused();
  await expect(g.choice('child-place', g.defaultPlace())).toBeChecked();
  // Not acute: no 112 link above the question.
  await expect(page.locator('.og-panel[data-urgent]')).toHaveCount(0);
  await g.back();
  await g.expectQuestion('already-happened');
  await g.answerIds('already-happened', []);
  await g.answerIds('child-place', [g.defaultPlace()]);
  await g.answerIds('child-age', ['7-12']);
  await g.expectCheckPage();

  // "Ändra" on the age: the question opens with the answer picked, and the check page follows.
  await g.change('child-age');
  await expect(g.choice('child-age', '7-12')).toBeChecked();
  await g.answerIds('child-age', ['15-17']);
  await g.expectCheckPage();
  await expect(g.answerRows()).toHaveCount(7);
  await expect(g.answerRow('child-age')).toContainText(widgetWord('age_15_17'));
  await g.showOutcome();
  await g.expectWholeOutcome('must-report');
  await g.expectSupport();

  // "Ändra" on where the child lives: another municipality. Its social services are not this
  // configuration's: no unit to report to, the national instruction instead.
  await g.back();
  await g.change('child-place');
  await expect(g.choice('child-place', g.defaultPlace())).toBeChecked();
  await g.answerIds('child-place', ['other']);
  await g.expectCheckPage();
  await expect(g.answerRows()).toHaveCount(7);
  await g.showOutcome();
  await g.expectWholeOutcome('must-report');
  await expect(page.locator('[data-og-elsewhere="report"]')).toHaveCount(1);
  const want = await g.expectContacts();
  expect(want.contacts.filter((c) => c.purpose === 'report')).toEqual([]);
});

// A kept age is shown picked when the questions about the child are asked again, whatever its
// place among the choices: each question has inputs of its own (the page is keyed by question).
for (const age of ['0-6', '15-17', 'unknown']) {
  test(`a kept age (${age}) is shown picked when the questions about the child are asked again`, async ({ page }) => {
    const g = new Guide(page);
    await g.open();
    await g.teacherWithSuspicion(g.defaultPlace(), age);
    await g.change('concern');
    await g.answerIds('concern', ['violence']);
    await g.answerIds('observations-violence', ['yes']);
    await g.answerIds('already-happened', []);
    await g.answerIds('child-place', [g.defaultPlace()]);
    await g.expectQuestion('child-age');
    await expect(g.choice('child-age', age)).toBeChecked();
    await expect(g.question('child-age').locator('input:checked')).toHaveCount(1);
  });
}
