//! Prints the prerendered start page as a JSON array, for `make build` to write into
//! orosguiden.js: `[with the demonstration banner, without it, busy]`. The page is the widget's
//! own first render (the one component, on the start page), rendered to HTML by Yew's server
//! renderer — once on the built-in demonstration configuration, once on a configuration of a
//! municipality's own — so that its markup is written only once, in the view. `busy` is the
//! line shown under the start button if it is pressed before the widget runs
//! (ui/src/prerender.rs).

use orosguiden::flow::{single_locale_pack, LazyFlow, NATIONAL_FLOW};
use orosguiden::Config;
use orosguiden_ui::prerender;
use std::rc::Rc;

fn main() {
    // The Swedish flow as the widget embeds it (the start page reads nothing of it).
    let pack: &'static str = Box::leak(single_locale_pack(NATIONAL_FLOW, "sv").expect("the national flow packs").into_boxed_str());
    let flow = Rc::new(LazyFlow::new(pack));
    let page = |config: Config| futures::executor::block_on(prerender::start_page(flow.clone(), config));
    let mut own = Config::demo();
    own.organisation.demo = false;
    let parts = [page(Config::demo()), page(own), prerender::busy(orosguiden::i18n::strings("sv"))];
    let parts: Vec<String> = parts.iter().map(|s| json_string(s)).collect();
    println!("[{}]", parts.join(","));
}

/// A JSON string literal (also a JavaScript one).
fn json_string(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            // U+2028/2029 end a line in older JavaScript; escaped to be safe everywhere.
            c if (c as u32) < 0x20 || c == '\u{2028}' || c == '\u{2029}' => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}
