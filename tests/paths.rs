//! Every path through the national flow with the demo configuration: the structure of the
//! paths, the routing the domain requires, and the guarantees of BRIEF §7 as properties that
//! hold on all paths. Assertions use ids and facts, not wording.

mod common;

use common::*;
use orosguiden::config::{Day, UnitKind};
use orosguiden::flow::{Next, OutcomeKind, Purpose};
use orosguiden::journey::{walk, Position};
use orosguiden::paths::enumerate;
use orosguiden::validate::{validate_config, validate_flow};
use orosguiden::LocalTime;
use std::collections::BTreeSet;

const REPORT_DECISIONS: [&str; 3] = ["must-report", "should-report", "report-and-check-duty"];

// ---------------------------------------------------------------------------------------------
// Structure of the paths

#[test]
fn every_path_ends_in_exactly_one_decision_which_comes_first() {
    let flow = flow();
    let all = enumerate(&flow).unwrap();
    assert!(!all.is_empty());
    for p in &all {
        assert!(!p.outcomes.is_empty(), "no outcome for {:?}", p.answers);
        assert!(is_decision(&flow, &p.outcomes[0]), "{:?}: first outcome {} is not a decision", p.answers, p.outcomes[0]);
        let decisions = p.outcomes.iter().filter(|o| is_decision(&flow, o)).count();
        assert_eq!(decisions, 1, "{:?} selects {:?}", p.answers, p.outcomes);
    }
}

#[test]
fn every_path_is_complete_and_its_outcomes_match_assembly() {
    let (flow, config) = (flow(), config());
    for w in all_paths(&flow) {
        let o = outcome(&flow, &config, &w.path.answers);
        assert_eq!(o.ids, w.path.outcomes, "{}", w.label());
        assert_eq!(o.decision.id, w.path.outcomes[0]);
        assert_eq!(block_ids(&o), w.path.outcomes[1..].iter().map(String::as_str).collect::<Vec<_>>());
    }
}

#[test]
fn paths_are_distinct() {
    let all = enumerate(&flow()).unwrap();
    let distinct: BTreeSet<_> = all.iter().map(|p| p.answers.clone()).collect();
    assert_eq!(distinct.len(), all.len());
}

#[test]
fn every_question_is_reached_by_some_path() {
    let flow = flow();
    let all = enumerate(&flow).unwrap();
    let asked: BTreeSet<&str> = all.iter().flat_map(|p| p.answers.iter().map(|(q, _)| q.as_str())).collect();
    for q in &flow.questions {
        assert!(asked.contains(q.id.as_str()), "no path asks '{}'", q.id);
    }
}

#[test]
fn every_choice_is_taken_by_some_path() {
    let flow = flow();
    let all = enumerate(&flow).unwrap();
    let taken: BTreeSet<(&str, &str)> =
        all.iter().flat_map(|p| p.answers.iter().map(|(q, c)| (q.as_str(), c.as_str()))).collect();
    for q in &flow.questions {
        for c in &q.choices {
            assert!(taken.contains(&(q.id.as_str(), c.id.as_str())), "no path takes {}={}", q.id, c.id);
        }
    }
}

#[test]
fn every_outcome_is_used_by_some_path() {
    let flow = flow();
    let all = enumerate(&flow).unwrap();
    let used: BTreeSet<&str> = all.iter().flat_map(|p| p.outcomes.iter().map(String::as_str)).collect();
    for o in &flow.outcomes {
        assert!(used.contains(o.id.as_str()), "no path leads to '{}'", o.id);
    }
}

#[test]
fn the_national_flow_and_the_demo_configuration_validate_without_problems() {
    let (flow, config) = (flow(), config());
    assert_eq!(validate_flow(&flow), vec![]);
    assert_eq!(validate_config(&config, &flow), vec![]);
}

#[test]
fn the_shipped_config_file_is_the_demo_configuration() {
    let on_disk = std::fs::read_to_string(repo_file("config/exempelkommun.json")).unwrap();
    assert_eq!(on_disk, orosguiden::config::DEMO_CONFIG);
    let on_disk = std::fs::read_to_string(repo_file("flow/national.json")).unwrap();
    assert_eq!(on_disk, orosguiden::flow::NATIONAL_FLOW);
}

#[test]
fn path_lines_of_the_cli_have_exactly_the_documented_format() {
    // {"answers":[["q","c"],...],"outcomes":["o",...]} per line, built here by hand so the
    // test does not depend on how the engine serialises.
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_orosguiden")).arg("paths").output().unwrap();
    assert!(out.status.success());
    let stdout = String::from_utf8(out.stdout).unwrap();
    let expected: Vec<String> = enumerate(&flow())
        .unwrap()
        .iter()
        .map(|p| {
            let answers: Vec<String> = p.answers.iter().map(|(q, c)| format!("[\"{q}\",\"{c}\"]")).collect();
            let outcomes: Vec<String> = p.outcomes.iter().map(|o| format!("\"{o}\"")).collect();
            format!("{{\"answers\":[{}],\"outcomes\":[{}]}}", answers.join(","), outcomes.join(","))
        })
        .collect();
    assert!(stdout.ends_with('\n'));
    assert_eq!(stdout.lines().collect::<Vec<_>>(), expected);
}

// ---------------------------------------------------------------------------------------------
// Routing the domain requires

/// The observation question each concern choice leads to.
fn observation_question(flow: &orosguiden::Flow, concern: &str) -> String {
    let c = flow.question("concern").unwrap().choice(concern).unwrap();
    match &c.next {
        Next::To(q) => q.clone(),
        Next::Routes(_) => panic!("concern={concern} has conditional routes"),
    }
}

#[test]
fn a_teacher_with_a_suspicion_must_report_for_every_concern_except_unborn() {
    let (flow, config) = (flow(), config());
    let concerns: Vec<&str> =
        flow.question("concern").unwrap().choices.iter().map(|c| c.id.as_str()).filter(|c| *c != "unborn").collect();
    assert!(concerns.len() >= 7, "expected the concern types, found {concerns:?}");
    for concern in concerns {
        let obs = observation_question(&flow, concern);
        let a = answers(&[("acute-danger", "not-acute"), ("role", "school"), ("concern", concern), (&obs, "yes")]);
        let o = outcome(&flow, &config, &a);
        assert_eq!(o.decision.id, "must-report", "concern={concern}");
        let blocks = block_ids(&o);
        assert!(blocks.contains(&"duty-is-personal"), "concern={concern}: {blocks:?}");
        assert!(blocks.contains(&"report-contents"), "concern={concern}: {blocks:?}");
        assert!(!o.urgent);
    }
}

#[test]
fn every_school_path_with_a_suspicion_is_must_report_unless_unborn() {
    let flow = flow();
    let mut n = 0;
    for w in all_paths(&flow) {
        let observed_yes = w.path.answers.iter().any(|(q, c)| q.starts_with("observations-") && c == "yes");
        if w.answered("role", "school") && observed_yes && !w.answered("concern", "unborn") {
            n += 1;
            assert_eq!(w.decision(), "must-report", "{}", w.label());
            assert!(w.shows("duty-is-personal") && w.shows("report-contents"), "{}", w.label());
        }
    }
    assert_eq!(n, flow.question("concern").unwrap().choices.len() - 1);
}

#[test]
fn a_volunteer_with_a_suspicion_should_report_and_may_be_anonymous() {
    let (flow, config) = (flow(), config());
    let a = answers(&[
        ("acute-danger", "not-acute"),
        ("role", "volunteer"),
        ("concern", "substance"),
        ("observations-substance", "yes"),
    ]);
    let o = outcome(&flow, &config, &a);
    assert_eq!(o.decision.id, "should-report");
    assert!(block_ids(&o).contains(&"anonymous-allowed"));
    assert!(!block_ids(&o).contains(&"duty-is-personal"));
}

#[test]
fn volunteers_are_never_told_the_duty_is_personal() {
    let flow = flow();
    let volunteer: Vec<_> = all_paths(&flow).into_iter().filter(|w| w.answered("role", "volunteer")).collect();
    assert!(!volunteer.is_empty());
    let mut with_suspicion = 0;
    for w in &volunteer {
        assert!(!w.shows("duty-is-personal"), "{}", w.label());
        assert!(!w.shows("must-report"), "{}", w.label());
        if !w.has("concern_unborn") {
            assert!(w.shows("anonymous-allowed"), "{}", w.label());
        }
        if w.has("observed") && !w.has("concern_unborn") {
            with_suspicion += 1;
            assert_eq!(w.decision(), "should-report", "{}", w.label());
        }
    }
    assert!(with_suspicion > 0);
}

#[test]
fn an_adult_unit_worker_whose_client_relapsed_must_report_and_sees_the_child() {
    let (flow, config) = (flow(), config());
    let before = answers(&[
        ("acute-danger", "not-acute"),
        ("role", "social-services-adult"),
        ("client-children", "lives-with"),
        ("concern", "substance"),
        ("observations-substance", "yes"),
    ]);
    let (pos, _) = walk(&flow, &before).unwrap();
    assert_eq!(pos, Position::Asking("compulsory-care".into()), "the compulsory-care question is asked");

    let mut no = before.clone();
    no.push(("compulsory-care".into(), "no".into()));
    let o = outcome(&flow, &config, &no);
    assert_eq!(o.decision.id, "must-report");
    for b in ["support-for-the-child", "support-for-the-parent", "see-the-parent-role"] {
        assert!(block_ids(&o).contains(&b), "missing {b}: {:?}", o.ids);
    }
    assert!(!o.ids.iter().any(|i| i == "lvm-report"));

    let mut yes = before.clone();
    yes.push(("compulsory-care".into(), "yes".into()));
    let with_lvm = outcome(&flow, &config, &yes);
    assert_eq!(with_lvm.decision.id, "must-report");
    let added: Vec<&String> = with_lvm.ids.iter().filter(|i| !o.ids.contains(i)).collect();
    assert_eq!(added, vec!["lvm-report"], "compulsory-care=yes adds the LVM report and nothing else");
    assert!(with_lvm.ids.iter().filter(|i| *i != "lvm-report").eq(o.ids.iter()));
    // The LVM report goes to a unit of the configuration.
    let lvm: Vec<_> = with_lvm.contacts.iter().filter(|c| c.purpose == Purpose::Lvm).collect();
    assert!(!lvm.is_empty());
    assert!(lvm.iter().all(|c| config.unit(&c.unit).is_some()));
    // Support for the child and for the parent is actually listed.
    assert!(with_lvm.support.iter().any(|s| s.for_ == orosguiden::flow::SupportFor::Child));
    assert!(with_lvm.support.iter().any(|s| s.for_ == orosguiden::flow::SupportFor::Parent));
}

#[test]
fn compulsory_care_is_asked_on_the_adult_side_after_substance_concerns_only() {
    let flow = flow();
    for w in all_paths(&flow) {
        let asked = w.choice("compulsory-care").is_some();
        let expected = w.has("adult_side") && (w.has("concern_substance") || w.has("concern_unborn"));
        assert_eq!(asked, expected, "{}", w.label());
        assert_eq!(w.shows("lvm-report"), w.answered("compulsory-care", "yes"), "{}", w.label());
    }
}

#[test]
fn the_adult_side_is_asked_about_the_clients_children_right_after_the_role() {
    let flow = flow();
    for w in all_paths(&flow) {
        let asked_at = w.path.answers.iter().position(|(q, _)| q == "client-children");
        if w.has("adult_side") {
            assert_eq!(asked_at, Some(2), "{}", w.label());
        } else {
            assert_eq!(asked_at, None, "{}", w.label());
        }
        match w.choice("client-children") {
            Some("no-children") => assert_eq!(w.decision(), "no-children-known", "{}", w.label()),
            Some("not-asked") => assert_eq!(w.decision(), "ask-about-children", "{}", w.label()),
            // Talking to the parent about support waits when violence or abuse is suspected.
            Some("lives-with" | "regular-contact") => assert_eq!(
                w.shows("see-the-parent-role"),
                !(w.has("concern_violence") || w.has("concern_sexual")),
                "{}",
                w.label()
            ),
            _ => {}
        }
    }
}

#[test]
fn health_care_meeting_a_parent_gets_the_children_as_relatives_block() {
    let (flow, config) = (flow(), config());
    let def = outcome_def(&flow, "child-as-relative-in-health-care");
    assert!(def.contacts.contains(&Purpose::Barnombud), "the block lists the barnombud");
    assert!(def.legal.iter().any(|l| l == "hsl-5-7"));
    let mut n = 0;
    for w in all_paths(&flow) {
        let has_children = matches!(w.choice("client-children"), Some("lives-with" | "regular-contact"));
        if w.answered("role", "health-adult") && has_children && !w.has("concern_unborn") {
            n += 1;
            let o = outcome(&flow, &config, &w.path.answers);
            let block = o.blocks.iter().find(|b| b.id == "child-as-relative-in-health-care");
            let block = block.unwrap_or_else(|| panic!("{}: no child-as-relative block", w.label()));
            assert!(block.legal.iter().any(|c| c.id == "hsl-5-7"), "{}", w.label());
        }
    }
    // 2 answers about children × 7 concerns, each with 3 observation answers (× 3 compulsory-care
    // answers after substance).
    assert!(n >= 2 * 7 * 3, "only {n} paths");
}

#[test]
fn health_care_meeting_children_gets_the_block_for_parent_concerns() {
    let flow = flow();
    let mut n = 0;
    for w in all_paths(&flow) {
        if w.answered("role", "health-child") && matches!(w.choice("concern"), Some("substance" | "mental-illness" | "violence")) {
            n += 1;
            assert!(w.shows("child-as-relative-in-health-care"), "{}", w.label());
        }
        if !w.has("role_health") {
            assert!(!w.shows("child-as-relative-in-health-care"), "{}", w.label());
        }
    }
    assert_eq!(n, 9);
}

#[test]
fn an_unborn_child_leads_to_consultation_before_birth() {
    let (flow, config) = (flow(), config());
    let via_concern = answers(&[
        ("acute-danger", "not-acute"),
        ("role", "health-child"),
        ("concern", "unborn"),
        ("observations-unborn", "yes"),
    ]);
    assert_eq!(outcome(&flow, &config, &via_concern).decision.id, "consult-before-birth");
    let via_client = answers(&[
        ("acute-danger", "not-acute"),
        ("role", "social-services-adult"),
        ("client-children", "expecting"),
        ("observations-unborn", "yes"),
        ("compulsory-care", "no"),
    ]);
    assert_eq!(outcome(&flow, &config, &via_client).decision.id, "consult-before-birth");
}

#[test]
fn no_unborn_path_tells_the_user_to_report_before_birth() {
    let flow = flow();
    // Where the family has no born children known to the user, the expected child is the only
    // child concerned: no duty before birth, consult.
    let unborn: Vec<_> =
        all_paths(&flow).into_iter().filter(|w| w.has("concern_unborn") && !w.has("client_children")).collect();
    assert!(unborn.iter().any(|w| w.answered("concern", "unborn")));
    assert!(unborn.iter().any(|w| w.answered("client-children", "expecting")));
    for w in &unborn {
        assert_eq!(w.decision(), "consult-before-birth", "{}", w.label());
        for id in REPORT_DECISIONS.iter().chain(&["report-contents", "duty-is-personal"]) {
            assert!(!w.shows(id), "{}: shows {id}", w.label());
        }
    }
}

#[test]
fn a_pregnancy_in_a_family_with_children_keeps_the_duty_for_the_born_children() {
    let flow = flow();
    let mut n = 0;
    for w in all_paths(&flow) {
        if w.has("concern_unborn") && w.has("client_children") {
            n += 1;
            assert_ne!(w.decision(), "consult-before-birth", "{}", w.label());
            assert!(w.shows("expected-child-in-a-family-with-children"), "{}", w.label());
            if w.has("observed") {
                assert_eq!(w.decision(), "must-report", "{}", w.label());
                assert!(w.shows("duty-is-personal") && w.shows("support-for-the-child"), "{}", w.label());
            }
        }
    }
    assert!(n > 0);
}

#[test]
fn suspected_violence_or_sexual_abuse_never_tells_the_parents() {
    let flow = flow();
    let mut n = 0;
    for w in all_paths(&flow) {
        if w.has("concern_violence") || w.has("concern_sexual") {
            n += 1;
            assert!(w.shows("do-not-tell-parents"), "{}", w.label());
            assert!(!w.shows("tell-parents"), "{}", w.label());
        }
        assert!(!(w.shows("tell-parents") && w.shows("do-not-tell-parents")), "{}: contradictory advice", w.label());
    }
    assert!(n > 0);
}

#[test]
fn danger_now_is_one_answer_and_calls_112_at_once() {
    let (flow, config) = (flow(), config());
    let danger: Vec<_> = all_paths(&flow).into_iter().filter(|w| w.has("danger_now")).collect();
    assert_eq!(danger.len(), 1);
    assert_eq!(danger[0].path.answers, answers(&[("acute-danger", "danger-now")]));
    assert_eq!(danger[0].decision(), "call-112");
    let o = outcome(&flow, &config, &danger[0].path.answers);
    assert!(o.urgent);
    assert_eq!(o.decision.id, "call-112");
    assert!(outcome_def(&flow, "call-112").urgent);
}

#[test]
fn unsafe_today_phones_social_services_now_with_intake_and_social_jour() {
    let (flow, config) = (flow(), config());
    let a = answers(&[("acute-danger", "unsafe-today")]);
    let o = outcome(&flow, &config, &a);
    assert_eq!(o.decision.id, "phone-social-services-now");
    assert!(o.urgent);
    let acute: Vec<_> = o.contacts.iter().filter(|c| c.purpose == Purpose::Acute).collect();
    assert!(acute.iter().any(|c| c.kind == UnitKind::Intake), "{acute:?}");
    assert!(acute.iter().any(|c| c.unit == config.routing.after_hours && c.kind == UnitKind::SocialJour), "{acute:?}");
    assert!(acute.iter().all(|c| c.open_now.is_none()), "no clock, no open/closed");
}

#[test]
fn only_acute_decisions_are_urgent() {
    let flow = flow();
    let urgent: BTreeSet<&str> =
        flow.outcomes.iter().filter(|o| o.urgent).map(|o| o.id.as_str()).collect();
    assert_eq!(urgent, BTreeSet::from(["call-112", "phone-social-services-now"]));
}

// ---------------------------------------------------------------------------------------------
// Time: who answers the phone now

fn acute_contacts_at(day: Day, h: u16, m: u16) -> Vec<orosguiden::outcome::Contact> {
    let (flow, config) = (flow(), config());
    let now = LocalTime { day, minute: h * 60 + m };
    let o = outcome_at(&flow, &config, &answers(&[("acute-danger", "unsafe-today")]), Some(now));
    o.contacts.into_iter().filter(|c| c.purpose == Purpose::Acute).collect()
}

#[test]
fn in_office_hours_the_intake_unit_comes_first_and_is_open() {
    let acute = acute_contacts_at(Day::Tue, 10, 0);
    assert_eq!(acute[0].kind, UnitKind::Intake);
    assert_eq!(acute[0].open_now, Some(true));
    let jour = acute.iter().find(|c| c.kind == UnitKind::SocialJour).unwrap();
    assert_eq!(jour.open_now, Some(false));
}

#[test]
fn on_a_weekday_evening_the_social_jour_comes_first() {
    let acute = acute_contacts_at(Day::Tue, 21, 0);
    assert_eq!(acute[0].kind, UnitKind::SocialJour);
    assert_eq!(acute[0].unit, config().routing.after_hours);
    assert_eq!(acute[0].open_now, Some(true));
    let intake = acute.iter().find(|c| c.kind == UnitKind::Intake).unwrap();
    assert_eq!(intake.open_now, Some(false));
}

#[test]
fn on_a_saturday_morning_the_social_jour_comes_first() {
    let acute = acute_contacts_at(Day::Sat, 10, 0);
    assert_eq!(acute[0].kind, UnitKind::SocialJour);
    assert_eq!(acute[0].open_now, Some(true));
    let intake = acute.iter().find(|c| c.kind == UnitKind::Intake).unwrap();
    assert_eq!(intake.open_now, Some(false));
}

#[test]
fn at_every_hour_of_the_week_the_first_acute_contact_is_open() {
    for day in Day::ALL {
        for h in 0..24 {
            for m in [0, 30] {
                let acute = acute_contacts_at(day, h, m);
                assert_eq!(acute[0].open_now, Some(true), "{day:?} {h:02}:{m:02}: {acute:?}");
            }
        }
    }
}

#[test]
fn acute_contacts_are_open_then_unknown_then_closed_each_group_in_the_configured_order() {
    let flow = flow();
    let mut config = config();
    let a = answers(&[("acute-danger", "unsafe-today")]);
    let acute = |o: orosguiden::outcome::Outcome| -> Vec<(String, Option<bool>)> {
        o.contacts.into_iter().filter(|c| c.purpose == Purpose::Acute).map(|c| (c.unit, c.open_now)).collect()
    };
    // Without a clock: the configured order (the social jour added last if not configured).
    let configured: Vec<String> = acute(outcome_at(&flow, &config, &a, None)).into_iter().map(|(u, _)| u).collect();
    assert!(configured.len() >= 2, "{configured:?}");
    // One acute unit without stated hours, so that all three groups occur.
    let unknown = configured.iter().find(|u| **u != config.routing.after_hours).unwrap().clone();
    config.units.iter_mut().find(|u| u.id == unknown).unwrap().hours.clear();
    let rank = |open: Option<bool>| match open {
        Some(true) => 0,
        None => 1,
        Some(false) => 2,
    };
    let mut seen = BTreeSet::new();
    for day in Day::ALL {
        for h in 0..24 {
            let got = acute(outcome_at(&flow, &config, &a, Some(LocalTime { day, minute: h * 60 })));
            let ranks: Vec<_> = got.iter().map(|(_, o)| rank(*o)).collect();
            seen.extend(ranks.iter().copied());
            assert!(ranks.windows(2).all(|w| w[0] <= w[1]), "{day:?} {h}:00: {got:?}");
            // Within each group, the configured order.
            for r in 0..3 {
                let group: Vec<&String> = got.iter().filter(|(_, o)| rank(*o) == r).map(|(u, _)| u).collect();
                let order: Vec<&String> = configured.iter().filter(|u| group.contains(u)).collect();
                assert_eq!(group, order, "{day:?} {h}:00");
            }
            assert_eq!(got.len(), configured.len(), "no unit lost or added");
        }
    }
    assert_eq!(seen, BTreeSet::from([0, 1, 2]), "open, unknown and closed units all occurred");
}

// ---------------------------------------------------------------------------------------------
// BRIEF §7 as properties over all paths

#[test]
fn a_mandated_user_who_observed_harm_is_always_told_to_report() {
    let flow = flow();
    let mut n = 0;
    for w in all_paths(&flow) {
        if w.has("mandated") && w.has("observed") && !w.has("concern_unborn") {
            n += 1;
            assert_eq!(w.decision(), "must-report", "{}", w.label());
        }
    }
    assert!(n > 0);
}

#[test]
fn a_mandated_user_is_never_merely_advised_to_report() {
    let flow = flow();
    for w in all_paths(&flow) {
        if w.has("mandated") {
            assert!(!w.shows("should-report"), "{}", w.label());
            assert!(!w.shows("anonymous-allowed"), "{}: mandated reporters cannot be anonymous", w.label());
        }
    }
}

#[test]
fn every_decision_has_a_reason_and_a_legal_basis() {
    let (flow, config) = (flow(), config());
    for w in all_paths(&flow) {
        let o = outcome(&flow, &config, &w.path.answers);
        assert!(o.decision.reason.as_deref().is_some_and(|r| !r.trim().is_empty()), "{}", w.label());
        assert!(!o.decision.legal.is_empty(), "{}", w.label());
        // Every cited id resolves: assembly drops none.
        for s in std::iter::once(&o.decision).chain(&o.blocks) {
            assert_eq!(s.legal.len(), outcome_def(&flow, &s.id).legal.len(), "{}: {}", w.label(), s.id);
            assert!(s.legal.iter().all(|c| !c.text.trim().is_empty()));
        }
    }
}

#[test]
fn every_report_decision_names_a_configured_unit_to_report_to() {
    let (flow, config) = (flow(), config());
    let mut seen = BTreeSet::new();
    for w in all_paths(&flow) {
        if !REPORT_DECISIONS.contains(&w.decision()) {
            continue;
        }
        seen.insert(w.decision().to_string());
        let o = outcome(&flow, &config, &w.path.answers);
        let report: Vec<_> = o.contacts.iter().filter(|c| c.purpose == Purpose::Report).collect();
        assert!(!report.is_empty(), "{}: no unit to report to", w.label());
        for c in report {
            let u = config.unit(&c.unit).unwrap_or_else(|| panic!("{}: unknown unit {}", w.label(), c.unit));
            assert_eq!(c.phone, u.phone);
            assert!(!c.phone.trim().is_empty());
        }
    }
    assert_eq!(seen.len(), REPORT_DECISIONS.len(), "every report decision is on some path: {seen:?}");
}

#[test]
fn the_local_routine_never_appears_without_the_personal_duty() {
    let (flow, config) = (flow(), config());
    let mut n = 0;
    for w in all_paths(&flow) {
        if w.shows("local-routine") {
            n += 1;
            assert!(w.shows("duty-is-personal"), "{}", w.label());
            let o = outcome(&flow, &config, &w.path.answers);
            let pos = |id: &str| o.ids.iter().position(|x| x == id).unwrap();
            assert!(pos("duty-is-personal") < pos("local-routine"), "{}: the duty comes before the routine", w.label());
        }
    }
    assert!(n > 0);
}

#[test]
fn the_school_routine_from_the_configuration_is_shown_on_school_paths() {
    let (flow, config) = (flow(), config());
    let a = answers(&[("acute-danger", "not-acute"), ("role", "school"), ("concern", "neglect"), ("observations-neglect", "yes")]);
    let o = outcome(&flow, &config, &a);
    let routine = o.blocks.iter().find(|b| b.id == "local-routine").and_then(|b| b.routine.clone());
    let expected = config.routing.roles["school"].routine.as_ref().unwrap().get("sv").to_string();
    assert_eq!(routine, Some(expected));
    // The school's internal contact is listed, and only as internal.
    let internal: Vec<_> = o.contacts.iter().filter(|c| c.purpose == Purpose::Internal).map(|c| c.unit.as_str()).collect();
    assert_eq!(internal, config.routing.roles["school"].contacts[&Purpose::Internal].iter().map(String::as_str).collect::<Vec<_>>());
}

/// Phrases that would tell the user not to report, matched as whole words, case-insensitively.
/// Whole words because "Samtalet till 112 ersätter inte anmälan" (the call does not replace the
/// report) contains "inte anmäla" as a substring yet says the opposite. Legitimate sentences such
/// as "du behöver inte vara säker" (certainty is not needed) or "Den som inte är skyldig att
/// anmäla får vara anonym" do not contain these phrases.
const FORBIDDEN: [&str; 7] = [
    "behöver inte anmäla",
    "inte anmäla",
    "behöver du inte",
    "behövs ingen anmälan",
    "ingen anmälan behövs",
    "behöver inte göra en anmälan",
    "behöver inte göra någon anmälan",
];

/// Whether `phrase` occurs in `text` as whole words, ignoring case.
fn contains_phrase(text: &str, phrase: &str) -> bool {
    let (text, phrase) = (text.to_lowercase(), phrase.to_lowercase());
    text.match_indices(&phrase).any(|(i, m)| {
        let before = text[..i].chars().next_back();
        let after = text[i + m.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

#[test]
fn phrases_match_whole_words_only() {
    assert!(contains_phrase("Du behöver inte anmäla.", "behöver inte anmäla"));
    assert!(contains_phrase("Då BEHÖVER DU INTE göra något", "behöver du inte"));
    assert!(contains_phrase("inte anmäla", "inte anmäla"));
    assert!(!contains_phrase("Samtalet ersätter inte anmälan.", "inte anmäla"));
    assert!(!contains_phrase("du behöver inte vara säker", "behöver inte anmäla"));
}

#[test]
fn no_outcome_text_tells_the_user_not_to_report() {
    let (flow, config) = (flow(), config());
    for w in all_paths(&flow) {
        let o = outcome(&flow, &config, &w.path.answers);
        let mut texts = Vec::new();
        strings(&serde_json::to_value(&o).unwrap(), &mut texts);
        assert!(texts.len() > 10);
        for t in &texts {
            for f in FORBIDDEN {
                assert!(!contains_phrase(t, f), "{}: \"{t}\" contains \"{f}\"", w.label());
            }
        }
    }
}

#[test]
fn the_report_block_lists_what_a_report_contains() {
    // A legal guarantee about content: the block exists and has a checklist.
    let flow = flow();
    let def = outcome_def(&flow, "report-contents");
    assert_eq!(def.kind, OutcomeKind::Block);
    assert!(def.list.len() >= 4, "who the child is, what worries you, how you know, where the child is, who you are");
    for w in all_paths(&flow) {
        if REPORT_DECISIONS.contains(&w.decision()) || w.has("danger_now") || w.has("unsafe_today") {
            assert!(w.shows("report-contents"), "{}", w.label());
        }
    }
}

#[test]
fn the_new_social_services_act_is_cited_without_an_unverified_chapter_and_section() {
    // BRIEF §3: the chapter and section of the duty in SoL (2025:400) are not verified; only the
    // old law's "14 kap. 1 §" may be given, as "tidigare".
    let flow = flow();
    let mut n = 0;
    for l in &flow.legal {
        for text in l.citation.iter().map(|(_, t)| t) {
            if let Some(i) = text.find("2025:400") {
                n += 1;
                let rest = &text[i..];
                let head = &rest[..rest.find("tidigare").unwrap_or(rest.len())];
                assert!(!head.contains("kap.") && !head.contains('§'), "{}: {text}", l.id);
            }
        }
        assert!(!l.source.trim().is_empty(), "{} says where it was checked", l.id);
    }
    assert!(n >= 2);
}

#[test]
fn a_closed_report_unit_points_to_the_social_jour_and_an_open_one_does_not() {
    use orosguiden::config::{Day, LocalTime};
    use orosguiden::outcome::assemble;
    let (flow, config) = (flow(), config());
    let teacher = answers(&[
        ("acute-danger", "not-acute"),
        ("role", "school"),
        ("concern", "substance"),
        ("observations-substance", "yes"),
    ]);
    let at = |day, h: u16| assemble(&flow, &config, &teacher, "sv", Some(LocalTime { day, minute: h * 60 })).unwrap();
    let jour = config.unit(&config.routing.after_hours).unwrap();
    for (day, h) in [(Day::Tue, 21), (Day::Sat, 10), (Day::Sun, 3)] {
        let o = at(day, h);
        let report = o.contacts.iter().find(|c| c.purpose == Purpose::Report).unwrap();
        assert_eq!(report.open_now, Some(false), "{day:?} {h}:00");
        assert_eq!(report.when_closed, Some((jour.name.get("sv").to_string(), jour.phone.clone())), "{day:?} {h}:00");
    }
    let o = at(Day::Tue, 10);
    let report = o.contacts.iter().find(|c| c.purpose == Purpose::Report).unwrap();
    assert_eq!((report.open_now, report.when_closed.clone()), (Some(true), None));
}
