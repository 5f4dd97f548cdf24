//! Below the outcome: the drafting aid for the report, the answers, and copy and print.

use crate::app::{Assembled, Dispatch};
use crate::dom;
use crate::i18n::{strings, Strings};
use crate::pages::{block, summary_row};
use crate::state::Action;
use orosguiden::summary::{summary_text, Note};
use orosguiden::text::fill;
use std::rc::Rc;
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

pub(crate) struct DraftProps<'a> {
    pub(crate) notes: &'a [String; 4],
    pub(crate) assembled: &'a Rc<Assembled>,
    pub(crate) lang: &'static str,
    pub(crate) prefix: &'a AttrValue,
    pub(crate) dispatch: &'a Dispatch,
}

/// The drafting aid: notes under fixed headings, copy and print; and under it the answers given.
/// The summary that is copied is made when the button is pressed, from the notes as they are
/// then. Not a component: it renders on every keystroke anyway (the notes are the reducer's),
/// and each component is a copy of Yew's code in the download (BENCHMARKS.md).
pub(crate) fn draft(p: &DraftProps<'_>) -> Html {
    let t: &'static Strings = strings(p.lang);
    let oncopy = {
        let d = p.dispatch.clone();
        let notes = p.notes.clone();
        let a = p.assembled.clone();
        Callback::from(move |_: MouseEvent| {
            let notes: Vec<Note> =
                t.notes().iter().zip(notes.iter()).map(|(h, text)| Note { heading: h.to_string(), text: text.clone() }).collect();
            let text = summary_text(&a.flow, &a.config, &a.answers, &a.outcome, &notes, t.lang());
            let d = d.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let ok = dom::copy(&text).await;
                d.dispatch(Action::Announce(if ok { t.copied() } else { t.copy_failed() }.to_string()));
            });
        })
    };
    let onprint = Callback::from(|_: MouseEvent| dom::print());
    let a = &p.assembled;
    let draft = block(
        p.prefix,
        "draft",
        t.draft_title(),
        html! {
            <>
                <p class="og-hint">{ t.draft_hint() }</p>
                { for t.notes().iter().enumerate().map(|(i, h)| {
                    let id = format!("{}-note-{i}", p.prefix);
                    let d = p.dispatch.clone();
                    let oninput = Callback::from(move |e: InputEvent| {
                        d.dispatch(Action::Note(i, e.target_unchecked_into::<HtmlTextAreaElement>().value()))
                    });
                    let note = &p.notes[i];
                    html! {
                        <div class="og-form-group">
                            <label class="og-label" for={id.clone()}>{ *h }</label>
                            <textarea class="og-textarea og-no-print" {id} rows="3" autocomplete="off"
                                value={note.clone()} {oninput} />
                            <div class="og-print-only og-note-print">{ if note.trim().is_empty() { "–" } else { note.as_str() } }</div>
                        </div>
                    }
                }) }
                <div class="og-button-group og-no-print">
                    <button type="button" class="og-button" onclick={oncopy}>{ t.copy() }</button>
                    <button type="button" class="og-button og-button--secondary" onclick={onprint}>{ t.print() }</button>
                </div>
            </>
        },
    );
    // The answers given, with the flow's version and the organisation.
    let answers = block(
        p.prefix,
        "answers",
        t.answers_title(),
        html! {
            <>
                <dl class="og-summary-list">
                    { for a.labels.iter().map(|(q, v)| summary_row(q.clone(), v.clone(), html! {})) }
                </dl>
                <p class="og-hint">{ fill(t.version_line(), &[("{version}", &a.outcome.flow_version), ("{org}", &a.outcome.organisation)]) }</p>
            </>
        },
    );
    html! { <>{ draft }{ answers }</> }
}
