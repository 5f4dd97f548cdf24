//! The English version of the national flow: every text that has Swedish also has English, and
//! the English is not Swedish left untranslated. The flow is read as plain JSON so that a text in
//! a field the engine does not know yet is still found.

use orosguiden::flow::{Flow, NATIONAL_FLOW};
use serde_json::Value;

/// Swedish words that are common in any Swedish sentence and are not English words. Finding one
/// of them as a whole word in an English text means the text, or part of it, was not translated.
const SWEDISH_WORDS: [&str; 5] = ["och", "att", "inte", "barnet", "ska"];

/// Swedish proper names the English keeps on purpose, next to their English names, because a
/// reader must be able to find the act or the bill in Swedish sources. They contain words from
/// `SWEDISH_WORDS` ("Hälso- och ...", "... riskerar att ..."), so they are taken out before the
/// check. Only whole names belong here, never single words.
const KEPT_SWEDISH_NAMES: [&str; 3] =
    ["Hälso- och sjukvårdslagen", "Offentlighets- och sekretesslagen", "Stärkt skydd för barn som riskerar att fara illa"];

/// A text object: every key is a two-letter locale code and Swedish is among them.
fn is_text(map: &serde_json::Map<String, Value>) -> bool {
    !map.is_empty() && map.contains_key("sv") && map.keys().all(|k| k.len() == 2 && k.chars().all(|c| c.is_ascii_lowercase()))
}

/// Every text object in the flow with its path, e.g. `questions[0].text`.
fn texts(v: &Value, path: &str, out: &mut Vec<(String, serde_json::Map<String, Value>)>) {
    match v {
        Value::Object(map) if is_text(map) => out.push((path.to_string(), map.clone())),
        Value::Object(map) => {
            for (k, x) in map {
                let p = if path.is_empty() { k.clone() } else { format!("{path}.{k}") };
                texts(x, &p, out);
            }
        }
        Value::Array(xs) => {
            for (i, x) in xs.iter().enumerate() {
                texts(x, &format!("{path}[{i}]"), out);
            }
        }
        _ => {}
    }
}

/// How many objects anywhere in the flow have a key "sv", text or not.
fn count_sv_keys(v: &Value) -> usize {
    match v {
        Value::Object(map) => map.contains_key("sv") as usize + map.values().map(count_sv_keys).sum::<usize>(),
        Value::Array(xs) => xs.iter().map(count_sv_keys).sum(),
        _ => 0,
    }
}

fn flow_value() -> Value {
    serde_json::from_str(NATIONAL_FLOW).expect("flow/national.json is JSON")
}

fn all_texts() -> Vec<(String, serde_json::Map<String, Value>)> {
    let mut out = Vec::new();
    texts(&flow_value(), "", &mut out);
    out
}

fn get<'m>(map: &'m serde_json::Map<String, Value>, lang: &str) -> &'m str {
    map.get(lang).and_then(Value::as_str).unwrap_or("")
}

/// The words of a text: runs of letters and digits, lower-cased.
fn words(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect()
}

/// The runs of digits of a text, sorted: "29 kap. 13 §" and "Chapter 29, Section 13" agree.
fn numbers(s: &str) -> Vec<String> {
    let mut n: Vec<String> = s.split(|c: char| !c.is_ascii_digit()).filter(|w| !w.is_empty()).map(str::to_string).collect();
    n.sort();
    n
}

#[test]
fn the_flow_declares_swedish_and_english() {
    let v = flow_value();
    let locales: Vec<&str> = v["locales"].as_array().unwrap().iter().filter_map(Value::as_str).collect();
    assert_eq!(locales, ["sv", "en"]);
}

#[test]
fn every_text_is_found() {
    // Guards the walk itself: an object with "sv" that is not recognised as a text (say, a key
    // that is not a locale code next to it) would otherwise escape every check below.
    let v = flow_value();
    let found = all_texts().len();
    assert!(found > 250, "only {found} texts found");
    assert_eq!(found, count_sv_keys(&v), "some object with \"sv\" is not a text object");
}

#[test]
fn every_text_has_english() {
    let missing: Vec<String> = all_texts().into_iter().filter(|(_, t)| get(t, "en").trim().is_empty()).map(|(p, _)| p).collect();
    assert!(missing.is_empty(), "texts without English:\n  {}", missing.join("\n  "));
}

#[test]
fn the_english_is_not_swedish() {
    let mut bad = Vec::new();
    for (path, t) in all_texts() {
        let mut en = get(&t, "en").to_string();
        for name in KEPT_SWEDISH_NAMES {
            en = en.replace(name, " ");
        }
        let found: Vec<String> = words(&en).into_iter().filter(|w| SWEDISH_WORDS.contains(&w.as_str())).collect();
        if !found.is_empty() {
            bad.push(format!("{path}: {found:?} in {:?}", get(&t, "en")));
        }
        if get(&t, "en") == get(&t, "sv") {
            bad.push(format!("{path}: the English is the Swedish text"));
        }
    }
    assert!(bad.is_empty(), "English texts that look untranslated:\n  {}", bad.join("\n  "));
}

#[test]
fn the_english_keeps_numbers_and_placeholders() {
    // Phone numbers, SFS numbers, chapters and sections, dates and time limits must survive
    // translation unchanged, and so must the placeholder the engine fills in.
    let mut bad = Vec::new();
    for (path, t) in all_texts() {
        let (sv, en) = (get(&t, "sv"), get(&t, "en"));
        if numbers(sv) != numbers(en) {
            bad.push(format!("{path}: numbers {:?} in Swedish, {:?} in English", numbers(sv), numbers(en)));
        }
        if sv.matches("{municipality}").count() != en.matches("{municipality}").count() {
            bad.push(format!("{path}: {{municipality}} differs"));
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

#[test]
fn the_engine_reads_the_english() {
    let flow = Flow::national();
    let q = flow.question("acute-danger").expect("the first question");
    assert_eq!(q.text.get("en"), "Is the child in danger right now or today?");
    assert_ne!(q.text.get("en"), q.text.get("sv"));
}

// ---------------------------------------------------------------------------------------------
// The widget ships the flow in Swedish only and fetches the English one when asked for.

#[test]
fn the_single_locale_flows_are_the_national_flow_in_one_language() {
    use orosguiden::flow::single_locale;
    let full = Flow::national();
    for locale in ["sv", "en"] {
        let src = single_locale(NATIONAL_FLOW, locale).unwrap();
        assert!(src.len() < NATIONAL_FLOW.len() * 2 / 3, "{locale}: {} of {} bytes", src.len(), NATIONAL_FLOW.len());
        let one = Flow::from_json(&src).unwrap_or_else(|e| panic!("{locale}: {e}"));
        assert_eq!(one.locales, [locale]);
        // Valid on its own, except that a flow must be in Swedish; the English one is never used alone.
        let codes: Vec<_> = orosguiden::validate::validate_flow(&one).into_iter().map(|p| p.code).collect();
        assert_eq!(codes, if locale == "sv" { vec![] } else { vec!["flow/missing-locale"] }, "{locale}");
        // Same structure, and every text is the full flow's text in that language.
        assert_eq!(orosguiden::paths::outcome_groups(&one).unwrap(), orosguiden::paths::outcome_groups(&full).unwrap());
        for (a, b) in one.questions.iter().zip(&full.questions) {
            assert_eq!((a.id.as_str(), a.text.get(locale)), (b.id.as_str(), b.text.get(locale)));
            assert_eq!(a.text.iter().count(), 1, "{}: one locale only", a.id);
            for (x, y) in a.choices.iter().zip(&b.choices) {
                assert_eq!(
                    (x.id.as_str(), x.label.get(locale), x.hint.as_ref().map(|h| h.get(locale))),
                    (y.id.as_str(), y.label.get(locale), y.hint.as_ref().map(|h| h.get(locale)))
                );
            }
        }
        for (a, b) in one.outcomes.iter().zip(&full.outcomes) {
            assert_eq!((a.id.as_str(), a.title.get(locale)), (b.id.as_str(), b.title.get(locale)));
            assert_eq!(a.body.iter().map(|t| t.get(locale)).collect::<Vec<_>>(), b.body.iter().map(|t| t.get(locale)).collect::<Vec<_>>());
            assert_eq!(
                a.steps.iter().map(|t| t.get(locale)).collect::<Vec<_>>(),
                b.steps.iter().map(|t| t.get(locale)).collect::<Vec<_>>()
            );
        }
        assert_eq!(one.questions.len(), full.questions.len());
        assert_eq!(one.outcomes.len(), full.outcomes.len());
        // The same facts and legal references; the notes for reviewers, which the widget never
        // shows, are left empty.
        assert_eq!(one.facts.iter().map(|f| &f.id).collect::<Vec<_>>(), full.facts.iter().map(|f| &f.id).collect::<Vec<_>>());
        assert!(one.facts.iter().all(|f| f.means.is_empty()) && full.facts.iter().all(|f| !f.means.is_empty()));
        assert_eq!(one.legal.len(), full.legal.len());
        for (a, b) in one.legal.iter().zip(&full.legal) {
            assert_eq!((a.id.as_str(), a.verified, a.citation.get(locale)), (b.id.as_str(), b.verified, b.citation.get(locale)));
            assert!(a.source.is_empty() && !b.source.is_empty(), "{}", a.id);
        }
    }
    // A locale the flow does not have is refused, with where.
    let e = single_locale(NATIONAL_FLOW, "de").unwrap_err().to_string();
    assert!(e.starts_with("a text without \"de\" at line "), "{e}");
}

fn question_index(v: &Value, id: &str) -> usize {
    v["questions"].as_array().unwrap().iter().position(|q| q["id"] == id).unwrap()
}

#[test]
fn a_flow_in_another_language_is_taken_only_if_it_routes_the_same() {
    use orosguiden::flow::single_locale;
    let sv = Flow::from_json(&single_locale(NATIONAL_FLOW, "sv").unwrap()).unwrap();
    let en_src = single_locale(NATIONAL_FLOW, "en").unwrap();
    let en = Flow::from_json(&en_src).unwrap();
    assert!(sv.has_locale("sv") && !sv.has_locale("en") && en.has_locale("en"));
    assert!(sv.same_structure(&en) && en.same_structure(&sv) && sv.same_structure(&Flow::national()));
    // Any change to routing, facts, conditions, contacts or version is a different flow.
    let mut v: Value = serde_json::from_str(&en_src).unwrap();
    type Change = Box<dyn Fn(&mut Value)>;
    let changes: Vec<Change> = vec![
        Box::new(|v| v["version"] = "2020-01-01".into()),
        Box::new(|v| v["questions"][1]["choices"][0]["next"] = "end".into()),
        Box::new(|v| v["questions"][1]["choices"][0]["sets"] = serde_json::json!([])),
        Box::new(|v| v["outcomes"][0]["when"] = "danger_now & unsafe_today & mandated".into()),
        Box::new(|v| v["outcomes"][0]["contacts"] = serde_json::json!([])),
        Box::new(|v| v["outcomes"][5]["urgent"] = true.into()),
        Box::new(|v| {
            v["questions"].as_array_mut().unwrap().pop();
        }),
        // The questions with several choices: which they are, whether none is an answer, and
        // where they lead.
        Box::new(|v| {
            let i = question_index(v, "concern");
            v["questions"][i]["multiple"] = false.into();
        }),
        Box::new(|v| {
            let i = question_index(v, "already-happened");
            v["questions"][i]["optional"] = false.into();
        }),
        Box::new(|v| {
            let i = question_index(v, "already-happened");
            v["questions"][i]["next"] = "role".into();
        }),
    ];
    for (i, change) in changes.iter().enumerate() {
        let mut w = v.clone();
        change(&mut w);
        let other = Flow::from_json(&w.to_string()).unwrap();
        assert!(!sv.same_structure(&other), "change {i} must be noticed");
    }
    // Texts alone may differ.
    v["questions"][0]["text"]["en"] = "Something else".into();
    assert!(sv.same_structure(&Flow::from_json(&v.to_string()).unwrap()));
}

/// Every field of every record of the flow that is not a text takes part in `same_structure`
/// (issue 19: the comparison is generated from the one list of fields, flow_record!), and no
/// text does: a change to each one of them, one at a time.
#[test]
fn same_structure_compares_every_field_but_the_texts() {
    use orosguiden::flow::single_locale;
    let en: Value = serde_json::from_str(&single_locale(NATIONAL_FLOW, "en").unwrap()).unwrap();
    let base = Flow::from_json(&en.to_string()).unwrap();
    let outcome_with = |v: &Value, field: &str| v["outcomes"].as_array().unwrap().iter().position(|o| o.get(field).is_some()).unwrap();
    let question_with = |v: &Value, field: &str| v["questions"].as_array().unwrap().iter().position(|q| q.get(field).is_some()).unwrap();
    let text = serde_json::json!({"en": "x"});
    // (where, change, whether it is structure)
    type Change = Box<dyn Fn(&mut Value)>;
    let mut changes: Vec<(&str, Change, bool)> = Vec::new();
    let mut change = |name: &'static str, structure: bool, f: Change| changes.push((name, f, structure));
    // Flow
    change("schema", true, Box::new(|v| v["schema"] = "orosguiden-flow/0".into()));
    change("version", true, Box::new(|v| v["version"] = "2000-01-01".into()));
    change("start", true, Box::new(|v| v["start"] = "role".into()));
    change("role_question", true, Box::new(|v| v["role_question"] = "acute-danger".into()));
    change("locales", false, Box::new(|v| v["locales"] = serde_json::json!(["en", "de"])));
    // Facts, legal references, purposes
    change("facts[].id", true, Box::new(|v| v["facts"][0]["id"] = "something_else".into()));
    change("facts[].means", false, Box::new(|v| v["facts"][0]["means"] = "a note".into()));
    change("legal[].id", true, Box::new(|v| v["legal"][0]["id"] = "another-law".into()));
    change("legal[].verified", true, Box::new(|v| v["legal"][0]["verified"] = (!v["legal"][0]["verified"].as_bool().unwrap()).into()));
    change("legal[].citation", false, Box::new(move |v| v["legal"][0]["citation"]["en"] = "x".into()));
    change("legal[].source", false, Box::new(|v| v["legal"][0]["source"] = "a note".into()));
    change("purposes[].id", true, Box::new(|v| v["purposes"].as_array_mut().unwrap().swap(0, 1)));
    change(
        "purposes[].elsewhere",
        true,
        Box::new(|v| {
            v["purposes"][0].as_object_mut().unwrap().remove("elsewhere");
        }),
    );
    change("purposes[].label", false, Box::new(|v| v["purposes"][0]["label"]["en"] = "x".into()));
    // Questions and choices
    change("questions[].id", true, Box::new(|v| v["questions"][0]["id"] = "another-question".into()));
    change("questions[].text", false, Box::new(|v| v["questions"][0]["text"]["en"] = "x".into()));
    change("questions[].short", false, Box::new(|v| v["questions"][0]["short"]["en"] = "x".into()));
    let t = text.clone();
    change(
        "questions[].hint (whether there is one)",
        true,
        Box::new(move |v| {
            let i = question_with(v, "examples");
            let q = v["questions"][i].as_object_mut().unwrap();
            if q.remove("hint").is_none() {
                q.insert("hint".into(), t.clone());
            }
        }),
    );
    change(
        "questions[].examples (how many)",
        true,
        Box::new(move |v| {
            let i = question_with(v, "examples");
            v["questions"][i]["examples"].as_array_mut().unwrap().pop();
        }),
    );
    change(
        "questions[].examples[]",
        false,
        Box::new(move |v| {
            let i = question_with(v, "examples");
            v["questions"][i]["examples"][0]["en"] = "x".into();
        }),
    );
    change("choices[].id", true, Box::new(|v| v["questions"][0]["choices"][0]["id"] = "another-choice".into()));
    change("choices[].label", false, Box::new(|v| v["questions"][0]["choices"][0]["label"]["en"] = "x".into()));
    change(
        "choices[].hint (whether there is one)",
        true,
        Box::new(|v| {
            v["questions"][0]["choices"][0].as_object_mut().unwrap().remove("hint");
        }),
    );
    change("choices[].hint", false, Box::new(|v| v["questions"][0]["choices"][0]["hint"]["en"] = "x".into()));
    change(
        "choices (how many)",
        true,
        Box::new(|v| {
            v["questions"][0]["choices"].as_array_mut().unwrap().pop();
        }),
    );
    change(
        "routes[].to",
        true,
        Box::new(|v| {
            let q = v["questions"]
                .as_array_mut()
                .unwrap()
                .iter_mut()
                .find(|q| q["choices"].as_array().unwrap().iter().any(|c| c["next"].is_array()))
                .unwrap();
            let c = q["choices"].as_array_mut().unwrap().iter_mut().find(|c| c["next"].is_array()).unwrap();
            c["next"][0]["to"] = "end".into();
        }),
    );
    change(
        "routes[].when",
        true,
        Box::new(|v| {
            let q = v["questions"]
                .as_array_mut()
                .unwrap()
                .iter_mut()
                .find(|q| q["choices"].as_array().unwrap().iter().any(|c| c["next"].is_array()))
                .unwrap();
            let c = q["choices"].as_array_mut().unwrap().iter_mut().find(|c| c["next"].is_array()).unwrap();
            c["next"][0]["when"] = "mandated".into();
        }),
    );
    // Outcomes: every field of OutcomeDef
    change("outcomes[].id", true, Box::new(|v| v["outcomes"][0]["id"] = "another-outcome".into()));
    change("outcomes[].kind", true, Box::new(|v| v["outcomes"][0]["kind"] = "block".into()));
    change(
        "outcomes[].legal",
        true,
        Box::new(move |v| {
            let i = outcome_with(v, "legal");
            v["outcomes"][i]["legal"].as_array_mut().unwrap().pop();
        }),
    );
    change(
        "outcomes[].support",
        true,
        Box::new(move |v| {
            let i = outcome_with(v, "support");
            let other = if v["outcomes"][i]["support"] == "child" { "family" } else { "child" };
            v["outcomes"][i]["support"] = other.into();
        }),
    );
    change(
        "outcomes[].routine",
        true,
        Box::new(move |v| {
            let i = outcome_with(v, "routine");
            v["outcomes"][i]["routine"] = (!v["outcomes"][i]["routine"].as_bool().unwrap()).into();
        }),
    );
    change(
        "outcomes[].ages",
        true,
        Box::new(move |v| {
            let i = outcome_with(v, "ages");
            v["outcomes"][i]["ages"] = serde_json::json!(["unknown"]);
        }),
    );
    change(
        "outcomes[].reason (whether there is one)",
        true,
        Box::new(move |v| {
            let i = outcome_with(v, "reason");
            v["outcomes"][i].as_object_mut().unwrap().remove("reason");
        }),
    );
    for field in ["body", "list", "steps"] {
        change(
            field,
            true,
            Box::new(move |v| {
                let i = outcome_with(v, field);
                v["outcomes"][i][field].as_array_mut().unwrap().push(serde_json::json!({"en": "x"}));
            }),
        );
        change(
            field,
            false,
            Box::new(move |v| {
                let i = outcome_with(v, field);
                v["outcomes"][i][field][0]["en"] = "x".into();
            }),
        );
    }
    change("outcomes[].title", false, Box::new(|v| v["outcomes"][0]["title"]["en"] = "x".into()));
    change(
        "outcomes[].reason",
        false,
        Box::new(move |v| {
            let i = outcome_with(v, "reason");
            v["outcomes"][i]["reason"]["en"] = "x".into();
        }),
    );
    for (name, f, structure) in &changes {
        let mut w = en.clone();
        f(&mut w);
        assert_ne!(w, en, "{name}: the change changes the file");
        let other = Flow::from_json(&w.to_string()).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(!base.same_structure(&other), *structure, "{name}");
    }
}

#[test]
fn a_lazy_flow_is_parsed_once_on_first_use_and_is_the_same_flow() {
    use orosguiden::flow::{single_locale, single_locale_pack, LazyFlow};
    // The widget embeds the Swedish flow as a pack; leaked here to give the 'static source it has.
    let src: &'static str = Box::leak(single_locale_pack(NATIONAL_FLOW, "sv").unwrap().into_boxed_str());
    let lazy = LazyFlow::new(src);
    assert!(!lazy.is_parsed(), "made without parsing");
    let first: *const Flow = lazy.get();
    assert!(lazy.is_parsed());
    assert!(std::ptr::eq(first, &*lazy), "parsed once: the same flow on every use");
    let eager = Flow::from_json(&single_locale(NATIONAL_FLOW, "sv").unwrap()).unwrap();
    assert!(lazy.same_structure(&eager) && eager.same_structure(&lazy));
    assert_eq!(lazy.start, eager.start);
    assert_eq!(lazy.questions.len(), eager.questions.len());
    // A flow that is already parsed is just wrapped.
    let ready = LazyFlow::from(eager);
    assert!(ready.is_parsed());
    assert_eq!(ready.questions.len(), lazy.questions.len());
}

#[test]
#[should_panic(expected = "the embedded flow is not a pack of this build")]
fn a_lazy_flow_that_does_not_read_panics_on_first_use() {
    let lazy = orosguiden::flow::LazyFlow::new("{\"not\": \"a flow\"}");
    let _ = lazy.get();
}
