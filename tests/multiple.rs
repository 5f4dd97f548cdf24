//! Questions with several choices (checkboxes), the call-now page before the rest of the
//! questions, and the exploration of every path at the level of facts — on a small flow made
//! for the purpose, so that the counts can be worked out by hand.

use orosguiden::flow::Flow;
use orosguiden::journey::{walk, Journey, JourneyError, Position, Stage};
use orosguiden::outcome::{assemble, assemble_so_far, AssembleError};
use orosguiden::paths::{explore, outcome_groups};
use orosguiden::validate::validate_flow;
use orosguiden::Config;
use serde_json::{json, Value};
use std::collections::BTreeSet;

fn t(s: &str) -> Value {
    json!({"sv": s, "en": s})
}

fn yes_no(q: &str, after: Value) -> Value {
    json!({"id": q, "text": t(q), "short": t(q), "choices": [
        {"id": "yes", "label": t("yes"), "sets": ["seen"], "next": after},
        {"id": "no", "label": t("no"), "next": after}
    ]})
}

/// acute (radio) -> worries (a, b, c: one or more) -> one yes/no question per worry picked,
/// in order -> done (optional checkboxes) -> end.
fn small() -> Value {
    let to_done = json!([{"to": "done"}]);
    let purposes: Vec<Value> = ["report", "consult", "acute", "internal", "barnombud", "lvm"]
        .iter()
        .map(|p| json!({"id": p, "label": t(p), "elsewhere": t("elsewhere")}))
        .collect();
    json!({
        "schema": "orosguiden-flow/1", "version": "test", "locales": ["sv", "en"],
        "start": "acute", "role_question": "acute",
        "facts": [
            {"id": "danger", "means": "x"}, {"id": "a", "means": "x"}, {"id": "b", "means": "x"},
            {"id": "c", "means": "x"}, {"id": "seen", "means": "x"}, {"id": "told", "means": "x"},
            {"id": "other", "means": "x"}
        ],
        "legal": [{"id": "l", "citation": t("l"), "verified": true, "source": "x"}],
        "purposes": purposes,
        "questions": [
            {"id": "acute", "text": t("acute"), "short": t("acute"), "choices": [
                {"id": "danger", "label": t("danger"), "sets": ["danger"], "next": "worries"},
                {"id": "no", "label": t("no"), "next": "worries"}
            ]},
            {"id": "worries", "text": t("worries"), "short": t("worries"), "multiple": true, "choices": [
                {"id": "a", "label": t("a"), "sets": ["a"]},
                {"id": "b", "label": t("b"), "sets": ["b"]},
                {"id": "c", "label": t("c"), "sets": ["c"]}
            ], "next": [
                {"when": "danger", "to": "done"},
                {"when": "a", "to": "seen-a"}, {"when": "b", "to": "seen-b"}, {"to": "seen-c"}
            ]},
            yes_no("seen-a", json!([{"when": "b", "to": "seen-b"}, {"when": "c", "to": "seen-c"}, {"to": "done"}])),
            yes_no("seen-b", json!([{"when": "c", "to": "seen-c"}, {"to": "done"}])),
            yes_no("seen-c", to_done),
            {"id": "done", "text": t("done"), "short": t("done"), "multiple": true, "optional": true, "choices": [
                {"id": "told", "label": t("told"), "sets": ["told"]},
                {"id": "other", "label": t("other"), "sets": ["other"]}
            ], "next": "end"}
        ],
        "outcomes": [
            {"id": "call", "kind": "decision", "urgent": true, "when": "danger", "title": t("call"), "reason": t("r"), "legal": ["l"], "contacts": ["acute"]},
            {"id": "phone", "kind": "decision", "urgent": true, "when": "told & b", "title": t("phone"), "reason": t("r"), "legal": ["l"], "contacts": ["acute"]},
            {"id": "report", "kind": "decision", "when": "seen", "title": t("report"), "reason": t("r"), "legal": ["l"], "contacts": ["report"]},
            {"id": "wait", "kind": "decision", "when": "!seen", "title": t("wait"), "reason": t("r"), "legal": ["l"]},
            {"id": "both", "kind": "block", "when": "a & b", "title": t("both")},
            {"id": "other-block", "kind": "block", "when": "other", "title": t("other")}
        ]
    })
}

fn flow_of(v: &Value) -> Flow {
    Flow::from_json(&v.to_string()).unwrap()
}

/// A path with the answer where the child lives (in the demo's municipality).
fn here(path: &[(String, String)]) -> Vec<(String, String)> {
    [path, &answers(&[("child-place", "here")])].concat()
}

fn answers(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
    pairs.iter().map(|&(q, c)| (q.to_string(), c.to_string())).collect()
}

#[test]
fn the_small_flow_is_valid() {
    assert_eq!(validate_flow(&flow_of(&small())), vec![]);
}

#[test]
fn every_path_is_counted_and_every_end_visited_once() {
    let flow = flow_of(&small());
    // Not acute: 7 sets of worries; k worries give 2^k ways through their questions; then 4
    // ways through "done". Acute: 7 sets of worries, no questions about them, 4 ways.
    // (3 * 2 + 3 * 4 + 1 * 8) = 26 paths per "done" answer not acute, 7 acute.
    let expected_paths = 4 * (3 * 2 + 3 * 4 + 8) + 4 * 7;
    let mut ends = Vec::new();
    let stats = explore(&[&flow], |e| {
        let side = e.first();
        let facts: Vec<String> = side.facts().iter().map(str::to_string).collect();
        ends.push((facts, side.outcomes().iter().map(|s| s.to_string()).collect::<Vec<_>>(), e.answers()));
    })
    .unwrap();
    assert_eq!(stats.paths, expected_paths);
    // Each end once: distinct facts (the role question here records no role-specific facts
    // beyond `danger`, so facts alone tell the ends apart).
    let distinct: BTreeSet<&Vec<String>> = ends.iter().map(|(f, _, _)| f).collect();
    assert_eq!(distinct.len(), ends.len());
    assert_eq!(ends.len(), stats.ends);
    // Not acute: worries (7 sets) x seen (seen or not: "seen" is recorded if any answer is
    // yes; for one worry 2 options, for more also 2) x done (4) = 56; acute: 7 x 4 = 28.
    assert_eq!(stats.ends, 56 + 28);
    // Every example path walks to its end, with the outcomes the exploration gave.
    for (facts, outcomes, path) in &ends {
        let (pos, walked) = walk(&flow, path).unwrap();
        assert_eq!(pos, Position::Done);
        assert_eq!(&walked.iter().map(str::to_string).collect::<Vec<_>>(), facts);
        let o = assemble(&flow, &Config::demo(), &here(path), "sv", None).unwrap();
        assert_eq!(&o.ids, outcomes);
    }
}

#[test]
fn outcome_groups_list_each_combination_once_with_an_example() {
    let flow = flow_of(&small());
    let (groups, _) = outcome_groups(&flow).unwrap();
    let combos: BTreeSet<Vec<String>> = groups.iter().map(|g| g.outcomes.clone()).collect();
    assert_eq!(combos.len(), groups.len());
    assert!(combos.contains(&vec!["phone".to_string(), "both".to_string()]));
    assert!(combos.contains(&vec!["call".to_string(), "other-block".to_string()]));
    assert_eq!(groups.iter().map(|g| g.ends).sum::<usize>(), 84);
    for g in &groups {
        assert_eq!(assemble(&flow, &Config::demo(), &here(&g.example), "sv", None).unwrap().ids, g.outcomes);
    }
}

#[test]
fn several_choices_are_one_answer_joined_by_commas() {
    let flow = flow_of(&small());
    let (pos, facts) = walk(&flow, &answers(&[("acute", "no"), ("worries", "b,a")])).unwrap();
    assert_eq!(pos, Position::Asking("seen-a".into()), "the first worry's question first, in the question's order");
    assert!(facts.contains("a") && facts.contains("b") && !facts.contains("c"));
    let path = answers(&[("acute", "no"), ("worries", "a,c"), ("seen-a", "no"), ("seen-c", "yes"), ("done", "")]);
    assert_eq!(walk(&flow, &path).unwrap().0, Position::Done, "an optional question may be answered with none");
    let err = |pairs: &[(&str, &str)]| walk(&flow, &answers(pairs)).unwrap_err();
    assert!(matches!(err(&[("acute", "no"), ("worries", "")]), JourneyError::BadSelection(_, orosguiden::flow::Selection::Empty)));
    assert!(matches!(err(&[("acute", "no,danger")]), JourneyError::BadSelection(_, orosguiden::flow::Selection::Several)));
    assert!(matches!(err(&[("acute", "no"), ("worries", "a,a")]), JourneyError::BadSelection(_, orosguiden::flow::Selection::Repeated)));
    assert!(matches!(err(&[("acute", "no"), ("worries", "a,x")]), JourneyError::UnknownChoice(_, c) if c == "x"));
}

#[test]
fn the_journey_keeps_several_choices_in_the_questions_order() {
    let flow = flow_of(&small());
    let mut j = Journey::new();
    j.start();
    j.answer(&flow, "acute", "no").unwrap();
    j.answer(&flow, "worries", "c,a").unwrap();
    assert_eq!(j.answers()[1].1, "a,c");
    assert_eq!(j.selected("worries"), Some("a,c"));
    assert_eq!(j.stage(&flow), Stage::Question("seen-a".into()));
}

#[test]
fn an_urgent_answer_shows_the_call_now_page_then_the_rest_of_the_guide() {
    let flow = flow_of(&small());
    let config = Config::demo();
    let mut j = Journey::new();
    j.start();
    j.answer(&flow, "acute", "danger").unwrap();
    // At once, before the next question: where the child is now (with 112 on the same page),
    // then the call-now page.
    assert_eq!(j.stage(&flow), Stage::Question("child-place".into()));
    assert!(j.urgent_pending(&flow));
    assert!(matches!(assemble_so_far(&flow, &config, j.answers(), "sv", None), Err(AssembleError::Incomplete(q)) if q == "child-place"));
    j.answer(&flow, "child-place", "here").unwrap();
    assert_eq!(j.stage(&flow), Stage::Urgent);
    let so_far = assemble_so_far(&flow, &config, j.answers(), "sv", None).unwrap();
    assert_eq!((so_far.decision.id.as_str(), so_far.urgent, so_far.complete), ("call", true, false));
    // Only the urgent page may be assembled from the start of a path.
    assert!(matches!(assemble(&flow, &config, j.answers(), "sv", None), Err(AssembleError::Incomplete(q)) if q == "worries"));
    // Going on: the next question; back from it: the call-now page again; back again: the
    // place question, and then the question that made it urgent.
    j.go_on(&flow);
    assert!(!j.urgent_pending(&flow));
    assert_eq!(j.stage(&flow), Stage::Question("worries".into()));
    j.back(&flow);
    assert_eq!(j.stage(&flow), Stage::Urgent);
    j.back(&flow);
    assert_eq!(j.stage(&flow), Stage::Question("child-place".into()));
    assert_eq!(j.selected("child-place"), Some("here"), "preselected");
    j.back(&flow);
    assert_eq!(j.stage(&flow), Stage::Question("acute".into()));
    j.answer(&flow, "acute", "danger").unwrap();
    j.answer(&flow, "child-place", "here").unwrap();
    j.go_on(&flow);
    j.answer(&flow, "worries", "b").unwrap();
    assert_eq!(j.stage(&flow), Stage::Question("done".into()), "acute paths skip the observations here");
    j.back(&flow);
    assert_eq!(j.stage(&flow), Stage::Question("worries".into()), "back from a later question is an ordinary step back");
    j.answer(&flow, "worries", "b").unwrap();
    // A new urgent decision later on is not the one already seen: "call" still comes first,
    // so nothing new is shown; the path ends on the check page, then the whole outcome.
    j.answer(&flow, "done", "told").unwrap();
    assert_eq!(j.stage(&flow), Stage::Check);
    j.confirm(&flow);
    assert_eq!(j.stage(&flow), Stage::Outcome);
    let whole = assemble(&flow, &config, j.answers(), "sv", None).unwrap();
    assert_eq!((whole.decision.id.as_str(), whole.complete), ("call", true));
}

#[test]
fn an_urgent_decision_arising_at_the_last_question_shows_at_once() {
    let flow = flow_of(&small());
    let mut j = Journey::new();
    j.start();
    j.answer(&flow, "acute", "no").unwrap();
    j.answer(&flow, "worries", "b").unwrap();
    j.answer(&flow, "seen-b", "no").unwrap();
    j.answer(&flow, "done", "told").unwrap();
    assert_eq!(j.stage(&flow), Stage::Question("child-place".into()), "where the child is, with 112");
    assert!(j.urgent_pending(&flow));
    j.answer(&flow, "child-place", "other").unwrap();
    assert_eq!(j.stage(&flow), Stage::Outcome, "urgent: no check page first");
    let elsewhere = assemble(&flow, &Config::demo(), j.answers(), "sv", None).unwrap();
    assert!(elsewhere.contacts.is_empty(), "no unit of the demo's municipality for a child elsewhere");
    assert_eq!(elsewhere.elsewhere.len(), 1);
    j.change(&flow, "child-place", "here").unwrap();
    let o = assemble(&flow, &Config::demo(), j.answers(), "sv", None).unwrap();
    assert_eq!(o.decision.id, "phone");
    // A unit to phone now offers its e-service only for the written confirmation.
    assert!(o.contacts.iter().all(|c| c.e_service.is_none()));
    assert!(o.contacts.iter().any(|c| c.confirm_in.is_some()), "the demo's intake unit has an e-service");
}

fn problems(v: &Value) -> Vec<&'static str> {
    validate_flow(&flow_of(v)).into_iter().map(|p| p.code).collect()
}

#[test]
fn a_multiple_question_says_where_it_leads_and_its_choices_do_not() {
    let mut v = small();
    v["questions"][1].as_object_mut().unwrap().remove("next");
    assert!(problems(&v).contains(&"flow/missing-next"));
    let mut v = small();
    v["questions"][1]["choices"][0]["next"] = json!("end");
    assert!(problems(&v).contains(&"flow/misplaced-next"));
    let mut v = small();
    v["questions"][0]["choices"][0].as_object_mut().unwrap().remove("next");
    assert!(problems(&v).contains(&"flow/missing-next"));
    let mut v = small();
    v["questions"][0]["next"] = json!("end");
    assert!(problems(&v).contains(&"flow/misplaced-next"));
    let mut v = small();
    v["questions"][0]["optional"] = json!(true);
    assert!(problems(&v).contains(&"flow/optional-single"));
}

#[test]
fn a_question_may_not_lead_back_even_behind_a_condition_that_never_holds() {
    let mut v = small();
    // seen-c leads back to the worries only when `danger` and not acute-skipped... which
    // never happens on a path; the questions still form a cycle, which is refused.
    v["questions"][4]["choices"][0]["next"] = json!([{"when": "danger & !danger", "to": "worries"}, {"to": "done"}]);
    assert!(problems(&v).contains(&"flow/cycle"));
}
