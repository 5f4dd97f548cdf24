//! Orosguiden's user interface in Yew: renders the engine's state, one page at a time, and
//! sends the user's answers back to it. Routing is never decided here.

#![warn(missing_docs)]

pub mod app;
pub mod dom;
mod effects;
mod pages;
pub mod prerender;
pub mod state;

/// The widget's own words (in the engine crate, whose CLI writes the English ones into the
/// English pack).
pub use orosguiden::i18n;

pub use app::{App, AppProps};

use orosguiden::flow::LazyFlow;
use orosguiden::load::Loaded;
use orosguiden::{Config, Flow};
use std::rc::Rc;

/// Mounts a widget into `root` with the national flow and the given configuration.
pub fn mount(root: web_sys::Element, config: Config) {
    mount_loaded(root, Loaded { config, problems: vec![] }, "sv");
}

/// Mounts a widget with a configuration as loaded: when the file had problems, the widget
/// lists them and runs on the fallback (112 and the switchboard). The national flow with every
/// language; in the browser, English only once the widget has its English words, which come
/// with an English pack (see [`mount_with`]).
pub fn mount_loaded(root: web_sys::Element, loaded: Loaded, lang: &str) {
    mount_with(root, Rc::new(Flow::national().into()), loaded, lang, "");
}

/// Mounts a widget with `flow` (the widget's own: Swedish only, parsed on first use) and, for
/// English, the address of the English flow, fetched when first asked for.
pub fn mount_with(root: web_sys::Element, flow: Rc<LazyFlow>, loaded: Loaded, lang: &str, english_url: &str) {
    let props = AppProps {
        flow,
        config: Rc::new(loaded.config),
        problems: Rc::new(loaded.problems),
        lang: if lang == "en" { "en".into() } else { "sv".into() },
        english_url: english_url.to_string().into(),
        prefix: app::next_prefix(),
    };
    yew::Renderer::<App>::with_root_and_props(root, props).render();
}
