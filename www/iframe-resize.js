// Optional helper for host pages that may run one script: sizes every Orosguiden iframe to its
// content. Only messages from the frame's own window with a numeric height are used.
window.addEventListener('message', (event) => {
  const data = event.data;
  if (!data || data.type !== 'orosguiden:height' || typeof data.height !== 'number') return;
  for (const frame of document.querySelectorAll('iframe[data-orosguiden-frame]')) {
    if (frame.contentWindow === event.source) {
      frame.style.height = `${Math.max(200, Math.min(20000, data.height))}px`;
    }
  }
});
