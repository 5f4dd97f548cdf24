//! Validation of flows and configurations: every stable problem code, with the path to the
//! offending field; several problems reported at once; strict parsing.
//!
//! Invalid files are made by mutating the shipped national flow and demo configuration as JSON
//! (so each test shows the one change that breaks it), or read from `tests/fixtures/`.

mod common;

use common::*;
use orosguiden::paths::{ends as enumerate, explore_at_most};
use orosguiden::validate::{self, validate_config, validate_flow, Problem};
use orosguiden::{Config, Flow};
use serde_json::{json, Value};
use std::collections::BTreeSet;

// ---------------------------------------------------------------------------------------------
// Helpers

fn parse_flow(v: &Value) -> Flow {
    Flow::from_json(&v.to_string()).unwrap_or_else(|e| panic!("the mutated flow must still parse: {e}"))
}

fn parse_config(v: &Value) -> Config {
    Config::from_json(&v.to_string()).unwrap_or_else(|e| panic!("the mutated configuration must still parse: {e}"))
}

/// Problems of the national flow after `change`.
fn flow_problems(change: impl FnOnce(&mut Value)) -> Vec<Problem> {
    let mut v = flow_value();
    change(&mut v);
    validate_flow(&parse_flow(&v))
}

/// Problems of the demo configuration after `change`, checked against the national flow.
fn config_problems(change: impl FnOnce(&mut Value)) -> Vec<Problem> {
    let mut v = config_value();
    change(&mut v);
    validate_config(&parse_config(&v), &flow())
}

#[track_caller]
fn assert_reported(problems: &[Problem], code: &str, path: &str) {
    assert!(
        problems.iter().any(|p| p.code == code && p.path == path),
        "expected {code} at {path}, found:\n{}",
        problems.iter().map(|p| format!("  {p}")).collect::<Vec<_>>().join("\n")
    );
    let p = problems.iter().find(|p| p.code == code && p.path == path).unwrap();
    assert!(!p.message.trim().is_empty(), "{code} at {path} has no message");
}

/// Exactly these problems, as (code, path), in any order.
#[track_caller]
fn assert_exactly(problems: &[Problem], expected: &[(&str, &str)]) {
    let found: BTreeSet<(&str, &str)> = problems.iter().map(|p| (p.code, p.path.as_str())).collect();
    let expected: BTreeSet<(&str, &str)> = expected.iter().copied().collect();
    assert_eq!(found, expected, "problems:\n{}", problems.iter().map(|p| format!("  {p}")).collect::<Vec<_>>().join("\n"));
    assert_eq!(problems.len(), expected.len(), "no problem is reported twice");
}

fn index_of(list: &Value, id: &str) -> usize {
    list.as_array().unwrap().iter().position(|x| x["id"] == id).unwrap_or_else(|| panic!("no '{id}'"))
}

fn question<'v>(v: &'v mut Value, id: &str) -> &'v mut Value {
    let i = index_of(&v["questions"], id);
    &mut v["questions"][i]
}

fn outcome_mut<'v>(v: &'v mut Value, id: &str) -> &'v mut Value {
    let i = index_of(&v["outcomes"], id);
    &mut v["outcomes"][i]
}

fn q_index(id: &str) -> usize {
    index_of(&flow_value()["questions"], id)
}

fn o_index(id: &str) -> usize {
    index_of(&flow_value()["outcomes"], id)
}

fn read_fixture(name: &str) -> String {
    std::fs::read_to_string(fixture(name)).unwrap()
}

// ---------------------------------------------------------------------------------------------
// Valid files

#[test]
fn the_minimal_fixture_flow_is_valid() {
    let flow = Flow::from_json(&read_fixture("flow-minimal.json")).unwrap();
    assert_eq!(validate_flow(&flow), vec![]);
    assert_eq!(enumerate(&flow).unwrap().len(), 4);
}

#[test]
fn the_mutation_helpers_start_from_valid_files() {
    assert_eq!(flow_problems(|_| {}), vec![]);
    assert_eq!(config_problems(|_| {}), vec![]);
}

// ---------------------------------------------------------------------------------------------
// flow/*

#[test]
fn flow_schema() {
    let p = flow_problems(|v| v["schema"] = json!("orosguiden-flow/2"));
    assert_exactly(&p, &[("flow/schema", "schema")]);
}

#[test]
fn flow_missing_locale_when_swedish_is_not_a_locale() {
    let p = flow_problems(|v| v["locales"] = json!([]));
    assert_exactly(&p, &[("flow/missing-locale", "locales")]);
}

#[test]
fn flow_missing_locale_on_a_text() {
    let p = flow_problems(|v| question(v, "role")["text"] = json!({"en": "Where do you work?"}));
    let qi = q_index("role");
    assert_exactly(&p, &[("flow/missing-locale", &format!("questions[{qi}].text.sv"))]);
}

#[test]
fn flow_missing_locale_for_every_text_lacking_a_declared_locale() {
    let p = flow_problems(|v| v["locales"] = json!(["sv", "en", "de"]));
    assert!(p.iter().all(|x| x.code == "flow/missing-locale" && x.path.ends_with(".de")));
    assert_reported(&p, "flow/missing-locale", "questions[0].text.de");
    assert_reported(&p, "flow/missing-locale", "legal[0].citation.de");
    assert_reported(&p, "flow/missing-locale", "purposes[0].label.de");
    assert_reported(&p, "flow/missing-locale", "outcomes[0].title.de");
    assert_reported(&p, "flow/missing-locale", "questions[0].choices[0].label.de");
}

#[test]
fn flow_blank_text_counts_as_missing() {
    let p = flow_problems(|v| outcome_mut(v, "must-report")["title"] = json!({"sv": "  ", "en": "Report"}));
    assert_exactly(&p, &[("flow/missing-locale", &format!("outcomes[{}].title.sv", o_index("must-report")))]);
}

#[test]
fn flow_duplicate_fact_id() {
    let n = flow_value()["facts"].as_array().unwrap().len();
    let p = flow_problems(|v| {
        let first = v["facts"][0].clone();
        v["facts"].as_array_mut().unwrap().push(first);
    });
    assert_exactly(&p, &[("flow/duplicate-id", &format!("facts[{n}].id"))]);
}

#[test]
fn flow_duplicate_choice_id() {
    let p = flow_problems(|v| question(v, "acute-danger")["choices"][1]["id"] = json!("danger-now"));
    assert_reported(&p, "flow/duplicate-id", &format!("questions[{}].choices[1].id", q_index("acute-danger")));
}

#[test]
fn flow_duplicate_question_and_outcome_ids() {
    let p = flow_problems(|v| {
        let q = v["questions"][1].clone();
        v["questions"].as_array_mut().unwrap().push(q);
        let o = v["outcomes"][0].clone();
        v["outcomes"].as_array_mut().unwrap().push(o);
    });
    let (nq, no) = (flow_value()["questions"].as_array().unwrap().len(), flow_value()["outcomes"].as_array().unwrap().len());
    assert_reported(&p, "flow/duplicate-id", &format!("questions[{nq}].id"));
    assert_reported(&p, "flow/duplicate-id", &format!("outcomes[{no}].id"));
}

#[test]
fn flow_duplicate_legal_id() {
    let n = flow_value()["legal"].as_array().unwrap().len();
    let p = flow_problems(|v| {
        let l = v["legal"][0].clone();
        v["legal"].as_array_mut().unwrap().push(l);
    });
    assert_exactly(&p, &[("flow/duplicate-id", &format!("legal[{n}].id"))]);
}

#[test]
fn flow_bad_ids() {
    let p = flow_problems(|v| {
        question(v, "acute-danger")["choices"][2]["id"] = json!("Not_Acute");
        outcome_mut(v, "lvm-consult")["id"] = json!("LVM consult");
        v["legal"][0]["id"] = json!("SoL");
        for o in v["outcomes"].as_array_mut().unwrap() {
            for l in o.get_mut("legal").and_then(Value::as_array_mut).into_iter().flatten() {
                if l == "sol-duty" {
                    *l = json!("SoL");
                }
            }
        }
    });
    assert_reported(&p, "flow/bad-id", &format!("questions[{}].choices[2].id", q_index("acute-danger")));
    assert_reported(&p, "flow/bad-id", &format!("outcomes[{}].id", o_index("lvm-consult")));
    assert_reported(&p, "flow/bad-id", "legal[0].id");
    assert!(p.iter().all(|x| x.code == "flow/bad-id"), "{p:?}");
}

#[test]
fn flow_bad_fact_id() {
    let p = flow_problems(|v| {
        v["facts"][0]["id"] = json!("Danger-Now");
        question(v, "acute-danger")["choices"][0]["sets"] = json!(["Danger-Now"]);
    });
    assert_reported(&p, "flow/bad-id", "facts[0].id");
}

#[test]
fn flow_end_is_not_a_question_id() {
    let p = flow_problems(|v| {
        let mut q = v["questions"][1].clone();
        q["id"] = json!("end");
        v["questions"].as_array_mut().unwrap().push(q);
    });
    let n = flow_value()["questions"].as_array().unwrap().len();
    assert_reported(&p, "flow/bad-id", &format!("questions[{n}].id"));
}

#[test]
fn flow_missing_purpose_label() {
    let p = flow_problems(|v| {
        let i = index_of(&v["purposes"], "lvm");
        v["purposes"].as_array_mut().unwrap().remove(i);
    });
    assert_exactly(&p, &[("flow/missing-purpose-label", "purposes")]);
    assert!(p[0].message.contains("lvm"));
}

#[test]
fn flow_unknown_target_of_start_and_role_question() {
    let p = flow_problems(|v| v["start"] = json!("no-such-question"));
    assert_exactly(&p, &[("flow/unknown-target", "start")]);
    let p = flow_problems(|v| v["role_question"] = json!("no-such-question"));
    assert_exactly(&p, &[("flow/unknown-target", "role_question")]);
}

#[test]
fn flow_unknown_target_of_a_choice_and_a_route() {
    let p = flow_problems(|v| question(v, "acute-danger")["choices"][2]["next"] = json!("rol"));
    assert_exactly(&p, &[("flow/unknown-target", &format!("questions[{}].choices[2].next", q_index("acute-danger")))]);
    assert!(p[0].message.contains("\"rol\""));

    let p = flow_problems(|v| question(v, "observations-substance")["choices"][0]["next"][0]["to"] = json!("compulsory"));
    assert_exactly(&p, &[("flow/unknown-target", &format!("questions[{}].choices[0].next[0].to", q_index("observations-substance")))]);
}

#[test]
fn flow_bad_condition() {
    let p = flow_problems(|v| outcome_mut(v, "must-report")["when"] = json!("observed & "));
    assert_exactly(&p, &[("flow/bad-condition", &format!("outcomes[{}].when", o_index("must-report")))]);
    let p = flow_problems(|v| question(v, "observations-substance")["choices"][1]["next"][0]["when"] = json!("(adult_side"));
    assert_exactly(&p, &[("flow/bad-condition", &format!("questions[{}].choices[1].next[0].when", q_index("observations-substance")))]);
}

#[test]
fn flow_unknown_fact_in_a_condition_and_in_sets() {
    let p = flow_problems(|v| outcome_mut(v, "must-report")["when"] = json!("observed & mandatory"));
    assert_reported(&p, "flow/unknown-fact", &format!("outcomes[{}].when", o_index("must-report")));
    assert!(p.iter().any(|x| x.code == "flow/unknown-fact" && x.message.contains("\"mandatory\"")));

    let p = flow_problems(|v| question(v, "role")["choices"][0]["sets"] = json!(["mandated", "role_skola"]));
    assert_reported(&p, "flow/unknown-fact", &format!("questions[{}].choices[0].sets[1]", q_index("role")));
}

#[test]
fn flow_too_few_choices() {
    let p = flow_problems(|v| {
        let c = question(v, "compulsory-care")["choices"].as_array_mut().unwrap();
        c.truncate(1);
    });
    assert_reported(&p, "flow/too-few-choices", &format!("questions[{}].choices", q_index("compulsory-care")));
}

#[test]
fn flow_route_not_total() {
    let qi = q_index("observations-substance");
    // The last route has a condition: some answers lead nowhere.
    let p = flow_problems(|v| {
        question(v, "observations-substance")["choices"][0]["next"] = json!([{"when": "adult_side", "to": "compulsory-care"}])
    });
    assert_exactly(&p, &[("flow/route-not-total", &format!("questions[{qi}].choices[0].next"))]);
    // An empty list of routes.
    let p = flow_problems(|v| question(v, "observations-substance")["choices"][0]["next"] = json!([]));
    assert_exactly(&p, &[("flow/route-not-total", &format!("questions[{qi}].choices[0].next"))]);
    // A route without a condition before the last one.
    let p = flow_problems(|v| {
        question(v, "observations-substance")["choices"][0]["next"] =
            json!([{"to": "end"}, {"when": "adult_side", "to": "compulsory-care"}, {"to": "end"}]);
    });
    assert_exactly(&p, &[("flow/route-not-total", &format!("questions[{qi}].choices[0].next[0].when"))]);
}

#[test]
fn flow_unused_fact() {
    let n = flow_value()["facts"].as_array().unwrap().len();
    let p = flow_problems(|v| v["facts"].as_array_mut().unwrap().push(json!({"id": "never_recorded", "means": "nothing"})));
    assert_exactly(&p, &[("flow/unused-fact", &format!("facts[{n}]"))]);
}

#[test]
fn flow_no_decision_at_all() {
    let p = flow_problems(|v| {
        for o in v["outcomes"].as_array_mut().unwrap() {
            o["kind"] = json!("block");
            o["urgent"] = json!(false);
        }
    });
    assert_reported(&p, "flow/no-decision", "outcomes");
    assert!(p.iter().any(|x| x.code == "flow/no-decision" && x.message == "flödet har inget beslut"));
}

#[test]
fn flow_no_decision_on_some_path() {
    let p = flow_problems(|v| {
        outcome_mut(v, "support-and-follow-up")["when"] = json!("not_observed & (mandated | role_family_counselling | role_unsure)")
    });
    let missing: Vec<&Problem> = p.iter().filter(|x| x.code == "flow/no-decision").collect();
    assert!(!missing.is_empty(), "{p:?}");
    assert!(missing.iter().all(|x| x.path == "outcomes"));
    // The message names the path, so a reviewer can walk it.
    assert!(missing.iter().any(|x| x.message.contains("role=volunteer") && x.message.contains("=no")), "{missing:?}");
    assert!(missing.iter().all(|x| !x.message.contains("role=school")), "mandated paths still have a decision");
}

#[test]
fn flow_next_in_the_right_place() {
    let qi = |v: &Value, id: &str| v["questions"].as_array().unwrap().iter().position(|q| q["id"] == id).unwrap();
    let v = flow_value();
    let (concern, role) = (qi(&v, "concern"), qi(&v, "role"));
    // A multiple question without its own `next`, and one of its choices with one.
    let p = flow_problems(|v| {
        v["questions"][concern].as_object_mut().unwrap().remove("next");
        v["questions"][concern]["choices"][0]["next"] = json!("end");
    });
    assert_exactly(
        &p,
        &[
            ("flow/missing-next", &format!("questions[{concern}].next")),
            ("flow/misplaced-next", &format!("questions[{concern}].choices[0].next")),
        ],
    );
    // A radio question with a `next` of its own, and a choice without one.
    let p = flow_problems(|v| {
        v["questions"][role]["next"] = json!("concern");
        v["questions"][role]["choices"][0].as_object_mut().unwrap().remove("next");
    });
    assert_exactly(
        &p,
        &[
            ("flow/misplaced-next", &format!("questions[{role}].next")),
            ("flow/missing-next", &format!("questions[{role}].choices[0].next")),
        ],
    );
    // `optional` only with `multiple`.
    let p = flow_problems(|v| v["questions"][role]["optional"] = json!(true));
    assert_exactly(&p, &[("flow/optional-single", &format!("questions[{role}].optional"))]);
}

#[test]
fn flow_limits_of_the_exploration() {
    let qi = |v: &Value, id: &str| v["questions"].as_array().unwrap().iter().position(|q| q["id"] == id).unwrap();
    let v = flow_value();
    let concern = qi(&v, "concern");
    // Thirteen worries: 8,191 combinations to try at that question alone.
    let p = flow_problems(|v| {
        let choices = v["questions"][concern]["choices"].as_array_mut().unwrap();
        for i in 0..4 {
            let mut extra = choices[0].clone();
            extra["id"] = json!(format!("extra-{i}"));
            choices.push(extra);
        }
    });
    assert_exactly(&p, &[("flow/too-many-choices", &format!("questions[{concern}].choices"))]);
    // More facts than the exploration keeps.
    let p = flow_problems(|v| {
        let facts = v["facts"].as_array_mut().unwrap();
        for i in 0..30 {
            facts.push(json!({"id": format!("extra_{i}"), "means": "-"}));
        }
        v["questions"][0]["choices"][2]["sets"] = json!((0..30).map(|i| format!("extra_{i}")).collect::<Vec<_>>());
    });
    assert_exactly(&p, &[("flow/too-many-facts", "facts")]);
    // More outcomes than it keeps.
    let p = flow_problems(|v| {
        let outcomes = v["outcomes"].as_array_mut().unwrap();
        let block = outcomes.iter().find(|o| o["kind"] == "block").unwrap().clone();
        for i in 0..90 {
            let mut extra = block.clone();
            extra["id"] = json!(format!("extra-{i}"));
            outcomes.push(extra);
        }
    });
    assert_exactly(&p, &[("flow/too-many-outcomes", "outcomes")]);
}

#[test]
fn flow_decision_without_basis() {
    let oi = o_index("must-report");
    let p = flow_problems(|v| {
        outcome_mut(v, "must-report").as_object_mut().unwrap().remove("reason");
    });
    assert_exactly(&p, &[("flow/decision-without-basis", &format!("outcomes[{oi}]"))]);
    let p = flow_problems(|v| outcome_mut(v, "must-report")["legal"] = json!([]));
    assert_exactly(&p, &[("flow/decision-without-basis", &format!("outcomes[{oi}]"))]);
}

#[test]
fn flow_a_block_needs_no_reason() {
    // Blocks may lack a reason and legal basis; only decisions must have both.
    let p = flow_problems(|v| {
        let b = outcome_mut(v, "after-report").as_object_mut().unwrap();
        b.remove("legal");
        b.remove("reason");
    });
    assert_eq!(p, vec![]);
}

#[test]
fn flow_urgent_block() {
    let p = flow_problems(|v| outcome_mut(v, "report-contents")["urgent"] = json!(true));
    assert_exactly(&p, &[("flow/urgent-block", &format!("outcomes[{}].urgent", o_index("report-contents")))]);
}

#[test]
fn flow_unknown_legal() {
    let p = flow_problems(|v| outcome_mut(v, "duty-is-personal")["legal"] = json!(["sol-duty", "sol-2001"]));
    assert_exactly(&p, &[("flow/unknown-legal", &format!("outcomes[{}].legal[1]", o_index("duty-is-personal")))]);
}

#[test]
fn flow_unreachable_question() {
    let n = flow_value()["questions"].as_array().unwrap().len();
    let p = flow_problems(|v| {
        let mut q = question(v, "compulsory-care").clone();
        q["id"] = json!("orphan");
        v["questions"].as_array_mut().unwrap().push(q);
    });
    assert_exactly(&p, &[("flow/unreachable-question", &format!("questions[{n}]"))]);
}

#[test]
fn flow_unused_outcome() {
    // A decision shadowed by an earlier one can never be selected.
    let n = flow_value()["outcomes"].as_array().unwrap().len();
    let p = flow_problems(|v| {
        let mut o = outcome_mut(v, "must-report").clone();
        o["id"] = json!("must-report-again");
        v["outcomes"].as_array_mut().unwrap().push(o);
    });
    assert_exactly(&p, &[("flow/unused-outcome", &format!("outcomes[{n}]"))]);
}

#[test]
fn flow_cycle() {
    let p = flow_problems(|v| question(v, "compulsory-care")["choices"][2]["next"] = json!("concern"));
    assert_exactly(&p, &[("flow/cycle", "questions")]);
    assert!(p[0].message.contains("concern"));
    assert!(enumerate(&parse_flow(&{
        let mut v = flow_value();
        question(&mut v, "compulsory-care")["choices"][2]["next"] = json!("concern");
        v
    }))
    .is_err());
}

#[test]
fn flow_unknown_target_found_by_enumeration() {
    // `paths::enumerate` fails on a dangling target on its own, without validation first.
    let mut v = flow_value();
    question(&mut v, "acute-danger")["choices"][2]["next"] = json!("rol");
    let e = enumerate(&parse_flow(&v)).unwrap_err();
    assert_eq!((e.code, e.path.as_str()), ("flow/unknown-target", "questions"));
}

/// A flow of `depth` questions with `width` choices each: `width^depth` paths.
fn wide_flow(depth: usize, width: usize) -> Value {
    let questions: Vec<Value> = (0..depth)
        .map(|d| {
            let next = if d + 1 == depth { "end".to_string() } else { format!("q{}", d + 1) };
            json!({
                "id": format!("q{d}"), "text": {"sv": "?"}, "short": {"sv": "?"},
                "choices": (0..width).map(|c| json!({"id": format!("c{c}"), "label": {"sv": "-"}, "sets": ["x"], "next": next})).collect::<Vec<_>>()
            })
        })
        .collect();
    let mut v: Value = serde_json::from_str(&read_fixture("flow-minimal.json")).unwrap();
    v["start"] = json!("q0");
    v["role_question"] = json!("q0");
    v["facts"] = json!([{"id": "x", "means": "always"}]);
    v["questions"] = json!(questions);
    v["outcomes"] =
        json!([{"id": "d", "kind": "decision", "when": "x", "title": {"sv": "D"}, "reason": {"sv": "R"}, "legal": ["sol-duty"]}]);
    v
}

/// A flow of `depth` yes/no questions, each "yes" recording a fact of its own: `2^depth`
/// paths, each ending with different facts.
fn binary_flow(depth: usize) -> Value {
    let mut v = wide_flow(depth, 2);
    v["facts"] = json!((0..depth)
        .map(|d| json!({"id": format!("f{d}"), "means": "-"}))
        .chain([json!({"id": "x", "means": "-"})])
        .collect::<Vec<_>>());
    for d in 0..depth {
        v["questions"][d]["choices"][0]["sets"] = json!([format!("f{d}"), "x"]);
    }
    v
}

#[test]
fn flow_too_many_paths() {
    let small = parse_flow(&wide_flow(2, 10));
    assert_eq!(enumerate(&small).unwrap().len(), 10, "ten ends: the role (the first question) tells them apart");
    assert_eq!(validate_flow(&small), vec![]);
    // Paths that end with the same facts and role are explored once: 10^6 paths, 10 ends.
    let wide = parse_flow(&wide_flow(6, 10));
    let stats = orosguiden::paths::explore(&[&wide], |_| {}).unwrap();
    assert_eq!((stats.paths, stats.ends), (1_000_000, 10));
    // Different facts at every end: 2^12 ends; past a limit of states the exploration stops.
    let binary = parse_flow(&binary_flow(12));
    assert_eq!(enumerate(&binary).unwrap().len(), 4096);
    let e = explore_at_most(&[&binary], 1000, |_| {}).unwrap_err();
    assert_eq!((e.code, e.path.as_str()), ("flow/too-many-paths", "questions"));
}

#[test]
fn flow_several_problems_are_reported_at_once() {
    let flow = Flow::from_json(&read_fixture("flow-several-problems.json")).unwrap();
    let p = validate_flow(&flow);
    assert_exactly(
        &p,
        &[
            ("flow/unknown-fact", "questions[0].choices[1].sets[0]"),
            ("flow/unknown-target", "questions[0].choices[1].next"),
            ("flow/bad-condition", "outcomes[0].when"),
            ("flow/decision-without-basis", "outcomes[1]"),
            ("flow/unknown-legal", "outcomes[1].legal[0]"),
        ],
    );
}

#[test]
fn flow_several_mutations_of_the_national_flow_are_all_reported() {
    let p = flow_problems(|v| {
        v["schema"] = json!("x");
        outcome_mut(v, "report-contents")["urgent"] = json!(true);
        outcome_mut(v, "duty-is-personal")["legal"] = json!(["nope"]);
        v["facts"].as_array_mut().unwrap().push(json!({"id": "never_recorded", "means": "-"}));
    });
    let codes: BTreeSet<&str> = p.iter().map(|x| x.code).collect();
    assert_eq!(codes, BTreeSet::from(["flow/schema", "flow/urgent-block", "flow/unknown-legal", "flow/unused-fact"]));
}

// ---------------------------------------------------------------------------------------------
// config/*

#[test]
fn config_schema() {
    let p = config_problems(|v| v["schema"] = json!("orosguiden-config/2"));
    assert_exactly(&p, &[("config/schema", "schema")]);
}

#[test]
fn config_missing_locale() {
    let p = config_problems(|v| v["locales"] = json!([]));
    assert_reported(&p, "config/missing-locale", "locales");
    let p = config_problems(|v| v["units"][0]["name"] = json!({"en": "Intake"}));
    assert_exactly(&p, &[("config/missing-locale", "units[0].name.sv")]);
    let p = config_problems(|v| v["routing"]["roles"]["school"]["routine"] = json!({"sv": ""}));
    assert_exactly(&p, &[("config/missing-locale", "routing.roles.school.routine.sv")]);
    let p = config_problems(|v| v["support"][1]["description"] = json!({}));
    assert_exactly(&p, &[("config/missing-locale", "support[1].description.sv")]);
    let p = config_problems(|v| v["numbers"][2]["name"] = json!({}));
    assert_exactly(&p, &[("config/missing-locale", "numbers[2].name.sv")]);
}

#[test]
fn config_missing_phone() {
    let p = config_problems(|v| v["organisation"]["switchboard"] = json!("  "));
    assert_exactly(&p, &[("config/missing-phone", "organisation.switchboard")]);
}

#[test]
fn config_duplicate_ids() {
    let p = config_problems(|v| {
        let u = v["units"][0].clone();
        v["units"].as_array_mut().unwrap().push(u);
        let s = v["support"][0].clone();
        v["support"].as_array_mut().unwrap().push(s);
        let n = v["numbers"][0].clone();
        v["numbers"].as_array_mut().unwrap().push(n);
    });
    let c = config_value();
    let len = |k: &str| c[k].as_array().unwrap().len();
    assert_exactly(
        &p,
        &[
            ("config/duplicate-id", &format!("units[{}].id", len("units"))),
            ("config/duplicate-id", &format!("support[{}].id", len("support"))),
            ("config/duplicate-id", &format!("numbers[{}].id", len("numbers"))),
        ],
    );
}

#[test]
fn config_bad_id() {
    let p = config_problems(|v| {
        let mut u = v["units"][0].clone();
        u["id"] = json!("Mottagning 2");
        v["units"].as_array_mut().unwrap().push(u);
    });
    assert_exactly(&p, &[("config/bad-id", &format!("units[{}].id", config_value()["units"].as_array().unwrap().len()))]);
}

#[test]
fn config_bad_phone() {
    let p = config_problems(|v| v["units"][0]["phone"] = json!("ring växeln"));
    assert_exactly(&p, &[("config/bad-phone", "units[0].phone")]);
    let p = config_problems(|v| v["units"][1]["phone"] = json!(""));
    assert_exactly(&p, &[("config/bad-phone", "units[1].phone")]);
}

#[test]
fn config_bad_hours() {
    let p = config_problems(|v| v["units"][0]["hours"][0]["open"] = json!("8:00"));
    assert_exactly(&p, &[("config/bad-hours", "units[0].hours[0].open")]);
    let p = config_problems(|v| v["units"][0]["hours"][0]["close"] = json!("24:30"));
    assert_exactly(&p, &[("config/bad-hours", "units[0].hours[0].close")]);
    let p = config_problems(|v| v["units"][0]["hours"][0]["open"] = json!("17:00"));
    assert_exactly(&p, &[("config/bad-hours", "units[0].hours[0]")]);
    let p = config_problems(|v| v["units"][1]["hours"][2]["days"] = json!([]));
    assert_exactly(&p, &[("config/bad-hours", "units[1].hours[2].days")]);
}

#[test]
fn config_bad_url() {
    let p = config_problems(|v| v["units"][0]["e_service"] = json!("http://exempelkommun.example/orosanmalan"));
    assert_exactly(&p, &[("config/bad-url", "units[0].e_service")]);
    let p = config_problems(|v| v["units"][0]["e_service"] = json!("https://"));
    assert_exactly(&p, &[("config/bad-url", "units[0].e_service")]);
    let p = config_problems(|v| v["units"][0]["e_service"] = json!("https://exempel kommun.example"));
    assert_exactly(&p, &[("config/bad-url", "units[0].e_service")]);
}

#[test]
fn config_bad_email() {
    let p = config_problems(|v| v["units"][2]["email"] = json!("barn-och-unga.exempelkommun.example"));
    assert_exactly(&p, &[("config/bad-email", "units[2].email")]);
    let p = config_problems(|v| v["units"][2]["email"] = json!("barn och unga@exempelkommun.example"));
    assert_exactly(&p, &[("config/bad-email", "units[2].email")]);
}

#[test]
fn config_unknown_unit() {
    let p = config_problems(|v| v["routing"]["contacts"]["report"] = json!(["mottagningen", "mottagning"]));
    assert_exactly(&p, &[("config/unknown-unit", "routing.contacts.report[1]")]);
    let p = config_problems(|v| v["routing"]["after_hours"] = json!("jouren"));
    assert_exactly(&p, &[("config/unknown-unit", "routing.after_hours")]);
    let p = config_problems(|v| v["routing"]["roles"]["school"]["contacts"]["internal"] = json!(["rektor"]));
    assert_exactly(&p, &[("config/unknown-unit", "routing.roles.school.contacts.internal[0]")]);
    let p = config_problems(|v| v["support"][0]["unit"] = json!("bim"));
    assert_exactly(&p, &[("config/unknown-unit", "support[0].unit")]);
}

#[test]
fn config_missing_routing() {
    for purpose in ["report", "consult", "acute"] {
        let p = config_problems(|v| {
            v["routing"]["contacts"].as_object_mut().unwrap().remove(purpose);
        });
        assert_exactly(&p, &[("config/missing-routing", &format!("routing.contacts.{purpose}"))]);
        let p = config_problems(|v| v["routing"]["contacts"][purpose] = json!([]));
        assert_exactly(&p, &[("config/missing-routing", &format!("routing.contacts.{purpose}"))]);
    }
}

#[test]
fn config_unknown_role() {
    let p = config_problems(|v| {
        let school = v["routing"]["roles"]["school"].take();
        v["routing"]["roles"].as_object_mut().unwrap().remove("school");
        v["routing"]["roles"]["teacher"] = school;
    });
    assert_exactly(&p, &[("config/unknown-role", "routing.roles.teacher")]);
    // The message lists the roles one may use.
    assert!(p[0].message.contains("school") && p[0].message.contains("volunteer"), "{}", p[0].message);
}

#[test]
fn config_bad_ages() {
    let p = config_problems(|v| v["support"][0]["ages"] = json!([12, 7]));
    assert_exactly(&p, &[("config/bad-ages", "support[0].ages")]);
    let p = config_problems(|v| v["support"][0]["ages"] = json!([7, 40]));
    assert_exactly(&p, &[("config/bad-ages", "support[0].ages")]);
}

#[test]
fn config_unknown_concern() {
    let p = config_problems(|v| v["support"][0]["concerns"] = json!(["concern_substance", "substance"]));
    assert_exactly(&p, &[("config/unknown-concern", "support[0].concerns[1]")]);
}

#[test]
fn config_missing_source() {
    let p = config_problems(|v| v["numbers"][3]["source"] = json!(" "));
    assert_exactly(&p, &[("config/missing-source", "numbers[3].source")]);
}

#[test]
fn config_bad_date() {
    for bad in ["28/11/2026", "2026-11-2", "", "2026-1128x", "+026-11-28", "2026-1a-28", "2026-02-30"] {
        let p = config_problems(|v| v["numbers"][0]["checked"] = json!(bad));
        assert_exactly(&p, &[("config/bad-date", "numbers[0].checked")]);
    }
}

#[test]
fn config_several_problems_are_reported_at_once() {
    let config = Config::from_json(&read_fixture("config-several-problems.json")).unwrap();
    let p = validate_config(&config, &flow());
    assert_exactly(
        &p,
        &[
            ("config/schema", "schema"),
            ("config/missing-phone", "organisation.switchboard"),
            ("config/bad-phone", "units[0].phone"),
            ("config/bad-hours", "units[0].hours[0]"),
            ("config/bad-url", "units[0].e_service"),
            ("config/unknown-unit", "routing.contacts.lvm[0]"),
            ("config/missing-routing", "routing.contacts.consult"),
            ("config/unknown-role", "routing.roles.teacher"),
            ("config/missing-source", "numbers[0].source"),
            ("config/bad-date", "numbers[0].checked"),
        ],
    );
}

#[test]
fn config_bad_condition() {
    let rule = |unless: &str| json!([{"purpose": "consult", "first": ["oppenvarden-barn"], "unless": unless}]);
    let p = config_problems(|v| v["routing"]["rules"] = rule("danger_now |"));
    assert_exactly(&p, &[("config/bad-condition", "routing.rules[0].unless")]);
    assert!(p[0].message.contains("danger_now |"), "{}", p[0].message);
    let p = config_problems(|v| v["routing"]["rules"] = rule("danger_now | acute"));
    assert_exactly(&p, &[("config/bad-condition", "routing.rules[0].unless")]);
    assert!(p[0].message.contains("\"acute\""), "{}", p[0].message);
    // A rule without a condition always applies, and is valid.
    let p = config_problems(|v| v["routing"]["rules"] = json!([{"purpose": "consult", "first": ["oppenvarden-barn"]}]));
    assert_eq!(p, vec![]);
}

#[test]
fn config_rule_units_and_roles_are_checked() {
    let p = config_problems(|v| {
        v["routing"]["rules"] = json!([
            {"purpose": "consult", "first": [], "roles": ["school"]},
            {"purpose": "report", "first": ["oppenvarden"], "roles": ["teacher"]}
        ])
    });
    assert_exactly(
        &p,
        &[
            ("config/missing-routing", "routing.rules[0].first"),
            ("config/unknown-unit", "routing.rules[1].first[0]"),
            ("config/unknown-role", "routing.rules[1].roles[0]"),
        ],
    );
}

#[test]
fn config_bad_id_of_support_offers_and_numbers() {
    let p = config_problems(|v| {
        v["support"][0]["id"] = json!("Stödgrupp barn");
        v["numbers"][1]["id"] = json!("polisen_");
    });
    assert_exactly(&p, &[("config/bad-id", "support[0].id"), ("config/bad-id", "numbers[1].id")]);
}

#[test]
fn config_bad_phone_of_the_switchboard_and_numbers() {
    let p = config_problems(|v| {
        v["organisation"]["switchboard"] = json!("växeln");
        v["numbers"][3]["number"] = json!("Bris");
    });
    assert_exactly(&p, &[("config/bad-phone", "organisation.switchboard"), ("config/bad-phone", "numbers[3].number")]);
    // 112 is a phone number (a social jour reached through 112).
    let p = config_problems(|v| v["units"][1]["phone"] = json!("112"));
    assert_eq!(p, vec![]);
}

#[test]
fn config_missing_routing_of_lvm() {
    let p = config_problems(|v| {
        v["routing"]["contacts"].as_object_mut().unwrap().remove("lvm");
    });
    assert_exactly(&p, &[("config/missing-routing", "routing.contacts.lvm")]);
}

#[test]
fn config_parse_when_loading_as_the_widget_does() {
    let l = orosguiden::load::load("{\"schema\": ", &flow());
    assert_eq!(l.problems.len(), 1);
    assert_eq!(l.problems[0].code, "config/parse");
    assert!(l.problems[0].path.starts_with("line 1 column "), "{}", l.problems[0].path);
    let l = orosguiden::load::load(&read_fixture("config-unknown-field.json"), &flow());
    assert_eq!(l.problems[0].code, "config/parse");
    assert!(l.problems[0].message.contains("\"fax\"") && l.problems[0].message.contains("tillåtna fält"), "{}", l.problems[0].message);
}

#[test]
fn parse_errors_are_explained_in_swedish_with_line_and_column() {
    use orosguiden::validate::parse_problem;
    let p = parse_problem("config/parse", "missing field `phone` at line 7 column 5");
    assert_eq!((p.code, p.path.as_str()), ("config/parse", "line 7 column 5"));
    assert!(p.message.starts_with("fältet \"phone\" saknas"), "{}", p.message);
    let p = parse_problem("flow/parse", "unknown variant `school`, expected one of `intake`, `other` at line 2 column 3");
    assert!(p.message.starts_with("\"school\" är inte ett tillåtet värde; tillåtna värden: intake, other"), "{}", p.message);
    let p = parse_problem("config/parse", "EOF while parsing an object at line 9 column 0");
    assert!(p.message.starts_with("filen är inte giltig JSON"), "{}", p.message);
    assert_eq!(parse_problem("config/parse", "something").path, "(file)");
}

// ---------------------------------------------------------------------------------------------
// Structure, against the JSON Schema: every wrong field at once

#[cfg(feature = "schema")]
fn structure_problems(change: impl FnOnce(&mut Value)) -> Vec<Problem> {
    let mut v = config_value();
    change(&mut v);
    orosguiden::validate::validate_config_structure(&v, &orosguiden::schema::config_schema())
}

#[cfg(feature = "schema")]
#[test]
fn every_example_configuration_has_the_structure_of_the_schema() {
    let schema: Value = serde_json::from_str(&std::fs::read_to_string(repo_file("docs/config.schema.json")).unwrap()).unwrap();
    for entry in std::fs::read_dir(repo_file("config")).unwrap() {
        let path = entry.unwrap().path();
        let v: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        assert_eq!(orosguiden::validate::validate_config_structure(&v, &schema), vec![], "{}", path.display());
    }
}

#[cfg(feature = "schema")]
#[test]
fn config_unknown_field() {
    let p = structure_problems(|v| {
        v["units"][0]["fax"] = json!("000-100 10 99");
        v["routing"]["roles"]["school"]["rutin"] = json!({"sv": "-"});
        v["organisation"]["kommun"] = json!("Exempelkommun");
        v["routing"]["contacts"]["rapport"] = json!(["mottagningen"]);
    });
    assert_exactly(
        &p,
        &[
            ("config/unknown-field", "units[0].fax"),
            ("config/unknown-field", "routing.roles.school.rutin"),
            ("config/unknown-field", "organisation.kommun"),
            ("config/unknown-field", "routing.contacts.rapport"),
        ],
    );
    let rutin = p.iter().find(|x| x.path.ends_with("rutin")).unwrap();
    assert!(rutin.message.contains("Menade du \"routine\"?"), "{}", rutin.message);
}

#[cfg(feature = "schema")]
#[test]
fn config_missing_field() {
    let p = structure_problems(|v| {
        v["units"][2].as_object_mut().unwrap().remove("phone");
        v.as_object_mut().unwrap().remove("numbers");
        v["routing"].as_object_mut().unwrap().remove("after_hours");
    });
    assert_exactly(&p, &[("config/missing-field", "units[2].phone"), ("config/missing-field", "numbers")]);
    // The social jour may be left out only of a file with municipalities, each naming its own.
    let p = config_problems(|v| {
        v["routing"].as_object_mut().unwrap().remove("after_hours");
    });
    assert_exactly(&p, &[("config/missing-routing", "routing.after_hours")]);
}

#[cfg(feature = "schema")]
#[test]
fn config_wrong_type() {
    let p = structure_problems(|v| {
        v["organisation"]["demo"] = json!("ja");
        v["units"][0]["hours"][0]["open"] = json!(8);
        v["support"][0]["ages"] = json!([7, 12, 18]);
        v["support"][1]["ages"] = json!([13, 300]);
        v["units"][3]["name"] = json!("Vuxenenheten");
        v["locales"] = json!("sv");
    });
    assert_exactly(
        &p,
        &[
            ("config/wrong-type", "organisation.demo"),
            ("config/wrong-type", "units[0].hours[0].open"),
            ("config/wrong-type", "support[0].ages"),
            ("config/wrong-type", "support[1].ages[1]"),
            ("config/wrong-type", "units[3].name"),
            ("config/wrong-type", "locales"),
        ],
    );
    let name = p.iter().find(|x| x.path == "units[3].name").unwrap();
    assert!(name.message.contains("ett objekt"), "{}", name.message);
}

#[cfg(feature = "schema")]
#[test]
fn config_unknown_value() {
    let p = structure_problems(|v| {
        v["units"][0]["kind"] = json!("mottagning");
        v["units"][0]["hours"][0]["days"][1] = json!("tis");
        v["support"][0]["for"] = json!("barn");
        v["routing"]["rules"] = json!([{"purpose": "konsultation", "first": ["mottagningen"]}]);
    });
    assert_exactly(
        &p,
        &[
            ("config/unknown-value", "units[0].kind"),
            ("config/unknown-value", "units[0].hours[0].days[1]"),
            ("config/unknown-value", "support[0].for"),
            ("config/unknown-value", "routing.rules[0].purpose"),
        ],
    );
    let kind = p.iter().find(|x| x.path == "units[0].kind").unwrap();
    assert!(kind.message.contains("intake") && kind.message.contains("social_jour"), "{}", kind.message);
}

/// Every problem code in the engine, the CLI and the widget: `"config/..."` and `"flow/..."`.
fn codes_in(dirs: &[&str]) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for dir in dirs {
        for entry in std::fs::read_dir(repo_file(dir)).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "rs") {
                let src = std::fs::read_to_string(&path).unwrap();
                for (i, _) in src.match_indices("\"config/").chain(src.match_indices("\"flow/")) {
                    let rest = &src[i + 1..];
                    let end = rest.find('"').unwrap();
                    let code = &rest[..end];
                    let name = code.split_once('/').unwrap().1;
                    if !name.is_empty() && name.bytes().all(|b| b.is_ascii_lowercase() || b == b'-') {
                        out.insert(code.to_string());
                    }
                }
            }
        }
    }
    out
}

#[test]
fn every_problem_code_has_a_test_asserting_its_code_and_path() {
    let codes = codes_in(&["src"]);
    assert!(codes.len() >= 40, "{codes:?}");
    let tests = [read_test("validation.rs"), read_test("cli.rs")].concat();
    for code in &codes {
        // A test names the code next to a path: ("code", "path") or code/path assertions.
        let named = tests.contains(&format!("(\"{code}\", "))
            || tests.contains(&format!("\"{code}\", &"))
            || tests.contains(&format!("[{code}]"))
            || tests.contains(&format!("\"code\"] == \"{code}\""))
            || tests.contains(&format!("== \"{code}\""))
            || tests.contains(&format!("(Some(\"{code}\")"));
        assert!(named, "no test asserts the code {code} with its path");
    }
}

#[test]
fn every_problem_code_is_explained_in_the_documentation() {
    let doc = std::fs::read_to_string(repo_file("docs/konfiguration.md")).unwrap();
    for code in codes_in(&["src", "widget/src"]) {
        assert!(doc.contains(&format!("`{code}`")), "docs/konfiguration.md does not explain {code}");
    }
}

fn read_test(name: &str) -> String {
    std::fs::read_to_string(repo_file("tests").join(name)).unwrap()
}

// ---------------------------------------------------------------------------------------------
// Strict parsing

#[test]
fn an_unknown_field_in_the_flow_is_a_parse_error_naming_it() {
    let mut v = flow_value();
    question(&mut v, "role")["colour"] = json!("red");
    let e = Flow::from_json(&v.to_string()).unwrap_err();
    assert!(e.to_string().contains("colour"), "{e}");

    let mut v = flow_value();
    v["author"] = json!("someone");
    let e = Flow::from_json(&v.to_string()).unwrap_err();
    assert!(e.to_string().contains("author"), "{e}");

    let mut v = flow_value();
    outcome_mut(&mut v, "must-report")["contact"] = json!(["report"]);
    let e = Flow::from_json(&v.to_string()).unwrap_err();
    assert!(e.to_string().contains("contact"), "{e}");

    let mut v = flow_value();
    question(&mut v, "observations-substance")["choices"][0]["next"][0]["if"] = json!("adult_side");
    let e = Flow::from_json(&v.to_string()).unwrap_err();
    assert!(e.to_string().contains("if"), "{e}");
}

#[test]
fn an_unknown_field_in_the_configuration_is_a_parse_error_naming_it() {
    let e = Config::from_json(&read_fixture("config-unknown-field.json")).unwrap_err();
    assert!(e.to_string().contains("fax"), "{e}");

    let mut v = config_value();
    v["routing"]["roles"]["school"]["rutin"] = json!({"sv": "-"});
    let e = Config::from_json(&v.to_string()).unwrap_err();
    assert!(e.to_string().contains("rutin"), "{e}");
}

#[test]
fn wrong_types_and_unknown_enum_values_are_parse_errors() {
    let mut v = config_value();
    v["units"][0]["kind"] = json!("school");
    let e = Config::from_json(&v.to_string()).unwrap_err();
    assert!(e.to_string().contains("school"), "{e}");

    let mut v = flow_value();
    outcome_mut(&mut v, "must-report")["contacts"] = json!(["police"]);
    let e = Flow::from_json(&v.to_string()).unwrap_err();
    assert!(e.to_string().contains("police"), "{e}");

    let mut v = flow_value();
    question(&mut v, "role")["choices"][0]["next"] = json!(7);
    let e = Flow::from_json(&v.to_string()).unwrap_err();
    assert!(e.to_string().contains("next"), "{e}");

    assert!(Config::from_json(&read_fixture("not-json.json")).is_err());
}

// ---------------------------------------------------------------------------------------------
// Known gaps (see the test report): enable once fixed.

#[test]
fn config_role_cannot_empty_a_required_purpose() {
    let p = config_problems(|v| v["routing"]["roles"]["school"]["contacts"]["report"] = serde_json::json!([]));
    assert_reported(&p, "config/missing-routing", "routing.roles.school.contacts.report");
}

#[test]
fn config_bad_inactivity() {
    let p = config_problems(|v| v["inactivity_minutes"] = json!(1));
    assert_exactly(&p, &[("config/bad-inactivity", "inactivity_minutes")]);
    let p = config_problems(|v| v["inactivity_minutes"] = json!(500));
    assert_exactly(&p, &[("config/bad-inactivity", "inactivity_minutes")]);
    assert_exactly(&config_problems(|v| v["inactivity_minutes"] = json!(10)), &[]);
}

#[test]
fn config_bad_text() {
    // A right-to-left override would make a name (or a number in it) read backwards.
    let p = config_problems(|v| v["units"][0]["name"]["sv"] = json!("Mottagningen \u{202e}10 01 001-000"));
    assert_exactly(&p, &[("config/bad-text", "units[0].name.sv")]);
    let p = config_problems(|v| v["routing"]["roles"]["school"]["routine"]["sv"] = json!("x".repeat(2001)));
    assert_exactly(&p, &[("config/bad-text", "routing.roles.school.routine.sv")]);
    let p = config_problems(|v| v["support"][0]["description"]["sv"] = json!("Stöd\u{0007}"));
    assert_exactly(&p, &[("config/bad-text", "support[0].description.sv")]);
    // Markup is only text: it is shown as written, so it is not a problem of its own.
    assert_exactly(&config_problems(|v| v["units"][0]["name"]["sv"] = json!("<b>Mottagningen</b>")), &[]);
}

// ---------------------------------------------------------------------------------------------
// Several municipalities (issue 17)

/// Problems of the regional example configuration after `change`.
fn region_problems(change: impl FnOnce(&mut Value)) -> Vec<Problem> {
    let mut v: Value = serde_json::from_str(&std::fs::read_to_string(repo_file("config/region-norrfors.json")).unwrap()).unwrap();
    change(&mut v);
    validate_config(&parse_config(&v), &flow())
}

fn unit_mut<'a>(v: &'a mut Value, id: &str) -> &'a mut Value {
    v["units"].as_array_mut().unwrap().iter_mut().find(|u| u["id"] == id).unwrap()
}

#[test]
fn the_regional_example_is_valid() {
    assert_exactly(&region_problems(|_| {}), &[]);
}

#[test]
fn a_municipality_needs_an_intake_and_a_way_to_social_services_after_hours() {
    let p = region_problems(|v| {
        v["municipalities"][0]["contacts"]["report"] = json!(["alby-vuxenenheten"]);
        v["municipalities"][1]["after_hours"] = json!("");
        v["municipalities"][2]["contacts"].as_object_mut().unwrap().remove("acute");
        v["municipalities"][2]["name"] = json!(" ");
    });
    assert_exactly(
        &p,
        &[
            ("config/municipality-without-intake", "municipalities[0].contacts.report"),
            ("config/municipality-without-after-hours", "municipalities[1].after_hours"),
            ("config/missing-routing", "municipalities[2].contacts.acute"),
            ("config/missing-name", "municipalities[2].name"),
        ],
    );
}

#[test]
fn a_municipality_never_routes_to_another_municipalitys_unit() {
    let p = region_problems(|v| {
        v["municipalities"][1]["contacts"]["report"] = json!(["bjorkvik-mottagningen", "alby-mottagningen"]);
        v["municipalities"][0]["after_hours"] = json!("celsing-socialjour");
        v["municipalities"][2]["rules"][0]["first"] = json!(["alby-vuxenenheten"]);
    });
    assert_exactly(
        &p,
        &[
            ("config/other-municipalitys-unit", "municipalities[1].contacts.report[1]"),
            ("config/other-municipalitys-unit", "municipalities[0].after_hours"),
            ("config/other-municipalitys-unit", "municipalities[2].rules[0].first[0]"),
        ],
    );
}

#[test]
fn with_municipalities_social_services_are_routed_per_municipality_only() {
    let p = region_problems(|v| {
        v["routing"]["contacts"]["report"] = json!(["alby-mottagningen"]);
        v["routing"]["roles"]["health-child"]["contacts"] = json!({"acute": ["alby-mottagningen"]});
        v["routing"]["rules"] = json!([{"purpose": "consult", "first": ["celsing-oppenvarden"]}]);
        v["municipalities"][0]["contacts"]["barnombud"] = json!(["barnombud-regionen"]);
    });
    assert_exactly(
        &p,
        &[
            ("config/shared-social-services", "routing.contacts.report"),
            ("config/shared-social-services", "routing.roles.health-child.contacts.acute"),
            ("config/shared-social-services", "routing.rules[0].purpose"),
            ("config/not-social-services", "municipalities[0].contacts.barnombud"),
        ],
    );
}

#[test]
fn municipality_ids_names_and_units_are_checked() {
    let p = region_problems(|v| {
        v["municipalities"][1]["id"] = json!("alby");
        v["municipalities"][2]["id"] = json!("other");
        v["municipalities"][0]["switchboard"] = json!("ring växeln");
        unit_mut(v, "celsing-oppenvarden")["municipality"] = json!("dalby");
        v["municipalities"][0]["contacts"]["consult"] = json!(["alby-mottagning"]);
    });
    let codes: BTreeSet<(&str, &str)> = p.iter().map(|p| (p.code, p.path.as_str())).collect();
    let region: Value = serde_json::from_str(&std::fs::read_to_string(repo_file("config/region-norrfors.json")).unwrap()).unwrap();
    let i = region["units"].as_array().unwrap().iter().position(|u| u["id"] == "celsing-oppenvarden").unwrap();
    let unknown_municipality_path = format!("units[{i}].municipality");
    for expected in [
        ("config/duplicate-id", "municipalities[1].id"),
        ("config/bad-id", "municipalities[2].id"),
        ("config/bad-phone", "municipalities[0].switchboard"),
        ("config/unknown-municipality", unknown_municipality_path.as_str()),
        ("config/unknown-unit", "municipalities[0].contacts.consult[0]"),
    ] {
        assert!(codes.contains(&expected), "{expected:?} in {codes:?}");
    }
}

#[test]
fn a_configuration_without_offers_for_an_audience_or_an_age_is_warned_about() {
    let flow = flow();
    let config = Config::demo();
    assert_exactly(&validate::config_warnings(&config, &flow), &[]);
    let mut v = config_value();
    v["support"] = json!(v["support"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| s["for"] == "child" && s["ages"] != json!([4, 6]))
        .cloned()
        .collect::<Vec<_>>());
    for s in v["support"].as_array_mut().unwrap() {
        if s["ages"] == json!([4, 18]) || s["ages"] == json!([6, 18]) {
            s["ages"] = json!([7, 18]);
        }
    }
    let w = validate::config_warnings(&parse_config(&v), &flow);
    let codes: Vec<(&str, &str)> = w.iter().map(|p| (p.code, p.path.as_str())).collect();
    // The parent, the other parent and the family have no offer; no child of 0–6 has one.
    assert_eq!(
        codes,
        [
            ("config/no-offer-for", "support"),
            ("config/no-offer-for", "support"),
            ("config/no-offer-for", "support"),
            ("config/no-offer-for-age", "support")
        ],
        "{w:?}"
    );
    assert!(w[3].message.contains("0–6"), "{}", w[3].message);
    // Warnings do not make the file invalid.
    assert_exactly(&validate_config(&parse_config(&v), &flow), &[]);
}

#[test]
fn the_flow_says_how_to_find_another_municipalitys_social_services_and_names_real_ages() {
    let p = flow_problems(|v| {
        v["purposes"][0].as_object_mut().unwrap().remove("elsewhere");
        outcome_mut(v, "talk-with-a-teenager")["ages"] = json!(["13-17"]);
    });
    let i = flow().outcomes.iter().position(|o| o.id == "talk-with-a-teenager").unwrap();
    assert_exactly(&p, &[("flow/missing-elsewhere", "purposes[0].elsewhere"), ("flow/unknown-age", &format!("outcomes[{i}].ages[0]"))]);
}
