const { test, expect } = require('@playwright/test');
const { Guide } = require('./support');

test('a whole journey requests only the page’s own files and stores nothing', async ({ page, baseURL }) => {
  const g = new Guide(page);
  await g.open();
  const startUrl = page.url();
  const historyLength = await page.evaluate(() => history.length);
  const loaded = g.requests.length;

  await g.teacherWithSuspicion();
  await g.change('role');
  await g.answerIds('role', ['school']);
  await g.showOutcome();
  await g.expectWholeOutcome('must-report');
  // The first note: what I have seen and heard.
  await g.note(0).fill('Eleven sa att pappa var full i går.');
  await g.expectNothingStored();

  // No request at all after the page loaded; before that, only the page's own static files.
  expect(g.requests.length).toBe(loaded);
  g.expectOnlyOwnFiles(baseURL);
  // No answer in the URL or in the history.
  expect(page.url()).toBe(startUrl);
  expect(await page.evaluate(() => history.length)).toBe(historyLength);
  expect(await page.evaluate(() => JSON.stringify(history.state))).toBe('null');

  await g.startAgain();
  await g.expectNothingStored();
  expect(page.url()).toBe(startUrl);
});
