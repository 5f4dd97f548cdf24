const { test, expect } = require('@playwright/test');
const { Guide, flowText } = require('./support');

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
  await g.teacherWithSuspicion();
  await g.change('concern');
  await expect(g.choice('concern', 'substance')).toBeChecked();
  await g.answerIds('concern', ['violence']);
  // The old observation answer was about drinking: it no longer applies, so the observations
  // about violence are asked, with nothing picked.
  await g.expectQuestion('observations-violence');
  await expect(g.question('observations-violence').locator('input:checked')).toHaveCount(0);
  await g.answerIds('observations-violence', ['yes']);
  await g.answerIds('already-happened', []);
  await g.expectCheckPage();
  await expect(g.answerRows()).toHaveCount(5);
  await expect(g.answerRow('observations-substance')).toHaveCount(0);
  await expect(g.answerRow('concern')).toContainText(flowText('choice', 'concern', 'violence'));
  await expect(g.answerRow('concern')).not.toContainText(flowText('choice', 'concern', 'substance'));
  await g.showOutcome();
  await g.expectWholeOutcome('must-report');
  await g.expectBlock('do-not-tell-parents');
  await g.expectNoBlock('tell-parents');
});

test('changing the role keeps the answers that still apply', async ({ page }) => {
  const g = new Guide(page);
  await g.open();
  await g.teacherWithSuspicion();
  await g.change('role');
  await g.answerIds('role', ['volunteer']);
  // Worry, observations and what has happened are still asked on the new path, so they are kept.
  await g.expectCheckPage();
  await expect(g.answerRows()).toHaveCount(5);
  await expect(g.answerRow('role')).toContainText(flowText('choice', 'role', 'volunteer'));
  await expect(g.answerRow('concern')).toContainText(flowText('choice', 'concern', 'substance'));
  await g.showOutcome();
  await g.expectWholeOutcome('should-report');
  await g.expectBlock('anonymous-allowed');
  await g.expectNoBlock('duty-is-personal');
});
