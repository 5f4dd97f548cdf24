//! A journey through the national flow: start, answer, back, change, edit, confirm, restart.

mod common;

use common::*;
use orosguiden::journey::{walk, JourneyError, Position};
use orosguiden::{Flow, Journey, Stage};

fn q(id: &str) -> Stage {
    Stage::Question(id.to_string())
}

/// A started journey with these answers given in order.
fn journey(flow: &Flow, pairs: &[(&str, &str)]) -> Journey {
    let mut j = Journey::new();
    j.start();
    for (question, choice) in pairs {
        j.answer(flow, question, choice).unwrap_or_else(|e| panic!("{question}={choice}: {e}"));
    }
    j
}

const SCHOOL_SUBSTANCE: [(&str, &str); 7] = [
    ("acute-danger", "not-acute"),
    ("role", "school"),
    ("concern", "substance"),
    ("observations-substance", "yes"),
    ("already-happened", ""),
    ("child-place", "here"),
    ("child-age", "7-12"),
];

// ---------------------------------------------------------------------------------------------
// Start and answer

#[test]
fn a_new_journey_shows_the_start_page_then_the_first_question() {
    let flow = flow();
    let mut j = Journey::new();
    assert_eq!(j.stage(&flow), Stage::Start);
    assert!(j.answers().is_empty());
    j.start();
    assert_eq!(j.stage(&flow), q(&flow.start));
    assert_eq!(j.selected(&flow.start), None);
}

#[test]
fn answering_moves_to_the_next_question_and_records_facts() {
    let flow = flow();
    let mut j = journey(&flow, &[]);
    j.answer(&flow, "acute-danger", "not-acute").unwrap();
    assert_eq!(j.stage(&flow), q("role"));
    j.answer(&flow, "role", "school").unwrap();
    assert_eq!(j.stage(&flow), q("concern"));
    assert_eq!(j.answers(), answers(&[("acute-danger", "not-acute"), ("role", "school")]).as_slice());
    let facts = j.facts(&flow);
    assert!(facts.contains("mandated") && facts.contains("role_school"));
    assert_eq!(j.selected("role"), Some("school"));
}

#[test]
fn a_complete_path_shows_check_your_answers_then_the_outcome_on_confirm() {
    let flow = flow();
    let mut j = journey(&flow, &SCHOOL_SUBSTANCE);
    assert_eq!(j.stage(&flow), Stage::Check);
    j.confirm(&flow);
    assert_eq!(j.stage(&flow), Stage::Outcome);
}

#[test]
fn confirm_does_nothing_before_check_your_answers() {
    let flow = flow();
    let mut j = journey(&flow, &SCHOOL_SUBSTANCE[..2]);
    j.confirm(&flow);
    assert_eq!(j.stage(&flow), q("concern"));
    // Confirming early does not skip Check later.
    j.answer(&flow, "concern", "substance").unwrap();
    j.answer(&flow, "observations-substance", "yes").unwrap();
    j.answer(&flow, "already-happened", "").unwrap();
    // The child's municipality and age, where the outcome needs them, before Check.
    assert_eq!(j.stage(&flow), q("child-place"));
    j.confirm(&flow);
    j.answer(&flow, "child-place", "here").unwrap();
    assert_eq!(j.stage(&flow), q("child-age"));
    j.answer(&flow, "child-age", "unknown").unwrap();
    assert_eq!(j.stage(&flow), Stage::Check);
}

#[test]
fn urgent_answers_show_the_call_now_page_at_once() {
    let flow = flow();
    for choice in ["danger-now", "unsafe-today"] {
        let mut j = journey(&flow, &[("acute-danger", choice)]);
        // Where the child is now (the page shows 112 first), then the call-now page.
        assert_eq!(j.stage(&flow), q("child-place"), "acute-danger={choice}");
        assert!(j.urgent_pending(&flow));
        j.answer(&flow, "child-place", "unknown").unwrap();
        assert_eq!(j.stage(&flow), Stage::Urgent, "acute-danger={choice}");
        j.go_on(&flow);
        assert_eq!(j.stage(&flow), q("role"), "acute-danger={choice}");
        assert!(!j.urgent_pending(&flow));
    }
}

/// The example path of every combination of outcomes the flow gives (src/paths.rs).
fn example_paths(flow: &Flow) -> Vec<Vec<orosguiden::journey::Answer>> {
    orosguiden::paths::outcome_groups(flow).unwrap().0.into_iter().map(|g| g.example).collect()
}

/// Answers `path` in a journey, answering the questions about the child when asked (here, of
/// unknown age) and going on from each call-now page; returns the journey and every page shown
/// on the way (questions with the answer given; call-now pages with none), until "Check your
/// answers" or the outcome.
fn answer_all(flow: &Flow, path: &[orosguiden::journey::Answer]) -> (Journey, Vec<(Stage, Option<String>)>) {
    let mut j = Journey::new();
    j.start();
    let mut trail = Vec::new();
    let mut rest = path.iter();
    loop {
        let stage = j.stage(flow);
        match &stage {
            Stage::Question(c) if orosguiden::child::is_child_question(c) => {
                let choice = if c == "child-place" { "here" } else { "unknown" };
                j.answer(flow, c, choice).unwrap();
                trail.push((stage, Some(choice.to_string())));
            }
            Stage::Question(question) => {
                let (pq, choice) = rest.next().unwrap_or_else(|| panic!("{path:?}: asked {question} after the path"));
                assert_eq!(pq, question, "{path:?}");
                j.answer(flow, question, choice).unwrap();
                trail.push((stage, Some(choice.clone())));
            }
            // A call-now page: gone on from, unless it is the end of the path and nothing about
            // the child is asked after it (then it is the outcome).
            Stage::Urgent => {
                j.go_on(flow);
                trail.push((stage, None));
            }
            Stage::Check | Stage::Outcome | Stage::Start => break,
        }
    }
    assert!(rest.next().is_none(), "{path:?}: the whole path answered");
    (j, trail)
}

/// The flow's own answers of a journey (without those about the child).
fn own(answers: &[orosguiden::journey::Answer]) -> Vec<orosguiden::journey::Answer> {
    answers.iter().filter(|(q, _)| !orosguiden::child::is_child_question(q)).cloned().collect()
}

#[test]
fn every_combination_of_outcomes_can_be_reached_in_a_journey() {
    let (flow, config) = (flow(), config());
    for path in example_paths(&flow) {
        let (j, trail) = answer_all(&flow, &path);
        assert_eq!(own(j.answers()), path);
        let o = outcome(&flow, &config, j.answers());
        // Urgent at the last answer, and no call-now page on the way: shown at once; urgent
        // and gone on from, or not urgent: "Check your answers" first.
        let seen_before = trail.iter().any(|(s, _)| *s == Stage::Urgent);
        let expected = if o.urgent && !seen_before { Stage::Outcome } else { Stage::Check };
        assert_eq!(j.stage(&flow), expected, "{path:?}");
    }
}

// ---------------------------------------------------------------------------------------------
// Back

#[test]
fn back_from_a_question_returns_to_the_previous_one_with_its_answer_preselected() {
    let flow = flow();
    let mut j = journey(&flow, &SCHOOL_SUBSTANCE[..2]);
    assert_eq!(j.stage(&flow), q("concern"));
    j.back(&flow);
    assert_eq!(j.stage(&flow), q("role"));
    assert_eq!(j.selected("role"), Some("school"));
    assert_eq!(j.answers(), answers(&[("acute-danger", "not-acute")]).as_slice());
    j.back(&flow);
    assert_eq!(j.stage(&flow), q("acute-danger"));
    assert_eq!(j.selected("acute-danger"), Some("not-acute"));
    assert!(j.answers().is_empty());
    j.back(&flow);
    assert_eq!(j.stage(&flow), Stage::Start);
    j.back(&flow);
    assert_eq!(j.stage(&flow), Stage::Start, "back on the start page stays there");
}

#[test]
fn answering_after_back_replaces_the_remembered_choice() {
    let flow = flow();
    let mut j = journey(&flow, &SCHOOL_SUBSTANCE[..2]);
    j.back(&flow);
    j.answer(&flow, "role", "volunteer").unwrap();
    assert_eq!(j.selected("role"), Some("volunteer"));
    assert_eq!(j.stage(&flow), q("concern"));
    assert!(j.facts(&flow).contains("not_mandated"));
    assert!(!j.facts(&flow).contains("mandated"));
}

#[test]
fn back_walks_every_example_path_in_reverse_with_each_answer_preselected() {
    let flow = flow();
    for path in example_paths(&flow) {
        let (mut j, trail) = answer_all(&flow, &path);
        if j.stage(&flow) == Stage::Check {
            j.confirm(&flow);
            assert_eq!(j.stage(&flow), Stage::Outcome);
            j.back(&flow);
            assert_eq!(j.stage(&flow), Stage::Check, "{path:?}: back from the outcome");
        }
        // Back retraces every page shown, call-now pages and questions about the child too,
        // each question with its answer preselected.
        for (stage, choice) in trail.iter().rev() {
            j.back(&flow);
            assert_eq!(&j.stage(&flow), stage, "{path:?}");
            if let (Stage::Question(question), Some(choice)) = (stage, choice) {
                assert_eq!(j.selected(question), Some(choice.as_str()), "{path:?}");
            }
        }
        assert!(j.answers().is_empty());
        j.back(&flow);
        assert_eq!(j.stage(&flow), Stage::Start, "{path:?}");
    }
}

#[test]
fn back_from_check_your_answers_reopens_the_last_question() {
    let flow = flow();
    let mut j = journey(&flow, &SCHOOL_SUBSTANCE);
    j.back(&flow);
    assert_eq!(j.stage(&flow), q("child-age"));
    assert_eq!(j.selected("child-age"), Some("7-12"));
    j.back(&flow);
    assert_eq!(j.stage(&flow), q("child-place"));
    j.back(&flow);
    assert_eq!(j.stage(&flow), q("already-happened"));
    assert_eq!(j.selected("already-happened"), Some(""), "none ticked is an answer too");
    j.answer(&flow, "already-happened", "").unwrap();
    assert_eq!(j.stage(&flow), q("child-place"), "the answers stepped back from are asked again");
}

#[test]
fn back_from_the_call_now_page_reopens_the_acute_question() {
    let flow = flow();
    let mut j = journey(&flow, &[("acute-danger", "danger-now"), ("child-place", "here")]);
    assert_eq!(j.stage(&flow), Stage::Urgent);
    j.back(&flow);
    assert_eq!(j.stage(&flow), q("child-place"));
    j.back(&flow);
    assert_eq!(j.stage(&flow), q("acute-danger"));
    assert_eq!(j.selected("acute-danger"), Some("danger-now"));
}

// ---------------------------------------------------------------------------------------------
// Change and edit

#[test]
fn changing_the_concern_drops_answers_that_no_longer_apply_and_keeps_the_others() {
    let flow = flow();
    let mut j = journey(&flow, &SCHOOL_SUBSTANCE);
    j.change(&flow, "concern", "violence").unwrap();
    assert_eq!(j.answers(), answers(&[("acute-danger", "not-acute"), ("role", "school"), ("concern", "violence")]).as_slice());
    assert_eq!(j.selected("role"), Some("school"));
    assert_eq!(j.selected("observations-substance"), None, "a dropped answer is forgotten");
    assert_eq!(j.selected("child-place"), Some("here"), "where the child lives is kept, to be confirmed when asked again");
    assert_eq!(j.stage(&flow), q("observations-violence"));
    assert!(!j.facts(&flow).contains("concern_substance"));
}

#[test]
fn a_change_forgets_the_choices_stepped_back_from() {
    let flow = flow();
    let mut j = journey(&flow, &SCHOOL_SUBSTANCE);
    for _ in 0..5 {
        j.back(&flow);
    }
    assert_eq!(j.stage(&flow), q("concern"));
    assert_eq!(j.selected("concern"), Some("substance"), "remembered after back");
    j.change(&flow, "role", "volunteer").unwrap();
    assert_eq!(j.stage(&flow), q("concern"));
    assert_eq!(j.selected("concern"), None);
    assert_eq!(j.selected("observations-substance"), None);
}

#[test]
fn answering_an_earlier_question_again_is_a_change() {
    let flow = flow();
    let mut changed = journey(&flow, &SCHOOL_SUBSTANCE);
    changed.answer(&flow, "concern", "violence").unwrap();
    let mut direct = journey(&flow, &SCHOOL_SUBSTANCE);
    direct.change(&flow, "concern", "violence").unwrap();
    assert_eq!(changed, direct);
}

#[test]
fn changing_role_keeps_later_answers_whose_questions_are_still_asked() {
    let (flow, config) = (flow(), config());
    let mut j = journey(&flow, &SCHOOL_SUBSTANCE);
    j.change(&flow, "role", "volunteer").unwrap();
    assert_eq!(
        j.answers(),
        answers(&[
            ("acute-danger", "not-acute"),
            ("role", "volunteer"),
            ("concern", "substance"),
            ("observations-substance", "yes"),
            ("already-happened", ""),
            ("child-place", "here"),
            ("child-age", "7-12"),
        ])
        .as_slice()
    );
    assert_eq!(j.stage(&flow), Stage::Check, "a changed answer is checked again");
    assert_eq!(outcome(&flow, &config, j.answers()).decision.id, "should-report");
}

#[test]
fn changing_role_from_school_to_the_adult_unit_asks_about_the_clients_children_next() {
    let flow = flow();
    let mut j = journey(&flow, &SCHOOL_SUBSTANCE);
    j.change(&flow, "role", "social-services-adult").unwrap();
    assert_eq!(j.stage(&flow), q("client-children"));
    assert_eq!(j.answers(), answers(&[("acute-danger", "not-acute"), ("role", "social-services-adult")]).as_slice());
}

#[test]
fn changing_to_danger_now_keeps_the_answers_still_asked_and_shows_the_outcome_at_once() {
    let flow = flow();
    let mut j = journey(&flow, &SCHOOL_SUBSTANCE);
    j.confirm(&flow);
    j.change(&flow, "acute-danger", "danger-now").unwrap();
    // An acute path asks no observations; the rest still applies.
    assert_eq!(
        j.answers(),
        answers(&[
            ("acute-danger", "danger-now"),
            ("role", "school"),
            ("concern", "substance"),
            ("already-happened", ""),
            ("child-place", "here"),
            ("child-age", "7-12")
        ])
        .as_slice()
    );
    assert_eq!(j.stage(&flow), Stage::Outcome, "a new urgent decision is shown at once");
}

#[test]
fn a_change_must_be_confirmed_again() {
    let flow = flow();
    let mut j = journey(&flow, &SCHOOL_SUBSTANCE);
    j.confirm(&flow);
    assert_eq!(j.stage(&flow), Stage::Outcome);
    j.change(&flow, "observations-substance", "unsure").unwrap();
    assert_eq!(j.stage(&flow), Stage::Check);
}

#[test]
fn changing_an_unanswered_question_is_refused() {
    let flow = flow();
    let mut j = journey(&flow, &SCHOOL_SUBSTANCE[..2]);
    let before = j.clone();
    assert_eq!(j.change(&flow, "concern", "violence"), Err(JourneyError::NotOnPath("concern".into())));
    assert_eq!(j, before);
}

#[test]
fn edit_opens_an_answered_question_from_check_and_back_returns_unchanged() {
    let flow = flow();
    let mut j = journey(&flow, &SCHOOL_SUBSTANCE);
    let before = j.clone();
    j.edit("role").unwrap();
    assert_eq!(j.stage(&flow), q("role"));
    assert_eq!(j.selected("role"), Some("school"));
    j.back(&flow);
    assert_eq!(j.stage(&flow), Stage::Check);
    assert_eq!(j, before);
}

#[test]
fn edit_then_answer_changes_the_answer_and_leaves_the_edit() {
    let flow = flow();
    let mut j = journey(&flow, &SCHOOL_SUBSTANCE);
    j.edit("observations-substance").unwrap();
    j.answer(&flow, "observations-substance", "no").unwrap();
    assert_eq!(j.stage(&flow), Stage::Check);
    assert_eq!(j.selected("observations-substance"), Some("no"));
    assert_eq!(j.answers().len(), 7);
}

#[test]
fn edit_then_same_answer_keeps_every_answer() {
    let flow = flow();
    let mut j = journey(&flow, &SCHOOL_SUBSTANCE);
    j.edit("role").unwrap();
    j.answer(&flow, "role", "school").unwrap();
    assert_eq!(j.stage(&flow), Stage::Check);
    assert_eq!(j.answers(), answers(&SCHOOL_SUBSTANCE).as_slice());
}

#[test]
fn editing_an_unanswered_question_is_refused() {
    let flow = flow();
    let mut j = journey(&flow, &SCHOOL_SUBSTANCE);
    assert_eq!(j.edit("client-children"), Err(JourneyError::NotOnPath("client-children".into())));
    assert_eq!(j.stage(&flow), Stage::Check);
}

// ---------------------------------------------------------------------------------------------
// Restart

#[test]
fn restart_forgets_everything() {
    let flow = flow();
    let mut j = journey(&flow, &SCHOOL_SUBSTANCE);
    j.confirm(&flow);
    j.back(&flow);
    j.back(&flow); // leaves a remembered choice behind
    j.restart();
    assert_eq!(j, Journey::new());
    assert_eq!(j.stage(&flow), Stage::Start);
    assert!(j.answers().is_empty());
    for (question, _) in SCHOOL_SUBSTANCE {
        assert_eq!(j.selected(question), None);
    }
}

#[test]
fn restart_while_editing_forgets_the_edit() {
    let flow = flow();
    let mut j = journey(&flow, &SCHOOL_SUBSTANCE);
    j.edit("concern").unwrap();
    j.restart();
    assert_eq!(j, Journey::new());
}

// ---------------------------------------------------------------------------------------------
// Errors

#[test]
fn answering_a_question_not_on_the_path_is_refused() {
    let flow = flow();
    let mut j = journey(&flow, &[]);
    let before = j.clone();
    assert_eq!(j.answer(&flow, "concern", "substance"), Err(JourneyError::NotOnPath("concern".into())));
    assert_eq!(j, before);
    // A question of another branch.
    let mut j = journey(&flow, &SCHOOL_SUBSTANCE[..2]);
    assert_eq!(j.answer(&flow, "client-children", "lives-with"), Err(JourneyError::NotOnPath("client-children".into())));
    // The next question, while the call-now page is shown: first "Fortsätt guiden".
    let mut j = journey(&flow, &[("acute-danger", "danger-now")]);
    assert_eq!(j.answer(&flow, "role", "school"), Err(JourneyError::NotOnPath("role".into())));
    assert_eq!(j.stage(&flow), q("child-place"));
    j.answer(&flow, "child-place", "here").unwrap();
    assert_eq!(j.answer(&flow, "role", "school"), Err(JourneyError::NotOnPath("role".into())));
    assert_eq!(j.stage(&flow), Stage::Urgent);
    // The age, before it is asked.
    let mut j = journey(&flow, &SCHOOL_SUBSTANCE[..2]);
    assert_eq!(j.answer(&flow, "child-age", "0-6"), Err(JourneyError::NotOnPath("child-age".into())));
    assert_eq!(j.answer(&flow, "child-place", "here"), Err(JourneyError::NotOnPath("child-place".into())));
    // A question after the end.
    let mut j = journey(&flow, &SCHOOL_SUBSTANCE);
    assert_eq!(j.answer(&flow, "compulsory-care", "no"), Err(JourneyError::NotOnPath("compulsory-care".into())));
}

#[test]
fn answering_on_the_start_page_is_refused() {
    let flow = flow();
    let mut j = Journey::new();
    assert_eq!(j.answer(&flow, "acute-danger", "not-acute"), Err(JourneyError::NotOnPath("acute-danger".into())));
    assert_eq!(j, Journey::new());
}

#[test]
fn unknown_questions_and_choices_are_errors() {
    let flow = flow();
    let mut j = journey(&flow, &SCHOOL_SUBSTANCE[..2]);
    let before = j.clone();
    assert_eq!(j.answer(&flow, "no-such-question", "yes"), Err(JourneyError::UnknownQuestion("no-such-question".into())));
    assert_eq!(j.answer(&flow, "concern", "no-such-choice"), Err(JourneyError::UnknownChoice("concern".into(), "no-such-choice".into())));
    assert_eq!(j.change(&flow, "role", "astronaut"), Err(JourneyError::UnknownChoice("role".into(), "astronaut".into())));
    assert_eq!(j.change(&flow, "nope", "x"), Err(JourneyError::UnknownQuestion("nope".into())));
    assert_eq!(j, before, "a refused answer changes nothing");
}

#[test]
fn walk_reports_where_answers_leave_the_flow() {
    let flow = flow();
    assert_eq!(walk(&flow, &[]).unwrap().0, Position::Asking(flow.start.clone()));
    assert_eq!(walk(&flow, &answers(&SCHOOL_SUBSTANCE)).unwrap().0, Position::Done);
    assert_eq!(walk(&flow, &answers(&[("role", "school")])).unwrap_err(), JourneyError::NotOnPath("role".into()));
    // After the end of a path.
    let mut after_end: Vec<(&str, &str)> = SCHOOL_SUBSTANCE.to_vec();
    after_end.push(("role", "school"));
    assert_eq!(walk(&flow, &answers(&after_end)).unwrap_err(), JourneyError::NotOnPath("role".into()));
    // An acute answer goes on to the role (the call-now page is the journey's, not the flow's).
    assert_eq!(walk(&flow, &answers(&[("acute-danger", "danger-now"), ("role", "school")])).unwrap().0, Position::Asking("concern".into()));
    assert_eq!(
        walk(&flow, &answers(&[("acute-danger", "maybe")])).unwrap_err(),
        JourneyError::UnknownChoice("acute-danger".into(), "maybe".into())
    );
}

#[test]
fn a_flow_routing_to_a_missing_question_is_a_broken_flow() {
    let mut v = flow_value();
    v["questions"][0]["choices"][2]["next"] = "nowhere".into();
    let broken = Flow::from_json(&v.to_string()).unwrap();
    assert_eq!(walk(&broken, &answers(&[("acute-danger", "not-acute")])).unwrap_err(), JourneyError::BrokenFlow("nowhere".into()));
}
