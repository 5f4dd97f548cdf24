//! The widget reads flows and configurations with the crate's own JSON reader (src/json.rs);
//! the types also derive serde's Deserialize, from whose attributes the JSON Schema is made.
//! These tests hold the two to the same language: every shipped and fixture file, and many
//! mutated ones, are accepted by both or refused by both, and read alike.

use orosguiden::{Config, Flow};
use proptest::prelude::*;
use serde_json::Value;

fn repo_file(p: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(p)
}

/// What the serde derive makes of a configuration, and what the reader makes of it.
/// (The reader reports every problem; serde stops at the first.)
type Both<T> = (Result<T, Vec<String>>, Result<T, Vec<String>>);

fn both_config(src: &str) -> Both<Config> {
    (serde_json::from_str::<Config>(src).map_err(|e| vec![e.to_string()]), Config::from_json(src).map_err(|e| e.0))
}

fn both_flow(src: &str) -> Both<Flow> {
    (serde_json::from_str::<Flow>(src).map_err(|e| vec![e.to_string()]), Flow::from_json(src).map_err(|e| e.0))
}

/// The parts of a flow the file gives (not the index built after reading).
fn flow_parts(f: &Flow) -> String {
    format!(
        "{:?}",
        (&f.schema, &f.version, &f.locales, &f.start, &f.role_question, &f.facts, &f.legal, &f.purposes, &f.questions, &f.outcomes)
    )
}

/// Both accept and read alike, or both refuse. Two differences are allowed, where the reader is
/// the stricter (and agrees with the JSON Schema): it refuses a key given twice in any object,
/// where serde keeps the last one in a map (e.g. a text); and it wants an object for every
/// record, where serde's derive also takes the fields as a list in order (`"school": []`).
fn agree<T>(src: &str, (serde, ours): Both<T>, show: impl Fn(&T) -> String) -> Result<(), String> {
    let stricter = |e: &String| e.starts_with("duplicate field") || e.starts_with("invalid type: sequence, expected a map");
    match (&serde, &ours) {
        (Ok(a), Ok(b)) if show(a) == show(b) => Ok(()),
        (Ok(_), Ok(_)) => Err(format!("read differently: {src}")),
        (Err(_), Err(_)) => Ok(()),
        (Ok(_), Err(es)) if es.iter().all(stricter) => Ok(()),
        _ => Err(format!("serde: {:?} / reader: {:?} for {src}", serde.as_ref().err(), ours.as_ref().err())),
    }
}

fn json_files() -> Vec<std::path::PathBuf> {
    let mut v = vec![repo_file("flow/national.json")];
    for dir in ["config", "tests/fixtures"] {
        for e in std::fs::read_dir(repo_file(dir)).unwrap() {
            let p = e.unwrap().path();
            if p.extension().is_some_and(|x| x == "json") && !p.to_string_lossy().ends_with(".report.json") {
                v.push(p);
            }
        }
    }
    v
}

#[test]
fn every_shipped_and_fixture_file_is_read_alike() {
    let files = json_files();
    assert!(files.len() >= 8, "{files:?}");
    let mut read = 0;
    for p in files {
        let src = std::fs::read_to_string(&p).unwrap();
        agree(&src, both_config(&src), |c| format!("{c:?}")).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
        agree(&src, both_flow(&src), flow_parts).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
        read += usize::from(Config::from_json(&src).is_ok() || Flow::from_json(&src).is_ok());
    }
    assert!(read >= 6, "the example configurations and the flows are read ({read})");
}

#[test]
fn the_reader_names_what_is_wrong_like_serde_does() {
    let demo = orosguiden::config::DEMO_CONFIG;
    for (from, to, says) in [
        ("\"locales\"", "\"lokaler\"", "unknown field `lokaler`, expected one of"),
        ("\"kind\": \"intake\"", "\"kind\": \"school\"", "unknown variant `school`, expected one of"),
        ("\"phone\": \"000-100 10 01\"", "\"phone\": 100", "invalid type: integer `100`, expected a string"),
        ("\"switchboard\": \"000-100 00 00\",", "", "missing field `switchboard`"),
    ] {
        let src = demo.replacen(from, to, 1);
        assert_ne!(src, demo, "{from}");
        let (serde, ours) = both_config(&src);
        let (serde, ours) = (serde.unwrap_err(), ours.unwrap_err());
        assert!(ours.iter().any(|e| e.starts_with(says) && e.contains(" at line ")), "{ours:?}");
        assert!(serde[0].starts_with(says.split(',').next().unwrap().split(':').next().unwrap()), "{serde:?}");
    }
}

/// Every (object path, key) in a document.
fn fields(v: &Value, path: &mut Vec<String>, out: &mut Vec<(Vec<String>, String)>) {
    match v {
        Value::Object(m) => {
            for (k, x) in m {
                out.push((path.clone(), k.clone()));
                path.push(k.clone());
                fields(x, path, out);
                path.pop();
            }
        }
        Value::Array(xs) => {
            for (i, x) in xs.iter().enumerate() {
                path.push(i.to_string());
                fields(x, path, out);
                path.pop();
            }
        }
        _ => {}
    }
}

fn at<'a>(v: &'a mut Value, path: &[String]) -> &'a mut Value {
    path.iter().fold(v, |v, k| match v {
        Value::Array(xs) => &mut xs[k.parse::<usize>().unwrap()],
        _ => &mut v[k.as_str()],
    })
}

/// One structural change to one field: removed, renamed, or given a value of another kind.
fn mutate(src: &str, pick: usize, how: usize) -> String {
    let mut v: Value = serde_json::from_str(src).unwrap();
    let mut all = Vec::new();
    fields(&v, &mut Vec::new(), &mut all);
    let (path, key) = &all[pick % all.len()];
    let Value::Object(obj) = at(&mut v, path) else { unreachable!() };
    let replacement = [
        Value::Null,
        1.into(),
        (-1).into(),
        70000.into(),
        1.5.into(),
        "x".into(),
        true.into(),
        serde_json::json!([]),
        serde_json::json!({}),
        serde_json::json!(["x"]),
        serde_json::json!({"sv": "x"}),
    ];
    match how % (replacement.len() + 2) {
        0 => {
            obj.remove(key);
        }
        1 => {
            let x = obj.remove(key).unwrap();
            obj.insert(format!("{key}x"), x);
        }
        n => {
            obj.insert(key.clone(), replacement[n - 2].clone());
        }
    }
    v.to_string()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn mutated_configurations_are_judged_alike(pick in 0usize..10_000, how in 0usize..13, which in 0usize..3) {
        let file = ["config/exempelkommun.json", "config/storstad-vaster.json", "config/smaby.json"][which];
        let src = mutate(&std::fs::read_to_string(repo_file(file)).unwrap(), pick, how);
        prop_assert!(agree(&src, both_config(&src), |c| format!("{c:?}")).is_ok(), "{}", agree(&src, both_config(&src), |c| format!("{c:?}")).unwrap_err());
    }

    #[test]
    fn mutated_flows_are_judged_alike(pick in 0usize..100_000, how in 0usize..13) {
        let src = mutate(orosguiden::flow::NATIONAL_FLOW, pick, how);
        prop_assert!(agree(&src, both_flow(&src), flow_parts).is_ok(), "{}", agree(&src, both_flow(&src), flow_parts).unwrap_err());
    }

    #[test]
    fn configurations_cut_or_spliced_anywhere_are_judged_alike(
        cut in 0usize..6000, insert in prop::sample::select(vec!["", "\"", "{", "}", "[", "]", ",", ":", "null", "0", "-", "1.0", "1e999", "\\u0000", "\\ud800", "\\n", " ", "\u{e5}"]),
    ) {
        let demo = orosguiden::config::DEMO_CONFIG;
        let at = (0..=cut.min(demo.len())).rev().find(|i| demo.is_char_boundary(*i)).unwrap_or(0);
        let src = format!("{}{}{}", &demo[..at], insert, &demo[at..]);
        prop_assert!(agree(&src, both_config(&src), |c| format!("{c:?}")).is_ok(), "{}", agree(&src, both_config(&src), |c| format!("{c:?}")).unwrap_err());
    }
}
