// Shared page object, configuration oracle and privacy recorder for the end-to-end specs.
// Elements are found by role, as a user (or a screen reader) finds them, and the flow's questions,
// choices, outcomes and blocks by their ids (data-og-question, input values, data-og-outcome,
// data-og-block), so that rewording the flow changes no test.
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');
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
  return { file, path: meta.path || '/', config: readConfig(file) };
}

const ROOT = path.join(__dirname, '..', '..');

/** A configuration file of the repository (`config/<name>.json`), parsed; null for a file that
 * is not there (a spec that serves its own configuration through a route). */
function readConfig(file) {
  const full = path.join(ROOT, file);
  return fs.existsSync(full) ? JSON.parse(fs.readFileSync(full, 'utf8')) : null;
}

const walked = new Map();

/** The engine's own answer: `orosguiden walk --config <file> <answers>` (the CLI, see the
 * README), parsed. `answers` are `[question, choice]` pairs in the order given (a checkbox
 * question's choices joined by commas, `''` for none) or `question=choice` strings. Cached per
 * argument list: a walk is asked once per run. The CLI uses no clock: `open_now` is null and
 * units are in the configuration's order, while the widget marks them by the browser's clock and
 * puts open units first for the purpose `acute`. */
function walk(file, answers) {
  const args = answers.map((a) => (Array.isArray(a) ? `${a[0]}=${a[1]}` : a));
  const key = JSON.stringify([file, ...args]);
  if (!walked.has(key)) {
    let out;
    const started = Date.now();
    try {
      out = execFileSync('cargo', ['run', '--quiet', '--bin', 'orosguiden', '--', 'walk', '--config', file, ...args], {
        cwd: ROOT,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
        timeout: 300_000,
      });
    } catch (e) {
      throw new Error(`orosguiden walk --config ${file} ${args.join(' ')} failed (exit ${e.status}): ${e.stderr || e.message}`);
    }
    // Cargo rebuilds the CLI when the engine's sources changed since the build before the run
    // (global-setup.js): that wait is the compiler's, not the widget's, so it is added to the
    // test's time rather than taken from it.
    const took = Date.now() - started;
    if (took > 2000) {
      try {
        test.info().setTimeout(test.info().timeout + took);
      } catch {
        // Not inside a test (a spec's top level): nothing to extend.
      }
    }
    walked.set(key, JSON.parse(out));
  }
  return walked.get(key);
}

/** The parts of a contact card the page and `walk` both say: never the open/closed marks, which
 * depend on the clock. */
const cardOf = (c) => ({ label: c.label, name: c.name, phone: c.phone, e_service: c.e_service ?? null, confirm_in: c.confirm_in ?? null });

/** Units phoned now (purpose `acute`) in a stable order: the widget puts open ones first by the
 * browser's clock, the engine without one keeps the configuration's order. Every other purpose
 * keeps its order. */
function acuteAsSet(cards, acuteLabels) {
  const out = [];
  let run = [];
  const flush = () => {
    out.push(...run.sort((a, b) => a.name.localeCompare(b.name) || a.phone.localeCompare(b.phone)));
    run = [];
  };
  for (const c of cards) {
    if (acuteLabels.has(c.label)) run.push(c);
    else {
      flush();
      out.push(c);
    }
  }
  flush();
  return out;
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

/** The widget's own words (src/i18n.rs, not the flow) by name, in `lang`: `widgetWord('place_short')`
 * is the check page's label of the question where the child lives. Read from the source the
 * widget is built from, as `flowText` reads the flow, so that rewording changes no test. */
const I18N = fs.readFileSync(path.join(ROOT, 'src', 'i18n.rs'), 'utf8');
function widgetWord(name, lang = 'sv') {
  const m = I18N.match(new RegExp(`\\n\\s*${name}:\\s*"((?:[^"\\\\]|\\\\.)*)",\\s*"((?:[^"\\\\]|\\\\.)*)";`));
  if (!m) throw new Error(`no word ${name} in src/i18n.rs`);
  const text = m[lang === 'en' ? 2 : 1];
  return text.replace(/\\(.)/g, '$1');
}

/** The questions the guide asks about the child after the flow's own (issue 17): not in the
 * flow, their words are the widget's. */
const CHILD_SHORT = { 'child-place': 'place_short', 'child-age': 'age_short' };

/** A question's short label, as the check page and "Dina svar" show it. */
function shortLabel(qid, lang = 'sv') {
  return CHILD_SHORT[qid] ? widgetWord(CHILD_SHORT[qid], lang) : flowText('short', qid, undefined, lang);
}

/** The axe tags the specs hold the widget to: WCAG 2.1 A and AA. */
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Asserts that axe finds no WCAG 2.1 A/AA violation on the page as it is now. */
async function expectNoViolations(page, where) {
  // Required here, not at the top: support.js is also read by specs that never run axe.
  const AxeBuilder = require('@axe-core/playwright').default;
  const result = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  const summary = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary, `axe violations on ${where}`).toEqual([]);
}

/** The Continue button of a question page ("Fortsätt guiden" on the call-now page is another). */
const CONTINUE = /^(Fortsätt|Continue)$/;

class Guide {
  /** `options.config`: a configuration file of the repository (`config/<name>.json`) to use
   * instead of the project's, opened by default through kommun.html (a spec that runs once but
   * is about one configuration). */
  constructor(page, options = {}) {
    this.page = page;
    this.requests = [];
    page.on('request', (r) => this.requests.push({ url: r.url(), method: r.method(), body: r.postData() }));
    this.errors = [];
    page.on('pageerror', (e) => this.errors.push(e.message));
    const p = options.config
      ? { file: options.config, path: `/kommun.html?config=${options.config}`, config: readConfig(options.config) }
      : projectConfig();
    this.config = p.config;
    this.configFile = p.file;
    this.path = p.path;
    // The configuration of the page opened last (set by `open`), for the oracle and the
    // place answered by default.
    this.pageConfigFile = p.file;
    this.pageConfig = p.config;
    /** The answers given since the last start, in order, as `[question, choice]` pairs. */
    this.answers = [];
  }

  /** The configuration file a page of the demo site uses: `?config=` of kommun.html, the
   * built-in demonstration (config/exempelkommun.json) otherwise. */
  static configOfUrl(url) {
    const u = new URL(url, 'http://localhost/');
    const c = u.searchParams.get('config');
    if (c && !/^[a-z]+:/i.test(c)) return c.replace(/^\/+/, '');
    if (u.pathname === '/csp.html' || !c) return 'config/exempelkommun.json';
    return null;
  }

  /** Opens the page and waits until the widget runs (the prerendered start page, shown before
   * it, has gone; prerender.spec.js tests that page). */
  async open(url = this.path) {
    this.pageConfigFile = Guide.configOfUrl(url);
    this.pageConfig = this.pageConfigFile ? readConfig(this.pageConfigFile) : null;
    this.answers = [];
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
    this.answers = [];
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
    this.remember(qid, ids.join(','));
  }

  /** Records an answer for the oracle: a question answered again (Back, "Ändra") keeps its
   * place. After a change that drops later questions, pass the answers to `expected` instead. */
  remember(qid, value) {
    const i = this.answers.findIndex(([q]) => q === qid);
    if (i >= 0) this.answers[i] = [qid, value];
    else this.answers.push([qid, value]);
  }

  /** The place a journey answers by default: the first municipality of the page's
   * configuration, or `here` for one without municipalities. */
  defaultPlace() {
    return this.pageConfig?.municipalities?.[0]?.id ?? 'here';
  }

  /** Answers the questions about the child that are asked now: where the child lives
   * (`child-place`) if it is on screen, then its age (`child-age`) if that comes next. On an
   * acute path the call-now page comes between them: call it again after "Fortsätt guiden". */
  async answerChild(place = this.defaultPlace(), age = 'unknown') {
    const either = this.page.locator('[data-og-question="child-place"], [data-og-question="child-age"]');
    await expect(either, 'a question about the child is asked').toHaveCount(1);
    if ((await either.getAttribute('data-og-question')) === 'child-place') {
      await this.answerIds('child-place', [place]);
      // The next page replaces the question in one render: once it has gone, what follows is on
      // screen (the age, the call-now page or "Check your answers").
      await expect(this.question('child-place')).toHaveCount(0);
      if ((await this.question('child-age').count()) === 0) return;
    }
    await this.answerIds('child-age', [age]);
  }

  /** What the engine says for the answers given (by default those of this journey), under the
   * page's configuration: `orosguiden walk` (see `walk`). */
  expected(answers = this.answers) {
    if (!this.pageConfigFile) throw new Error('the page\'s configuration is not a file of the repository');
    return walk(this.pageConfigFile, answers);
  }

  /** The contact cards on screen (social services' units and the others), as `cardOf`. */
  async shownContacts() {
    return this.page.locator('.og-contacts .og-contact:not(.og-contact--elsewhere)').evaluateAll((cards) => cards.map((c) => {
      const text = (sel) => c.querySelector(sel)?.textContent.trim() ?? null;
      const eService = [...c.querySelectorAll('p:not(.og-contact__confirm) > a[href^="https:"]')].map((a) => a.getAttribute('href'));
      return {
        label: text('.og-contact__label'),
        name: text('.og-contact__name'),
        phone: text('.og-contact__phone a'),
        e_service: eService[0] ?? null,
        confirm_in: c.querySelector('.og-contact__confirm a')?.getAttribute('href') ?? null,
      };
    }));
  }

  /** Asserts that the contacts on screen are those `walk` gives for the answers (see
   * `expected`): the same units with the same label, name, phone, e-service and confirmation
   * link, in the same order except that the units to phone now may come in any order; the
   * municipality named above them; and the cards for another municipality's social services. */
  async expectContacts(answers = this.answers) {
    const want = this.expected(answers);
    const acute = new Set(want.contacts.filter((c) => c.purpose === 'acute').map((c) => c.label));
    await expect.poll(async () => acuteAsSet(await this.shownContacts(), acute), { message: 'the contacts walk gives', timeout: 5000 })
      .toEqual(acuteAsSet(want.contacts.map(cardOf), acute));
    const where = this.page.locator('.og-contacts__where');
    if (want.municipality) await expect(where).toContainText(want.municipality);
    else await expect(where).toHaveCount(0);
    const elsewhere = this.page.locator('.og-contact--elsewhere');
    await expect(elsewhere).toHaveCount(want.elsewhere.length);
    for (const [i, e] of want.elsewhere.entries()) {
      await expect(elsewhere.nth(i)).toHaveAttribute('data-og-elsewhere', e.purpose);
      await expect(elsewhere.nth(i)).toContainText(e.text);
    }
    return want;
  }

  /** The support offers on screen, by name, in order. */
  async shownSupport() {
    return this.page.locator('.og-support__item > strong').allTextContents();
  }

  /** Asserts that the support offers on screen are those `walk` gives, in its order. */
  async expectSupport(answers = this.answers) {
    const want = this.expected(answers);
    await expect.poll(() => this.shownSupport(), { message: 'the support offers walk gives', timeout: 5000 })
      .toEqual(want.support.map((s) => s.name));
    return want;
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
    return this.answerRows().filter({ has: this.page.locator('dt', { hasText: shortLabel(qid, lang) }) });
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
    this.answers = [];
    await this.page.getByRole('button', { name: /^(Börja om|Start again)$/ }).click();
  }

  /** A teacher who has seen signs of a parent's drinking, up to "Check your answers" (the child
   * living in the configuration's first municipality, its age `age`). */
  async teacherWithSuspicion(place = this.defaultPlace(), age = 'unknown') {
    await this.start();
    await this.answerIds('acute-danger', ['not-acute']);
    await this.answerIds('role', ['school']);
    await this.answerIds('concern', ['substance']);
    await this.answerIds('observations-substance', ['yes']);
    await this.answerIds('already-happened', []);
    await this.answerIds('child-place', [place]);
    await this.answerIds('child-age', [age]);
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

module.exports = { Guide, OWN_FILES, walk, projectConfig, readConfig, demoConfigText, flowText, widgetWord, FLOW, WCAG, expectNoViolations };
