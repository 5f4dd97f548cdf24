// Page loads and journeys in headless Chromium (Debian's /usr/bin/chromium, driven by
// Playwright over CDP). Everything is timed inside the page, against performance.timeOrigin
// (the navigation start), by the script INSTRUMENT injected before any of the page's own.
//
// Definitions (BENCHMARKS.md repeats them):
// - first question painted (FQP): the heading (`.og-widget h1` for the widget, in its shadow
//   root; `#app h1` for the floor) is in the DOM with text — a MutationObserver, attached to the
//   document and to every shadow root as it is attached, sees it —, the stylesheets of its root
//   have loaded (any <link rel=stylesheet> in it, so that an unstyled flash would not count; the
//   widget's stylesheet comes with its script and is adopted by the shadow root before the
//   page is put in), and the frame containing it has been produced: the time is taken in
//   a task posted from the next requestAnimationFrame callback, i.e. after that frame's style,
//   layout and paint.
//   For the widget this is the start page that orosguiden.js prerenders before the wasm has
//   arrived (ui/src/prerender.rs); the widget takes its place when it runs.
// - widget running (live): the heading of the widget's own page (not the prerendered one) is in
//   the DOM; for the floor, the same moment as its heading in the DOM.
// - interactive (TTI): the first question is painted, the widget is running and its button is
//   in the DOM, and the main thread has been free of long tasks (≥ 50 ms, PerformanceObserver
//   'longtask') for a quiet window of QUIET_MS; TTI is the latest of FQP, live and the end of the
//   last long task.
// - step work: from a click's event timestamp (the browser's input time, so queueing counts)
//   until the page has handled it: the last of the click, input, change and submit listeners
//   that run after the widget's own (bubble phase, on window and on the shadow root; Yew renders
//   in a microtask that runs before them), with style and layout forced there by reading the
//   heading's box; or the last DOM mutation before the next frame if later (Yew yields with
//   setTimeout after 16 ms of work). A step is one choice click plus the "Fortsätt" click.
// - step to next paint: from the same timestamp until the frame showing the result has been
//   produced (requestAnimationFrame, then a posted task; for "Fortsätt" the frame in which the
//   heading has changed). It includes waiting for the next frame, up to one vsync (16.7 ms).

import { chromium } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-dev-shm-usage',
];

export const QUIET_MS = 500;

const INSTRUMENT = `(() => {
  const cfg = __CFG__;
  const B = window.__bench = { fqpDom: null, liveAt: null, fqp: null, tti: null, done: false, longtasks: [], memories: [], steps: [] };
  try {
    new PerformanceObserver((l) => { for (const e of l.getEntries()) B.longtasks.push([e.startTime, e.duration]); })
      .observe({ type: 'longtask', buffered: true });
  } catch (e) { B.noLongtask = String(e); }
  // Keep the wasm module's memory, to read its size (it is not part of the JS heap).
  for (const name of ['instantiate', 'instantiateStreaming']) {
    const orig = WebAssembly[name];
    if (!orig) continue;
    WebAssembly[name] = function (...args) {
      return orig.apply(this, args).then((r) => {
        const inst = r && (r.instance || r);
        if (inst && inst.exports && inst.exports.memory) B.memories.push(inst.exports.memory);
        return r;
      });
    };
  }
  B.wasmMemory = () => B.memories.reduce((s, m) => s + m.buffer.byteLength, 0);
  // The widget renders in a shadow root: observe every root attached, and search them all.
  const roots = [document];
  const observers = [];
  const onRoot = [];
  const observe = (fn, opts) => {
    const mo = new MutationObserver(fn);
    observers.push([mo, opts]);
    for (const r of roots) mo.observe(r, opts);
  };
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const r = attach.call(this, init);
    roots.push(r);
    for (const [mo, opts] of observers) mo.observe(r, opts);
    for (const f of onRoot) f(r);
    return r;
  };
  const query = (sel) => {
    for (const r of roots) {
      const el = r.querySelector(sel);
      if (el) return el;
    }
    return null;
  };
  // The stylesheets of the heading's own root (the shadow root's <link>s) have loaded.
  const styled = (h) => [...h.getRootNode().querySelectorAll('link[rel~=stylesheet]')].every((l) => l.sheet);
  const afterPaint = (cb) => requestAnimationFrame(() => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => cb(performance.now());
    ch.port2.postMessage(0);
  });
  const heading = () => query(cfg.heading);
  const lastLongTaskEnd = () => B.longtasks.reduce((m, [s, d]) => Math.max(m, s + d), 0);
  const waitQuiet = () => {
    const t = setInterval(() => {
      const busy = Math.max(B.fqp, B.liveAt || 0, lastLongTaskEnd());
      if (B.liveAt !== null && performance.now() - busy >= cfg.quiet && query(cfg.button)) {
        clearInterval(t);
        B.tti = busy;
        B.done = true;
      }
    }, 25);
  };
  const whenStyled = (h, cb) => {
    if (styled(h)) return cb();
    const t = setInterval(() => { if (styled(h)) { clearInterval(t); cb(); } }, 4);
  };
  let seen = false;
  observe(() => {
    if (B.liveAt === null && query(cfg.live || cfg.heading)) B.liveAt = performance.now();
    const h = heading();
    if (!seen && h && h.textContent.trim()) {
      seen = true;
      B.fqpDom = performance.now();
      B.firstHeading = h.textContent.trim();
      whenStyled(h, () => {
        B.styledAt = performance.now();
        afterPaint((t) => { B.fqp = t; waitQuiet(); });
      });
    }
  }, { childList: true, subtree: true, characterData: true });

  // Steps: arm() before a click. The capture listener on window takes the input time; bubble
  // listeners on window and on every shadow root, which run after the widget's own handlers
  // and the microtask in which Yew renders, note when the handling ended (forcing style and
  // layout first); DOM mutations in later tasks (Yew yields after 16 ms) extend it.
  B.arm = (kind, expectNewHeading) => {
    const before = (heading() || {}).textContent;
    B.pending = { kind, expectNewHeading, before, done: false };
  };
  const active = () => { const p = B.pending; return p && p.t0 !== undefined && !p.done ? p : null; };
  const markEnd = () => {
    const p = active();
    if (!p) return;
    const h = heading();
    if (h) h.getBoundingClientRect();
    p.end = performance.now();
  };
  const ends = ['click', 'input', 'change', 'submit'];
  const listenEnds = (target) => { for (const t of ends) target.addEventListener(t, markEnd); };
  listenEnds(window);
  onRoot.push(listenEnds);
  observe(() => {
    const p = active();
    if (p) p.lastMutation = performance.now();
  }, { childList: true, subtree: true, characterData: true, attributes: true });
  window.addEventListener('click', (e) => {
    const p = B.pending;
    if (!p || p.t0 !== undefined || p.done) return;
    p.t0 = e.timeStamp;
    p.inputDelay = performance.now() - e.timeStamp;
    const frame = () => requestAnimationFrame(() => {
      const changed = (heading() || {}).textContent !== p.before;
      if (p.expectNewHeading && !changed && performance.now() - p.t0 < 10000) return frame();
      const ch = new MessageChannel();
      ch.port1.onmessage = () => {
        p.paint = performance.now() - p.t0;
        p.work = Math.max(p.end || 0, p.lastMutation || 0) - p.t0;
        p.heading = (heading() || {}).textContent;
        p.done = true;
        B.steps.push(p);
      };
      ch.port2.postMessage(0);
    });
    frame();
  }, true);
})();`;

function instrument(cfg) {
  return INSTRUMENT.replace('__CFG__', JSON.stringify({ quiet: QUIET_MS, ...cfg }));
}

export async function launch() {
  return chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
}

async function freshPage(browser, throttle) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  await cdp.send('Performance.enable');
  return { context, page, cdp };
}

/** A fixed amount of JS work, timed: shows the throttle is applied (≈ rate × unthrottled). */
async function calibrate(page) {
  return page.evaluate(() => {
    const t = performance.now();
    let x = 0;
    for (let i = 0; i < 2e6; i++) x = (x + i * 7) % 1000003;
    return [performance.now() - t, x];
  }).then(([ms]) => ms);
}

async function waitReady(page, errors) {
  try {
    await page.waitForFunction(() => window.__bench && window.__bench.done, null, { timeout: 60_000, polling: 50 });
  } catch (e) {
    const state = await page.evaluate(() => JSON.stringify({ ...window.__bench, memories: undefined })).catch((x) => String(x));
    throw new Error(`${page.url()}: the first question was not painted within 60 s (${e.message}); state ${state}; errors ${errors.join('; ')}`);
  }
}

/**
 * One fresh page load (new browser context: empty cache, no code cache), timed.
 * `site` = { url, heading, button }.
 */
export async function pageLoad(browser, site, throttle, { recordRequests = false } = {}) {
  const { context, page, cdp } = await freshPage(browser, throttle);
  const requests = [];
  const errors = [];
  if (recordRequests) page.on('response', async (r) => requests.push({ url: r.url(), status: r.status() }));
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  try {
    await page.addInitScript(instrument({ heading: site.heading, button: site.button, live: site.live }));
    await page.goto(site.url, { waitUntil: 'load' });
    await waitReady(page, errors);
    const r = await page.evaluate(() => {
      const B = window.__bench;
      const nav = performance.getEntriesByType('navigation')[0];
      return {
        fqp: B.fqp, fqpDom: B.fqpDom, liveAt: B.liveAt, styledAt: B.styledAt, tti: B.tti, heading: B.firstHeading,
        longtasks: B.longtasks.length, longtaskMs: B.longtasks.reduce((s, [, d]) => s + d, 0),
        domContentLoaded: nav && nav.domContentLoadedEventEnd, load: nav && nav.loadEventEnd,
        wasmMemory: B.wasmMemory(), noLongtask: B.noLongtask,
      };
    });
    r.calibrationMs = await calibrate(page);
    if (errors.length) r.errors = errors;
    if (recordRequests) r.requests = requests;
    return r;
  } finally {
    await cdp.detach().catch(() => {});
    await context.close();
  }
}

// The click is a plain mouse press and release at the element's centre (CDP
// Input.dispatchMouseEvent through page.mouse), so none of Playwright's actionability checks
// run in the page while the step is timed; they run before, for scrolling and the box.
async function click(page, locator, kind, expectNewHeading, cdp) {
  await locator.scrollIntoViewIfNeeded();
  const box = await locator.boundingBox();
  const m0 = cdp ? await metrics(cdp) : null;
  if (!box) throw new Error(`${kind}: ${locator} has no box`);
  await page.evaluate(([k, e]) => window.__bench.arm(k, e), [kind, expectNewHeading]);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  const h = await page.waitForFunction(() => window.__bench.pending && window.__bench.pending.done, null, { timeout: 30_000, polling: 20 });
  await h.dispose();
  const r = await page.evaluate(() => {
    const p = window.__bench.pending;
    return { kind: p.kind, work: p.work, processing: p.work - p.inputDelay, paint: p.paint, inputDelay: p.inputDelay, heading: p.heading && p.heading.trim() };
  });
  if (m0) {
    // Main-thread time by kind during the step, from the renderer's own counters (seconds).
    const m1 = await metrics(cdp);
    const d = (k) => 1000 * (m1[k] - m0[k]);
    r.breakdown = { script: d('ScriptDuration'), style: d('RecalcStyleDuration'), layout: d('LayoutDuration'), task: d('TaskDuration') };
  }
  if (kind === 'choice' && !(await locator.isChecked())) throw new Error(`the click did not check ${locator}`);
  return r;
}

async function metrics(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
}

/**
 * One full journey at `throttle`: start, four questions (choice + Fortsätt), check page,
 * outcome. Returns every interaction's timings and the heap after the journey.
 */
export async function journey(browser, site, throttle, answers) {
  const { context, page, cdp } = await freshPage(browser, throttle);
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  try {
    await page.addInitScript(instrument({ heading: site.heading, button: site.button, live: site.live }));
    await page.goto(site.url, { waitUntil: 'load' });
    await waitReady(page, errors);
    const out = { start: null, steps: [], show: null };
    out.start = await click(page, page.getByRole('button', { name: 'Börja', exact: true }), 'start', true, cdp);
    for (const label of answers) {
      const c = await click(page, page.getByRole('radio', { name: label, exact: true }), 'choice', false, cdp);
      const f = await click(page, page.getByRole('button', { name: 'Fortsätt', exact: true }), 'continue', true, cdp);
      const breakdown = c.breakdown && f.breakdown && Object.fromEntries(Object.keys(c.breakdown).map((k) => [k, c.breakdown[k] + f.breakdown[k]]));
      out.steps.push({ label, choice: c, continue: f, breakdown, work: c.work + f.work, processing: c.processing + f.processing, paint: c.paint + f.paint, inputDelay: c.inputDelay + f.inputDelay, heading: f.heading });
    }
    out.show = await click(page, page.getByRole('button', { name: 'Visa vad du ska göra', exact: true }), 'show', true, cdp);
    const before = await metrics(cdp);
    await cdp.send('HeapProfiler.collectGarbage');
    const after = await metrics(cdp);
    out.heap = {
      usedBytes: before.JSHeapUsedSize, totalBytes: before.JSHeapTotalSize,
      usedAfterGcBytes: after.JSHeapUsedSize,
      nodes: before.Nodes, listeners: before.JSEventListeners,
      wasmMemoryBytes: await page.evaluate(() => window.__bench.wasmMemory()),
    };
    if (errors.length) out.errors = errors;
    return out;
  } finally {
    await cdp.detach().catch(() => {});
    await context.close();
  }
}

/**
 * The floor app's one button, clicked `n` times on a fresh page: what the same measurement
 * gives for a trivial Yew update (a counter), i.e. the cost of the method, the throttle and Yew.
 */
export async function floorClicks(browser, site, throttle, n = 4) {
  const { context, page, cdp } = await freshPage(browser, throttle);
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  try {
    await page.addInitScript(instrument({ heading: site.heading, button: site.button, live: site.live }));
    await page.goto(site.url, { waitUntil: 'load' });
    await waitReady(page, errors);
    const out = [];
    for (let i = 0; i < n; i++) out.push(await click(page, page.locator(site.button), 'floor button', false, cdp));
    return out;
  } finally {
    await cdp.detach().catch(() => {});
    await context.close();
  }
}
