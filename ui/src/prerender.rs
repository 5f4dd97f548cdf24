//! The start page as static HTML, for `orosguiden.js` to show while the WebAssembly is still on
//! its way: the page needs nothing from the flow or the engine, so the guide's first page (and
//! "Är ett barn i fara just nu? Ring 112.") is on screen as soon as the small entry script and
//! the stylesheet have loaded. When the widget has started, it takes the page's place; a click
//! or the focus on one of the page's buttons carries over (see web/orosguiden.js).
//!
//! The page is the widget's own first render, made into HTML at build time by Yew's server
//! renderer (`cargo run -p orosguiden-ui --example start_html`, which `make build` writes into
//! orosguiden.js): its markup is written once, in the view. Here is only what the page needs
//! besides: the attribute that marks it, and the line shown under a button pressed before the
//! widget runs. Swedish only: a widget set to English waits for its English words, which come
//! with the English flow.

use crate::i18n::Strings;
#[cfg(feature = "prerender")]
use orosguiden::{flow::LazyFlow, Config};
#[cfg(feature = "prerender")]
use std::rc::Rc;

/// The attribute that marks the prerendered page (the widget's own page does not have it).
pub const MARK: &str = "data-og-prerendered";

/// The start page as the widget first renders it on `config`, as HTML: the one component
/// through Yew's server renderer, so that the page is written once, in the view. Not marked
/// ([`MARK`]): orosguiden.js marks it when it shows it.
#[cfg(feature = "prerender")]
pub async fn start_page(flow: Rc<LazyFlow>, config: Config) -> String {
    let props = crate::AppProps {
        flow,
        config: Rc::new(config),
        problems: Rc::default(),
        lang: "sv".into(),
        english_url: "".into(),
        prefix: "og".into(),
    };
    yew::LocalServerRenderer::<crate::App>::with_props(props).hydratable(false).render().await
}

/// Escapes text for HTML.
fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}

/// "Orosguiden laddas …", shown under the start button when it is pressed before the widget
/// runs.
pub fn busy(t: &Strings) -> String {
    format!(r#"<p class="og-hint" role="status">{}</p>"#, esc(t.starting()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::strings;

    #[test]
    fn the_busy_line_is_the_widgets_word_escaped() {
        assert_eq!(busy(strings("sv")), r#"<p class="og-hint" role="status">Orosguiden laddas …</p>"#);
        assert_eq!(esc(r#"a<b>&"c""#), "a&lt;b&gt;&amp;&quot;c&quot;");
    }
}
