// Orosguiden: the one script an intranet page includes. It mounts a widget into every element
// marked data-orosguiden, and exports mount(element, options) for pages that build their own.
//
//   <div data-orosguiden data-config="/oros/config.json" data-lang="sv"></div>
//   <script type="module" src="/oros/orosguiden.js"></script>
//
// Nothing here sends anything anywhere: the module loads its own wasm and its glue, the
// English guidance only when someone asks for English, and, if data-config names one, the
// configuration file from the page's own site.

const here = import.meta.url;
const englishUrl = new URL('./pkg/orosguiden_flow_en.txt', here).href;

// The widget's stylesheet (web/orosguiden.css, minified), written in by `make build`: it comes
// with this script instead of as a file of its own, so the start page below can be painted
// styled as soon as the script has run, and no later request can hold it up. It is applied to
// each widget's shadow root as a constructed stylesheet (one for all widgets on the page), which
// a Content-Security-Policy without 'unsafe-inline' allows.
const STYLESHEET = /*@stylesheet@*/null;
let sheet;

/** `element`'s shadow root, attached with the widget's stylesheet if it has none yet. */
function shadowOf(element) {
  if (element.shadowRoot) return element.shadowRoot;
  const shadow = element.attachShadow({ mode: 'open' });
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(STYLESHEET);
  }
  shadow.adoptedStyleSheets = [sheet];
  return shadow;
}

// The wasm and its JS glue download in parallel instead of one after the other.
const wasm = fetch(new URL('./pkg/orosguiden_widget_bg.wasm', here));
const ready = import('./pkg/orosguiden_widget.js').then(async (glue) => {
  await glue.default({ module_or_path: wasm });
  return glue.mount_widget;
});
ready.catch((e) => console.error('Orosguiden could not load its WebAssembly', e));

// The start page, prerendered by `make build` from the widget's own view (Yew's server
// renderer, ui/examples/start_html.rs): [the page with the demonstration banner, the page
// without it, the line shown under a button pressed too early]. It needs nothing from the
// WebAssembly, so the guide's first page, and 112 for a child in danger, are on screen as soon
// as this script has run.
const START = /*@start-page@*/null;

/**
 * Shows the start page in `element`'s shadow root before the widget runs, and hands over to the
 * widget when it has rendered: the prerendered page goes, a press of one of its buttons is made
 * again on the widget's button, and focus on one of them moves to the same button. Returns what
 * to do if the widget cannot start (show the page's own fallback text again), or null when
 * nothing was prerendered (English, an element already in use, or a page that forbids it).
 */
function prerender(element, lang, config) {
  if (!START || lang !== 'sv' || element.shadowRoot) return null;
  const root = document.createElement('div');
  root.className = 'og-root';
  try {
    // With the demonstration's banner when the widget will run on the built-in configuration.
    root.innerHTML = config ? START[1] : START[0];
    root.firstElementChild.setAttribute('data-og-prerendered', '');
  } catch {
    return null;   // e.g. a page that requires Trusted Types: the widget shows itself when it runs
  }
  const shadow = shadowOf(element);
  shadow.append(root);
  const button = (el) => (el ? ['.og-button--start', '.og-lang'].find((sel) => el.matches(sel)) : undefined);
  let pressed;
  root.addEventListener('click', (e) => {
    const b = e.target.closest('button');
    if (!b || pressed) return;
    pressed = button(b);
    b.setAttribute('aria-disabled', 'true');
    b.insertAdjacentHTML('afterend', START[2]);
  });
  const handOver = new MutationObserver(() => {
    const live = [...shadow.children].find((n) => n !== root && n.classList.contains('og-root'));
    if (!live) return;
    if (!live.querySelector(':scope > section')) {
      // The widget's own "loading" line while its configuration is on the way: the start page
      // stays until the widget has rendered.
      live.hidden = true;
      handOver.observe(live, { childList: true });
      return;
    }
    handOver.disconnect();
    const focused = button(shadow.activeElement);
    root.remove();
    live.hidden = false;
    if (focused) live.querySelector(focused)?.focus();
    if (pressed) live.querySelector(pressed)?.click();
  });
  handOver.observe(shadow, { childList: true });
  return () => {
    handOver.disconnect();
    root.replaceWith(document.createElement('slot'));
  };
}

// A fault after a widget has started (a panic, or any other trap of the WebAssembly) leaves the
// WebAssembly unable to go on, and every widget on the page with it. Each is then replaced by a
// page that says how to get help now, from what the widget keeps ready on its root in the
// language of the moment (ui/src/app.rs, `fault_text`: 112 and the configuration's numbers):
// announced, and focused. Errors of the host page's own scripts are not ours and are left alone.
const glueUrl = new URL('./pkg/orosguiden_widget.js', here).href;
const mounted = new Set();
let broken = false;

function el(tag, className, text) {
  const e = document.createElement(tag);
  e.className = className;
  e.textContent = text;
  return e;
}

function showFault(error) {
  if (broken || !(error instanceof WebAssembly.RuntimeError) || !String(error.stack).includes(glueUrl)) return;
  broken = true;
  for (const element of mounted) {
    const shadow = element.shadowRoot;
    const kept = shadow && shadow.querySelector('[data-og-fault]');
    if (!kept) continue;
    const [lang, title, call, before, reload, demo, ...numbers] = kept.getAttribute('data-og-fault').split('\n');
    const tel = (number, text, className) => Object.assign(el('a', className, text), { href: `tel:${number.replace(/[^0-9+]/g, '')}` });
    const widget = el('section', 'og-widget', '');
    widget.lang = lang;
    widget.setAttribute('aria-label', 'Orosguiden');
    const alert = el('div', 'og-error-summary og-fault', '');
    alert.setAttribute('role', 'alert');
    widget.append(alert);
    const root = el('div', 'og-root', '');
    root.append(widget);
    shadow.replaceChildren(root);
    // Filled once in the page, so that the alert is read out.
    const heading = el('h2', 'og-heading-m', title);
    heading.tabIndex = -1;
    const first = el('p', 'og-panel__call', '');
    first.append(tel('112', call, 'og-call'));
    alert.append(heading, first);
    if (numbers.length) {
      const list = el('ul', 'og-list', '');
      for (const line of numbers) {
        const [name, number] = line.split('\t');
        const item = el('li', '', `${name}: `);
        item.append(tel(number, number, 'og-link'));
        list.append(item);
      }
      alert.append(el('p', '', before), list);
    }
    alert.append(el('p', '', reload));
    if (demo) alert.append(el('p', 'og-demo-banner', demo));
    heading.focus();
  }
}
addEventListener('error', (e) => showFault(e.error));
addEventListener('unhandledrejection', (e) => showFault(e.reason));

/**
 * Starts the download of a configuration at once, in parallel with the WebAssembly and its glue,
 * instead of when the widget asks for it: a preload that the widget's own request then takes
 * up (the same URL, mode and credentials), so that the widget's handling of a slow, missing or
 * broken file stays the one place that deals with it. Only a file on the page's own site, as
 * the widget itself insists: anything else is never requested.
 */
function preloadConfig(config) {
  let url;
  try {
    url = new URL(config, document.baseURI);
  } catch {
    return;
  }
  if (!config || url.origin !== location.origin) return;
  const link = document.createElement('link');
  link.rel = 'preload';
  link.as = 'fetch';
  link.crossOrigin = 'anonymous';
  link.href = url.href;
  document.head.append(link);
}

/**
 * Mounts a widget into `element`.
 * @param {Element} element the host element; the widget renders in its shadow root
 * @param {{config?: string, lang?: 'sv'|'en'}} [options] configuration URL (same origin) and language
 */
export async function mount(element, options = {}) {
  const config = options.config || '';
  const lang = options.lang === 'en' ? 'en' : 'sv';
  preloadConfig(config);
  const fallback = prerender(element, lang, config);
  try {
    const mountWidget = await ready;
    shadowOf(element);
    mountWidget(element, config, lang, englishUrl);
    mounted.add(element);
  } catch (e) {
    // The page's own fallback text (112 and the switchboard) instead of a page that cannot work.
    const shadow = element.shadowRoot;
    if (fallback) fallback();
    else if (shadow && !shadow.firstChild) shadow.append(document.createElement('slot'));
    throw e;
  }
}

function mountAll() {
  for (const el of document.querySelectorAll('[data-orosguiden]')) {
    mount(el, { config: el.getAttribute('data-config') || '', lang: el.getAttribute('data-lang') || 'sv' })
      .catch((e) => console.error('Orosguiden could not start', e));
  }
}

if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', mountAll, { once: true });
} else {
  mountAll();
}
