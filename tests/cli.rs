//! The `orosguiden` command line: `paths`, `walk` and `check`, their output and exit status
//! (0 ok, 1 invalid files, 2 usage error, unreadable file or bad answers).

mod common;

use common::*;
use orosguiden::paths::ends as enumerate;
use orosguiden::validate::{validate_config, validate_flow};
use orosguiden::Config;
use std::process::{Command, Output};

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_orosguiden")).args(args).output().expect("the binary runs")
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

#[track_caller]
fn assert_exit(o: &Output, code: i32) {
    assert_eq!(o.status.code(), Some(code), "stdout:\n{}\nstderr:\n{}", stdout(o), stderr(o));
}

fn path_str(p: &std::path::Path) -> String {
    p.to_str().unwrap().to_string()
}

const SCHOOL_SUBSTANCE: [&str; 7] = [
    "acute-danger=not-acute",
    "role=school",
    "concern=substance",
    "observations-substance=yes",
    "already-happened=",
    "child-place=here",
    "child-age=7-12",
];

// ---------------------------------------------------------------------------------------------
// paths

#[test]
fn paths_prints_each_combination_of_outcomes_once_with_an_example() {
    let o = run(&["paths"]);
    assert_exit(&o, 0);
    let (flow, config) = (flow(), config());
    let out = stdout(&o);
    let mut seen = std::collections::BTreeSet::new();
    let mut ends = 0;
    for line in out.lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap_or_else(|e| panic!("{line}: {e}"));
        let keys: Vec<&str> = v.as_object().unwrap().keys().map(String::as_str).collect();
        assert_eq!(keys, ["ends", "example", "outcomes"]);
        let outcomes: Vec<String> = serde_json::from_value(v["outcomes"].clone()).unwrap();
        assert!(seen.insert(outcomes.clone()), "{outcomes:?} twice");
        let example: Vec<(String, String)> = serde_json::from_value(v["example"].clone()).unwrap();
        // Of unknown age: without the blocks for some ages only that leave "unknown" out.
        let shown: Vec<String> = outcomes
            .iter()
            .filter(|id| orosguiden::child::shown_for(outcome_def(&flow, id), Some(orosguiden::child::AgeBand::Unknown)))
            .cloned()
            .collect();
        assert_eq!(orosguiden::assemble(&flow, &config, &with_child(&config, &example), "sv", None).unwrap().ids, shown);
        ends += v["ends"].as_u64().unwrap() as usize;
    }
    // Every end belongs to one group; the totals are on standard error.
    let stats = orosguiden::paths::explore(&[&flow], |_| {}).unwrap();
    assert_eq!(ends, stats.ends);
    assert!(stderr(&o).contains(&format!("{} paths, {} distinct ends", stats.paths, stats.ends)), "{}", stderr(&o));
}

#[test]
fn paths_with_format_ends_prints_every_end_with_an_example_path() {
    // A small flow: the national one has millions of ends.
    let fixture = path_str(&fixture("flow-minimal.json"));
    let o = run(&["paths", "--format", "ends", "--flow", &fixture]);
    assert_exit(&o, 0);
    let all = enumerate(&orosguiden::Flow::from_json(&std::fs::read_to_string(&fixture).unwrap()).unwrap()).unwrap();
    let out = stdout(&o);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), all.len());
    for (line, p) in lines.iter().zip(&all) {
        let v: serde_json::Value = serde_json::from_str(line).unwrap_or_else(|e| panic!("{line}: {e}"));
        assert_eq!(v, serde_json::to_value(p).unwrap());
        assert_eq!(v.as_object().unwrap().len(), 2, "only answers and outcomes");
    }
}

#[test]
fn paths_reads_another_flow_file() {
    let o = run(&["paths", "--flow", &path_str(&fixture("flow-minimal.json")), "--format", "ends"]);
    assert_exit(&o, 0);
    assert_eq!(stdout(&o).lines().count(), 4);
}

#[test]
fn paths_takes_no_arguments() {
    let o = run(&["paths", "extra"]);
    assert_exit(&o, 2);
    assert!(stderr(&o).contains("'extra'"), "{}", stderr(&o));
}

// ---------------------------------------------------------------------------------------------
// walk

#[test]
fn walk_prints_the_outcome_of_a_path_as_json() {
    let o = run(&[&["walk"][..], &SCHOOL_SUBSTANCE].concat());
    assert_exit(&o, 0);
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let (flow, config) = (flow(), config());
    let expected = outcome(&flow, &config, &answers(&SCHOOL_SUBSTANCE.map(|a| a.split_once('=').unwrap())));
    assert_eq!(v["ids"], serde_json::to_value(&expected.ids).unwrap());
    assert_eq!(v["decision"]["id"], "must-report");
    assert_eq!(v["organisation"], config.organisation.name);
    assert_eq!(v, serde_json::to_value(&expected).unwrap(), "the CLI prints exactly the assembled outcome");
}

#[test]
fn walk_uses_another_configuration() {
    let mut c = config_value();
    c["organisation"]["name"] = "Annankommun".into();
    let dir = std::env::temp_dir().join(format!("orosguiden-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("annan.json");
    std::fs::write(&file, c.to_string()).unwrap();
    let o = run(&["walk", "--config", &path_str(&file), "acute-danger=danger-now", "child-place=here"]);
    std::fs::remove_dir_all(&dir).unwrap();
    assert_exit(&o, 0);
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["organisation"], "Annankommun");
    // The call-now page, shown before the rest of the questions.
    assert_eq!(v["decision"]["id"], "call-112");
    assert_eq!((v["urgent"].as_bool(), v["complete"].as_bool()), (Some(true), Some(false)));
}

#[test]
fn walk_takes_several_choices_separated_by_commas_and_none() {
    let o = run(&[
        "walk",
        "acute-danger=not-acute",
        "role=school",
        "concern=substance,violence",
        "observations-substance=yes",
        "observations-violence=no",
        "already-happened=",
        "child-place=other",
        "child-age=unknown",
    ]);
    assert_exit(&o, 0);
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["decision"]["id"], "must-report");
    let ids: Vec<&str> = v["ids"].as_array().unwrap().iter().map(|x| x.as_str().unwrap()).collect();
    assert!(ids.contains(&"do-not-tell-parents") && !ids.contains(&"tell-parents"), "{ids:?}");
    // A radio question takes one choice; a question needing a choice takes no empty answer.
    let o = run(&["walk", "acute-danger=not-acute,danger-now"]);
    assert_exit(&o, 2);
    assert!(stderr(&o).contains("takes one choice"), "{}", stderr(&o));
    let o = run(&["walk", "acute-danger=not-acute", "role=school", "concern="]);
    assert_exit(&o, 2);
    assert!(stderr(&o).contains("needs a choice"), "{}", stderr(&o));
}

#[test]
fn walk_takes_where_the_child_lives_and_its_age_and_says_when_they_are_missing() {
    let region = path_str(&repo_file("config/region-norrfors.json"));
    let path = ["acute-danger=not-acute", "role=health-child", "concern=substance", "observations-substance=yes", "already-happened="];
    // Without them: the next question is named.
    let o = run(&[&["walk", "--config", &region][..], &path].concat());
    assert_exit(&o, 2);
    assert!(stderr(&o).contains("'child-place'"), "{}", stderr(&o));
    let o = run(&[&["walk", "--config", &region][..], &path, &["child-place=celsing"]].concat());
    assert_exit(&o, 2);
    assert!(stderr(&o).contains("'child-age'"), "{}", stderr(&o));
    // A municipality the file does not have: its choices are listed.
    let o = run(&[&["walk", "--config", &region][..], &path, &["child-place=stockholm", "child-age=7-12"]].concat());
    assert_exit(&o, 2);
    assert!(stderr(&o).contains("alby, bjorkvik, celsing, other, unknown"), "{}", stderr(&o));
    // Celsing's own intake; the offers for a 7–12-year-old only.
    let o = run(&[&["walk", "--config", &region][..], &path, &["child-place=celsing", "child-age=7-12"]].concat());
    assert_exit(&o, 0);
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["municipality"], "Celsing");
    let units: Vec<&str> = v["contacts"].as_array().unwrap().iter().map(|c| c["unit"].as_str().unwrap()).collect();
    assert!(units.contains(&"celsing-mottagningen") && !units.iter().any(|u| u.starts_with("alby-")), "{units:?}");
    assert!(v["support"].as_array().unwrap().iter().all(|s| s["id"] != "familjecentralen"), "no family centre for a 7–12-year-old");
    // Another municipality: no unit to report to, the way to find theirs.
    let o = run(&[&["walk", "--config", &region][..], &path, &["child-place=other", "child-age=unknown"]].concat());
    assert_exit(&o, 0);
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert!(v["contacts"].as_array().unwrap().iter().all(|c| c["purpose"] != "report"));
    assert_eq!(v["elsewhere"][0]["purpose"], "report");
}

#[test]
fn walk_with_an_unknown_question_fails_and_names_it() {
    let o = run(&["walk", "acute-danger=not-acute", "rol=school"]);
    assert_exit(&o, 2);
    let err = stderr(&o);
    assert!(err.contains("'rol'"), "{err}");
    // It lists the questions there are.
    assert!(err.contains("role") && err.contains("concern"), "{err}");
    assert!(stdout(&o).is_empty());
}

#[test]
fn walk_with_an_unknown_choice_fails_and_lists_the_choices() {
    let o = run(&["walk", "acute-danger=not-acute", "role=teacher"]);
    assert_exit(&o, 2);
    let err = stderr(&o);
    assert!(err.contains("'teacher'"), "{err}");
    for c in &flow().question("role").unwrap().choices {
        assert!(err.contains(&c.id), "{err} does not list {}", c.id);
    }
}

#[test]
fn walk_with_answers_that_are_not_a_path_fails() {
    let o = run(&["walk", "role=school", "concern=substance"]);
    assert_exit(&o, 2);
    let err = stderr(&o);
    assert!(err.contains("'role'") && err.contains("acute-danger"), "{err}");

    // A question from another branch.
    let o = run(&["walk", "acute-danger=not-acute", "role=school", "client-children=lives-with"]);
    assert_exit(&o, 2);
    assert!(stderr(&o).contains("client-children"));

    // An answer after the end.
    let o = run(&[&["walk"][..], &SCHOOL_SUBSTANCE, &["role=school"]].concat());
    assert_exit(&o, 2);
    assert!(stderr(&o).contains("'role'"));
}

#[test]
fn walk_with_incomplete_answers_fails_and_names_the_next_question() {
    let o = run(&["walk", "acute-danger=not-acute", "role=school"]);
    assert_exit(&o, 2);
    assert!(stderr(&o).contains("'concern'"), "{}", stderr(&o));
    let o = run(&["walk"]);
    assert_exit(&o, 2);
    assert!(stderr(&o).contains("'acute-danger'"), "{}", stderr(&o));
}

#[test]
fn walk_rejects_an_argument_without_equals() {
    let o = run(&["walk", "acute-danger"]);
    assert_exit(&o, 2);
    assert!(stderr(&o).contains("acute-danger"));
}

// ---------------------------------------------------------------------------------------------
// check

#[test]
fn check_passes_on_the_demo_configuration() {
    let o = run(&["check"]);
    assert_exit(&o, 0);
    assert!(stdout(&o).contains("OK"));
    let o = run(&["check", &path_str(&repo_file("config/exempelkommun.json"))]);
    assert_exit(&o, 0);
    let o = run(&[
        "check",
        "--flow",
        &path_str(&repo_file("flow/national.json")),
        "--config",
        &path_str(&repo_file("config/exempelkommun.json")),
    ]);
    assert_exit(&o, 0);
}

#[test]
fn check_fails_on_an_invalid_configuration_and_prints_every_problem() {
    let file = fixture("config-several-problems.json");
    let o = run(&["check", &path_str(&file)]);
    assert_exit(&o, 1);
    let config = Config::from_json(&std::fs::read_to_string(&file).unwrap()).unwrap();
    let problems = validate_config(&config, &flow());
    assert!(problems.len() >= 5);
    let out = stdout(&o);
    assert!(out.contains(&format!(": {} problem\n", problems.len())), "{out}");
    for p in &problems {
        assert!(out.contains(&p.to_string()), "missing \"{p}\" in:\n{out}");
    }
    assert!(out.contains("docs/konfiguration.md"), "the report says where the codes are explained");
}

#[test]
fn check_fails_on_an_invalid_flow_and_prints_every_problem() {
    let file = fixture("flow-several-problems.json");
    let o = run(&["check", "--flow", &path_str(&file)]);
    assert_exit(&o, 1);
    let flow = orosguiden::Flow::from_json(&std::fs::read_to_string(&file).unwrap()).unwrap();
    let mut problems = validate_flow(&flow);
    problems.extend(validate_config(&config(), &flow));
    let out = stdout(&o);
    assert!(out.contains(&format!(": {} problem\n", problems.len())), "{out}");
    for p in &problems {
        assert!(out.contains(&p.to_string()), "missing \"{p}\" in:\n{out}");
    }
}

#[test]
fn check_fails_with_2_on_a_missing_file() {
    let missing = path_str(&fixture("no-such-config.json"));
    let o = run(&["check", &missing]);
    assert_exit(&o, 2);
    assert!(stderr(&o).contains("no-such-config.json"), "{}", stderr(&o));
}

#[test]
fn check_fails_with_2_on_a_file_that_is_not_json() {
    let o = run(&["check", &path_str(&fixture("not-json.json"))]);
    assert_exit(&o, 2);
    assert!(stderr(&o).contains("not-json.json"), "{}", stderr(&o));
}

#[test]
fn check_fails_with_1_on_an_unknown_field_and_names_it() {
    // A JSON file with a wrong field is invalid (1), not unreadable (2).
    let o = run(&["check", &path_str(&fixture("config-unknown-field.json"))]);
    assert_exit(&o, 1);
    let out = stdout(&o);
    if cfg!(feature = "schema") {
        // Checked against the JSON Schema: every wrong field, by its path.
        assert!(out.contains("units[0].fax [config/unknown-field]"), "{out}");
    } else {
        assert!(out.contains("[config/parse]") && out.contains("fax"), "{out}");
    }
}

#[test]
fn check_takes_at_most_one_configuration() {
    let c = path_str(&repo_file("config/exempelkommun.json"));
    let o = run(&["check", &c, &c]);
    assert_exit(&o, 2);
}

#[test]
fn check_accepts_a_flow_file_in_place_of_the_configuration() {
    let o = run(&["check", &path_str(&repo_file("flow/national.json"))]);
    assert_exit(&o, 0);
    let o = run(&["check", &path_str(&fixture("flow-several-problems.json"))]);
    assert_exit(&o, 1);
    assert!(stdout(&o).contains("[flow/unknown-target]"), "{}", stdout(&o));
}

#[test]
fn check_passes_on_every_example_configuration() {
    for entry in std::fs::read_dir(repo_file("config")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "json") {
            let o = run(&["check", &path_str(&path), "--format", "json"]);
            assert_exit(&o, 0);
            let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
            assert_eq!(v["valid"], true);
            assert_eq!(v["problems"], serde_json::json!([]));
        }
    }
}

/// Runs `check --format json` from the repository root on a fixture and compares the whole
/// report with `<fixture>.report.json`. `UPDATE_REPORTS=1 cargo test` rewrites the reports
/// (review the diff before committing it).
#[track_caller]
fn check_report(args: &[&str], report: &str, exit: i32) -> serde_json::Value {
    let o = Command::new(env!("CARGO_BIN_EXE_orosguiden"))
        .args(args)
        .args(["--format", "json"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    assert_exit(&o, exit);
    let got: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap_or_else(|e| panic!("{e}: {}", stdout(&o)));
    let file = fixture(report);
    if std::env::var_os("UPDATE_REPORTS").is_some() {
        std::fs::write(&file, serde_json::to_string_pretty(&got).unwrap() + "\n").unwrap();
    }
    let expected: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    assert_eq!(got, expected, "the report differs from {report}");
    got
}

#[test]
fn check_json_reports_every_problem_of_a_configuration() {
    let v = check_report(&["check", "tests/fixtures/config-several-problems.json"], "config-several-problems.report.json", 1);
    assert_eq!(v["file"], "tests/fixtures/config-several-problems.json");
    assert_eq!(v["valid"], false);
    let config = Config::from_json(&std::fs::read_to_string(fixture("config-several-problems.json")).unwrap()).unwrap();
    let expected = serde_json::to_value(validate_config(&config, &flow())).unwrap();
    assert_eq!(v["problems"], expected, "the CLI reports exactly what validation finds");
    for p in v["problems"].as_array().unwrap() {
        let keys: Vec<&String> = p.as_object().unwrap().keys().collect();
        assert_eq!(keys, ["code", "message", "path"]);
    }
}

#[cfg(feature = "schema")]
#[test]
fn check_json_reports_every_wrong_field_at_once() {
    let v = check_report(&["check", "tests/fixtures/config-wrong-fields.json"], "config-wrong-fields.report.json", 1);
    let found: Vec<(String, String)> = v["problems"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| (p["code"].as_str().unwrap().to_string(), p["path"].as_str().unwrap().to_string()))
        .collect();
    for (code, path) in [
        ("config/missing-field", "numbers"),
        ("config/wrong-type", "organisation.demo"),
        ("config/unknown-field", "routing.contacts.konsultation"),
        ("config/wrong-type", "support[0].ages"),
        ("config/missing-field", "units[0].phone"),
        ("config/unknown-value", "units[0].kind"),
        ("config/unknown-field", "units[0].telefon"),
        ("config/unknown-value", "units[1].hours[0].days[1]"),
        ("config/wrong-type", "units[1].hours[0].open"),
    ] {
        assert!(found.contains(&(code.to_string(), path.to_string())), "{code} at {path} missing from {found:?}");
    }
    assert_eq!(found.len(), 9);
}

#[test]
fn check_json_reports_a_flow_with_several_problems() {
    let v = check_report(&["check", "--flow", "tests/fixtures/flow-several-problems.json"], "flow-several-problems.report.json", 1);
    assert_eq!(v["flow"], "tests/fixtures/flow-several-problems.json");
    assert!(v["problems"].as_array().unwrap().iter().any(|p| p["code"] == "flow/unknown-target"));
}

#[test]
fn check_json_on_an_unreadable_file_exits_with_2_and_says_where() {
    let o = run(&["check", &path_str(&fixture("not-json.json")), "--format", "json"]);
    assert_exit(&o, 2);
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["valid"], false);
    assert_eq!(v["problems"][0]["code"], "config/parse");
    assert_eq!(v["problems"][0]["path"], "line 1 column 1");

    let o = run(&["check", &path_str(&fixture("no-such-config.json")), "--format", "json"]);
    assert_exit(&o, 2);
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!((v["problems"][0]["code"].as_str(), v["problems"][0]["path"].as_str()), (Some("config/unreadable"), Some("(file)")));
    assert!(v["problems"][0]["message"].as_str().unwrap().contains("no-such-config.json"));

    let o = run(&["check", "--flow", &path_str(&fixture("no-such-flow.json"))]);
    assert_exit(&o, 2);
    assert!(stderr(&o).contains("[flow/unreadable]"), "{}", stderr(&o));
}

#[test]
fn check_reports_a_parse_error_with_line_and_column() {
    let dir = temp_dir("parse");
    // JSON that breaks off: unreadable (2).
    let broken = dir.join("broken.json");
    std::fs::write(&broken, "{\n  \"schema\": \"orosguiden-config/1\",\n  \"units\": [\n").unwrap();
    let o = run(&["check", &path_str(&broken)]);
    assert_exit(&o, 2);
    assert!(stderr(&o).contains("line 4 column 0 [config/parse]"), "{}", stderr(&o));
    // A flow with an unknown field: invalid (1), with line and column.
    let mut v = flow_value();
    v["questions"][0]["colour"] = "red".into();
    let bad_flow = dir.join("flow.json");
    std::fs::write(&bad_flow, serde_json::to_string_pretty(&v).unwrap()).unwrap();
    let o = run(&["check", "--flow", &path_str(&bad_flow), "--format", "json"]);
    assert_exit(&o, 1);
    let r: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(r["problems"][0]["code"], "flow/parse");
    assert!(r["problems"][0]["path"].as_str().unwrap().starts_with("line "), "{r}");
    assert!(r["problems"][0]["message"].as_str().unwrap().contains("colour"), "{r}");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn check_rejects_an_unknown_format() {
    let o = run(&["check", "--format", "xml"]);
    assert_exit(&o, 2);
    assert!(stderr(&o).contains("xml"));
}

fn temp_dir(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("orosguiden-cli-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

// ---------------------------------------------------------------------------------------------
// schema

#[cfg(feature = "schema")]
#[test]
fn schema_prints_the_committed_json_schema() {
    // If this fails, run `cargo run -- schema > docs/config.schema.json` and commit the file.
    let o = run(&["schema"]);
    assert_exit(&o, 0);
    let printed: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let committed: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(repo_file("docs/config.schema.json")).unwrap()).unwrap();
    assert!(printed == committed, "docs/config.schema.json is out of date: run `cargo run -- schema > docs/config.schema.json`");
    assert_eq!(printed, orosguiden::schema::config_schema());
}

// ---------------------------------------------------------------------------------------------
// graph

fn every_id(flow: &orosguiden::Flow) -> Vec<String> {
    flow.questions.iter().map(|q| q.id.clone()).chain(flow.outcomes.iter().map(|o| o.id.clone())).collect()
}

#[test]
fn graph_draws_the_flow_as_mermaid() {
    let o = run(&["graph"]);
    assert_exit(&o, 0);
    let out = stdout(&o);
    let flow = flow();
    assert!(out.lines().any(|l| l == "flowchart LR"), "{out}");
    for id in every_id(&flow) {
        assert!(out.contains(&id), "{id} is not in the diagram");
    }
    for q in &flow.questions {
        let node = orosguiden::graph::node_id("q", &q.id);
        assert!(out.contains(&format!("  {node}[\"")), "question {} is a node", q.id);
        assert!(out.contains(&format!("  {node} -->")), "question {} has edges", q.id);
    }
    // Every outcome hangs off the end node, the decisions numbered in the order they are tried.
    let from_end = out.lines().filter(|l| l.trim_start().starts_with("result -->")).count();
    assert_eq!(from_end, flow.outcomes.len());
    assert!(out.contains("\"1. om danger_now\""), "{out}");
    // Guarded routes carry their condition; choices their label.
    assert!(out.contains("om adult_side"));
    assert!(out.contains("annars"));
    assert!(out.contains("Ja, just nu") || out.contains(flow.question("acute-danger").unwrap().choices[0].label.get("sv")));
    // Labels never break the Mermaid syntax.
    for l in out.lines().filter(|l| l.contains("[\"") || l.contains("|\"")) {
        let inner = l.split_once('"').unwrap().1.rsplit_once('"').unwrap().0;
        assert!(!inner.contains("\"]") && !inner.contains("\"|"), "{l}");
    }
}

#[test]
fn graph_draws_the_flow_as_dot() {
    let o = run(&["graph", "--format", "dot"]);
    assert_exit(&o, 0);
    let out = stdout(&o);
    assert!(out.starts_with("digraph orosguiden {"));
    assert!(out.trim_end().ends_with('}'));
    for id in every_id(&flow()) {
        assert!(out.contains(&id), "{id} is not in the diagram");
    }
    // Every quote inside a label is escaped: quotes pair up on every line.
    for l in out.lines() {
        let unescaped = l.replace("\\\"", "").matches('"').count();
        assert_eq!(unescaped % 2, 0, "{l}");
    }
    let edges = out.lines().filter(|l| l.contains(" -> ")).count();
    let mermaid = stdout(&run(&["graph"]));
    assert_eq!(edges, mermaid.lines().filter(|l| l.contains(" -->")).count(), "both formats draw the same edges");
}

#[test]
fn graph_with_a_configuration_names_the_units_and_the_local_rule() {
    let c = path_str(&repo_file("config/storstad-vaster.json"));
    for format in ["mermaid", "dot"] {
        let o = run(&["graph", "--format", format, "--config", &c]);
        assert_exit(&o, 0);
        let out = stdout(&o);
        assert!(out.contains("Storstad stadsdel Väster"));
        assert!(out.contains("Mottagningen för barn och unga, stadsdel Väster (000-200 11 00)"), "{out}");
        assert!(out.contains("utom när act_now | lvm_needed"), "{out}");
        assert!(out.contains("– Öppenvården för barn och familj, Väster (000-200 13 00)"), "{out}");
        assert!(out.contains("efter kontorstid:"), "{out}");
        assert!(out.contains("– Storstads socialjour (000-200 99 99)"), "{out}");
    }
    let o = run(&["graph", "--format", "svg"]);
    assert_exit(&o, 2);
}

// ---------------------------------------------------------------------------------------------
// diff

#[test]
fn diff_of_a_file_with_itself_reports_no_change() {
    let c = path_str(&repo_file("config/exempelkommun.json"));
    let o = run(&["diff", &c, &c]);
    assert_exit(&o, 0);
    assert!(stdout(&o).contains("Inga ändringar"), "{}", stdout(&o));
    let f = path_str(&repo_file("flow/national.json"));
    let o = run(&["diff", &f, &f, "--format", "json"]);
    assert_exit(&o, 0);
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["changed"], false);
    assert_eq!(v["compared"], "flows");
    assert_eq!(v["changed_paths"], serde_json::json!([]));
}

#[test]
fn diff_of_two_configurations_lists_the_paths_whose_units_change() {
    let dir = temp_dir("diff-config");
    let mut c = config_value();
    c["routing"]["rules"] = serde_json::json!([{"purpose": "consult", "first": ["oppenvarden-barn"], "unless": "act_now | lvm_needed"}]);
    c["units"][0]["phone"] = "000-100 10 11".into();
    let new = dir.join("new.json");
    std::fs::write(&new, serde_json::to_string_pretty(&c).unwrap()).unwrap();
    let old = path_str(&repo_file("config/exempelkommun.json"));
    let o = run(&["diff", &old, &path_str(&new), "--format", "json"]);
    assert_exit(&o, 1);
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["compared"], "configurations");
    let changed = v["changed_paths"].as_array().unwrap();
    // Exactly the ends that show a consult contact, without an acute need or an LVM need,
    // change: counted at every end of the flow.
    let flow = flow();
    let mut expected = 0usize;
    orosguiden::paths::explore(&[&flow], |e| {
        let f = e.first();
        let consult = f.outcomes().iter().any(|id| outcome_def(&flow, id).contacts.contains(&orosguiden::flow::Purpose::Consult));
        if consult && !f.has("act_now") && !f.has("lvm_needed") {
            expected += 1;
        }
    })
    .unwrap();
    let got: usize = changed.iter().map(|p| p["ends"].as_u64().unwrap() as usize).sum();
    assert!(expected > 0);
    assert_eq!(got, expected);
    for p in changed {
        assert_eq!(p["old"]["decision"], p["new"]["decision"], "a routing change keeps the decision");
        assert!(
            p["changes"][0].as_str().unwrap().starts_with("kontakter för consult: mottagningen → oppenvarden-barn, mottagningen"),
            "{p}"
        );
        // The example path is one of them.
        let answers: Vec<(String, String)> = serde_json::from_value(p["answers"].clone()).unwrap();
        let o = outcome(&flow, &Config::demo(), &answers);
        assert!(o.contacts.iter().any(|c| c.purpose == orosguiden::flow::Purpose::Consult), "{p}");
    }
    // The phone number is a changed entry of the file.
    let items = v["items"].as_array().unwrap();
    assert!(
        items.iter().any(|i| i["section"] == "units" && i["id"] == "mottagningen" && i["fields"] == serde_json::json!(["phone"])),
        "{items:?}"
    );
    assert!(items.iter().any(|i| i["section"] == "routing.rules" && i["change"] == "added"), "{items:?}");
    // Human output groups the paths and names the change.
    let o = run(&["diff", &old, &path_str(&new)]);
    assert_exit(&o, 1);
    let out = stdout(&o);
    assert!(out.contains(&format!("{expected} slutlägen (vägar med olika fakta eller roll) ändrar")), "{out}");
    assert!(out.contains("units mottagningen: ändrad (phone: \"000-100 10 01\" → \"000-100 10 11\")"), "{out}");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn diff_of_two_flows_lists_the_paths_whose_decision_or_blocks_change() {
    let dir = temp_dir("diff-flow");
    let mut f = flow_value();
    // A reviewer's change: unsure observations about neglect now lead to a report.
    let i = f["outcomes"].as_array().unwrap().iter().position(|o| o["id"] == "must-report").unwrap();
    f["outcomes"][i]["when"] = "(observed | observed_unsure & concern_neglect) & mandated".into();
    let new = dir.join("flow.json");
    std::fs::write(&new, serde_json::to_string_pretty(&f).unwrap()).unwrap();
    let old = path_str(&repo_file("flow/national.json"));
    let o = run(&["diff", &old, &path_str(&new), "--format", "json"]);
    assert_exit(&o, 1);
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let changed = v["changed_paths"].as_array().unwrap();
    assert!(!changed.is_empty());
    for p in changed {
        let path = p["path"].as_str().unwrap();
        assert!(path.contains("neglect") && path.contains("=unsure"), "{path}");
        assert_eq!(p["new"]["decision"], "must-report");
        assert_eq!(p["old"]["decision"], "consult-first");
        assert!(p["changes"].as_array().unwrap().iter().any(|c| c == "beslut: consult-first → must-report"), "{p}");
    }
    assert!(v["items"]
        .as_array()
        .unwrap()
        .iter()
        .any(|i| i["section"] == "outcomes" && i["id"] == "must-report" && i["fields"] == serde_json::json!(["when"])));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn diff_reports_added_and_removed_paths() {
    let dir = temp_dir("diff-paths");
    let mut f = flow_value();
    // Unsure about the role now ends the journey at once.
    let role = f["questions"].as_array().unwrap().iter().position(|q| q["id"] == "role").unwrap();
    let c = f["questions"][role]["choices"].as_array().unwrap().iter().position(|c| c["id"] == "unsure-role").unwrap();
    f["questions"][role]["choices"][c]["sets"] = serde_json::json!(["role_unsure", "observed_unsure"]);
    f["questions"][role]["choices"][c]["next"] = "end".into();
    let new = dir.join("flow.json");
    std::fs::write(&new, f.to_string()).unwrap();
    let o = run(&["diff", &path_str(&repo_file("flow/national.json")), &path_str(&new), "--format", "json"]);
    assert_exit(&o, 1);
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let changed = v["changed_paths"].as_array().unwrap();
    assert!(
        changed.iter().any(|p| p["path"] == "acute-danger=not-acute role=unsure-role"
            && p["old"].is_null()
            && p["new"]["decision"] == "consult-first"),
        "{changed:?}"
    );
    assert!(changed
        .iter()
        .any(|p| p["path"].as_str().unwrap().starts_with("acute-danger=not-acute role=unsure-role concern=") && p["new"].is_null()));
    assert!(v["paths"]["new"].as_u64() < v["paths"]["old"].as_u64());
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn diff_usage_errors_exit_with_2() {
    let c = path_str(&repo_file("config/exempelkommun.json"));
    let f = path_str(&repo_file("flow/national.json"));
    assert_exit(&run(&["diff", &c]), 2);
    assert_exit(&run(&["diff", &c, &f]), 2);
    assert_exit(&run(&["diff", &c, &c, "--config", &c]), 2);
    assert_exit(&run(&["diff", &f, &f, "--flow", &f]), 2);
    assert_exit(&run(&["diff", &c, &path_str(&fixture("not-json.json"))]), 2);
    assert_exit(&run(&["diff", &c, &path_str(&fixture("no-such.json"))]), 2);
    // Without a "schema" field the kind cannot be told.
    let dir = temp_dir("diff-kind");
    let odd = dir.join("odd.json");
    std::fs::write(&odd, "{}").unwrap();
    let o = run(&["diff", &c, &path_str(&odd)]);
    assert_exit(&o, 2);
    assert!(stderr(&o).contains("schema"));
    std::fs::remove_dir_all(&dir).unwrap();
    // --flow and --config pin the other side.
    assert_exit(&run(&["diff", &c, &c, "--flow", &f]), 0);
    assert_exit(&run(&["diff", &f, &f, "--config", &path_str(&repo_file("config/smaby.json"))]), 0);
}

// ---------------------------------------------------------------------------------------------
// Usage

#[test]
fn usage_errors_exit_with_2() {
    let o = run(&[]);
    assert_exit(&o, 2);
    assert!(stderr(&o).contains("Usage"));
    let o = run(&["frobnicate"]);
    assert_exit(&o, 2);
    assert!(stderr(&o).contains("frobnicate"));
    let o = run(&["paths", "--verbose"]);
    assert_exit(&o, 2);
    assert!(stderr(&o).contains("--verbose"));
    let o = run(&["walk", "--config"]);
    assert_exit(&o, 2);
}

#[test]
fn help_exits_with_0() {
    for arg in ["help", "--help", "-h"] {
        let o = run(&[arg]);
        assert_exit(&o, 0);
        assert!(stdout(&o).contains("Usage"));
    }
    // Every command has its own help, with the exit statuses.
    for cmd in ["paths", "walk", "check", "schema", "flow-locale", "flow-pack", "graph", "diff"] {
        for args in [vec![cmd, "--help"], vec!["help", cmd]] {
            let o = run(&args);
            assert_exit(&o, 0);
            assert!(stdout(&o).contains(&format!("Usage: orosguiden {cmd}")), "{args:?}: {}", stdout(&o));
            assert!(stdout(&o).contains("Exit status"), "{args:?}");
        }
    }
}

#[test]
fn version_prints_the_workspace_version() {
    for arg in ["--version", "-V"] {
        let o = run(&[arg]);
        assert_exit(&o, 0);
        assert_eq!(stdout(&o).trim(), format!("orosguiden {}", env!("CARGO_PKG_VERSION")));
    }
}

// ---------------------------------------------------------------------------------------------
// flow-locale, flow-pack

#[test]
fn flow_locale_prints_the_flow_in_one_language() {
    let o = run(&["flow-locale", "en"]);
    assert_exit(&o, 0);
    let en = orosguiden::Flow::from_json(&stdout(&o)).unwrap();
    assert_eq!(en.locales, ["en"]);
    let full = orosguiden::Flow::national();
    assert_eq!(en.questions[0].text.get("en"), full.questions[0].text.get("en"));
    assert_eq!(en.questions[0].text.get("sv"), full.questions[0].text.get("en"), "no Swedish left to fall back on");
    // A language the flow does not have, or none, is a usage error.
    let o = run(&["flow-locale", "de"]);
    assert_exit(&o, 2);
    assert!(stderr(&o).contains("a text without \"de\""), "{}", stderr(&o));
    assert_exit(&run(&["flow-locale"]), 2);
}

#[test]
fn flow_pack_prints_the_flow_in_one_language_as_the_widget_reads_it() {
    let o = run(&["flow-pack", "en"]);
    assert_exit(&o, 0);
    let packed = stdout(&o);
    assert!(packed.starts_with("orosguiden-flow-pack/3\u{1f}"), "{}", &packed[..40]);
    assert!(packed.ends_with('\u{1f}'), "nothing after the last token, not even a newline");
    let en = orosguiden::Flow::from_pack(&packed).expect("a whole pack");
    let json = orosguiden::Flow::from_json(&stdout(&run(&["flow-locale", "en"]))).unwrap();
    assert_eq!(en.locales, ["en"]);
    assert!(en.same_structure(&json) && json.same_structure(&en));
    assert_eq!(en.questions[0].text, json.questions[0].text);
    assert_eq!(en.outcomes.last().map(|o| &o.title), json.outcomes.last().map(|o| &o.title));
    // From another flow file, too.
    let path = temp_dir("flow-pack").join("flow.json");
    std::fs::write(&path, orosguiden::flow::NATIONAL_FLOW).unwrap();
    let o = run(&["flow-pack", "sv", "--flow", path.to_str().unwrap()]);
    assert_exit(&o, 0);
    assert_eq!(stdout(&o), orosguiden::flow::single_locale_pack(orosguiden::flow::NATIONAL_FLOW, "sv").unwrap());
    // A language the flow does not have, or none, is a usage error.
    let o = run(&["flow-pack", "de"]);
    assert_exit(&o, 2);
    assert!(stderr(&o).contains("a text without \"de\""), "{}", stderr(&o));
    assert_exit(&run(&["flow-pack"]), 2);
}

#[test]
fn graph_of_a_regional_configuration_shows_the_units_per_municipality() {
    let o = run(&["graph", "--config", &path_str(&repo_file("config/region-norrfors.json"))]);
    assert_exit(&o, 0);
    let out = stdout(&o);
    let config = Config::from_json(&std::fs::read_to_string(repo_file("config/region-norrfors.json")).unwrap()).unwrap();
    for m in &config.municipalities {
        assert!(out.contains(&format!("barn som bor i {}", m.name)), "{}", m.name);
        for id in m.contacts.get(&orosguiden::flow::Purpose::Report).unwrap() {
            assert!(out.contains(&config.unit(id).unwrap().phone), "{id}");
        }
        assert!(out.contains(&config.unit(&m.after_hours).unwrap().phone), "{}", m.after_hours);
    }
}
