// Shared page object, configuration oracle and privacy recorder for the end-to-end specs.
// Elements are found by role and label, as a user (or a screen reader) finds them.
const fs = require('fs');
const path = require('path');
const { expect, test } = require('@playwright/test');

/** The static files a visit may fetch: the page's own and its configuration, nothing else. */
const OWN_FILES = [
  '/',
  '/kommun.html',
  '/kommun.js',
  '/demo.css',
  '/orosguiden.js',
  '/pkg/orosguiden_widget.js',
  '/pkg/orosguiden_widget_bg.wasm',
  // Only when someone asks for English.
  '/pkg/orosguiden_flow_en.txt',
];

/** The demo configuration's text, for specs that serve variants of it. */
function demoConfigText() {
  return fs.readFileSync(path.join(__dirname, '..', '..', 'config', 'exempelkommun.json'), 'utf8');
}

/** The project's configuration file (metadata set in playwright.config.js). */
function projectConfig() {
  const meta = test.info().project.metadata;
  const file = meta.config || 'config/exempelkommun.json';
  return { file, path: meta.path || '/', config: JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', file), 'utf8')) };
}

/** The units for a purpose and role, as the configuration routes them (rules for `purpose`
 * applying to the role are honoured when `facts` make them apply). */
function unitsFor(config, purpose, role, facts = []) {
  const roleList = config.routing.roles?.[role]?.contacts?.[purpose];
  const base = roleList || config.routing.contacts[purpose] || [];
  const first = [];
  for (const rule of config.routing.rules || []) {
    const roleOk = !rule.roles || rule.roles.length === 0 || rule.roles.includes(role);
    if (rule.purpose === purpose && roleOk && !(rule.unless && evalCond(rule.unless, facts))) {
      for (const u of rule.first) if (!first.includes(u)) first.push(u);
    }
  }
  return [...first, ...base.filter((u) => !first.includes(u))].map((id) => config.units.find((u) => u.id === id));
}

// Enough of the condition language for the rules in the example configurations: facts joined by
// | and &, with ! — anything else fails loudly rather than guessing.
function evalCond(src, facts) {
  if (/[()]/.test(src)) throw new Error(`the test oracle does not read parentheses: ${src}`);
  return src.split('|').some((and) => and.split('&').every((t) => {
    const x = t.trim();
    return x.startsWith('!') ? !facts.includes(x.slice(1).trim()) : facts.includes(x);
  }));
}

class Guide {
  constructor(page) {
    this.page = page;
    this.requests = [];
    page.on('request', (r) => this.requests.push({ url: r.url(), method: r.method(), body: r.postData() }));
    this.errors = [];
    page.on('pageerror', (e) => this.errors.push(e.message));
    const p = projectConfig();
    this.config = p.config;
    this.configFile = p.file;
    this.path = p.path;
  }

  /** Opens the page and waits until the widget runs (the prerendered start page, shown before
   * it, has gone; prerender.spec.js tests that page). */
  async open(url = this.path) {
    await this.page.goto(url);
    await expect(this.heading()).toHaveText(/Orolig för ett barn\?|Worried about a child\?/);
    await expect(this.page.locator('[data-og-prerendered]')).toHaveCount(0);
  }

  heading() {
    return this.page.getByRole('heading', { level: 1 });
  }

  async start() {
    await this.page.getByRole('button', { name: /^(Börja|Start)$/ }).click();
  }

  /** Picks a radio by its label and continues. */
  async answer(label) {
    await this.page.getByRole('radio', { name: label, exact: true }).check();
    await this.page.getByRole('button', { name: /^(Fortsätt|Continue)$/ }).click();
  }

  async back() {
    await this.page.getByRole('button', { name: /^(Tillbaka|Back)$/ }).click();
  }

  async startAgain() {
    await this.page.getByRole('button', { name: /^(Börja om|Start again)$/ }).click();
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

  /** Asserts that nothing but the page's own static files and configuration was requested. */
  expectOnlyOwnFiles(baseURL) {
    const origin = new URL(baseURL).origin;
    const allowed = [...OWN_FILES, `/${this.configFile}`];
    for (const r of this.requests) {
      const u = new URL(r.url);
      expect(u.origin, `request to ${r.url}`).toBe(origin);
      expect(r.method, `method of ${r.url}`).toBe('GET');
      expect(r.body, `body of ${r.url}`).toBeFalsy();
      expect(allowed, `unexpected file ${u.pathname}`).toContain(u.pathname);
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

  /** The widget's whole rendered tree (it lives in a shadow root). */
  async widgetHtml(selector = '#orosguiden') {
    return this.page.locator(selector).evaluate((host) => host.shadowRoot.innerHTML);
  }
}

module.exports = { Guide, OWN_FILES, unitsFor, projectConfig, demoConfigText };
