// Shared page object, configuration oracle and privacy recorder for the end-to-end specs.
// Elements are found by role, as a user (or a screen reader) finds them, and the flow's questions,
// choices, outcomes and blocks by their ids (data-og-question, input values, data-og-outcome,
// data-og-block), so that rewording the flow changes no test.
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

/** The national flow as written (flow/national.json), for texts looked up by id: a test names
 * a question, choice, outcome or legal reference by its id and takes its words from here, so
 * that rewording the flow changes no test. The widget in www/ is built from this file. */
const FLOW = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'flow', 'national.json'), 'utf8'));

/** The text of an id in the flow, in `lang`: `flowText('question', 'role')` (its question
 * text), `flowText('short', 'role')`, `flowText('choice', 'role', 'school')`,
 * `flowText('outcome', 'must-report')` (its title), `flowText('legal', 'sol-duty')`. */
function flowText(kind, id, sub, lang = 'sv') {
  const must = (x, what) => {
    if (!x) throw new Error(`no ${what} in flow/national.json`);
    return x;
  };
  const question = () => must(FLOW.questions.find((q) => q.id === id), `question ${id}`);
  switch (kind) {
    case 'question': return question().text[lang];
    case 'short': return question().short[lang];
    case 'choice': return must(question().choices.find((c) => c.id === sub), `choice ${id}/${sub}`).label[lang];
    case 'outcome': return must(FLOW.outcomes.find((o) => o.id === id), `outcome ${id}`).title[lang];
    case 'legal': return must(FLOW.legal.find((l) => l.id === id), `legal ${id}`).citation[lang];
    default: throw new Error(`unknown kind ${kind}`);
  }
}

/** The Continue button of a question page ("Fortsätt guiden" on the call-now page is another). */
const CONTINUE = /^(Fortsätt|Continue)$/;

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

  /** The widget's own element (`.og-widget`, inside the shadow root). */
  widget() {
    return this.page.locator('.og-widget');
  }

  async start() {
    await this.page.getByRole('button', { name: /^(Börja|Start)$/ }).click();
  }

  /** The Continue button of the question on screen. */
  continueButton() {
    return this.page.getByRole('button', { name: CONTINUE });
  }

  /** The question on screen (its fieldset). */
  question(qid) {
    return this.page.locator(`[data-og-question="${qid}"]`);
  }

  /** The input (radio or checkbox) of a choice of the question on screen. */
  choice(qid, cid) {
    return this.page.locator(`[data-og-question="${qid}"] input[value="${cid}"]`);
  }

  /** Asserts that `qid` is the question on screen (and only it). */
  async expectQuestion(qid) {
    const q = this.page.locator('[data-og-question]');
    await expect(q).toHaveCount(1);
    await expect(q).toHaveAttribute('data-og-question', qid);
    await expect(q.getByRole('heading', { level: 1 })).toBeVisible();
  }

  /** Answers `qid` with exactly the choices `cids` (one for a radio question; for checkboxes
   * those ticked and every other one unticked; [] for none) and presses Continue. Asserts
   * first that `qid` is the question being asked. */
  async answerIds(qid, cids) {
    const ids = Array.isArray(cids) ? cids : [cids];
    await this.expectQuestion(qid);
    const inputs = this.question(qid).locator('input');
    const kind = await inputs.first().getAttribute('type');
    if (kind === 'radio') {
      expect(ids, `a radio question (${qid}) takes one choice`).toHaveLength(1);
      await this.choice(qid, ids[0]).check();
    } else {
      for (const input of await inputs.all()) {
        await input.setChecked(ids.includes(await input.getAttribute('value')));
      }
    }
    for (const id of ids) await expect(this.choice(qid, id)).toBeChecked();
    await this.continueButton().click();
  }

  /** Presses Continue with nothing picked. */
  async continueEmpty() {
    await this.continueButton().click();
  }

  /** "Fortsätt guiden" on the call-now page. */
  goOnButton() {
    return this.page.locator('[data-og-action="go-on"]');
  }

  async goOn() {
    await this.expectBlock('go-on');
    await this.goOnButton().click();
  }

  /** The outcome panel (decision) on screen. */
  outcome() {
    return this.page.locator('[data-og-outcome]');
  }

  /** Asserts that the outcome page (whole, or the call-now page) shows `decision`. */
  async expectOutcome(decision) {
    await expect(this.outcome()).toHaveCount(1);
    await expect(this.outcome()).toHaveAttribute('data-og-outcome', decision);
    await expect(this.outcome().getByRole('heading', { level: 1 })).toBeVisible();
  }

  /** Asserts that the call-now page is on screen: `decision` at once, with the way on to the
   * rest of the guide and not yet the drafting aid of a whole outcome. */
  async expectCallNow(decision) {
    await this.expectOutcome(decision);
    await this.expectBlock('go-on');
    await this.expectNoBlock('draft');
  }

  /** Asserts that the whole outcome is on screen: `decision`, with the drafting aid and the
   * answers, and no way on (the guide is done). */
  async expectWholeOutcome(decision) {
    await this.expectOutcome(decision);
    await this.expectBlock('draft');
    await this.expectBlock('answers');
    await this.expectNoBlock('go-on');
  }

  block(id) {
    return this.page.locator(`[data-og-block="${id}"]`);
  }

  /** Asserts that the outcome on screen has the block `id`, with a heading. */
  async expectBlock(id) {
    await expect(this.block(id)).toHaveCount(1);
    await expect(this.block(id)).toBeVisible();
    await expect(this.block(id).getByRole('heading', { level: 2 })).not.toHaveText('');
  }

  /** Asserts that an outcome is on screen and does not have the block `id`. */
  async expectNoBlock(id) {
    await expect(this.outcome()).toHaveCount(1);
    await expect(this.block(id)).toHaveCount(0);
  }

  /** The check page ("Kontrollera dina svar"). */
  checkPage() {
    return this.page.locator('.og-page--check');
  }

  async expectCheckPage() {
    await expect(this.checkPage()).toBeVisible();
    await expect(this.checkPage().getByRole('heading', { level: 1 })).toBeVisible();
  }

  /** The rows of the check page (or of the outcome's answers). */
  answerRows() {
    return this.page.locator('.og-page--check .og-summary-list__row');
  }

  /** The row of the check page that answers `qid` (found by the question's short label). */
  answerRow(qid, lang = 'sv') {
    return this.answerRows().filter({ has: this.page.locator('dt', { hasText: flowText('short', qid, undefined, lang) }) });
  }

  /** "Ändra" on the check page's row for `qid`; asserts that the question opens. */
  async change(qid) {
    await expect(this.answerRow(qid)).toHaveCount(1);
    await this.answerRow(qid).getByRole('button').click();
    await this.expectQuestion(qid);
  }

  /** "Visa vad du ska göra" on the check page. */
  async showOutcome() {
    await this.expectCheckPage();
    await this.checkPage().getByRole('button', { name: /^(Visa vad du ska göra|Show what to do)$/ }).click();
  }

  /** The start page. */
  async expectStartPage() {
    await expect(this.page.locator('.og-page--start')).toBeVisible();
    await expect(this.page.locator('[data-og-question], [data-og-outcome], .og-page--check')).toHaveCount(0);
  }

  /** The drafting aid's notes, in order (what I saw and heard, what the child said, …). */
  note(i) {
    return this.block('draft').locator('textarea').nth(i);
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
    await this.answerIds('acute-danger', ['not-acute']);
    await this.answerIds('role', ['school']);
    await this.answerIds('concern', ['substance']);
    await this.answerIds('observations-substance', ['yes']);
    await this.answerIds('already-happened', []);
    await this.expectCheckPage();
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

module.exports = { Guide, OWN_FILES, unitsFor, projectConfig, demoConfigText, flowText, FLOW };
