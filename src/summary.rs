//! The summary the user takes away: answers, decision, steps, contacts and their own notes, as
//! plain text for the clipboard. Built in the browser; it leaves only by the user's copy or print.

use crate::config::Config;
use crate::flow::Flow;
use crate::journey::Answer;
use crate::outcome::Outcome;

/// One heading of the report-drafting aid and what the user wrote under it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note {
    /// The heading, e.g. "Vad jag har sett och hört".
    pub heading: String,
    /// The user's text (may be empty).
    pub text: String,
}

/// The answers as (question short label, choice label) pairs, for "Check your answers" and the
/// summary.
pub fn answer_labels(flow: &Flow, config: &Config, answers: &[Answer], lang: &str) -> Vec<(String, String)> {
    answers
        .iter()
        .filter_map(|(q, c)| {
            let q = crate::child::any_question(flow, config, q, lang, false)?;
            let picked = q.picked(c).ok()?;
            // Several choices are listed one after the other; none is a dash.
            let labels: Vec<&str> = picked.iter().map(|c| c.label.get(lang)).collect();
            Some((q.short.get(lang).to_string(), if labels.is_empty() { "–".to_string() } else { labels.join("; ") }))
        })
        .collect()
}

/// The summary's own headings in one language.
struct Words {
    title: &'static str,
    demo: &'static str,
    result: &'static str,
    steps: &'static str,
    contacts: &'static str,
    tel: &'static str,
    e_service: &'static str,
    answers: &'static str,
    notes: &'static str,
    legal: &'static str,
    version: &'static str,
}

const SV: Words = Words {
    title: "Orosguiden – sammanfattning",
    demo: "DEMONSTRATION: påhittad kommun och påhittade telefonnummer.",
    result: "Resultat",
    steps: "Gör så här",
    contacts: "Vem du kontaktar",
    tel: "tel.",
    e_service: "E-tjänst",
    answers: "Dina svar",
    notes: "Underlag för anmälan",
    legal: "Lagstöd",
    version: "Orosguidens innehåll, version",
};

const EN: Words = Words {
    title: "Orosguiden – summary",
    demo: "DEMONSTRATION: made-up municipality and made-up phone numbers.",
    result: "Result",
    steps: "What to do",
    contacts: "Whom to contact",
    tel: "phone",
    e_service: "E-service",
    answers: "Your answers",
    notes: "Notes for the report",
    legal: "Legal basis",
    version: "Orosguiden content, version",
};

/// Plain text of the whole summary, headings underlined for reading in any text field.
pub fn summary_text(flow: &Flow, config: &Config, answers: &[Answer], outcome: &Outcome, notes: &[Note], lang: &str) -> String {
    let w = if lang == "en" { &EN } else { &SV };
    let mut s = String::new();
    let head = |s: &mut String, h: &str| {
        s.push_str(h);
        s.push('\n');
        s.push_str(&"-".repeat(h.chars().count()));
        s.push('\n');
    };
    head(&mut s, &format!("{} ({})", w.title, outcome.organisation));
    if outcome.demo {
        s.push_str(w.demo);
        s.push('\n');
    }
    s.push('\n');
    head(&mut s, w.result);
    s.push_str(&outcome.decision.title);
    s.push('\n');
    if let Some(r) = &outcome.decision.reason {
        s.push_str(r);
        s.push('\n');
    }
    if !outcome.steps.is_empty() {
        s.push('\n');
        head(&mut s, w.steps);
        for (i, step) in outcome.steps.iter().enumerate() {
            s.push_str(&format!("{}. {step}\n", i + 1));
        }
    }
    if !outcome.contacts.is_empty() || !outcome.elsewhere.is_empty() {
        s.push('\n');
        head(&mut s, w.contacts);
        for e in &outcome.elsewhere {
            s.push_str(&format!("{}: {}\n", e.label, e.text));
        }
        for c in &outcome.contacts {
            s.push_str(&format!("{}: {}, {} {}", c.label, c.name, w.tel, c.phone));
            if !c.hours.is_empty() {
                s.push_str(&format!(" ({})", c.hours));
            }
            s.push('\n');
            if let Some(e) = &c.e_service {
                s.push_str(&format!("  {}: {e}\n", w.e_service));
            }
        }
    }
    s.push('\n');
    head(&mut s, w.answers);
    for (q, a) in answer_labels(flow, config, answers, lang) {
        s.push_str(&format!("{q}: {a}\n"));
    }
    if notes.iter().any(|n| !n.text.trim().is_empty()) {
        s.push('\n');
        head(&mut s, w.notes);
        for n in notes {
            s.push_str(&n.heading);
            s.push_str(":\n");
            s.push_str(if n.text.trim().is_empty() { "–" } else { n.text.trim() });
            s.push_str("\n\n");
        }
    }
    s.push('\n');
    s.push_str(&format!("{}: {}\n", w.legal, outcome.decision.legal.iter().map(|l| l.text.as_str()).collect::<Vec<_>>().join("; ")));
    s.push_str(&format!("{} {}.\n", w.version, outcome.flow_version));
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;
    use crate::outcome::assemble;

    fn teacher() -> Vec<Answer> {
        [
            ("acute-danger", "not-acute"),
            ("role", "school"),
            ("concern", "substance"),
            ("observations-substance", "yes"),
            ("already-happened", ""),
            ("child-place", "here"),
            ("child-age", "7-12"),
        ]
        .iter()
        .map(|(q, c)| (q.to_string(), c.to_string()))
        .collect()
    }

    #[test]
    fn the_summary_holds_the_decision_contacts_answers_and_notes() {
        let (flow, config) = (Flow::national(), Config::demo());
        let o = assemble(&flow, &config, &teacher(), "sv", None).unwrap();
        let notes = vec![
            Note { heading: "Vad barnet har sagt".into(), text: "”Mamma sover hela dagen.”".into() },
            Note { heading: "När det hände".into(), text: "  ".into() },
        ];
        let s = summary_text(&flow, &Config::demo(), &teacher(), &o, &notes, "sv");
        assert!(s.contains(&o.decision.title));
        assert!(s.contains("000-100 10 01"));
        assert!(s.contains("Din roll: Förskola, skola, fritidshem eller elevhälsa"));
        assert!(s.contains("Vad barnet har sagt:\n”Mamma sover hela dagen.”"));
        assert!(s.contains("När det hände:\n–"), "an empty note reads as a dash");
        assert!(s.contains("DEMONSTRATION"));
        assert!(s.contains("1. "), "steps are numbered");
    }

    #[test]
    fn without_notes_there_is_no_notes_section() {
        let (flow, config) = (Flow::national(), Config::demo());
        let o = assemble(&flow, &config, &teacher(), "sv", None).unwrap();
        let s = summary_text(&flow, &Config::demo(), &teacher(), &o, &[], "sv");
        assert!(!s.contains("Underlag för anmälan"));
        let en = summary_text(&flow, &Config::demo(), &teacher(), &o, &[], "en");
        assert!(en.contains("Whom to contact") && en.contains("Your answers"));
    }
}
