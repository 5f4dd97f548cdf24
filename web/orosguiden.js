// Orosguiden: the one script an intranet page includes. It mounts a widget into every element
// marked data-orosguiden, and exports mount(element, options) for pages that build their own.
//
//   <div data-orosguiden data-config="/oros/config.json" data-lang="sv"></div>
//   <script type="module" src="/oros/orosguiden.js"></script>
//
// Nothing here sends anything anywhere: the module loads its own wasm and stylesheet, the
// English guidance only when someone asks for English, and, if data-config names one, the
// configuration file from the page's own site.

const here = import.meta.url;
const cssUrl = new URL('./orosguiden.css', here).href;
const englishUrl = new URL('./pkg/orosguiden_flow_en.txt', here).href;

// Everything the first question needs is requested at once: the stylesheet, the wasm and its
// JS glue download in parallel instead of one after the other. The stylesheet is applied by the
// <link> in the widget's shadow root (the prerendered start page's, or the widget's own); this
// preload only fills the cache it reads from.
const preload = document.createElement('link');
preload.rel = 'preload';
preload.as = 'style';
preload.href = cssUrl;
document.head.append(preload);
const wasm = fetch(new URL('./pkg/orosguiden_widget_bg.wasm', here));
const ready = import('./pkg/orosguiden_widget.js').then(async (glue) => {
  await glue.default({ module_or_path: wasm });
  return glue.mount_widget;
});
ready.catch((e) => console.error('Orosguiden could not load its WebAssembly', e));

// The start page, prerendered from the widget's own words by `make build` (ui/src/prerender.rs):
// [section opened, the demonstration banner, the rest of the page, the line shown under a button
// pressed too early]. It needs nothing from the WebAssembly, so the guide's first page, and 112
// for a child in danger, are on screen as soon as this script and the stylesheet are here.
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
    root.innerHTML = START[0] + (config ? '' : START[1]) + START[2];
  } catch {
    return null;   // e.g. a page that requires Trusted Types: the widget shows itself when it runs
  }
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = cssUrl;
  const shadow = element.attachShadow({ mode: 'open' });
  shadow.append(link, root);
  const button = (el) => (el ? ['.og-button--start', '.og-lang'].find((sel) => el.matches(sel)) : undefined);
  let pressed;
  root.addEventListener('click', (e) => {
    const b = e.target.closest('button');
    if (!b || pressed) return;
    pressed = button(b);
    b.setAttribute('aria-disabled', 'true');
    b.insertAdjacentHTML('afterend', START[3]);
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

/**
 * Mounts a widget into `element`.
 * @param {Element} element the host element; the widget renders in its shadow root
 * @param {{config?: string, lang?: 'sv'|'en'}} [options] configuration URL (same origin) and language
 */
export async function mount(element, options = {}) {
  const config = options.config || '';
  const lang = options.lang === 'en' ? 'en' : 'sv';
  const fallback = prerender(element, lang, config);
  try {
    const mountWidget = await ready;
    mountWidget(element, config, lang, cssUrl, englishUrl);
  } catch (e) {
    // The page's own fallback text (112 and the switchboard) instead of a page that cannot work.
    if (fallback) fallback();
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
