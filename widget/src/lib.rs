//! The Orosguiden WebAssembly entry point: mounts a widget into every element marked
//! `data-orosguiden` (or with the id `orosguiden`) on the page.

use orosguiden::Config;
use wasm_bindgen::prelude::*;

/// Runs when the module is instantiated.
#[wasm_bindgen(start)]
pub fn start() {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
    let Ok(nodes) = doc.query_selector_all("[data-orosguiden], #orosguiden") else { return };
    for i in 0..nodes.length() {
        if let Some(el) = nodes.item(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) {
            if el.has_attribute("data-orosguiden-mounted") {
                continue;
            }
            let _ = el.set_attribute("data-orosguiden-mounted", "");
            el.set_inner_html("");
            orosguiden_ui::mount(el, Config::demo());
        }
    }
}
