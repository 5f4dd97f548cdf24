//! The child's own municipality and age (issue 17, BRIEF §7): over every end of the national
//! flow × every municipality (and "another" / "don't know") of every example configuration,
//! each unit of social services shown is one of the chosen municipality's (or shared by all);
//! for another or an unknown municipality none is, and the guide says how to find theirs. Over
//! every combination of outcomes × place × age band, every support offer fits the age and is
//! listed under a section for its audience. Assertions use ids, not wording.

mod common;

use common::*;
use orosguiden::child::{AgeBand, Place, AGE_QUESTION, OTHER, PLACE_QUESTION, UNKNOWN};
use orosguiden::config::Config;
use orosguiden::flow::{Purpose, SupportFor};
use orosguiden::outcome::contact_units;
use orosguiden::paths::{explore, outcome_groups};
use rustc_hash::FxHashSet;

const CONFIGS: [&str; 4] = ["exempelkommun", "storstad-vaster", "smaby", "region-norrfors"];

fn config_named(name: &str) -> Config {
    Config::from_json(&std::fs::read_to_string(repo_file(&format!("config/{name}.json"))).unwrap()).unwrap()
}

/// Every place a user may answer for `config`.
fn places(config: &Config) -> Vec<String> {
    config.municipalities().iter().map(|m| m.id.to_string()).chain([OTHER.to_string(), UNKNOWN.to_string()]).collect()
}

/// Whether a unit may be shown for the social services of a child who lives in `place`: one of
/// that municipality's units or a shared one; none for another or an unknown municipality.
fn belongs(config: &Config, unit: &str, place: Place<'_>) -> bool {
    let Some(u) = config.unit(unit) else { return false };
    match place {
        Place::In(m) => u.municipality.as_deref().is_none_or(|own| own == m),
        Place::Other | Place::Unknown => false,
    }
}

#[test]
fn the_regional_example_covers_three_municipalities_with_shared_units() {
    let c = config_named("region-norrfors");
    assert!(c.municipalities().len() >= 3);
    let shared_jour =
        c.municipalities.iter().map(|m| m.after_hours.as_str()).filter(|j| c.unit(j).is_some_and(|u| u.municipality.is_none()));
    assert!(shared_jour.count() >= 2, "a social jour shared by two municipalities");
    assert!(c.routing.contacts.get(&Purpose::Barnombud).is_some_and(|b| b.iter().all(|u| c.unit(u).unwrap().municipality.is_none())));
    assert!(c.organisation.demo, "fictional, and marked so");
    assert!(c.units.iter().all(|u| u.phone.starts_with("000")), "every number fictional");
}

#[test]
fn every_social_services_unit_on_every_end_is_the_childs_municipalitys() {
    let flow = flow();
    let configs: Vec<(&str, Config)> = CONFIGS.iter().map(|n| (*n, config_named(n))).collect();
    // What the units depend on: the outcomes (their purposes), the role and which local rules
    // hold. Each combination is checked once, for every configuration and place.
    let mut seen: FxHashSet<(u128, Option<u16>, u64)> = FxHashSet::default();
    let mut checked = 0usize;
    explore(&[&flow], |e| {
        let side = e.first();
        let rules = configs
            .iter()
            .flat_map(|(_, c)| c.routing.rules.iter().chain(c.municipalities.iter().flat_map(|m| &m.rules)))
            .enumerate()
            .filter(|(_, r)| r.unless.as_ref().is_some_and(|c| side.holds(c)))
            .fold(0u64, |m, (i, _)| m | 1 << (i % 64));
        if !seen.insert((side.outcome_bits(), e.role_index(), rules)) {
            return;
        }
        let selected: Vec<_> = side.outcomes().iter().map(|id| outcome_def(&flow, id)).collect();
        let facts = side.facts();
        for (name, config) in &configs {
            for place in places(config) {
                let place = Place::of(&place);
                for (p, units) in contact_units(config, &selected, e.role(), &facts, place) {
                    checked += 1;
                    if !p.is_social_services() {
                        continue;
                    }
                    for (u, _) in &units {
                        assert!(belongs(config, u, place), "{name} {place:?}: {p:?} names {u} on {}", e.label());
                    }
                    // The child's own municipality: someone to report to and to phone.
                    if place.municipality().is_some() && matches!(p, Purpose::Report | Purpose::Acute) {
                        assert!(!units.is_empty(), "{name} {place:?}: no unit for {p:?} on {}", e.label());
                    }
                    if p == Purpose::Report {
                        if let Place::In(m) = place {
                            assert!(
                                units.iter().any(|(u, _)| config.unit(u).is_some_and(|u| u.kind == orosguiden::config::UnitKind::Intake)),
                                "{name} {m}: no intake among the units to report to"
                            );
                        }
                    }
                }
            }
        }
    })
    .unwrap();
    assert!(seen.len() > 1000 && checked > 10_000, "{} combinations, {checked} lists", seen.len());
}

#[test]
fn every_outcome_by_place_and_age_names_the_right_units_and_fitting_offers() {
    let flow = flow();
    let (groups, _) = outcome_groups(&flow).unwrap();
    for name in CONFIGS {
        let config = config_named(name);
        for g in &groups {
            let selected: Vec<_> = g.outcomes.iter().map(|id| outcome_def(&flow, id)).collect();
            let needs_place = orosguiden::child::needs_place(&selected);
            let social = selected.iter().any(|o| o.contacts.iter().any(|p| p.is_social_services()));
            // Where the place is not asked (a report under LVM alone): the file's own
            // municipality when it has one, none when it has several.
            let own = if config.municipalities.is_empty() { vec![orosguiden::child::HERE.to_string()] } else { vec![String::new()] };
            let places = if needs_place { places(&config) } else { own };
            // Every place (of unknown age), and every age (in the first place): the units
            // depend on the place only, the offers and age-bound blocks on the age only.
            let combos = places.iter().map(|p| (p.clone(), AgeBand::Unknown)).chain(AgeBand::ALL.map(|a| (places[0].clone(), a)));
            for (place, age) in combos {
                {
                    let mut answers = g.example.clone();
                    if needs_place {
                        answers.push((PLACE_QUESTION.to_string(), place.clone()));
                    }
                    answers.push((AGE_QUESTION.to_string(), age.id().to_string()));
                    let o = orosguiden::assemble(&flow, &config, &answers, "sv", None).unwrap();
                    let where_ = if place.is_empty() { Place::Unknown } else { Place::of(&place) };
                    let label = format!("{name} {place} {}: {:?}", age.id(), g.example);
                    // Units of social services: the chosen municipality's, also the one that
                    // answers when a unit is closed.
                    for c in o.contacts.iter().filter(|c| c.purpose.is_social_services()) {
                        assert!(belongs(&config, &c.unit, where_), "{label}: {}", c.unit);
                    }
                    let elsewhere = where_.municipality().is_none() && social;
                    assert_eq!(!o.elsewhere.is_empty(), elsewhere, "{label}: the instruction for another municipality");
                    assert!(o.elsewhere.iter().all(|e| !e.text.trim().is_empty()), "{label}");
                    if elsewhere {
                        assert!(o.municipality.is_none(), "{label}");
                        assert!(
                            o.contacts.iter().all(|c| !matches!(c.purpose, Purpose::Report | Purpose::Consult | Purpose::Acute)),
                            "{label}: a unit of ours for a child elsewhere"
                        );
                    } else if needs_place {
                        let m = config.municipality(&place).unwrap();
                        assert_eq!(o.municipality.as_deref(), Some(m.name), "{label}");
                    }
                    // Support: fits the age, and listed under a section for its audience.
                    let audiences: Vec<SupportFor> = o.blocks.iter().filter_map(|b| b.support).collect();
                    for s in &o.support {
                        let offer = config.support.iter().find(|x| x.id == s.id).unwrap();
                        assert!(age.fits(offer.ages), "{label}: {} ({:?}) for {}", s.id, offer.ages, age.id());
                        assert_eq!(s.for_, offer.for_, "{label}");
                        assert!(audiences.contains(&s.for_), "{label}: {} has no section for {:?}", s.id, s.for_);
                    }
                    // Age-bound blocks: only for their ages.
                    for b in &o.blocks {
                        let def = outcome_def(&flow, &b.id);
                        assert!(orosguiden::child::shown_for(def, Some(age)), "{label}: {}", b.id);
                    }
                }
            }
        }
    }
}

#[test]
fn the_age_changes_the_childs_offers_and_the_advice() {
    let flow = flow();
    let config = config_named("storstad-vaster");
    let base = answers(&[
        ("acute-danger", "not-acute"),
        ("role", "school"),
        ("concern", "substance"),
        ("observations-substance", "unsure"),
        ("already-happened", ""),
        ("child-place", "here"),
    ]);
    let at = |age: &str| outcome(&flow, &config, &[base.clone(), answers(&[("child-age", age)])].concat());
    let child_offers = |o: &orosguiden::Outcome| -> Vec<String> {
        o.support.iter().filter(|s| s.for_ == SupportFor::Child).map(|s| s.id.clone()).collect()
    };
    let (small, school, teen) = (at("0-6"), at("7-12"), at("15-17"));
    assert!(!child_offers(&school).is_empty() && !child_offers(&teen).is_empty());
    assert_ne!(child_offers(&school), child_offers(&teen));
    assert!(small.support.iter().any(|s| s.id == "familjecentral"), "a family centre for a small child");
    assert!(!teen.support.iter().any(|s| s.id == "familjecentral"), "no family centre for a teenager");
    assert!(block_ids(&small).contains(&"talk-with-a-young-child"));
    assert!(block_ids(&teen).contains(&"talk-with-a-teenager") && !block_ids(&teen).contains(&"talk-with-a-young-child"));
}

#[test]
fn from_15_the_young_persons_own_consent_is_in_the_lvu_text() {
    let flow = flow();
    let config = config();
    let report = answers(&[
        ("acute-danger", "not-acute"),
        ("role", "school"),
        ("concern", "neglect"),
        ("observations-neglect", "yes"),
        ("already-happened", ""),
        ("child-place", "here"),
    ]);
    let at = |age: &str| outcome(&flow, &config, &[report.clone(), answers(&[("child-age", age)])].concat());
    for (age, shown) in [("0-6", false), ("7-12", false), ("13-14", false), ("15-17", true), ("unknown", true)] {
        let o = at(age);
        assert_eq!(block_ids(&o).contains(&"young-persons-own-consent"), shown, "{age}");
        assert!(o.blocks.iter().any(|b| b.legal.iter().any(|l| l.id == "lvu")), "{age}: LVU is cited");
    }
}

#[test]
fn a_parents_misuse_shows_the_whole_family_side_by_side_with_sip() {
    let flow = flow();
    let config = config_named("region-norrfors");
    let a = answers(&[
        ("acute-danger", "not-acute"),
        ("role", "health-adult"),
        ("client-children", "lives-with"),
        ("concern", "substance"),
        ("observations-substance", "yes"),
        ("compulsory-care", "no"),
        ("child-care-now", "yes"),
        ("already-happened", ""),
        ("child-place", "bjorkvik"),
        ("child-age", "7-12"),
    ]);
    let o = outcome(&flow, &config, &a);
    let ids = block_ids(&o);
    let family = ids.iter().position(|b| *b == "help-the-whole-family").expect("the whole family");
    // The sections for each member, together and in a row after it.
    let audiences: Vec<SupportFor> = o.blocks[family + 1..].iter().map_while(|b| b.support).collect();
    for f in [SupportFor::Child, SupportFor::Parent, SupportFor::OtherParent] {
        assert!(audiences.contains(&f), "{f:?}: {ids:?}");
    }
    assert!(o.blocks[family].legal.iter().any(|l| l.id == "sol-10-8"), "SIP, 10 kap. 8 §");
    for f in [SupportFor::Child, SupportFor::Parent, SupportFor::OtherParent] {
        assert!(o.support.iter().any(|s| s.for_ == f), "an offer for {f:?}");
    }
    // Björkvik's intake, not Alby's or Celsing's.
    assert!(o.contacts.iter().any(|c| c.unit == "bjorkvik-mottagningen"));
    assert!(!o.contacts.iter().any(|c| c.unit.starts_with("alby-") || c.unit.starts_with("celsing-")));
}

#[test]
fn after_hours_the_childs_own_social_jour_answers() {
    let flow = flow();
    let config = config_named("region-norrfors");
    let night = orosguiden::LocalTime { day: orosguiden::config::Day::Tue, minute: 22 * 60 };
    for (place, jour) in [("alby", "socialjouren-norrfors"), ("bjorkvik", "socialjouren-norrfors"), ("celsing", "celsing-socialjour")] {
        let a = answers(&[("acute-danger", "unsafe-today"), ("child-place", place)]);
        let o = orosguiden::outcome::assemble_so_far(&flow, &config, &a, "sv", Some(night)).unwrap();
        assert_eq!(o.contacts.first().map(|c| c.unit.as_str()), Some(jour), "{place}: the open social jour first");
        for c in &o.contacts {
            if let Some((_, phone)) = &c.when_closed {
                assert_eq!(phone, &config.unit(jour).unwrap().phone, "{place}");
            }
        }
    }
    let a = answers(&[("acute-danger", "unsafe-today"), ("child-place", "other")]);
    let o = orosguiden::outcome::assemble_so_far(&flow, &config, &a, "sv", Some(night)).unwrap();
    assert!(o.contacts.is_empty() && o.elsewhere.iter().any(|e| e.purpose == Purpose::Acute));
}

/// What the widget offers after a fault (issue 19), beside 112: the social jour of each
/// municipality, each once, and none that is 112 itself.
#[test]
fn the_social_jours_are_each_municipalitys_once_without_112() {
    let ids = |name: &str| config_named(name).social_jours().iter().map(|u| u.id.clone()).collect::<Vec<_>>();
    assert_eq!(ids("region-norrfors"), ["socialjouren-norrfors", "celsing-socialjour"]);
    assert_eq!(ids("exempelkommun"), ["socialjouren"]);
    // Småby's after-hours unit is reached through 112, which the page shows first anyway.
    assert_eq!(ids("smaby"), Vec::<String>::new());
}
