//! The start page as static HTML, for `orosguiden.js` to show while the WebAssembly is still on
//! its way: the page needs nothing from the flow or the engine, so the guide's first page (and
//! "Är ett barn i fara just nu? Ring 112.") is on screen as soon as the small entry script and
//! the stylesheet have loaded. When the widget has started, it takes the page's place; a click
//! or the focus on one of the page's buttons carries over (see web/orosguiden.js).
//!
//! `make build` writes the parts into orosguiden.js (`cargo run -p orosguiden-ui --example
//! start_html`). The markup must be the DOM the widget renders for its start page; a browser
//! test (ui/tests/components.rs) compares the two node for node. Swedish only: a widget set to
//! English waits for its English words, which come with the English flow.

use crate::i18n::Strings;
use orosguiden::text::fill;

/// The attribute that marks the prerendered page (the widget's own page does not have it).
pub const MARK: &str = "data-og-prerendered";

/// The prerendered start page in parts: `head`, then `banner` when the widget will run on the
/// built-in demonstration configuration (no `data-config`), then `tail`; `busy` is what is shown
/// under the start button if it is pressed before the widget has started.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StartPage {
    /// The widget's section opened.
    pub head: String,
    /// The demonstration banner of the built-in configuration.
    pub banner: String,
    /// The navigation, the start page, the live region, and the section closed.
    pub tail: String,
    /// "Orosguiden laddas …", for a press before the widget runs.
    pub busy: String,
}

/// Text escaped for HTML content and attribute values.
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

/// The start page as the widget renders it in `t`'s language, with the demonstration banner of
/// an organisation named `demo_name`.
pub fn start_page(t: &Strings, demo_name: &str) -> StartPage {
    let head = format!(r#"<section lang="{}" aria-label="{}" class="og-widget" {MARK}="">"#, t.lang(), esc(t.widget_name()));
    let banner = format!(
        r#"<div class="og-demo-banner"><strong>{}</strong>{}</div>"#,
        esc(t.demo_strong()),
        esc(&fill(t.demo_text(), &[("{name}", demo_name)]))
    );
    let tail = format!(
        concat!(
            r#"<div class="og-nav og-no-print"><button type="button" lang="{switch_to}" class="og-link og-lang">{switch}</button></div>"#,
            r#"<div class="og-main"><div class="og-page og-page--start">"#,
            r#"<h1 tabindex="-1" class="og-heading-xl">{title}</h1>"#,
            r#"<p class="og-lead">{lead}</p><p>{time}</p>"#,
            r#"<div class="og-inset"><p><strong>{privacy_strong}</strong>{privacy}</p></div>"#,
            r#"<div class="og-warning"><p><strong>{danger}</strong></p></div>"#,
            r#"<button type="button" class="og-button og-button--start">{button}</button>"#,
            r#"</div></div><div aria-live="polite" role="status" class="og-visually-hidden"></div></section>"#,
        ),
        switch_to = t.switch_to(),
        switch = esc(t.switch_label()),
        title = esc(t.start_title()),
        lead = esc(t.start_lead()),
        time = esc(t.start_time()),
        privacy_strong = esc(t.start_privacy_strong()),
        privacy = esc(t.start_privacy()),
        danger = esc(t.start_danger()),
        button = esc(t.start_button()),
    );
    let busy = format!(r#"<p class="og-hint" role="status">{}</p>"#, esc(t.starting()));
    StartPage { head, banner, tail, busy }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::strings;

    #[test]
    fn the_swedish_start_page_holds_its_words_escaped_and_is_marked() {
        let p = start_page(strings("sv"), "Exempelkommun");
        assert!(p.head.starts_with(r#"<section lang="sv" aria-label="Orosguiden" class="og-widget" data-og-prerendered="">"#));
        assert!(p.banner.contains("Exempelkommun är en påhittad kommun"), "{}", p.banner);
        for words in ["Orolig för ett barn?", "Är ett barn i fara just nu? Ring 112.", ">Börja</button>", ">In English</button>"] {
            assert!(p.tail.contains(words), "{words}");
        }
        assert!(p.tail.ends_with("</section>"));
        assert!(p.busy.contains("Orosguiden laddas"), "{}", p.busy);
        assert_eq!(esc(r#"a<b>&"c""#), "a&lt;b&gt;&amp;&quot;c&quot;");
        let names = start_page(strings("sv"), "<Ö & co>");
        assert!(names.banner.contains("&lt;Ö &amp; co&gt;"), "{}", names.banner);
    }
}
