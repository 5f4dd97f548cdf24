// The widget ships the guidance in Swedish; the English guidance is a file of its own, fetched
// only when someone asks for English (issue 6: a Swedish first visit downloads less).
const { test, expect } = require('@playwright/test');
const { Guide, flowText } = require('./support');

const ENGLISH = '/pkg/orosguiden_flow_en.txt';
const fetchedEnglish = (g) => g.requests.filter((r) => new URL(r.url).pathname === ENGLISH).length;

test('a Swedish visit never fetches the English guidance; asking for English fetches it once', async ({ page }) => {
  const g = new Guide(page);
  await g.open();
  await g.teacherWithSuspicion();
  await g.showOutcome();
  await g.expectWholeOutcome('must-report');
  await expect(g.heading()).toHaveText(flowText('outcome', 'must-report'));
  expect(fetchedEnglish(g), 'the Swedish journey needs no English file').toBe(0);

  // The flow's texts are English too, not only the widget's own words.
  await page.getByRole('button', { name: 'In English' }).click();
  await g.expectWholeOutcome('must-report');
  await expect(g.heading()).toHaveText(flowText('outcome', 'must-report', undefined, 'en'));
  await expect(page.locator('.og-widget')).toHaveAttribute('lang', 'en');
  await page.getByRole('button', { name: 'På svenska' }).click();
  await expect(g.heading()).toHaveText(flowText('outcome', 'must-report'));
  await page.getByRole('button', { name: 'In English' }).click();
  await expect(g.heading()).toHaveText(flowText('outcome', 'must-report', undefined, 'en'));
  expect(fetchedEnglish(g), 'fetched once, kept for the visit').toBe(1);
});

test('a widget set to English says so in English while its English file comes, then starts in English', async ({ page }) => {
  // The English file (flow and the widget's English words) held back until the message is seen.
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route(`**${ENGLISH}`, async (route) => { await held; await route.continue(); });
  const g = new Guide(page);
  await page.goto('/kommun.html?lang=en');
  const status = page.locator('.og-main[role=status]');
  await expect(status).toHaveText('Loading the guide in English …');
  await expect(status.locator('p')).toHaveAttribute('lang', 'en');
  release();
  await expect(g.heading()).toHaveText('Worried about a child?');
  await expect(page.locator('.og-widget')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('button', { name: 'Start', exact: true })).toBeVisible();
  await g.start();
  await g.expectQuestion('acute-danger');
  await expect(g.heading()).toHaveText(flowText('question', 'acute-danger', undefined, 'en'));
  // The English choices route as the Swedish ones: an English journey reaches its outcome.
  await g.answerIds('acute-danger', ['not-acute']);
  await g.answerIds('role', ['school']);
  await g.answerIds('concern', ['substance', 'violence']);
  await g.answerIds('observations-substance', ['yes']);
  await g.answerIds('observations-violence', ['no']);
  await g.answerIds('already-happened', []);
  await g.answerChild();
  await g.showOutcome();
  await g.expectWholeOutcome('must-report');
  await expect(g.heading()).toHaveText(flowText('outcome', 'must-report', undefined, 'en'));
  expect(fetchedEnglish(g)).toBe(1);
});

test('when the English guidance cannot be fetched, the guide says so and goes on in Swedish', async ({ page }) => {
  await page.route(`**${ENGLISH}`, (route) => route.fulfill({ status: 404, body: 'gone' }));
  const g = new Guide(page);
  await g.open();
  await g.start();
  await g.expectQuestion('acute-danger');
  await g.choice('acute-danger', 'not-acute').check();
  await page.getByRole('button', { name: 'In English' }).click();
  const alert = page.locator('.og-lang-error');
  await expect(alert).toHaveAttribute('role', 'alert');
  await expect(alert).toContainText('English');
  await expect(alert).toContainText('svenska');
  // Nothing is lost: still Swedish, on the same question, with the choice still picked.
  await expect(page.locator('.og-widget')).toHaveAttribute('lang', 'sv');
  await expect(g.choice('acute-danger', 'not-acute')).toBeChecked();
  await expect(g.heading()).toHaveText(flowText('question', 'acute-danger'));
  await page.getByRole('button', { name: 'Fortsätt', exact: true }).click();
  await g.expectQuestion('role');
});

test('a widget set to English whose English file is missing starts in Swedish and says why', async ({ page }) => {
  await page.route(`**${ENGLISH}`, (route) => route.fulfill({ status: 404, body: 'gone' }));
  const g = new Guide(page);
  await page.goto('/kommun.html?lang=en');
  await g.expectStartPage();
  await expect(g.heading()).toHaveText('Orolig för ett barn?');
  await expect(page.locator('.og-widget')).toHaveAttribute('lang', 'sv');
  await expect(page.locator('.og-lang-error')).toContainText('English');
});
