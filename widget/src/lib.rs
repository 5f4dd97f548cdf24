//! The Orosguiden WebAssembly entry point. `www/orosguiden.js` calls [`mount_widget`] for every
//! element marked `data-orosguiden` and for each call of its JS `mount(element, options)`.
//! The widget renders inside the element's shadow root, with its own stylesheet, so that the
//! host page's CSS cannot break it and its CSS cannot leak out.

use orosguiden::load::{load, Loaded};
use orosguiden::validate::Problem;
use orosguiden::{Config, Flow};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

/// Mounts a widget into `host`. `config_url` names the configuration (same origin; empty for
/// the built-in demonstration), `lang` is "sv" or "en", `css_url` the widget's stylesheet.
#[wasm_bindgen]
pub fn mount_widget(host: web_sys::Element, config_url: String, lang: String, css_url: String) -> Result<(), JsValue> {
    if host.has_attribute("data-orosguiden-mounted") {
        return Ok(());
    }
    let doc = web_sys::window().and_then(|w| w.document()).ok_or("no document")?;
    host.set_attribute("data-orosguiden-mounted", "")?;
    // Whatever the page put there as a fallback (noscript text) is replaced by the widget.
    let shadow = match host.shadow_root() {
        Some(s) => s,
        None => host.attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open))?,
    };
    let link = doc.create_element("link")?;
    link.set_attribute("rel", "stylesheet")?;
    link.set_attribute("href", &css_url)?;
    shadow.append_child(&link)?;
    let root = doc.create_element("div")?;
    root.set_attribute("class", "og-root")?;
    shadow.append_child(&root)?;
    if config_url.trim().is_empty() {
        orosguiden_ui::mount_loaded(root, Loaded { config: Config::demo(), problems: vec![] }, &lang);
    } else {
        root.set_text_content(Some(if lang == "en" {
            "Orosguiden is loading … Is a child in danger right now? Call 112."
        } else {
            "Orosguiden laddas … Är ett barn i fara just nu? Ring 112."
        }));
        wasm_bindgen_futures::spawn_local(async move {
            let loaded = fetch_config(&config_url).await;
            root.set_text_content(None);
            orosguiden_ui::mount_loaded(root, loaded, &lang);
        });
    }
    Ok(())
}

/// How long to wait for the configuration before starting without it.
const CONFIG_TIMEOUT_MS: i32 = 8000;

fn unusable(path: &str, message: String) -> Loaded {
    Loaded {
        config: Config::fallback(None, None, false),
        problems: vec![Problem { code: "config/unreachable", path: path.to_string(), message }],
    }
}

/// Fetches and loads a configuration from the page's own origin; any failure gives the
/// fallback with the reason.
async fn fetch_config(url: &str) -> Loaded {
    let Some(window) = web_sys::window() else { return unusable(url, "no window".into()) };
    let origin = window.location().origin().unwrap_or_default();
    let base = window.document().and_then(|d| d.base_uri().ok().flatten()).unwrap_or_default();
    match web_sys::Url::new_with_base(url, &base) {
        Ok(u) if u.origin() == origin => {}
        _ => return unusable(url, "the configuration must be on the same site as the page (same origin)".into()),
    }
    // A slow network must not leave the user waiting: after the timeout the guidance starts on
    // the fallback, with 112 and the reason.
    let controller = web_sys::AbortController::new().ok();
    let init = web_sys::RequestInit::new();
    if let Some(c) = &controller {
        init.set_signal(Some(&c.signal()));
        let c = c.clone();
        let abort = wasm_bindgen::closure::Closure::once_into_js(move || c.abort());
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(abort.unchecked_ref(), CONFIG_TIMEOUT_MS);
    }
    let response = match JsFuture::from(window.fetch_with_str_and_init(url, &init)).await {
        Ok(r) => r.unchecked_into::<web_sys::Response>(),
        Err(_) if controller.as_ref().is_some_and(|c| c.signal().aborted()) => {
            return unusable(url, format!("the configuration did not arrive within {} seconds", CONFIG_TIMEOUT_MS / 1000))
        }
        Err(_) => return unusable(url, "the configuration could not be fetched (network error)".into()),
    };
    if !response.ok() {
        return unusable(url, format!("the server answered {} {} for the configuration", response.status(), response.status_text()));
    }
    let text = match response.text() {
        Ok(p) => JsFuture::from(p).await.ok().and_then(|t| t.as_string()),
        Err(_) => None,
    };
    match text {
        Some(t) => load(&t, &Flow::national()),
        None => unusable(url, "the configuration could not be read as text".into()),
    }
}
