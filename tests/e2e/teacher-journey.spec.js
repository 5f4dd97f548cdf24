const { test, expect } = require('@playwright/test');
const { Guide, flowText, widgetWord } = require('./support');

test('a teacher with a suspicion is told to report, with the configured unit on screen', async ({ page }) => {
  const g = new Guide(page);
  await g.open();
  await g.teacherWithSuspicion();
  // Every question asked has its row: acute danger, role, worry, what was seen, what has happened,
  // where the child lives and its age.
  await expect(g.answerRows()).toHaveCount(7);
  await expect(g.answerRow('role')).toContainText(flowText('choice', 'role', 'school'));
  await expect(g.answerRow('concern')).toContainText(flowText('choice', 'concern', 'substance'));
  await expect(g.answerRow('observations-substance')).toContainText(flowText('choice', 'observations-substance', 'yes'));
  await expect(g.answerRow('child-place')).toHaveCount(1);
  await expect(g.answerRow('child-age')).toContainText(widgetWord('dont_know'));
  await g.showOutcome();

  await g.expectWholeOutcome('must-report');
  await expect(g.heading()).toBeFocused();
  // The units are the engine's for these answers: the reporting unit first, in the child's
  // municipality.
  const want = await g.expectContacts();
  const unit = want.contacts[0];
  expect(unit.purpose).toBe('report');
  const contact = page.locator('.og-contact').first();
  await expect(contact).toContainText(unit.name);
  await expect(contact.getByRole('link', { name: unit.phone })).toHaveAttribute('href', `tel:${unit.phone.replace(/[^0-9+]/g, '')}`);
  // Not acute: the report may be written, so the reporting unit's e-service is offered.
  if (unit.e_service) await expect(contact.getByRole('link', { name: unit.e_service })).toHaveAttribute('href', unit.e_service);
  await g.expectBlock('duty-is-personal');
  await g.expectBlock('report-contents');
  await g.expectBlock('tell-parents');
  await g.expectNoBlock('do-not-tell-parents');
  // The decision cites its legal basis: the duty to report (19 kap. 1 § socialtjänstlagen).
  await expect(page.locator('.og-page--outcome > div.og-legal')).toContainText(flowText('legal', 'sol-duty'));
  // The local routine is shown as a complement, never instead of the duty.
  await g.expectBlock('local-routine');
  const routine = g.config.routing.roles?.school?.routine?.sv;
  if (routine) await expect(g.block('local-routine').locator('.og-routine')).toContainText(routine);
  await g.expectSupport();
  expect(g.errors).toEqual([]);
});

test('danger now asks where the child is, with 112 above the question, then goes straight to 112', async ({ page }) => {
  const g = new Guide(page);
  await g.open();
  await g.start();
  await g.answerIds('acute-danger', ['danger-now']);
  // Before any other question of the flow: where the child is now, with the number to call first.
  await g.expectQuestion('child-place');
  await expect(page.locator('.og-panel[data-urgent] a.og-call[href="tel:112"]')).toBeVisible();
  await g.answerIds('child-place', [g.defaultPlace()]);
  await g.expectCallNow('call-112');
  await expect(g.heading()).toBeFocused();
  // The words are the point here: the number and what to say.
  await expect(page.getByText('Ring 112. Säg var barnet är och vad som händer.')).toBeVisible();
  await expect(page.locator('[data-og-question], .og-page--check')).toHaveCount(0);
  await g.expectContacts();
});

test('a child going home to danger today: phone social services now, whoever is open first', async ({ page }) => {
  const g = new Guide(page);
  await g.open();
  await g.start();
  await g.answerIds('acute-danger', ['unsafe-today']);
  await g.answerChild();
  await g.expectCallNow('phone-social-services-now');
  const want = await g.expectContacts();
  await expect(page.locator('.og-contact')).toHaveCount(want.contacts.length);
  // Whoever comes first is not closed: open now, or reachable around the clock (112).
  await expect(page.locator('.og-contact').first().locator('.og-tag--closed')).toHaveCount(0);
  await g.expectBlock('do-not-tell-parents');
});

test('the summary copies to the clipboard with the drafting notes', async ({ page, context }) => {
  const g = new Guide(page);
  await g.open();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
  await g.teacherWithSuspicion();
  await g.showOutcome();
  await g.expectWholeOutcome('must-report');
  const unit = g.expected().contacts.find((c) => c.purpose === 'report');
  const title = await g.heading().textContent();
  // The second note: what the child said, in the child's own words.
  await g.note(1).fill('”Pappa sover på golvet.”');
  await page.getByRole('button', { name: 'Kopiera sammanfattningen' }).click();
  await expect(page.getByRole('status')).toContainText('Sammanfattningen är kopierad');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain(title);
  expect(copied).toContain(unit.phone);
  expect(copied).toContain('”Pappa sover på golvet.”');
  expect(copied).toContain(`${flowText('short', 'role')}: ${flowText('choice', 'role', 'school')}`);
  expect(copied).toContain(`${flowText('short', 'concern')}: ${flowText('choice', 'concern', 'substance')}`);
  // The answers about the child are in the summary too.
  expect(copied).toContain(`${widgetWord('age_short')}: ${widgetWord('dont_know')}`);
  // The copy message belongs to that moment: the next page's announcement replaces it.
  await g.back();
  await g.showOutcome();
  await g.expectWholeOutcome('must-report');
  await expect(page.getByRole('status')).toHaveText(title);
});
