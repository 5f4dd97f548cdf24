// Issue 17: a configuration of several municipalities (config/region-norrfors.json) routes to the
// child's own municipality. The units are the engine's for the answers given (`walk` in
// support.js); the page must show them, and never another municipality's. Runs once (ONCE in
// playwright.config.js), with the regional configuration loaded explicitly.
const { test, expect } = require('@playwright/test');
const { Guide, FLOW, expectNoViolations } = require('./support');

const REGION = 'config/region-norrfors.json';

/** The 112 link above the question where the child is now (an acute path). */
const URGENT_112 = '.og-panel[data-urgent] a.og-call[href="tel:112"]';

/** A health-care worker who meets children has seen signs of a parent's drinking. */
const HEALTH_CHILD = [['acute-danger', 'not-acute'], ['role', 'health-child'], ['concern', 'substance'],
  ['observations-substance', 'yes'], ['already-happened', '']];

/** Answers `pairs` (the flow's questions, then perhaps the child's) in order. */
async function answerAll(g, pairs) {
  for (const [q, c] of pairs) await g.answerIds(q, c === '' ? [] : c.split(','));
}

/** The units of the configuration that belong to a municipality other than `place`. */
function othersUnits(config, place) {
  return config.units.filter((u) => u.municipality && u.municipality !== place);
}

/** Asserts that no unit of another municipality than `place` is named or numbered anywhere in
 * the widget (shared units, without a municipality, may be). */
async function expectNoOtherMunicipality(g, place) {
  const text = await g.widget().innerText();
  for (const u of othersUnits(g.pageConfig, place)) {
    expect(text, `${u.id} (${u.municipality}) on a page for ${place}`).not.toContain(u.name.sv);
    expect(text, `${u.id}'s phone (${u.municipality}) on a page for ${place}`).not.toContain(u.phone);
  }
}

test.describe('a region of several municipalities', () => {
  test('health care: a child in Alby gets Alby\'s intake, a child in Björkvik Björkvik\'s, never the other\'s', async ({ page }) => {
    test.setTimeout(90_000);
    const g = new Guide(page, { config: REGION });
    const ids = g.config.municipalities.map((m) => m.id);
    expect(ids).toEqual(expect.arrayContaining(['alby', 'bjorkvik']));
    for (const place of ['alby', 'bjorkvik']) {
      await g.open();
      await g.start();
      await answerAll(g, HEALTH_CHILD);
      await g.expectQuestion('child-place');
      // Every municipality of the region is a choice, and another one, and "I don't know".
      const choices = await g.question('child-place').locator('input').evaluateAll((xs) => xs.map((x) => x.value));
      expect(choices).toEqual([...ids, 'other', 'unknown']);
      await g.answerChild(place, '7-12');
      await g.expectCheckPage();
      await expect(g.answerRows()).toHaveCount(7);
      await g.showOutcome();
      await g.expectWholeOutcome('must-report');
      const want = await g.expectContacts();
      const report = want.contacts.filter((c) => c.purpose === 'report');
      expect(report.length, `a unit to report to in ${place}`).toBeGreaterThan(0);
      for (const r of report) {
        expect(g.pageConfig.units.find((u) => u.id === r.unit).municipality, `${r.unit} is ${place}'s`).toBe(place);
        await expect(page.locator('.og-contact', { hasText: r.name })).toHaveCount(1);
      }
      expect(want.elsewhere).toEqual([]);
      await expectNoOtherMunicipality(g, place);
      expect(g.errors).toEqual([]);
    }
  });

  for (const place of ['other', 'unknown']) {
    test(`a child in ${place === 'other' ? 'another municipality' : 'a municipality not known'}: no local intake to report to, the instruction instead`, async ({ page }) => {
      const g = new Guide(page, { config: REGION });
      await g.open();
      await g.start();
      await answerAll(g, HEALTH_CHILD);
      await g.answerChild(place, '7-12');
      await g.showOutcome();
      await g.expectWholeOutcome('must-report');
      const want = await g.expectContacts();
      expect(want.contacts.filter((c) => c.purpose === 'report')).toEqual([]);
      expect(want.elsewhere.map((e) => e.purpose)).toEqual(['report']);
      // Exactly one instruction card, for the report.
      await expect(page.locator('.og-contact--elsewhere')).toHaveCount(1);
      await expect(page.locator('.og-contact--elsewhere[data-og-elsewhere="report"]')).toHaveCount(1);
      // No card of a unit any municipality reports to, and no card labelled as the place to report.
      const reportUnits = new Set(g.pageConfig.municipalities.flatMap((m) => m.contacts.report ?? []));
      const names = g.pageConfig.units.filter((u) => reportUnits.has(u.id)).map((u) => u.name.sv);
      const shown = await g.shownContacts();
      expect(shown.filter((c) => names.includes(c.name))).toEqual([]);
      const reportLabel = FLOW.purposes.find((p) => p.id === 'report').label.sv;
      expect(shown.filter((c) => c.label === reportLabel)).toEqual([]);
      // And no municipality's own unit anywhere.
      await expectNoOtherMunicipality(g, place);
      expect(g.errors).toEqual([]);
    });
  }

  test('the child\'s age changes its offers: 0–6 and 13–14 each get the engine\'s', async ({ page }) => {
    const g = new Guide(page, { config: REGION });
    await g.open();
    await g.start();
    await answerAll(g, HEALTH_CHILD);
    await g.answerChild('alby', '0-6');
    await g.showOutcome();
    await g.expectWholeOutcome('must-report');
    const small = await g.expectSupport();
    const forChild = () => g.block('support-for-the-child').locator('.og-support__item > strong').allTextContents();
    const smallChild = await forChild();

    // "Ändra" on the age, from the check page: the same journey for a child of 13–14.
    await g.back();
    await g.change('child-age');
    await expect(g.choice('child-age', '0-6')).toBeChecked();
    await g.answerIds('child-age', ['13-14']);
    await g.showOutcome();
    await g.expectWholeOutcome('must-report');
    const teen = await g.expectSupport();
    const teenChild = await forChild();

    const names = (w) => w.support.map((s) => s.name);
    expect(names(teen), 'the offers differ by age').not.toEqual(names(small));
    expect(smallChild).toEqual(small.support.filter((s) => s.for === 'child').map((s) => s.name));
    expect(teenChild).toEqual(teen.support.filter((s) => s.for === 'child').map((s) => s.name));
    expect(teenChild, 'the child\'s own offers differ by age').not.toEqual(smallChild);
  });

  test('danger now: where the child is now, with 112 on the first screen, then the call-now page with that municipality\'s units', async ({ page }) => {
    test.setTimeout(90_000);
    const g = new Guide(page, { config: REGION });
    const onFirstScreen = () => page.locator('.og-widget a[href="tel:112"]').evaluateAll((links) => links.filter((a) => {
      const r = a.getBoundingClientRect();
      return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight;
    }).length);
    // A phone and a laptop, each with another municipality (Celsing has a social jour of its own).
    for (const [viewport, place] of [[{ width: 375, height: 667 }, 'bjorkvik'], [{ width: 1280, height: 720 }, 'celsing']]) {
      await page.setViewportSize(viewport);
      await g.open();
      await g.start();
      await g.answerIds('acute-danger', ['danger-now']);
      await g.expectQuestion('child-place');
      await expect(g.heading()).toBeFocused();
      await expect(page.locator(URGENT_112)).toBeVisible();
      await expect.poll(onFirstScreen, { message: `a tel:112 link within the first ${viewport.width}x${viewport.height} screen of the question`, timeout: 3000 })
        .toBeGreaterThan(0);
      await g.answerIds('child-place', [place]);
      await g.expectCallNow('call-112');
      await expect.poll(onFirstScreen, { message: `a tel:112 link within the first ${viewport.width}x${viewport.height} screen`, timeout: 3000 })
        .toBeGreaterThan(0);
      const want = await g.expectContacts();
      const acute = want.contacts.filter((c) => c.purpose === 'acute');
      expect(acute.length, `units to phone now in ${place}`).toBeGreaterThan(0);
      for (const c of acute) {
        const unit = g.pageConfig.units.find((u) => u.id === c.unit);
        expect([place, undefined], `${c.unit} serves ${place}`).toContain(unit.municipality);
      }
      await expectNoOtherMunicipality(g, place);
    }
  });

  test('a parent\'s drinking: support for the child, the parent, the other parent and the family side by side', async ({ page }) => {
    const g = new Guide(page, { config: REGION });
    await g.open();
    await g.start();
    // An adult psychiatry or addiction worker whose patient lives with a child of 0–6.
    await answerAll(g, [['acute-danger', 'not-acute'], ['role', 'health-adult'], ['client-children', 'lives-with'], ['concern', 'substance'],
      ['observations-substance', 'yes'], ['compulsory-care', 'no'], ['child-care-now', 'yes'], ['already-happened', '']]);
    await g.answerChild('alby', '0-6');
    await g.showOutcome();
    await g.expectWholeOutcome('must-report');
    const want = await g.expectSupport();
    await g.expectContacts();
    const family = page.locator('[data-og-family]');
    await expect(family).toHaveCount(1);
    await expect(family).toBeVisible();
    // The blocks of support, by whom each is for, as the engine orders them: all in the grid.
    const blocks = want.blocks.filter((b) => b.support);
    expect(blocks.map((b) => b.support)).toEqual(['child', 'parent', 'other_parent', 'family']);
    const inGrid = await family.locator(':scope > [data-og-block]').evaluateAll((xs) => xs.map((x) => x.getAttribute('data-og-block')));
    expect(inGrid).toEqual(blocks.map((b) => b.id));
    for (const b of blocks) {
      const offers = want.support.filter((s) => s.for === b.support).map((s) => s.name);
      expect(offers.length, `offers for ${b.support}`).toBeGreaterThan(0);
      await expect(family.locator(`[data-og-block="${b.id}"] .og-support__item > strong`)).toHaveText(offers);
    }
    // Side by side on a wide screen: the first two sections start at the same height.
    const tops = await family.locator(':scope > [data-og-block]').evaluateAll((xs) => xs.map((x) => Math.round(x.getBoundingClientRect().top)));
    expect(tops[1]).toBe(tops[0]);
  });

  test('keyboard alone through a regional journey to its outcome', async ({ page }) => {
    const g = new Guide(page, { config: REGION });
    await g.open();
    const focused = (locator) => locator.evaluate((el) => el.getRootNode().activeElement === el);
    const tabTo = async (locator, max = 40) => {
      for (let i = 0; i < max && !(await focused(locator)); i++) await page.keyboard.press('Tab');
      await expect(locator).toBeFocused();
    };
    const arrowTo = async (input, max = 12) => {
      for (let i = 0; i < max && !(await input.isChecked()); i++) await page.keyboard.press('ArrowDown');
      await expect(input).toBeChecked();
    };
    await tabTo(page.getByRole('button', { name: 'Börja', exact: true }));
    await page.keyboard.press('Enter');

    // Each new page is waited for, as a person would, before the next key.
    await g.expectQuestion('acute-danger');
    await expect(g.heading()).toBeFocused();
    await page.keyboard.press('Tab');
    await arrowTo(g.choice('acute-danger', 'not-acute'));
    await page.keyboard.press('Enter');

    await g.expectQuestion('role');
    await expect(g.heading()).toBeFocused();
    await page.keyboard.press('Tab');
    await arrowTo(g.choice('role', 'health-child'));
    await page.keyboard.press('Enter');

    await g.expectQuestion('concern');
    await expect(g.heading()).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(g.choice('concern', 'substance')).toBeFocused();
    await page.keyboard.press('Space');
    await expect(g.choice('concern', 'substance')).toBeChecked();
    await page.keyboard.press('Enter');

    await g.expectQuestion('observations-substance');
    await expect(g.heading()).toBeFocused();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await expect(g.choice('observations-substance', 'yes')).toBeChecked();
    await page.keyboard.press('Enter');

    // None ticked: Tab to Continue and press it.
    await g.expectQuestion('already-happened');
    await expect(g.heading()).toBeFocused();
    await tabTo(g.continueButton(), 8);
    await page.keyboard.press('Enter');

    // Where the child lives: Tab into the group (Alby first), an arrow key to Björkvik.
    await g.expectQuestion('child-place');
    await expect(g.heading()).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(g.choice('child-place', 'alby')).toBeFocused();
    await arrowTo(g.choice('child-place', 'bjorkvik'));
    await page.keyboard.press('Enter');

    await g.expectQuestion('child-age');
    await expect(g.heading()).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(g.choice('child-age', '0-6')).toBeFocused();
    await page.keyboard.press('Space');
    await expect(g.choice('child-age', '0-6')).toBeChecked();
    await page.keyboard.press('Enter');

    await g.expectCheckPage();
    await expect(g.heading()).toBeFocused();
    await expect(g.answerRows()).toHaveCount(7);
    await tabTo(page.getByRole('button', { name: 'Visa vad du ska göra' }));
    await page.keyboard.press('Enter');

    await g.expectWholeOutcome('must-report');
    await expect(g.heading()).toBeFocused();
    const answers = [...HEALTH_CHILD, ['child-place', 'bjorkvik'], ['child-age', '0-6']];
    await g.expectContacts(answers);
    await g.expectSupport(answers);
    await expectNoOtherMunicipality(g, 'bjorkvik');
  });

  test('no WCAG 2.1 A/AA violations on where the child lives, its age, the outcome with the instruction for another municipality and the family\'s support, and where the child is now', async ({ page }) => {
    test.setTimeout(120_000);
    const g = new Guide(page, { config: REGION });
    await g.open();
    await g.start();
    await answerAll(g, HEALTH_CHILD);
    await g.expectQuestion('child-place');
    await expectNoViolations(page, 'where the child lives, in a region');
    await g.answerIds('child-place', ['other']);
    await g.expectQuestion('child-age');
    await expectNoViolations(page, 'the child\'s age');
    await g.answerIds('child-age', ['0-6']);
    await g.showOutcome();
    await g.expectWholeOutcome('must-report');
    await expect(page.locator('[data-og-elsewhere="report"]')).toHaveCount(1);
    await expect(page.locator('[data-og-family] [data-og-block]')).not.toHaveCount(0);
    await g.expectContacts();
    await expectNoViolations(page, 'the outcome with the instruction for another municipality');

    await g.startAgain();
    await g.start();
    await g.answerIds('acute-danger', ['danger-now']);
    await g.expectQuestion('child-place');
    await expect(page.locator(URGENT_112)).toBeVisible();
    await expectNoViolations(page, 'where the child is now, under the 112 link, in a region');
    await g.answerIds('child-place', ['alby']);
    await g.expectCallNow('call-112');
    await expectNoViolations(page, 'the call-now page in a region');
  });

  test('a regional journey requests only the page\'s own files and stores nothing', async ({ page, baseURL }) => {
    const g = new Guide(page, { config: REGION });
    await g.open();
    const startUrl = page.url();
    const historyLength = await page.evaluate(() => history.length);
    const loaded = g.requests.length;

    await g.start();
    await answerAll(g, HEALTH_CHILD);
    await g.answerChild('alby', '7-12');
    // Another municipality chosen after all, through "Ändra".
    await g.change('child-place');
    await g.answerIds('child-place', ['celsing']);
    await g.showOutcome();
    await g.expectWholeOutcome('must-report');
    await g.expectContacts();
    await g.note(0).fill('Pappa luktade alkohol på BVC i dag.');
    await g.expectNothingStored();

    // No request after the page loaded; before that, only the page's own files and the region's.
    expect(g.requests.length).toBe(loaded);
    expect(g.requests.map((r) => new URL(r.url).pathname)).toContain(`/${REGION}`);
    g.expectOnlyOwnFiles(baseURL);
    // No answer in the URL or in the history.
    expect(page.url()).toBe(startUrl);
    expect(await page.evaluate(() => history.length)).toBe(historyLength);
    expect(await page.evaluate(() => JSON.stringify(history.state))).toBe('null');

    await g.startAgain();
    await g.expectStartPage();
    expect(await g.widgetHtml()).not.toContain('luktade alkohol');
    await g.expectNothingStored();
    expect(page.url()).toBe(startUrl);
  });
});
