//! Property tests (proptest): parsing never panics on any input, and any sequence of journey
//! operations keeps the journey on a path of the flow, ending in an outcome or a clear error.

use orosguiden::journey::{walk, Journey, Position, Stage};
use orosguiden::load::load;
use orosguiden::outcome::{assemble, assemble_so_far};
use orosguiden::{Config, Flow};
use proptest::prelude::*;

/// A journey operation, with indices chosen by the strategy and mapped onto the flow.
#[derive(Debug, Clone)]
enum Op {
    Start,
    Answer(usize, usize),
    AnswerCurrent(usize),
    Back,
    Edit(usize),
    Change(usize, usize),
    Confirm,
    Restart,
    GoOn,
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        Just(Op::Start),
        (0..20usize, 0..12usize).prop_map(|(q, c)| Op::Answer(q, c)),
        (0..4096usize).prop_map(Op::AnswerCurrent),
        (0..4096usize).prop_map(Op::AnswerCurrent),
        (0..4096usize).prop_map(Op::AnswerCurrent),
        Just(Op::Back),
        (0..10usize).prop_map(Op::Edit),
        (0..10usize, 0..12usize).prop_map(|(a, c)| Op::Change(a, c)),
        Just(Op::Confirm),
        Just(Op::Restart),
        Just(Op::GoOn),
    ]
}

fn apply(flow: &Flow, j: &mut Journey, op: &Op) {
    // A radio: one choice; checkboxes: the choices of the bits of `c` (at least one unless the
    // question may be left empty).
    let pick = |q: &orosguiden::flow::Question, c: usize| {
        if !q.multiple {
            return q.choices[c % q.choices.len()].id.clone();
        }
        let n = q.choices.len();
        let mut mask = c % (1 << n);
        if mask == 0 && !q.optional {
            mask = 1 << (c % n);
        }
        q.answer_of((0..n).filter(|i| mask & (1 << i) != 0).map(|i| q.choices[i].id.as_str()))
    };
    match op {
        Op::Start => j.start(),
        Op::Answer(q, c) => {
            let q = &flow.questions[q % flow.questions.len()];
            // Any question may be tried: off the path it must be refused, never accepted.
            let before = j.clone();
            if j.answer(flow, &q.id, &pick(q, *c)).is_err() {
                assert_eq!(*j, before, "a refused answer changes nothing");
            }
        }
        Op::AnswerCurrent(c) => {
            if let Stage::Question(qid) = j.stage(flow) {
                let q = &asked(flow, &qid);
                j.answer(flow, &qid, &pick(q, *c)).expect("the question on screen can be answered");
            }
        }
        Op::Back => j.back(flow),
        Op::Edit(a) => {
            if let Some((q, _)) = j.answers().get(*a).cloned() {
                j.edit(&q).expect("an answered question can be edited");
            }
        }
        Op::Change(a, c) => {
            if let Some((qid, _)) = j.answers().get(*a).cloned() {
                let q = &asked(flow, &qid);
                j.change(flow, &qid, &pick(q, *c)).expect("an answered question can be changed");
            }
        }
        Op::Confirm => j.confirm(flow),
        Op::Restart => j.restart(),
        Op::GoOn => j.go_on(flow),
    }
}

/// The question with this id as the demo configuration's widget asks it: the flow's, or one
/// about the child.
fn asked(flow: &Flow, id: &str) -> orosguiden::flow::Question {
    orosguiden::child::any_question(flow, &Config::demo(), id, "sv", false).expect("the stage names a real question")
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn any_sequence_of_operations_stays_on_a_path(ops in prop::collection::vec(op(), 0..40)) {
        let flow = Flow::national();
        let config = Config::demo();
        let mut j = Journey::new();
        for op in &ops {
            apply(&flow, &mut j, op);
            // The answers always form a path from the start.
            let (pos, _) = walk(&flow, j.answers()).expect("answers stay a path of the flow");
            match j.stage(&flow) {
                Stage::Outcome => {
                    prop_assert_eq!(&pos, &Position::Done);
                    let o = assemble(&flow, &config, j.answers(), "sv", None).expect("a complete path assembles");
                    prop_assert!(!o.decision.title.is_empty());
                    prop_assert!(!o.decision.legal.is_empty());
                }
                Stage::Urgent => {
                    let o = assemble_so_far(&flow, &config, j.answers(), "sv", None).expect("the call-now page assembles");
                    prop_assert!(o.urgent);
                    prop_assert_eq!(o.complete, pos == Position::Done);
                }
                Stage::Check => {
                    prop_assert_eq!(&pos, &Position::Done);
                    // Everything about the child the outcome needs has been asked.
                    prop_assert!(assemble(&flow, &config, j.answers(), "sv", None).is_ok());
                }
                Stage::Question(q) => prop_assert!(orosguiden::child::any_question(&flow, &config, &q, "sv", false).is_some()),
                Stage::Start => {}
            }
        }
        // Answering whatever is asked always reaches an outcome.
        j.start();
        for _ in 0..40 {
            match j.stage(&flow) {
                Stage::Question(q) => {
                    let c = asked(&flow, &q).choices[0].id.clone();
                    j.answer(&flow, &q, &c).unwrap();
                }
                Stage::Check => j.confirm(&flow),
                Stage::Urgent => j.go_on(&flow),
                Stage::Outcome | Stage::Start => break,
            }
        }
        prop_assert_eq!(j.stage(&flow), Stage::Outcome);
    }

    #[test]
    fn parsing_any_text_never_panics(src in ".{0,400}") {
        let _ = Flow::from_json(&src);
        let l = load(&src, &Flow::national());
        prop_assert!(!l.problems.is_empty(), "random text is never a valid configuration");
        prop_assert!(l.config.units.iter().any(|u| u.phone == "112"));
    }

    #[test]
    fn mutated_configurations_never_panic_and_always_leave_a_way_to_112(
        cut in 0usize..6000, insert in prop::sample::select(vec!["", "\"", "{", "}", "[", "]", ",", "null", "\u{202e}", "<script>", "1e999", "\\u0000"]),
    ) {
        let demo = orosguiden::config::DEMO_CONFIG;
        let at = (0..=cut.min(demo.len())).rev().find(|i| demo.is_char_boundary(*i)).unwrap_or(0);
        let src = format!("{}{}{}", &demo[..at], insert, &demo[at..]);
        let l = load(&src, &Flow::national());
        if l.problems.is_empty() {
            // Still valid (e.g. a character inside a string): then it routes reports somewhere.
            prop_assert!(!l.config.units_for(orosguiden::flow::Purpose::Report, None).is_empty());
        } else {
            prop_assert!(l.config.units.iter().any(|u| u.phone == "112"));
        }
    }

    #[test]
    fn deeply_nested_input_is_refused_without_a_crash(depth in 1usize..5000) {
        let src = format!("{}{}", "[".repeat(depth), "]".repeat(depth));
        let l = load(&src, &Flow::national());
        prop_assert!(!l.problems.is_empty());
    }

    #[test]
    fn fill_with_one_pattern_is_str_replace(s in "[ab{}åä ]{0,30}", from in "[ab{}å]{1,3}", to in "[xyé{}]{0,3}") {
        prop_assert_eq!(orosguiden::text::fill(&s, &[(&from, &to)]), s.replace(&from, &to));
    }

    #[test]
    fn rfind_is_str_rfind(s in "[ab{}åä ]{0,30}", pat in "[ab{}å]{0,3}") {
        prop_assert_eq!(orosguiden::text::rfind(&s, &pat), s.rfind(&pat));
    }
}
