//! The dependency policy, checked offline from `cargo metadata` (no tool to install, no network):
//! every crate comes from crates.io, every licence is on the allow-list, and the widget's
//! dependency tree holds nothing that could talk to the network or to storage on its own.

use serde_json::Value;
use std::collections::BTreeSet;
use std::process::Command;

/// Licences the project accepts (SPDX ids). Permissive, or weak copyleft compatible with EUPL.
const ALLOWED: &[&str] = &[
    "MIT",
    "Apache-2.0",
    "BSD-2-Clause",
    "BSD-3-Clause",
    "ISC",
    "Zlib",
    "Unicode-3.0",
    "Unicode-DFS-2016",
    "CC0-1.0",
    "Unlicense",
    "0BSD",
    "BSL-1.0",
    "MPL-2.0",
    "EUPL-1.2",
    "LLVM-exception",
];

/// Crates that must never be in the widget: HTTP clients, TLS, telemetry. (Yew itself brings
/// gloo's thin wrappers over fetch and web storage; the widget calls neither, and the browser
/// tests prove that no request beyond its own files is made and nothing is stored.)
const BANNED_IN_WIDGET: &[&str] = &["reqwest", "hyper", "ureq", "openssl", "openssl-sys", "rustls", "sentry", "tracing-subscriber"];

fn metadata() -> Value {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let out = Command::new(cargo)
        .args(["metadata", "--format-version", "1", "--locked", "--offline"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("cargo metadata runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).unwrap()
}

/// Evaluates an SPDX expression (OR, AND, WITH, parentheses) against the allow-list.
fn allowed(expr: &str) -> bool {
    fn or(t: &[String], i: &mut usize) -> bool {
        let mut v = and(t, i);
        while t.get(*i).map(String::as_str) == Some("OR") {
            *i += 1;
            let r = and(t, i);
            v = v || r;
        }
        v
    }
    fn and(t: &[String], i: &mut usize) -> bool {
        let mut v = atom(t, i);
        while t.get(*i).map(String::as_str) == Some("AND") {
            *i += 1;
            let r = atom(t, i);
            v = v && r;
        }
        v
    }
    fn atom(t: &[String], i: &mut usize) -> bool {
        let tok = t.get(*i).cloned().unwrap_or_default();
        *i += 1;
        let mut v = if tok == "(" {
            let v = or(t, i);
            *i += 1; // ")"
            v
        } else {
            ALLOWED.contains(&tok.as_str())
        };
        if t.get(*i).map(String::as_str) == Some("WITH") {
            *i += 1;
            v = v && ALLOWED.contains(&t.get(*i).map(String::as_str).unwrap_or(""));
            *i += 1;
        }
        v
    }
    let spaced = expr.replace('(', " ( ").replace(')', " ) ").replace('/', " OR ");
    let toks: Vec<String> = spaced.split_whitespace().map(str::to_string).collect();
    let mut i = 0;
    or(&toks, &mut i) && i == toks.len()
}

#[test]
fn the_licence_evaluator_reads_spdx() {
    assert!(allowed("MIT OR Apache-2.0"));
    assert!(allowed("(MIT OR Apache-2.0) AND Unicode-3.0"));
    assert!(allowed("Apache-2.0 WITH LLVM-exception"));
    assert!(allowed("MIT/Apache-2.0"));
    assert!(!allowed("GPL-3.0"));
    assert!(!allowed("MIT AND GPL-3.0"));
    assert!(allowed("GPL-3.0 OR MIT"));
}

#[test]
fn every_dependency_comes_from_crates_io_with_an_allowed_licence() {
    let m = metadata();
    let mut bad = Vec::new();
    for p in m["packages"].as_array().unwrap() {
        let name = p["name"].as_str().unwrap();
        match p["source"].as_str() {
            None => continue, // this workspace
            Some("registry+https://github.com/rust-lang/crates.io-index") => {}
            Some(s) => bad.push(format!("{name}: source {s}")),
        }
        match p["license"].as_str() {
            Some(l) if allowed(l) => {}
            other => bad.push(format!("{name}: licence {other:?}")),
        }
    }
    assert!(bad.is_empty(), "dependency policy violations:\n{}", bad.join("\n"));
}

#[test]
fn the_widget_pulls_in_no_network_or_storage_crate() {
    // The crates the widget is built with, as cargo resolves them for the widget alone on its
    // target (normal dependencies and their proc-macros): not `cargo metadata`, which unifies
    // the features of the whole workspace, the CLI's clap and the build-time server renderer's
    // included, though the widget links neither.
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let out = Command::new(cargo)
        .args(["tree", "--locked", "--offline", "-p", "orosguiden-widget", "-e", "normal", "--target", "wasm32-unknown-unknown"])
        .args(["--prefix", "none", "--format", "{p}"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("cargo tree runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8(out.stdout).unwrap();
    let in_widget: BTreeSet<&str> = text.lines().filter_map(|l| l.split_whitespace().next()).collect();
    let banned: Vec<_> = in_widget.iter().filter(|n| BANNED_IN_WIDGET.contains(n)).collect();
    assert!(banned.is_empty(), "banned crates in the widget: {banned:?}");
    assert!(in_widget.contains("yew") && in_widget.contains("orosguiden"), "the walk found the tree: {in_widget:?}");
    for native_only in ["clap", "tokio", "schemars"] {
        assert!(!in_widget.contains(native_only), "{native_only} in the widget: {in_widget:?}");
    }
    // The widget's tree is kept small; grow this number only with a reason in docs/sakerhet.md.
    assert!(in_widget.len() <= 100, "{} crates in the widget: {in_widget:?}", in_widget.len());
}
