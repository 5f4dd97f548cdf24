// The iframe page for CMSs that strip scripts (e.g. SharePoint's embed web part):
//   <iframe src="/oros/embed.html?config=/oros/config.json&lang=sv" title="Orosguiden" …></iframe>
// It reads only ?config= and ?lang= (never answers), mounts the widget, and tells the parent
// page its height so that a listening host can size the frame to the content. The message
// carries nothing but a number.
import { mount } from './orosguiden.js';

const params = new URLSearchParams(location.search);
const el = document.getElementById('orosguiden');
await mount(el, { config: params.get('config') || '', lang: params.get('lang') || 'sv' });

if (window.parent !== window) {
  let last = 0;
  const report = () => {
    const height = Math.ceil(document.documentElement.scrollHeight);
    if (height !== last) {
      last = height;
      window.parent.postMessage({ type: 'orosguiden:height', height }, '*');
    }
  };
  new ResizeObserver(report).observe(document.documentElement);
  new ResizeObserver(report).observe(el);
  report();
}
