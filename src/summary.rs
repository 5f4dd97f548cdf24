//! The summary the user takes away: answers, decision, steps, contacts and their own notes, as
//! plain text for the clipboard. Built in the browser; it leaves only by the user's copy or print.

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
pub fn answer_labels(flow: &Flow, answers: &[Answer], lang: &str) -> Vec<(String, String)> {
    answers
        .iter()
        .filter_map(|(q, c)| {
            let q = flow.question(q)?;
            let c = q.choice(c)?;
            Some((q.short.get(lang).to_string(), c.label.get(lang).to_string()))
        })
        .collect()
}

/// Plain text of the whole summary, headings underlined for reading in any text field.
pub fn summary_text(flow: &Flow, answers: &[Answer], outcome: &Outcome, notes: &[Note], lang: &str) -> String {
    let mut s = String::new();
    let head = |s: &mut String, h: &str| {
        s.push_str(h);
        s.push('\n');
        s.push_str(&"-".repeat(h.chars().count()));
        s.push('\n');
    };
    head(&mut s, &format!("Orosguiden – sammanfattning ({})", outcome.organisation));
    if outcome.demo {
        s.push_str("DEMONSTRATION: påhittad kommun och påhittade telefonnummer.\n");
    }
    s.push('\n');
    head(&mut s, "Resultat");
    s.push_str(&outcome.decision.title);
    s.push('\n');
    if let Some(r) = &outcome.decision.reason {
        s.push_str(r);
        s.push('\n');
    }
    if !outcome.steps.is_empty() {
        s.push('\n');
        head(&mut s, "Gör så här");
        for (i, step) in outcome.steps.iter().enumerate() {
            s.push_str(&format!("{}. {step}\n", i + 1));
        }
    }
    if !outcome.contacts.is_empty() {
        s.push('\n');
        head(&mut s, "Vem du kontaktar");
        for c in &outcome.contacts {
            s.push_str(&format!("{}: {}, tel. {} ({})\n", c.label, c.name, c.phone, c.hours));
            if let Some(e) = &c.e_service {
                s.push_str(&format!("  E-tjänst: {e}\n"));
            }
        }
    }
    s.push('\n');
    head(&mut s, "Dina svar");
    for (q, a) in answer_labels(flow, answers, lang) {
        s.push_str(&format!("{q}: {a}\n"));
    }
    if notes.iter().any(|n| !n.text.trim().is_empty()) {
        s.push('\n');
        head(&mut s, "Underlag för anmälan");
        for n in notes {
            s.push_str(&n.heading);
            s.push_str(":\n");
            s.push_str(if n.text.trim().is_empty() { "–" } else { n.text.trim() });
            s.push_str("\n\n");
        }
    }
    s.push('\n');
    s.push_str(&format!("Lagstöd: {}\n", outcome.decision.legal.iter().map(|l| l.text.as_str()).collect::<Vec<_>>().join("; ")));
    s.push_str(&format!("Orosguidens innehåll, version {}.\n", outcome.flow_version));
    s
}
