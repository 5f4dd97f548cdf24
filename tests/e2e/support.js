// Shared page object and privacy recorder for the end-to-end specs. Elements are found by
// role and label, as a user (or a screen reader) finds them.
const { expect } = require('@playwright/test');

/** The static files a first visit may fetch: the page's own, nothing else. */
const OWN_FILES = [
  '/',
  '/demo.css',
  '/orosguiden.css',
  '/main.js',
  '/pkg/orosguiden_widget.js',
  '/pkg/orosguiden_widget_bg.wasm',
];

class Guide {
  constructor(page) {
    this.page = page;
    this.requests = [];
    page.on('request', (r) => this.requests.push({ url: r.url(), method: r.method(), body: r.postData() }));
    this.errors = [];
    page.on('pageerror', (e) => this.errors.push(e.message));
  }

  async open() {
    await this.page.goto('/');
    await expect(this.heading()).toHaveText('Orolig för ett barn?');
  }

  heading() {
    return this.page.getByRole('heading', { level: 1 });
  }

  async start() {
    await this.page.getByRole('button', { name: 'Börja', exact: true }).click();
  }

  /** Picks a radio by its label and continues. */
  async answer(label) {
    await this.page.getByRole('radio', { name: label, exact: true }).check();
    await this.page.getByRole('button', { name: 'Fortsätt' }).click();
  }

  async back() {
    await this.page.getByRole('button', { name: 'Tillbaka' }).click();
  }

  async startAgain() {
    await this.page.getByRole('button', { name: 'Börja om' }).click();
  }

  /** A teacher who has seen signs of a parent's drinking, up to "Check your answers". */
  async teacherWithSuspicion() {
    await this.start();
    await this.answer('Nej, det är inte akut');
    await this.answer('Förskola, skola, fritidshem eller elevhälsa');
    await this.answer('En förälder dricker för mycket eller använder droger');
    await this.answer('Ja, något av detta');
    await expect(this.heading()).toHaveText('Kontrollera dina svar');
  }

  /** Asserts that nothing but the page's own static files was ever requested. */
  expectOnlyOwnFiles(baseURL) {
    const origin = new URL(baseURL).origin;
    for (const r of this.requests) {
      const u = new URL(r.url);
      expect(u.origin, `request to ${r.url}`).toBe(origin);
      expect(r.method, `method of ${r.url}`).toBe('GET');
      expect(r.body, `body of ${r.url}`).toBeFalsy();
      expect(OWN_FILES, `unexpected file ${u.pathname}`).toContain(u.pathname);
      expect(u.search, `query string of ${r.url}`).toBe('');
    }
  }

  /** Asserts that cookies, web storage, IndexedDB, Cache Storage and service workers are empty. */
  async expectNothingStored() {
    expect(await this.page.context().cookies()).toEqual([]);
    const stored = await this.page.evaluate(async () => ({
      local: localStorage.length,
      session: sessionStorage.length,
      idb: (await indexedDB.databases()).length,
      caches: (await caches.keys()).length,
      workers: (await navigator.serviceWorker.getRegistrations()).length,
      cookie: document.cookie,
    }));
    expect(stored).toEqual({ local: 0, session: 0, idb: 0, caches: 0, workers: 0, cookie: '' });
  }
}

module.exports = { Guide, OWN_FILES };
