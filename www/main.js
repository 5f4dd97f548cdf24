// Boots the Orosguiden widget: loads the wasm module built into ./pkg by
// `make build`. The widget's #[wasm_bindgen(start)] function runs inside
// init() and mounts the app into <div id="orosguiden"> / [data-orosguiden].
import init from './pkg/orosguiden_widget.js';

init().catch((err) => {
  console.error('Orosguiden: failed to start the widget', err);
});
