//! The Orosguiden WebAssembly entry point. `orosguiden.js` (web/) calls [`mount_widget`] for every
//! element marked `data-orosguiden` and for each call of its JS `mount(element, options)`.
//! The widget renders inside the element's shadow root, with its own stylesheet, so that the
//! host page's CSS cannot break it and its CSS cannot leak out.

use orosguiden::flow::LazyFlow;
use orosguiden::load::{load, Loaded};
use orosguiden::validate::Problem;
use orosguiden::{Config, Flow};
use orosguiden_ui::dom::{fetch_text, FetchError};
use std::rc::Rc;
use wasm_bindgen::prelude::*;

/// Talc instead of the standard library's dlmalloc: smaller, and as quick here (BENCHMARKS.md).
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

/// The national flow in Swedish, made from flow/national.json by build.rs, as a pack
/// (orosguiden::pack). English is a file of its own (`pkg/orosguiden_flow_en.txt`), fetched
/// when someone asks for it.
const FLOW_SV: &str = include_str!(concat!(env!("OUT_DIR"), "/national.sv.txt"));

/// The demonstration configuration (config/exempelkommun.json) without its whitespace, made by
/// build.rs.
const DEMO_CONFIG: &str = include_str!(concat!(env!("OUT_DIR"), "/exempelkommun.min.json"));

/// Mounts a widget into `host`'s shadow root. `config_url` names the configuration (same
/// origin; empty for the built-in demonstration), `lang` is "sv" or "en" and `english_url` the
/// English flow. `orosguiden.js` has attached the shadow root with the widget's stylesheet (and
/// may be showing the prerendered start page in it, ui/src/prerender.rs): the widget renders
/// into a root of its own beside it, and the script hands over when it has.
#[wasm_bindgen]
pub fn mount_widget(host: web_sys::Element, config_url: String, lang: String, english_url: String) -> Result<(), JsValue> {
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
    let root = doc.create_element("div")?;
    root.set_attribute("class", "og-root")?;
    shadow.append_child(&root)?;
    // The start page needs nothing from the flow, so it is parsed once the browser is idle
    // after the first paint — while a configuration is still on its way — or on "Börja" if
    // that comes first. It cannot fail: build.rs made it from the national flow, and the tests
    // parse it (tests/locales.rs).
    let flow = Rc::new(LazyFlow::new(FLOW_SV));
    let later = flow.clone();
    if config_url.trim().is_empty() {
        orosguiden_ui::mount_with(root, flow, Loaded { config: Config::demo_from(DEMO_CONFIG), problems: vec![] }, &lang, &english_url);
    } else {
        root.set_text_content(Some(if lang == "en" {
            "Orosguiden is loading … Is a child in danger right now? Call 112."
        } else {
            "Orosguiden laddas … Är ett barn i fara just nu? Ring 112."
        }));
        wasm_bindgen_futures::spawn_local(async move {
            let loaded = fetch_config(&config_url, &flow).await;
            root.set_text_content(None);
            orosguiden_ui::mount_with(root, flow, loaded, &lang, &english_url);
        });
    }
    orosguiden_ui::dom::when_idle(move || {
        later.get();
    });
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
async fn fetch_config(url: &str, flow: &Flow) -> Loaded {
    let Some(window) = web_sys::window() else { return unusable(url, "no window".into()) };
    let origin = window.location().origin().unwrap_or_default();
    let base = window.document().and_then(|d| d.base_uri().ok().flatten()).unwrap_or_default();
    match web_sys::Url::new_with_base(url, &base) {
        Ok(u) if u.origin() == origin => {}
        _ => return unusable(url, "the configuration must be on the same site as the page (same origin)".into()),
    }
    // A slow network must not leave the user waiting: after the timeout the guidance starts on
    // the fallback, with 112 and the reason.
    match fetch_text(url, CONFIG_TIMEOUT_MS).await {
        Ok(text) => load(&text, flow),
        Err(FetchError::Timeout) => unusable(url, format!("the configuration did not arrive within {} seconds", CONFIG_TIMEOUT_MS / 1000)),
        Err(FetchError::Network) => unusable(url, "the configuration could not be fetched (network error)".into()),
        Err(FetchError::Status(code, text)) => unusable(url, format!("the server answered {code} {text} for the configuration")),
        Err(FetchError::NotText) => unusable(url, "the configuration could not be read as text".into()),
    }
}
