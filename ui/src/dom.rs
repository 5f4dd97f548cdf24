//! The few browser services the widget uses: the local clock, the clipboard, printing, focus
//! and fetching its own files (the configuration, the English guidance). Nothing here sends
//! anything anywhere or touches storage.

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

/// Why a file could not be fetched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FetchError {
    /// Nothing arrived within the time allowed.
    Timeout,
    /// The request failed (offline, refused, blocked).
    Network,
    /// The server answered with an error status, e.g. (404, "Not Found").
    Status(u16, String),
    /// The body could not be read as text.
    NotText,
}

/// Fetches a file as text with a plain GET (no credentials beyond the page's own, no body),
/// giving up after `timeout_ms`.
pub async fn fetch_text(url: &str, timeout_ms: i32) -> Result<String, FetchError> {
    use wasm_bindgen_futures::JsFuture;
    let window = web_sys::window().ok_or(FetchError::Network)?;
    let controller = web_sys::AbortController::new().ok();
    let init = web_sys::RequestInit::new();
    let _timer = controller.as_ref().and_then(|c| {
        init.set_signal(Some(&c.signal()));
        let c = c.clone();
        timeout(timeout_ms, move || c.abort())
    });
    let response = match JsFuture::from(window.fetch_with_str_and_init(url, &init)).await {
        Ok(r) => r.unchecked_into::<web_sys::Response>(),
        Err(_) if controller.as_ref().is_some_and(|c| c.signal().aborted()) => return Err(FetchError::Timeout),
        Err(_) => return Err(FetchError::Network),
    };
    if !response.ok() {
        return Err(FetchError::Status(response.status(), response.status_text()));
    }
    let text = response.text().map_err(|_| FetchError::NotText)?;
    JsFuture::from(text).await.ok().and_then(|t| t.as_string()).ok_or(FetchError::NotText)
}

/// Runs `f` once when the browser is idle (`requestIdleCallback`; where there is none, in a
/// task posted after the next frame), so that work which can wait delays neither a paint nor
/// whatever else is queued after it.
pub fn when_idle(f: impl FnOnce() + 'static) {
    use wasm_bindgen::closure::Closure;
    let Some(window) = web_sys::window() else { return };
    let has_idle = js_sys::Reflect::has(&window, &"requestIdleCallback".into()).unwrap_or(false);
    if has_idle {
        let idle = Closure::once_into_js(f);
        let _ = window.request_idle_callback(idle.unchecked_ref());
    } else {
        let frame = Closure::once_into_js(move || {
            // If the timer cannot be set the work is simply done later, on first use.
            let _ = timeout(0, f).map(std::mem::forget);
        });
        let _ = window.request_animation_frame(frame.unchecked_ref());
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
