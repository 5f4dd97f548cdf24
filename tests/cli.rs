//! The `orosguiden` command line: `paths`, `walk` and `check`, their output and exit status
//! (0 ok, 1 invalid files, 2 usage error, unreadable file or bad answers).

mod common;

use common::*;
use orosguiden::paths::enumerate;
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

const SCHOOL_SUBSTANCE: [&str; 4] =
    ["acute-danger=not-acute", "role=school", "concern=substance", "observations-substance=yes"];

// ---------------------------------------------------------------------------------------------
// paths

#[test]
fn paths_prints_one_json_object_per_path() {
    let o = run(&["paths"]);
    assert_exit(&o, 0);
    let all = enumerate(&flow()).unwrap();
    let out = stdout(&o);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), all.len());
    for (line, p) in lines.iter().zip(&all) {
        let v: serde_json::Value = serde_json::from_str(line).unwrap_or_else(|e| panic!("{line}: {e}"));
        assert_eq!(v, serde_json::to_value(p).unwrap());
        assert_eq!(v.as_object().unwrap().len(), 2, "only answers and outcomes");
    }
    assert!(stderr(&o).is_empty());
}

#[test]
fn paths_reads_another_flow_file() {
    let o = run(&["paths", "--flow", &path_str(&fixture("flow-minimal.json"))]);
    assert_exit(&o, 0);
    assert_eq!(stdout(&o).lines().count(), 4);
}

#[test]
fn paths_takes_no_arguments() {
    let o = run(&["paths", "extra"]);
    assert_exit(&o, 2);
    assert!(stderr(&o).contains("paths takes no arguments"));
}

// ---------------------------------------------------------------------------------------------
// walk

#[test]
fn walk_prints_the_outcome_of_a_path_as_json() {
    let o = run(&[&["walk"][..], &SCHOOL_SUBSTANCE].concat());
    assert_exit(&o, 0);
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let (flow, config) = (flow(), config());
    let expected = outcome(
        &flow,
        &config,
        &answers(&SCHOOL_SUBSTANCE.map(|a| a.split_once('=').unwrap())),
    );
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
    let o = run(&["walk", "--config", &path_str(&file), "acute-danger=danger-now"]);
    std::fs::remove_dir_all(&dir).unwrap();
    assert_exit(&o, 0);
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["organisation"], "Annankommun");
    assert_eq!(v["decision"]["id"], "call-112");
    assert_eq!(v["urgent"], true);
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
    let o = run(&["walk", "acute-danger=danger-now", "role=school"]);
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
    let o = run(&["check", "--flow", &path_str(&repo_file("flow/national.json")), "--config", &path_str(&repo_file("config/exempelkommun.json"))]);
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
    assert!(out.contains(&format!("{} problem(s)", problems.len())), "{out}");
    for p in &problems {
        assert!(out.contains(&p.to_string()), "missing \"{p}\" in:\n{out}");
    }
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
    assert!(out.contains(&format!("{} problem(s)", problems.len())), "{out}");
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
fn check_fails_with_2_on_an_unknown_field_and_names_it() {
    let o = run(&["check", &path_str(&fixture("config-unknown-field.json"))]);
    assert_exit(&o, 2);
    assert!(stderr(&o).contains("fax"), "{}", stderr(&o));
}

#[test]
fn check_takes_at_most_one_configuration() {
    let c = path_str(&repo_file("config/exempelkommun.json"));
    let o = run(&["check", &c, &c]);
    assert_exit(&o, 2);
}

// ---------------------------------------------------------------------------------------------
// Usage

#[test]
fn usage_errors_exit_with_2() {
    let o = run(&[]);
    assert_exit(&o, 2);
    assert!(stderr(&o).contains("USAGE"));
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
        assert!(stdout(&o).contains("USAGE"));
    }
}
