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

/// Calls `f` when the page is hidden for good or put in the back-forward cache, so that a page
/// restored with the browser's Back button never shows the previous user's answers. Returns a
/// guard that removes the listener when dropped.
pub fn on_pagehide(f: impl Fn() + 'static) -> Option<Listener> {
    use wasm_bindgen::closure::Closure;
    let window = web_sys::window()?;
    let closure = Closure::<dyn Fn()>::new(f);
    window.add_event_listener_with_callback("pagehide", closure.as_ref().unchecked_ref()).ok()?;
    Some(Listener { event: "pagehide", closure })
}

/// A window event listener, removed on drop.
pub struct Listener {
    event: &'static str,
    closure: wasm_bindgen::closure::Closure<dyn Fn()>,
}

impl Drop for Listener {
    fn drop(&mut self) {
        if let Some(w) = web_sys::window() {
            let _ = w.remove_event_listener_with_callback(self.event, self.closure.as_ref().unchecked_ref());
        }
    }
}
