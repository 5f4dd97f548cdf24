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
// <link> the widget puts in its shadow root; this preload only fills the cache it reads from.
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

/**
 * Mounts a widget into `element`.
 * @param {Element} element the host element; the widget renders in its shadow root
 * @param {{config?: string, lang?: 'sv'|'en'}} [options] configuration URL (same origin) and language
 */
export async function mount(element, options = {}) {
  const mountWidget = await ready;
  mountWidget(element, options.config || '', options.lang === 'en' ? 'en' : 'sv', cssUrl, englishUrl);
}

function mountAll() {
  for (const el of document.querySelectorAll('[data-orosguiden]')) {
    mount(el, { config: el.getAttribute('data-config') || '', lang: el.getAttribute('data-lang') || 'sv' })
      .catch((e) => console.error('Orosguiden could not start', e));
  }
}

ready.then(() => {
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', mountAll, { once: true });
  } else {
    mountAll();
  }
}, (e) => console.error('Orosguiden could not load its WebAssembly', e));
