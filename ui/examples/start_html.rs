//! Prints the prerendered start page (ui/src/prerender.rs) as a JSON array of its parts, for
//! `make build` to write into orosguiden.js: `[head, banner, tail, busy]`, the banner that of
//! the built-in demonstration configuration.

use orosguiden::i18n::strings;
use orosguiden::Config;
use orosguiden_ui::prerender::start_page;

fn main() {
    let demo = Config::demo();
    let p = start_page(strings("sv"), &demo.organisation.name);
    let parts: Vec<String> = [&p.head, &p.banner, &p.tail, &p.busy].iter().map(|s| json_string(s)).collect();
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
