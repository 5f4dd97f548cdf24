//! A question page: the question as a fieldset with its choices (radios, or checkboxes for a
//! question with several), its hint, and the error when none was picked; on an acute path the
//! 112 link above it.

use crate::app::Dispatch;
use crate::i18n::strings;
use crate::state::Action;
use orosguiden::flow::Choice;
use orosguiden::{Config, Flow};
use web_sys::HtmlInputElement;
use yew::prelude::*;

pub(crate) struct QuestionProps<'a> {
    pub(crate) flow: &'a Flow,
    pub(crate) config: &'a Config,
    /// An urgent decision holds: the call to 112 comes first, above the question.
    pub(crate) acute: bool,
    pub(crate) qid: &'a str,
    pub(crate) lang: &'static str,
    pub(crate) picked: Option<&'a str>,
    pub(crate) error: bool,
    pub(crate) prefix: &'a str,
    pub(crate) heading: NodeRef,
    pub(crate) dispatch: &'a Dispatch,
}

pub(crate) fn question_page(p: &QuestionProps<'_>) -> Html {
    // The flow's question, or one about the child (where it lives, its age).
    let Some(q) = orosguiden::child::any_question(p.flow, p.config, p.qid, p.lang, p.acute) else { return html! {} };
    let t = strings(p.lang);
    let lang = p.lang;
    let name = AttrValue::from(format!("{}-{}", p.prefix, q.id));
    let error_id = format!("{name}-error");
    let hint_id = format!("{name}-hint");
    let onsubmit = {
        let d = p.dispatch.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            d.dispatch(Action::Continue)
        })
    };
    let error = if q.multiple { t.error_pick_some() } else { t.error_pick() };
    let none_is_fine = q.multiple && q.optional;
    let has_hint = q.hint.is_some() || !q.examples.is_empty() || none_is_fine;
    let described = match (has_hint, p.error) {
        (true, true) => Some(format!("{hint_id} {error_id}")),
        (true, false) => Some(hint_id.clone()),
        (false, true) => Some(error_id.clone()),
        (false, false) => None,
    };
    // Keyed by the question: each question gets inputs of its own. Reusing the previous
    // question's inputs (renamed into the new group) let the browser drop a kept answer's check.
    html! {
        <div class="og-page og-page--question" key={q.id.as_str()}>
            if p.acute {
                <div class="og-panel" data-urgent="">
                    <p class="og-panel__call"><a class="og-call" href="tel:112">{ t.call_112() }</a></p>
                </div>
            }
            if p.error {
                <div class="og-error-summary" role="alert">
                    <h2 class="og-heading-m">{ t.error_title() }</h2>
                    <p><a class="og-link" href={format!("#{name}-0")}>{ error }</a></p>
                </div>
            }
            <form class="og-form" novalidate=true {onsubmit} autocomplete="off">
                <div class="og-form-group" data-error={p.error.then_some("")}>
                    <fieldset class="og-fieldset" aria-describedby={described} data-og-question={q.id.clone()}>
                        <legend class="og-fieldset__legend">
                            <h1 class="og-heading-l" tabindex="-1" ref={p.heading.clone()}>{ q.text.get(lang) }</h1>
                        </legend>
                        if has_hint {
                            <div id={hint_id} class="og-hint">
                                if let Some(h) = &q.hint { <p>{ h.get(lang) }</p> }
                                if none_is_fine { <p>{ t.none_is_fine() }</p> }
                                if !q.examples.is_empty() {
                                    <ul class="og-list og-list--bullet">
                                        { for q.examples.iter().map(|e| html! { <li>{ e.get(lang) }</li> }) }
                                    </ul>
                                }
                            </div>
                        }
                        if p.error {
                            <p id={error_id} class="og-error-message">
                                <span class="og-visually-hidden">{ t.error_prefix() }</span>{ error }
                            </p>
                        }
                        { radios(&RadiosProps { choices: &q.choices, name, lang, picked: p.picked, multiple: q.multiple, dispatch: p.dispatch }) }
                    </fieldset>
                </div>
                <button type="submit" class="og-button">{ t.continue_button() }</button>
            </form>
        </div>
    }
}

pub(crate) struct RadiosProps<'a> {
    pub(crate) choices: &'a [Choice],
    pub(crate) name: AttrValue,
    pub(crate) lang: &'static str,
    /// The choice picked; with checkboxes, those ticked, joined by commas.
    pub(crate) picked: Option<&'a str>,
    /// Checkboxes rather than radios.
    pub(crate) multiple: bool,
    pub(crate) dispatch: &'a Dispatch,
}

/// A question's choices: the only part of the page that a pick re-renders. One listener on the
/// group picks the choice whose radio changed (its value is the choice's id).
pub(crate) fn radios(p: &RadiosProps<'_>) -> Html {
    let onchange = {
        let d = p.dispatch.clone();
        Callback::from(move |e: Event| d.dispatch(Action::Pick(e.target_unchecked_into::<HtmlInputElement>().value())))
    };
    let name = &p.name;
    let kind = if p.multiple { "checkbox" } else { "radio" };
    let checked = |id: &str| match p.picked {
        Some(picked) if p.multiple => picked.split(orosguiden::flow::CHOICE_SEP).any(|x| x == id),
        picked => picked == Some(id),
    };
    html! {
        <div class="og-radios" {onchange}>
            { for p.choices.iter().enumerate().map(|(i, c)| {
                let id = format!("{name}-{i}");
                let hint = c.hint.as_ref().map(|h| (format!("{id}-hint"), h.get(p.lang)));
                html! {
                    <div class="og-radios__item">
                        <input class="og-radios__input" type={kind} id={id.clone()} name={name.clone()}
                            value={c.id.clone()} checked={checked(&c.id)}
                            aria-describedby={hint.as_ref().map(|(hid, _)| hid.clone())} />
                        <label class="og-radios__label" for={id}>{ c.label.get(p.lang) }</label>
                        if let Some((hid, h)) = hint {
                            <div id={hid} class="og-radios__hint">{ h }</div>
                        }
                    </div>
                }
            }) }
        </div>
    }
}
