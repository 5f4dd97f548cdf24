// Orosguiden: the one script an intranet page includes. It mounts a widget into every element
// marked data-orosguiden, and exports mount(element, options) for pages that build their own.
//
//   <div data-orosguiden data-config="/oros/config.json" data-lang="sv"></div>
//   <script type="module" src="/oros/orosguiden.js"></script>
//
// Nothing here sends anything anywhere: the module loads its own wasm and stylesheet and, if
// data-config names one, the configuration file from the page's own site.
import init, { mount_widget } from './pkg/orosguiden_widget.js';

const here = import.meta.url;
const cssUrl = new URL('./orosguiden.css', here).href;
const ready = init({ module_or_path: new URL('./pkg/orosguiden_widget_bg.wasm', here) });

/**
 * Mounts a widget into `element`.
 * @param {Element} element the host element; the widget renders in its shadow root
 * @param {{config?: string, lang?: 'sv'|'en'}} [options] configuration URL (same origin) and language
 */
export async function mount(element, options = {}) {
  await ready;
  mount_widget(element, options.config || '', options.lang === 'en' ? 'en' : 'sv', cssUrl);
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
