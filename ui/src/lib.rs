//! Orosguiden's user interface in Yew: renders the engine's state, one page at a time, and
//! sends the user's answers back to it. Routing is never decided here.

#![warn(missing_docs)]

pub mod app;
pub mod dom;
pub mod state;

pub use app::{App, AppProps};

use orosguiden::{Config, Flow};
use std::rc::Rc;

/// Mounts a widget into `root` with the national flow and the given configuration.
pub fn mount(root: web_sys::Element, config: Config) {
    let props = AppProps { flow: Rc::new(Flow::national()), config: Rc::new(config) };
    yew::Renderer::<App>::with_root_and_props(root, props).render();
}
