//! The few browser services the widget uses: the local clock, the clipboard, printing and
//! focus. Nothing here touches the network or storage.

use orosguiden::config::{Day, LocalTime};
use wasm_bindgen::JsCast;

/// The browser's local time, for "open now".
pub fn local_time() -> LocalTime {
    let d = js_sys::Date::new_0();
    LocalTime { day: Day::from_js(d.get_day()), minute: (d.get_hours() * 60 + d.get_minutes()) as u16 }
}

/// Copies text to the clipboard; resolves to whether it worked.
pub async fn copy(text: &str) -> bool {
    let Some(w) = web_sys::window() else { return false };
    let promise = w.navigator().clipboard().write_text(text);
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}

/// Opens the browser's print dialog.
pub fn print() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}

/// Moves focus to an element (a heading with tabindex="-1").
pub fn focus(el: &web_sys::Element) {
    if let Some(h) = el.dyn_ref::<web_sys::HtmlElement>() {
        let _ = h.focus();
    }
}
