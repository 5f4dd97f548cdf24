//! Every path through the national flow, at the level of facts (src/paths.rs, ADR 0005): the
//! guarantees of BRIEF §3 and §7 as properties checked at every distinct end — every
//! combination of facts and role a path can end with, so every path — and the routing the
//! domain requires, by example. Assertions use outcome, block, question and fact ids, not
//! wording.

mod common;

use common::*;
use orosguiden::config::{Day, UnitKind};
use orosguiden::flow::{OutcomeKind, Purpose};
use orosguiden::journey::{walk, Position};
use orosguiden::paths::{explore, outcome_groups, End};
use orosguiden::validate::{validate_config, validate_flow};
use orosguiden::LocalTime;
use std::collections::{BTreeMap, BTreeSet};

/// Decisions that tell the user to report (in writing or by phone, later today at the latest).
const REPORT_DECISIONS: [&str; 4] = ["must-report", "report-family-counselling", "report-and-check-duty", "should-report"];

/// Blocks that belong only on a path where the user reports: the duty's warnings, the routine
/// for after a report, what a report contains, what happens after it, feedback, and advice
/// about an earlier report or the manager.
const REPORT_ONLY_BLOCKS: [&str; 10] = [
    "duty-is-personal",
    "local-routine",
    "report-contents",
    "after-report",
    "feedback-to-reporter",
    "told-manager",
    "someone-else-reported",
    "tell-parents",
    "acute-duty-mandated",
    "acute-duty-should",
];

fn urgent_ids(flow: &orosguiden::Flow) -> BTreeSet<&str> {
    flow.outcomes.iter().filter(|o| o.urgent).map(|o| o.id.as_str()).collect()
}

/// The parent rule of BRIEF §3, from the facts: do not contact the parents first when
/// violence, sexual abuse or honour-related oppression is suspected, or when telling them could
/// put the child at risk — the child is going home to danger, may be taken abroad, or is in
/// danger now from something at home.
fn brief_says_do_not_tell(e: &End) -> bool {
    let f = e.first();
    let any = |xs: &[&str]| xs.iter().any(|x| f.has(x));
    any(&["concern_violence", "concern_sexual", "concern_honour", "unsafe_today", "travel_soon", "travel_abroad"])
        || f.has("danger_now") && any(&["concern_substance", "concern_mental", "concern_neglect"])
}

/// Whether the path ends with a report to make (by phone now, or in writing).
fn reports(flow: &orosguiden::Flow, e: &End) -> bool {
    let d = e.first().decision().unwrap();
    REPORT_DECISIONS.contains(&d) || urgent_ids(flow).contains(d)
}

/// A suspicion about a born child: something seen or heard, an acute danger, or parents
/// told about suspected harm.
fn suspicion(e: &End) -> bool {
    let f = e.first();
    let child = f.has("child_born") || f.has("client_children");
    let harm = ["concern_violence", "concern_sexual", "concern_honour"].iter().any(|c| f.has(c));
    child && (f.has("observed") || f.has("act_now") || f.has("told_parents") && harm) || f.has("act_now") && !f.has("concern_unborn")
}

// ---------------------------------------------------------------------------------------------
// Every end, once

#[test]
fn every_property_holds_at_every_end_of_every_path() {
    let flow = flow();
    let urgent = urgent_ids(&flow);
    // Each property with the ends that break it (the first few, as example paths).
    let mut broken: BTreeMap<&str, Vec<String>> = BTreeMap::new();
    let mut count: BTreeMap<&str, usize> = BTreeMap::new();
    let mut check = |name: &'static str, ok: bool, e: &End| {
        *count.entry(name).or_default() += 1;
        if !ok {
            let v = broken.entry(name).or_default();
            if v.len() < 3 {
                v.push(format!("{} -> {:?}", e.label(), e.first().outcomes()));
            }
        }
    };
    let stats = explore(&[&flow], |e| {
        let f = e.first();
        let Some(decision) = f.decision() else {
            check("every path ends in a decision", false, e);
            return;
        };
        let acute =
            f.has("act_now") || f.has("told_parents") && ["concern_violence", "concern_sexual", "concern_honour"].iter().any(|c| f.has(c));
        // An acute path starts with the acute action and never offers the e-service as the
        // way to report: no outcome on it lists a unit to report to (contact cards of units
        // to phone now carry their e-service only for the confirmation, tested below).
        if acute {
            check("an acute path's decision is urgent", urgent.contains(decision), e);
            let report_contacts = f.outcomes().iter().any(|id| outcome_def(&flow, id).contacts.contains(&Purpose::Report));
            check("an acute path lists no unit to report to in writing", !report_contacts, e);
        } else {
            check("only an acute path has an urgent decision", !urgent.contains(decision), e);
        }
        // A mandated user with a suspicion is told to report, acute or not, whatever they have
        // already done.
        if f.has("mandated") && suspicion(e) {
            let told = decision == "must-report" || urgent.contains(decision) && f.shows("acute-duty-mandated");
            check("a mandated user with a suspicion is told they must report", told, e);
            check("a mandated user with a suspicion gets the personal duty", f.shows("duty-is-personal"), e);
        }
        if f.has("mandated") {
            check("a mandated user is never merely advised to report", !f.shows("should-report") && !f.shows("acute-duty-should"), e);
            check("a mandated user is never told they may report anonymously", !f.shows("anonymous-allowed"), e);
        }
        if f.has("role_family_counselling") && f.has("observed") && (f.has("concern_violence") || f.has("concern_sexual")) && !acute {
            check("family counselling with a suspicion of abuse at home reports", decision == "report-family-counselling", e);
        }
        if f.has("not_mandated") && suspicion(e) {
            check(
                "a volunteer with a suspicion is told to report",
                decision == "should-report" || urgent.contains(decision) && f.shows("acute-duty-should"),
                e,
            );
        }
        // The parent rule, exactly as BRIEF §3 says; never both pieces of advice.
        let child = f.has("child_born") || f.has("client_children");
        check("do not contact the parents exactly when the brief says", f.shows("do-not-tell-parents") == brief_says_do_not_tell(e), e);
        check("never both: tell the parents and do not", !(f.shows("tell-parents") && f.shows("do-not-tell-parents")), e);
        if reports(&flow, e) && child && !f.has("told_parents") {
            check("a report path says what to do about the parents", f.shows("tell-parents") || f.shows("do-not-tell-parents"), e);
        }
        // No report-only warning on a path without a report.
        if !reports(&flow, e) {
            let warning = REPORT_ONLY_BLOCKS.iter().find(|b| f.shows(b));
            check("no report-only block on a path without a report", warning.is_none(), e);
            if child && !f.has("client_children_unknown") && !f.has("client_no_children") {
                check("a path without a report gives the next steps", f.shows("no-report-next-steps"), e);
            }
        }
        // What a report needs, on every report path.
        if reports(&flow, e) {
            check("a report path says what a report contains", f.shows("report-contents") && f.shows("after-report"), e);
        }
        // What the user has already done changes the advice.
        if reports(&flow, e) {
            if f.has("told_manager") {
                check("having told the manager: report anyway", f.shows("told-manager"), e);
            }
            if f.has("reported_by_other") {
                check("someone else reported: report anyway", f.shows("someone-else-reported"), e);
            }
            if f.has("mandated") {
                check("a mandated reporter asks for feedback", f.shows("feedback-to-reporter"), e);
            }
        }
        if f.has("wants_anonymous") {
            let block = if f.has("not_mandated") { "anonymous-allowed" } else { "anonymity-professional" };
            check("wanting anonymity is answered for the role", f.shows(block), e);
        }
        if f.has("told_parents") && ["concern_violence", "concern_sexual", "concern_honour"].iter().any(|c| f.has(c)) {
            check("parents told about suspected harm: phone now", urgent.contains(decision), e);
        }
        // Every worry counted: the strictest parent rule, and support for each.
        if f.has("concern_substance") && f.has("concern_violence") {
            check("drink and violence: support for the parent is kept", f.shows("support-for-the-parent"), e);
        }
        if child {
            check("support for the child on every path with a child", f.shows("support-for-the-child"), e);
        }
        if f.has("concern_violence") {
            check("a child who sees violence is a victim of crime", f.shows("child-witness-of-violence"), e);
        }
        if f.has("concern_honour") {
            check("honour-related oppression gets its own advice", f.shows("honour-violence"), e);
            check("honour: the honour-travel question is asked", e.asked("honour-travel"), e);
        }
        if f.has("travel_soon") || f.has("travel_abroad") {
            let first = ["call-112", "honour-travel-now"].contains(&decision);
            check("a child about to be taken abroad: police and social services now", first, e);
        }
        if f.has("no_carer") || f.has("carer_unknown") {
            check("no one caring for the child: phone now", urgent.contains(decision), e);
        }
        // Observations are asked for each worry, except on an acute path (the danger is the
        // suspicion) where the guide goes on without them.
        let worries = [
            ("concern_substance", "observations-substance"),
            ("concern_mental", "observations-mental-illness"),
            ("concern_violence", "observations-violence"),
            ("concern_sexual", "observations-sexual-abuse"),
            ("concern_honour", "observations-honour"),
            ("concern_neglect", "observations-neglect"),
            ("concern_behaviour", "observations-child-behaviour"),
            ("concern_unborn", "observations-unborn"),
            ("concern_unclear", "observations-unclear"),
        ];
        let acute_start = f.has("danger_now") || f.has("unsafe_today");
        // (An adult-side client who is expecting a child goes to that child's observations
        // straight from the question about children, acute or not.)
        for (fact, question) in worries.iter().filter(|_| e.asked("concern")) {
            check(
                "observations are asked for every worry chosen (not on an acute start)",
                e.asked(question) == (f.has(fact) && !acute_start),
                e,
            );
        }
        if e.answered("client-children", "expecting") {
            check("an expecting client: the pregnancy's observations are asked", e.asked("observations-unborn"), e);
        }
        // Health care and the adult side see the child.
        if f.has("role_health") && f.has("client_children") {
            check("health care meeting a parent: children as relatives", f.shows("child-as-relative-in-health-care"), e);
        }
        if !f.has("role_health") {
            check("children as relatives only in health care", !f.shows("child-as-relative-in-health-care"), e);
        }
        check(
            "compulsory care asked on the adult side after substance or pregnancy",
            e.asked("compulsory-care") == (f.has("adult_side") && (f.has("concern_substance") || f.has("concern_unborn"))),
            e,
        );
        check("lvm-report exactly when the user says care under LVM may be needed", f.shows("lvm-report") == f.has("lvm_needed"), e);
        // No duty before birth.
        if f.has("concern_unborn") && !f.has("child_born") && !f.has("client_children") && !acute {
            check("an unborn child alone: consult before birth", decision == "consult-before-birth", e);
        }
    })
    .expect("the national flow explores");
    let broken: Vec<_> = broken.into_iter().collect();
    assert!(broken.is_empty(), "{broken:#?}");
    // Every property was checked somewhere (a property never checked would prove nothing).
    for (name, n) in &count {
        assert!(*n > 0, "{name}");
    }
    assert!(count.len() >= 30, "{} properties checked", count.len());
    assert!(stats.ends > 100_000 && stats.paths > stats.ends as u64, "{stats:?}");
}

#[test]
fn every_decision_and_block_is_given_on_some_path_and_every_question_asked() {
    let flow = flow();
    let (groups, stats) = outcome_groups(&flow).unwrap();
    let used: BTreeSet<&str> = groups.iter().flat_map(|g| g.outcomes.iter().map(String::as_str)).collect();
    for o in &flow.outcomes {
        assert!(used.contains(o.id.as_str()), "no path leads to '{}'", o.id);
    }
    for (i, q) in flow.questions.iter().enumerate() {
        assert!(stats.asked[i], "no path asks '{}'", q.id);
    }
    // Every choice of every question asked is tried: the exploration follows each choice (each
    // set of choices, for checkboxes) from every state it reaches.
    // Each group's example path walks to those outcomes; each decision comes first, once.
    for g in &groups {
        let (pos, _) = walk(&flow, &g.example).unwrap();
        assert_eq!(pos, Position::Done);
        assert!(is_decision(&flow, &g.outcomes[0]), "{:?}", g.outcomes);
        assert_eq!(g.outcomes.iter().filter(|o| is_decision(&flow, o)).count(), 1);
    }
}

#[test]
fn the_national_flow_and_the_example_configurations_validate_without_problems() {
    let flow = flow();
    assert_eq!(validate_flow(&flow), vec![]);
    for name in ["exempelkommun", "storstad-vaster", "smaby"] {
        let src = std::fs::read_to_string(repo_file(&format!("config/{name}.json"))).unwrap();
        let config = orosguiden::Config::from_json(&src).unwrap();
        assert_eq!(validate_config(&config, &flow), vec![], "{name}");
    }
}

#[test]
fn the_shipped_files_are_the_built_in_ones() {
    let on_disk = std::fs::read_to_string(repo_file("config/exempelkommun.json")).unwrap();
    assert_eq!(on_disk, orosguiden::config::DEMO_CONFIG);
    let on_disk = std::fs::read_to_string(repo_file("flow/national.json")).unwrap();
    assert_eq!(on_disk, orosguiden::flow::NATIONAL_FLOW);
}

#[test]
fn every_combination_of_outcomes_assembles_with_every_example_configuration() {
    // What an outcome shows depends on its outcome ids, the role and the configuration: one
    // example path per combination, with each configuration.
    let flow = flow();
    let (groups, _) = outcome_groups(&flow).unwrap();
    for name in ["exempelkommun", "storstad-vaster", "smaby", "region-norrfors"] {
        let src = std::fs::read_to_string(repo_file(&format!("config/{name}.json"))).unwrap();
        let config = orosguiden::Config::from_json(&src).unwrap();
        for g in &groups {
            let o = outcome(&flow, &config, &g.example);
            // Of unknown age (as `outcome` answers): every block, whatever the ages it is for,
            // except those for some ages only that leave "unknown" out.
            let shown: Vec<&String> = g
                .outcomes
                .iter()
                .filter(|id| orosguiden::child::shown_for(outcome_def(&flow, id), Some(orosguiden::child::AgeBand::Unknown)))
                .collect();
            assert_eq!(o.ids.iter().collect::<Vec<_>>(), shown, "{name}");
            assert!(o.decision.reason.as_deref().is_some_and(|r| !r.trim().is_empty()));
            assert!(!o.decision.legal.is_empty());
            for c in &o.contacts {
                assert!(config.unit(&c.unit).is_some() && !c.phone.trim().is_empty(), "{name}: {}", c.unit);
                // A unit to phone now: the e-service only for the written confirmation.
                if c.purpose == Purpose::Acute {
                    assert!(c.e_service.is_none(), "{name}: {} offers its e-service to report on an acute path", c.unit);
                }
            }
            if REPORT_DECISIONS.contains(&o.decision.id.as_str()) {
                assert!(o.contacts.iter().any(|c| c.purpose == Purpose::Report), "{name}: {:?}: no unit to report to", g.outcomes);
            }
            if o.urgent {
                assert!(o.contacts.iter().any(|c| c.purpose == Purpose::Acute), "{name}: {:?}: nobody to phone", g.outcomes);
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The routing the domain requires, by example

fn path(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
    answers(pairs)
}

#[test]
fn a_teacher_with_a_suspicion_must_report() {
    let (flow, config) = (flow(), config());
    let a = path(&[
        ("acute-danger", "not-acute"),
        ("role", "school"),
        ("concern", "substance"),
        ("observations-substance", "yes"),
        ("already-happened", ""),
    ]);
    let o = outcome(&flow, &config, &a);
    assert_eq!(o.decision.id, "must-report");
    for b in
        ["duty-is-personal", "report-contents", "tell-parents", "feedback-to-reporter", "support-for-the-child", "support-for-the-parent"]
    {
        assert!(block_ids(&o).contains(&b), "missing {b}: {:?}", o.ids);
    }
    assert!(!o.urgent);
}

#[test]
fn several_worries_count_together_drink_and_violence() {
    let (flow, config) = (flow(), config());
    let a = path(&[
        ("acute-danger", "not-acute"),
        ("role", "school"),
        ("concern", "substance,violence"),
        ("observations-substance", "yes"),
        ("observations-violence", "no"),
        ("already-happened", ""),
    ]);
    let o = outcome(&flow, &config, &a);
    // The strongest decision of either worry; violence's parent rule; substance's support.
    assert_eq!(o.decision.id, "must-report");
    let blocks = block_ids(&o);
    assert!(blocks.contains(&"do-not-tell-parents") && !blocks.contains(&"tell-parents"), "{blocks:?}");
    assert!(blocks.contains(&"support-for-the-parent") && blocks.contains(&"child-witness-of-violence"), "{blocks:?}");
    // The observations are asked for each worry, in the order of the worries.
    let (pos, _) = walk(&flow, &a[..4]).unwrap();
    assert_eq!(pos, Position::Asking("observations-violence".into()));
}

#[test]
fn an_acute_answer_shows_the_call_at_once_and_the_guide_goes_on_to_the_whole_answer() {
    let (flow, config) = (flow(), config());
    let mut j = orosguiden::Journey::new();
    j.start();
    j.answer(&flow, "acute-danger", "danger-now").unwrap();
    assert_eq!(j.stage(&flow), orosguiden::journey::Stage::Question("child-place".into()));
    j.answer(&flow, "child-place", "here").unwrap();
    assert_eq!(j.stage(&flow), orosguiden::journey::Stage::Urgent);
    let now = orosguiden::outcome::assemble_so_far(&flow, &config, j.answers(), "sv", None).unwrap();
    assert_eq!((now.decision.id.as_str(), now.complete), ("call-112", false));
    j.go_on(&flow);
    assert_eq!(j.stage(&flow), orosguiden::journey::Stage::Question("role".into()));
    let a = path(&[("acute-danger", "danger-now"), ("role", "health-child"), ("concern", "violence"), ("already-happened", "")]);
    let o = outcome(&flow, &config, &a);
    assert_eq!(o.decision.id, "call-112");
    let blocks = block_ids(&o);
    for b in [
        "acute-duty-mandated",
        "duty-is-personal",
        "do-not-tell-parents",
        "child-witness-of-violence",
        "support-for-the-child",
        "report-contents",
    ] {
        assert!(blocks.contains(&b), "missing {b}: {blocks:?}");
    }
    // The report is made by phone: no unit's e-service as a way to report.
    assert!(o.contacts.iter().all(|c| c.e_service.is_none()));
}

#[test]
fn a_child_in_danger_from_their_own_intoxication_is_not_a_violence_at_home_case() {
    let (flow, config) = (flow(), config());
    let a = path(&[("acute-danger", "danger-now"), ("role", "school"), ("concern", "child-behaviour"), ("already-happened", "")]);
    let o = outcome(&flow, &config, &a);
    assert_eq!(o.decision.id, "call-112");
    assert!(!block_ids(&o).contains(&"do-not-tell-parents"), "{:?}", o.ids);
    assert!(block_ids(&o).contains(&"tell-parents"), "{:?}", o.ids);
}

#[test]
fn a_volunteer_with_a_suspicion_should_report_and_is_told_how_to_stay_anonymous() {
    let (flow, config) = (flow(), config());
    let a = path(&[
        ("acute-danger", "not-acute"),
        ("role", "volunteer"),
        ("concern", "neglect"),
        ("observations-neglect", "yes"),
        ("already-happened", "wants-anonymous"),
    ]);
    let o = outcome(&flow, &config, &a);
    assert_eq!(o.decision.id, "should-report");
    assert!(block_ids(&o).contains(&"anonymous-allowed"));
    assert!(!block_ids(&o).contains(&"duty-is-personal"));
}

#[test]
fn what_has_already_happened_changes_the_advice() {
    let (flow, config) = (flow(), config());
    let base = [("acute-danger", "not-acute"), ("role", "school"), ("concern", "neglect"), ("observations-neglect", "yes")];
    let with = |already: &str| {
        let mut a = path(&base);
        a.push(("already-happened".into(), already.into()));
        outcome(&flow, &config, &a)
    };
    let none = with("");
    let all = with("someone-reported,told-manager,wants-anonymous,told-parents");
    assert_eq!((none.decision.id.as_str(), all.decision.id.as_str()), ("must-report", "must-report"), "the duty stays whatever was done");
    for b in ["someone-else-reported", "told-manager", "anonymity-professional", "parents-already-told"] {
        assert!(!block_ids(&none).contains(&b) && block_ids(&all).contains(&b), "{b}");
    }
    // Parents already told about suspected violence: phone social services now.
    let violence = path(&[
        ("acute-danger", "not-acute"),
        ("role", "school"),
        ("concern", "violence"),
        ("observations-violence", "yes"),
        ("already-happened", "told-parents"),
    ]);
    let o = outcome(&flow, &config, &violence);
    assert!(o.urgent, "{:?}", o.ids);
    assert_eq!(o.decision.id, "parents-told-about-harm");
}

#[test]
fn roles_follow_the_laws_list() {
    let (flow, config) = (flow(), config());
    let with_role = |role: &str, concern: &str, obs: &str| {
        let mut a = path(&[("acute-danger", "not-acute"), ("role", role), ("concern", concern), (&format!("observations-{obs}"), "yes")]);
        if role == "authority" {
            a.push(("child-care-now".into(), "yes".into()));
        }
        a.push(("already-happened".into(), String::new()));
        outcome(&flow, &config, &a)
    };
    // Family counselling: its own, narrower duty.
    let o = with_role("family-counselling", "violence", "violence");
    assert_eq!(o.decision.id, "report-family-counselling");
    assert!(block_ids(&o).contains(&"family-counselling-duty"));
    // An authority named in the law, or whose work concerns children: mandated.
    assert_eq!(with_role("authority", "neglect", "neglect").decision.id, "must-report");
    // Unsure (e.g. an authority whose work does not concern children): report, and check.
    let o = with_role("unsure-role", "neglect", "neglect");
    assert_eq!(o.decision.id, "report-and-check-duty");
    assert!(block_ids(&o).contains(&"check-if-mandated"));
    // An authority, which meets parents and children from anywhere, is asked who cares for
    // the child now.
    let a = path(&[("acute-danger", "not-acute"), ("role", "authority"), ("concern", "substance"), ("observations-substance", "yes")]);
    assert_eq!(walk(&flow, &a).unwrap().0, Position::Asking("child-care-now".into()));
}

#[test]
fn an_adult_unit_worker_whose_client_is_detained_is_asked_who_cares_for_the_child() {
    let (flow, config) = (flow(), config());
    let a = path(&[
        ("acute-danger", "not-acute"),
        ("role", "social-services-adult"),
        ("client-children", "lives-with"),
        ("concern", "substance"),
        ("observations-substance", "yes"),
        ("compulsory-care", "yes"),
        ("child-care-now", "no"),
        ("already-happened", ""),
    ]);
    let o = outcome(&flow, &config, &a);
    assert_eq!(o.decision.id, "no-one-cares-for-the-child");
    assert!(o.urgent);
    for b in ["acute-duty-mandated", "lvm-report", "see-the-parent-role", "support-for-the-child", "support-for-the-parent"] {
        assert!(block_ids(&o).contains(&b), "missing {b}: {:?}", o.ids);
    }
    // The LVM report goes to a unit of the configuration.
    assert!(o.contacts.iter().any(|c| c.purpose == Purpose::Lvm && config.unit(&c.unit).is_some()));
}

#[test]
fn honour_related_violence_with_a_trip_abroad_near_is_urgent() {
    let (flow, config) = (flow(), config());
    let a = path(&[
        ("acute-danger", "not-acute"),
        ("role", "school"),
        ("concern", "honour"),
        ("observations-honour", "yes"),
        ("honour-travel", "soon"),
        ("already-happened", ""),
    ]);
    let o = outcome(&flow, &config, &a);
    assert_eq!(o.decision.id, "honour-travel-now");
    assert!(o.urgent);
    assert!(block_ids(&o).contains(&"honour-violence") && block_ids(&o).contains(&"do-not-tell-parents"));
}

#[test]
fn no_children_or_not_asked_end_at_once_on_the_adult_side() {
    let (flow, config) = (flow(), config());
    for (choice, decision) in [("no-children", "no-children-known"), ("not-asked", "ask-about-children")] {
        let a = path(&[("acute-danger", "not-acute"), ("role", "health-adult"), ("client-children", choice)]);
        assert_eq!(outcome(&flow, &config, &a).decision.id, decision);
    }
}

#[test]
fn an_unborn_child_alone_leads_to_consultation_before_birth() {
    let (flow, config) = (flow(), config());
    let via_concern = path(&[
        ("acute-danger", "not-acute"),
        ("role", "health-child"),
        ("concern", "unborn"),
        ("observations-unborn", "yes"),
        ("already-happened", ""),
    ]);
    assert_eq!(outcome(&flow, &config, &via_concern).decision.id, "consult-before-birth");
    // With a born child's worry too, the duty applies to that child.
    let with_child = path(&[
        ("acute-danger", "not-acute"),
        ("role", "health-child"),
        ("concern", "substance,unborn"),
        ("observations-substance", "yes"),
        ("observations-unborn", "yes"),
        ("already-happened", ""),
    ]);
    let o = outcome(&flow, &config, &with_child);
    assert_eq!(o.decision.id, "must-report");
    assert!(block_ids(&o).contains(&"expected-child-in-a-family-with-children"));
}

#[test]
fn only_acute_decisions_are_urgent() {
    let flow = flow();
    assert_eq!(
        urgent_ids(&flow),
        BTreeSet::from([
            "call-112",
            "honour-travel-now",
            "phone-social-services-now",
            "no-one-cares-for-the-child",
            "parents-told-about-harm"
        ])
    );
    for id in urgent_ids(&flow) {
        assert_eq!(outcome_def(&flow, id).kind, OutcomeKind::Decision);
        assert_eq!(outcome_def(&flow, id).contacts, vec![Purpose::Acute], "{id}");
    }
}

// ---------------------------------------------------------------------------------------------
// Time: who answers the phone now

fn acute_contacts_at(day: Day, h: u16, m: u16) -> Vec<orosguiden::outcome::Contact> {
    let (flow, config) = (flow(), config());
    let now = LocalTime { day, minute: h * 60 + m };
    let a = path(&[("acute-danger", "unsafe-today"), ("role", "school"), ("concern", "violence"), ("already-happened", "")]);
    let o = outcome_at(&flow, &config, &a, Some(now));
    o.contacts.into_iter().filter(|c| c.purpose == Purpose::Acute).collect()
}

#[test]
fn in_office_hours_the_intake_unit_comes_first_and_after_hours_the_social_jour() {
    let acute = acute_contacts_at(Day::Tue, 10, 0);
    assert_eq!((acute[0].kind, acute[0].open_now), (UnitKind::Intake, Some(true)));
    let acute = acute_contacts_at(Day::Tue, 21, 0);
    assert_eq!((acute[0].kind, acute[0].open_now), (UnitKind::SocialJour, Some(true)));
    assert_eq!(acute[0].unit, config().routing.after_hours);
    let acute = acute_contacts_at(Day::Sat, 10, 0);
    assert_eq!(acute[0].kind, UnitKind::SocialJour);
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
fn a_closed_report_unit_points_to_the_social_jour_and_an_open_one_does_not() {
    let (flow, config) = (flow(), config());
    let teacher = path(&[
        ("acute-danger", "not-acute"),
        ("role", "school"),
        ("concern", "substance"),
        ("observations-substance", "yes"),
        ("already-happened", ""),
    ]);
    let at = |day, h: u16| outcome_at(&flow, &config, &teacher, Some(LocalTime { day, minute: h * 60 }));
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

#[test]
fn the_school_routine_from_the_configuration_is_shown_on_school_report_paths_only() {
    let (flow, config) = (flow(), config());
    let report = path(&[
        ("acute-danger", "not-acute"),
        ("role", "school"),
        ("concern", "neglect"),
        ("observations-neglect", "yes"),
        ("already-happened", ""),
    ]);
    let o = outcome(&flow, &config, &report);
    let routine = o.blocks.iter().find(|b| b.id == "local-routine").and_then(|b| b.routine.clone());
    let expected = config.routing.roles["school"].routine.as_ref().unwrap().get("sv").to_string();
    assert_eq!(routine, Some(expected));
    // Without a report ("when you have reported, tell the rector" does not fit).
    let no_report = path(&[
        ("acute-danger", "not-acute"),
        ("role", "school"),
        ("concern", "neglect"),
        ("observations-neglect", "no"),
        ("already-happened", ""),
    ]);
    let o = outcome(&flow, &config, &no_report);
    assert!(o.blocks.iter().all(|b| b.routine.is_none()), "{:?}", o.ids);
    assert!(block_ids(&o).contains(&"no-report-next-steps"));
}

// ---------------------------------------------------------------------------------------------
// The texts: never "you need not report"; the law's sections cited

/// Phrases that would tell the user not to report, matched as whole words, case-insensitively.
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
    assert!(!contains_phrase("Samtalet ersätter inte anmälan.", "inte anmäla"));
    assert!(!contains_phrase("du behöver inte vara säker", "behöver inte anmäla"));
}

#[test]
fn no_outcome_text_tells_the_user_not_to_report() {
    let flow = flow();
    for o in &flow.outcomes {
        let texts = std::iter::once(&o.title).chain(&o.reason).chain(&o.body).chain(&o.list).chain(&o.steps);
        for t in texts {
            let sv = t.get("sv");
            for f in FORBIDDEN {
                assert!(!contains_phrase(sv, f), "{}: \"{sv}\" contains \"{f}\"", o.id);
            }
        }
    }
}

#[test]
fn the_duty_is_cited_with_the_verified_sections_of_the_new_act_beside_the_old() {
    let flow = flow();
    for (id, new, old) in [
        ("sol-duty", "19 kap. 1 §", "14 kap. 1 §"),
        ("sol-should-report", "19 kap. 4 §", "14 kap. 1 c §"),
        ("sol-feedback", "19 kap. 6 §", "14 kap. 1 b §"),
    ] {
        let l = flow.legal_ref(id).unwrap_or_else(|| panic!("{id}"));
        let sv = l.citation.get("sv");
        assert!(sv.contains(new) && sv.contains("2025:400") && sv.contains(old), "{id}: {sv}");
        assert!(l.verified, "{id}");
    }
    for l in &flow.legal {
        assert!(!l.source.trim().is_empty(), "{} says where it was checked", l.id);
    }
}
