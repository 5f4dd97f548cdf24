//! The check page: every answer with "Ändra", and the way to the outcome.

use crate::app::{send, Dispatch};
use crate::i18n::strings;
use crate::pages::summary_row;
use crate::state::Action;
use orosguiden::journey::Answer;
use orosguiden::summary::answer_labels;
use orosguiden::{Config, Flow};
use yew::prelude::*;

pub(crate) struct CheckProps<'a> {
    pub(crate) flow: &'a Flow,
    pub(crate) config: &'a Config,
    pub(crate) answers: &'a [Answer],
    pub(crate) lang: &'static str,
    pub(crate) heading: NodeRef,
    pub(crate) dispatch: &'a Dispatch,
}

pub(crate) fn check_page(p: &CheckProps<'_>) -> Html {
    let t = strings(p.lang);
    let labels = answer_labels(p.flow, p.config, p.answers, t.lang());
    html! {
        <div class="og-page og-page--check">
            <h1 class="og-heading-l" tabindex="-1" ref={p.heading.clone()}>{ t.check_title() }</h1>
            <dl class="og-summary-list">
                { for p.answers.iter().zip(labels).map(|((qid, _), (q, a))| {
                    let d = p.dispatch.clone();
                    let qid = qid.clone();
                    let onclick = Callback::from(move |_: MouseEvent| d.dispatch(Action::Edit(qid.clone())));
                    let hidden = format!(" {}", lower_first(&q));
                    summary_row(q, a, html! {
                        <dd class="og-summary-list__actions">
                            <button type="button" class="og-link" {onclick}>
                                { t.change() }<span class="og-visually-hidden">{ hidden }</span>
                            </button>
                        </dd>
                    })
                }) }
            </dl>
            <button type="button" class="og-button" onclick={send(p.dispatch, || Action::Confirm)}>{ t.show_outcome() }</button>
        </div>
    }
}

/// A question's short label as it reads after "Ändra" / "Change": its first letter in lower
/// case ("Din roll" -> "din roll"), the rest as written, so that an abbreviation stays one
/// ("… enligt LVM"). Only A–Z, Å, Ä, Ö and É are lowered, which covers the flow's Swedish and
/// English labels; full Unicode case mapping would bring the standard library's tables into the
/// widget (BENCHMARKS.md).
pub(crate) fn lower_first(s: &str) -> String {
    let mut chars = s.chars();
    let Some(first) = chars.next() else { return String::new() };
    let lower = match first {
        'A'..='Z' => first.to_ascii_lowercase(),
        'Å' => 'å',
        'Ä' => 'ä',
        'Ö' => 'ö',
        'É' => 'é',
        c => c,
    };
    let mut out = String::with_capacity(s.len());
    out.push(lower);
    out.push_str(chars.as_str());
    out
}

#[cfg(test)]
mod tests {
    use super::lower_first;

    #[test]
    fn only_the_first_letter_of_a_label_is_lowered() {
        assert_eq!(lower_first("Din roll"), "din roll");
        assert_eq!(lower_first("Your role"), "your role");
        assert_eq!(lower_first("Behov av vård enligt LVM"), "behov av vård enligt LVM");
        assert_eq!(lower_first("Need for care under LVM"), "need for care under LVM");
        assert_eq!(lower_first("Åtgärder"), "åtgärder");
        assert_eq!(lower_first("Ärendet"), "ärendet");
        assert_eq!(lower_first("Öppen vård"), "öppen vård");
        assert_eq!(lower_first("Él"), "él");
        assert_eq!(lower_first("oron gäller"), "oron gäller");
        assert_eq!(lower_first("18 år"), "18 år");
        assert_eq!(lower_first(""), "");
    }

    #[test]
    fn every_short_label_of_the_national_flow_reads_as_before_except_abbreviations() {
        // The labels as the full lower-casing read them, except that upper-case words after
        // the first (abbreviations such as LVM) now stay as written.
        let flow = orosguiden::Flow::from_json(include_str!("../../../flow/national.json")).unwrap();
        for q in &flow.questions {
            for (_, label) in q.short.iter() {
                let got = lower_first(label);
                let mut words_got = got.split(' ');
                let mut words_all = label.split(' ');
                assert_eq!(words_got.next().map(str::to_string), words_all.next().map(str::to_lowercase), "{label}");
                for (g, w) in words_got.zip(words_all) {
                    let abbreviation = w.chars().filter(|c| c.is_alphabetic()).count() > 1 && w.chars().all(|c| !c.is_lowercase());
                    assert_eq!(g, if abbreviation { w.to_string() } else { w.to_lowercase() }, "{label}");
                }
            }
        }
    }
}
