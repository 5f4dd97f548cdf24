// A fault after the widget has started (issue 19): the WebAssembly cannot go on, and the widget's
// place shows how to get help now — 112 first, then the configuration's switchboard and social
// jour — announced and focused, in the widget's language. Run for every example configuration.
const { test, expect } = require('@playwright/test');
const { Guide, widgetWord, expectNoViolations } = require('./support');

/** Breaks the widget's WebAssembly as a fault would: its memory is overwritten from the page
 * (the glue, imported again, hands over the instance it already has), so that the next step
 * traps. */
async function breakWasm(page) {
  await page.evaluate(async () => {
    const glue = await import(new URL('pkg/orosguiden_widget.js', document.baseURI).href);
    const wasm = await glue.default();
    new Uint8Array(wasm.memory.buffer).fill(0xab);
  });
}

/** The numbers the fault page offers after 112: the switchboard, then each social jour once. */
function helpNumbers(config) {
  const jourIds = [config.routing.after_hours, ...(config.municipalities || []).map((m) => m.after_hours)];
  const jours = [...new Set(jourIds)].map((id) => config.units.find((u) => u.id === id)).filter((u) => u && u.phone !== '112');
  return [config.organisation.switchboard, ...jours.map((u) => u.phone)].filter((n) => n && n.trim());
}

for (const lang of ['sv', 'en']) {
  test(`a fault mid-journey shows 112 and the configuration's numbers instead of a dead page (${lang})`, async ({ page }) => {
    const g = new Guide(page);
    await g.open();
    if (lang === 'en') {
      await page.locator('.og-widget .og-lang').first().click();
      await expect(page.locator('#orosguiden section.og-widget')).toHaveAttribute('lang', 'en');
    }
    await g.start();
    await g.answerIds('acute-danger', ['not-acute']);
    await g.expectQuestion('role');
    await g.choice('role', 'school').check();

    await breakWasm(page);
    await g.continueButton().click();

    const alert = page.locator('#orosguiden [role="alert"].og-fault');
    await expect(alert).toBeVisible();
    // The page that no longer works is gone: no question, no button to press.
    await expect(page.locator('#orosguiden [data-og-question]')).toHaveCount(0);
    await expect(page.locator('#orosguiden button')).toHaveCount(0);
    await expect(page.locator('#orosguiden section.og-widget')).toHaveAttribute('lang', lang);
    await expect(alert.locator('h2')).toBeFocused();
    // 112 first, as a link to call: the words are the point.
    const call = alert.locator('a[href^="tel:"]');
    await expect(call.first()).toHaveAttribute('href', 'tel:112');
    await expect(call.first()).toHaveText(widgetWord('call_112', lang));
    // Then the configuration's numbers, each as a link to call.
    const numbers = helpNumbers(g.config);
    expect(numbers.length).toBeGreaterThan(0);
    await expect(call).toHaveText([widgetWord('call_112', lang), ...numbers]);
    for (const [i, n] of numbers.entries()) {
      await expect(call.nth(i + 1)).toHaveAttribute('href', `tel:${n.replace(/[^0-9+]/g, '')}`);
    }
    // Fictional numbers stay marked as fictional.
    await expect(alert.locator('.og-demo-banner')).toHaveCount(g.config.organisation.demo ? 1 : 0);
    await expectNoViolations(page, `the fault page (${lang})`);
    await page.screenshot({ path: test.info().outputPath('fault.png') });
    // The trap itself reached the page as an error; nothing else did.
    expect(g.errors.length).toBeGreaterThan(0);
    expect(g.errors.every((m) => /unreachable|out of bounds|RuntimeError|memory access/i.test(m)), g.errors.join('\n')).toBe(true);
  });
}

test('an error of the host page’s own scripts leaves the widget alone', async ({ page }) => {
  const g = new Guide(page);
  await g.open();
  await g.start();
  await page.evaluate(() => setTimeout(() => { throw new Error('the host page’s own bug'); }));
  await page.evaluate(() => setTimeout(() => { throw new WebAssembly.RuntimeError('another module’s trap'); }));
  await g.answerIds('acute-danger', ['not-acute']);
  await g.expectQuestion('role');
  await expect(page.locator('#orosguiden [role="alert"].og-fault')).toHaveCount(0);
});
