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

/// A pending `setTimeout`, cancelled on drop.
pub struct Timeout {
    id: i32,
    cancelled: std::rc::Rc<std::cell::Cell<bool>>,
}

/// Runs `f` once after `ms` milliseconds, unless the returned guard is dropped first.
pub fn timeout(ms: i32, f: impl FnOnce() + 'static) -> Option<Timeout> {
    use wasm_bindgen::closure::Closure;
    let window = web_sys::window()?;
    let cancelled = std::rc::Rc::new(std::cell::Cell::new(false));
    let flag = cancelled.clone();
    // A one-shot closure frees itself when called; the flag makes a call that arrives after
    // the guard was dropped (a timer that could not be cleared) do nothing.
    let callback = Closure::once_into_js(move || {
        if !flag.get() {
            f();
        }
    });
    let id = window.set_timeout_with_callback_and_timeout_and_arguments_0(callback.unchecked_ref(), ms).ok()?;
    Some(Timeout { id, cancelled })
}

impl Drop for Timeout {
    fn drop(&mut self) {
        self.cancelled.set(true);
        if let Some(w) = web_sys::window() {
            w.clear_timeout_with_handle(self.id);
        }
    }
}
