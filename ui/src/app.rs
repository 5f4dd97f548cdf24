//! The widget's pages. Each renders engine state; user actions go back as [`Action`]s.

use crate::dom;
use crate::i18n::{strings, Strings};
use crate::state::{Action, State};
use orosguiden::journey::Stage;
use orosguiden::outcome::{assemble, Contact, Outcome};
use orosguiden::summary::{answer_labels, summary_text, Note};
use orosguiden::validate::Problem;
use orosguiden::{Config, Flow};
use std::rc::Rc;
use std::sync::atomic::{AtomicUsize, Ordering};
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

/// Properties of the widget.
#[derive(Properties, Clone)]
pub struct AppProps {
    /// The national flow.
    pub flow: Rc<Flow>,
    /// The configuration to route with.
    pub config: Rc<Config>,
    /// What was wrong with the configuration file; the config is then the fallback.
    #[prop_or_default]
    pub problems: Rc<Vec<Problem>>,
    /// The language to start in: "sv" (default) or "en".
    #[prop_or_else(|| "sv".to_string())]
    pub lang: String,
}

impl PartialEq for AppProps {
    fn eq(&self, o: &Self) -> bool {
        Rc::ptr_eq(&self.flow, &o.flow) && Rc::ptr_eq(&self.config, &o.config) && Rc::ptr_eq(&self.problems, &o.problems) && self.lang == o.lang
    }
}

static INSTANCES: AtomicUsize = AtomicUsize::new(0);

/// The whole widget.
#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let state = use_reducer(|| State::new(props.flow.clone(), props.config.clone(), &props.lang));
    // Ids must be unique when two widgets share a page.
    let prefix = use_state(|| format!("og{}", INSTANCES.fetch_add(1, Ordering::Relaxed)));
    let heading = use_node_ref();
    let live = use_state(String::new);
    {
        let heading = heading.clone();
        let page = state.page;
        let live = live.clone();
        use_effect_with(page, move |page| {
            // A message from the previous page (e.g. "copied") must not hide the next
            // announcement.
            if !live.is_empty() {
                live.set(String::new());
            }
            // Focus follows the page so keyboard and screen-reader users start at its heading;
            // never on the first render, which would steal focus from the host page.
            if *page > 0 {
                if let Some(el) = heading.cast::<web_sys::Element>() {
                    dom::focus(&el);
                }
            }
        });
    }
    {
        // Shared computers: leaving the page forgets everything, also for the back-forward cache.
        let state = state.clone();
        use_effect_with((), move |_| {
            let guard = dom::on_pagehide(move || state.dispatch(Action::Restart));
            move || drop(guard)
        });
    }
    // Shared computers: after the configured minutes without use the journey is cleared, with
    // a warning a minute before. Any change of state (an answer, a page, a note) counts as use.
    let idle_warning = use_state(|| false);
    {
        let minutes = state.config.inactivity_minutes;
        let idle_warning = idle_warning.clone();
        let state2 = state.clone();
        let activity = (state.page, state.notes.clone(), state.picked.clone(), state.lang.clone());
        use_effect_with(activity, move |_| {
            // Setting state re-renders, so only when there is something to hide.
            if *idle_warning {
                idle_warning.set(false);
            }
            let mut guards = Vec::new();
            if let Some(m) = minutes.filter(|m| *m >= 2) {
                let ms = i32::from(m) * 60_000;
                let warn = idle_warning.clone();
                guards.extend(dom::timeout(ms - 60_000, move || warn.set(true)));
                let warn = idle_warning.clone();
                guards.extend(dom::timeout(ms, move || {
                    warn.set(false);
                    state2.dispatch(Action::Restart);
                }));
            }
            move || drop(guards)
        });
    }
    let dispatch = {
        let state = state.clone();
        move |a: Action| state.dispatch(a)
    };
    let on = |a: fn() -> Action| {
        let d = dispatch.clone();
        Callback::from(move |_| d(a()))
    };
    let t = strings(&state.lang);
    let stage = state.stage();
    let mut announce = (*live).clone();
    let page = match &stage {
        Stage::Start => start_page(t, &heading, on(|| Action::Start)),
        Stage::Question(q) => question_page(t, &state, q, &prefix, &heading, dispatch.clone()),
        Stage::Check => check_page(t, &state, &heading, dispatch.clone()),
        Stage::Outcome => {
            match assemble(&state.flow, &state.config, state.journey.answers(), t.lang, Some(dom::local_time())) {
                Ok(o) => {
                    // The outcome is announced; a later copy message replaces it.
                    if announce.is_empty() {
                        announce = o.decision.title.clone();
                    }
                    outcome_page(t, &state, &o, &prefix, &heading, dispatch.clone(), live.clone())
                }
                Err(_) => html! {
                    <div class="og-error-summary" role="alert">
                        <h1 class="og-heading-l" tabindex="-1" ref={heading.clone()}>{ t.outcome_error_title }</h1>
                        <p>{ t.outcome_error_text.replace("{name}", &state.config.organisation.name).replace("{number}", &state.config.organisation.switchboard) }</p>
                    </div>
                },
            }
        }
    };
    let back = match stage {
        Stage::Start => html! {},
        _ => html! {
            <button type="button" class="og-link og-back og-no-print" onclick={on(|| Action::Back)}>{ t.back }</button>
        },
    };
    let switch = {
        let d = dispatch.clone();
        let to = t.switch_to;
        Callback::from(move |_: MouseEvent| d(Action::Lang(to.to_string())))
    };
    html! {
        <section class="og-widget" lang={t.lang} aria-label={t.widget_name}>
            if *idle_warning {
                <div class="og-idle" role="alert">
                    <p><strong>{ t.idle_warning }</strong></p>
                    <button type="button" class="og-button" onclick={on(|| Action::KeepAlive)}>{ t.idle_keep }</button>
                </div>
            }
            { config_problems(t, &state.config, &props.problems) }
            { demo_banner(t, &state.config) }
            <div class="og-nav og-no-print">
                { back }
                <button type="button" class="og-link og-lang" lang={t.switch_to} onclick={switch}>{ t.switch_label }</button>
            </div>
            <div class="og-main">{ page }</div>
            <div class="og-visually-hidden" aria-live="polite" role="status">{ announce }</div>
            if !matches!(state.stage(), Stage::Start) {
                <div class="og-footer og-no-print">
                    <button type="button" class="og-button og-button--secondary" onclick={on(|| Action::Restart)}>{ t.restart }</button>
                    <p class="og-hint">{ t.restart_hint }</p>
                </div>
            }
        </section>
    }
}

/// A configuration that cannot be used never leaves a blank widget: say what is wrong, for the
/// editor, and that the guidance runs on national facts only.
fn config_problems(t: &Strings, config: &Config, problems: &[Problem]) -> Html {
    if problems.is_empty() {
        return html! {};
    }
    html! {
        <div class="og-config-error" role="region" aria-label={t.config_error_region}>
            <h2 class="og-heading-s">{ t.config_error_title }</h2>
            <p>{ t.config_error_text.replace("{fallback}", &if config.organisation.switchboard.is_empty() {
                String::new()
            } else {
                t.config_error_switchboard.replace("{name}", &config.organisation.name).replace("{number}", &config.organisation.switchboard)
            }) }</p>
            <details class="og-details">
                <summary class="og-details__summary">{ t.config_error_show.replace("{n}", &problems.len().to_string()) }</summary>
                <ul class="og-list og-list--bullet">
                    { for problems.iter().map(|p| html! {
                        <li><code>{ &p.path }</code>{": "}{ &p.message }{" ("}{ p.code }{")"}</li>
                    }) }
                </ul>
            </details>
        </div>
    }
}

fn demo_banner(t: &Strings, config: &Config) -> Html {
    if !config.organisation.demo {
        return html! {};
    }
    html! {
        <div class="og-demo-banner">
            <strong>{ t.demo_strong }</strong>
            { t.demo_text.replace("{name}", &config.organisation.name) }
        </div>
    }
}

fn start_page(t: &Strings, heading: &NodeRef, onstart: Callback<MouseEvent>) -> Html {
    html! {
        <div class="og-page og-page--start">
            <h1 class="og-heading-xl" tabindex="-1" ref={heading.clone()}>{ t.start_title }</h1>
            <p class="og-lead">{ t.start_lead }</p>
            <p>{ t.start_time }</p>
            <div class="og-inset">
                <p><strong>{ t.start_privacy_strong }</strong>{ t.start_privacy }</p>
            </div>
            <div class="og-warning">
                <p><strong>{ t.start_danger }</strong></p>
            </div>
            <button type="button" class="og-button og-button--start" onclick={onstart}>{ t.start_button }</button>
        </div>
    }
}

fn question_page(t: &Strings, state: &State, qid: &str, prefix: &str, heading: &NodeRef, dispatch: impl Fn(Action) + Clone + 'static) -> Html {
    let Some(q) = state.flow.question(qid) else { return html! {} };
    let lang = t.lang;
    let name = format!("{prefix}-{}", q.id);
    let error_id = format!("{name}-error");
    let hint_id = format!("{name}-hint");
    let onsubmit = {
        let d = dispatch.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            d(Action::Continue)
        })
    };
    let mut described = Vec::new();
    if q.hint.is_some() || !q.examples.is_empty() {
        described.push(hint_id.clone());
    }
    if state.error {
        described.push(error_id.clone());
    }
    html! {
        <div class="og-page og-page--question">
            if state.error {
                <div class="og-error-summary" role="alert">
                    <h2 class="og-heading-m">{ t.error_title }</h2>
                    <p><a class="og-link" href={format!("#{name}-0")}>{ t.error_pick }</a></p>
                </div>
            }
            <form class="og-form" novalidate=true onsubmit={onsubmit} autocomplete="off">
                <div class={classes!("og-form-group", state.error.then_some("og-form-group--error"))}>
                    <fieldset class="og-fieldset" aria-describedby={(!described.is_empty()).then(|| described.join(" "))}>
                        <legend class="og-fieldset__legend">
                            <h1 class="og-heading-l" tabindex="-1" ref={heading.clone()}>{ q.text.get(lang) }</h1>
                        </legend>
                        if q.hint.is_some() || !q.examples.is_empty() {
                            <div id={hint_id.clone()} class="og-hint">
                                if let Some(h) = &q.hint { <p>{ h.get(lang) }</p> }
                                if !q.examples.is_empty() {
                                    <ul class="og-list og-list--bullet">
                                        { for q.examples.iter().map(|e| html! { <li>{ e.get(lang) }</li> }) }
                                    </ul>
                                }
                            </div>
                        }
                        if state.error {
                            <p id={error_id.clone()} class="og-error-message">
                                <span class="og-visually-hidden">{ t.error_prefix }</span>{ t.error_pick }
                            </p>
                        }
                        <div class="og-radios">
                            { for q.choices.iter().enumerate().map(|(i, c)| {
                                let id = format!("{name}-{i}");
                                let choice_hint = format!("{id}-hint");
                                let onchange = {
                                    let d = dispatch.clone();
                                    let cid = c.id.clone();
                                    Callback::from(move |_: Event| d(Action::Pick(cid.clone())))
                                };
                                html! {
                                    <div class="og-radios__item">
                                        <input class="og-radios__input" type="radio" id={id.clone()} name={name.clone()}
                                            value={c.id.clone()} checked={state.picked.as_deref() == Some(c.id.as_str())}
                                            aria-describedby={c.hint.as_ref().map(|_| choice_hint.clone())}
                                            onchange={onchange} />
                                        <label class="og-radios__label" for={id.clone()}>{ c.label.get(lang) }</label>
                                        if let Some(h) = &c.hint {
                                            <div id={choice_hint} class="og-radios__hint">{ h.get(lang) }</div>
                                        }
                                    </div>
                                }
                            }) }
                        </div>
                    </fieldset>
                </div>
                <button type="submit" class="og-button">{ t.continue_button }</button>
            </form>
        </div>
    }
}

fn check_page(t: &Strings, state: &State, heading: &NodeRef, dispatch: impl Fn(Action) + Clone + 'static) -> Html {
    let labels = answer_labels(&state.flow, state.journey.answers(), t.lang);
    let confirm = {
        let d = dispatch.clone();
        Callback::from(move |_: MouseEvent| d(Action::Confirm))
    };
    html! {
        <div class="og-page og-page--check">
            <h1 class="og-heading-l" tabindex="-1" ref={heading.clone()}>{ t.check_title }</h1>
            <dl class="og-summary-list">
                { for state.journey.answers().iter().zip(labels).map(|((qid, _), (q, a))| {
                    let d = dispatch.clone();
                    let qid = qid.clone();
                    let onclick = Callback::from(move |_: MouseEvent| d(Action::Edit(qid.clone())));
                    html! {
                        <div class="og-summary-list__row">
                            <dt class="og-summary-list__key">{ q.clone() }</dt>
                            <dd class="og-summary-list__value">{ a }</dd>
                            <dd class="og-summary-list__actions">
                                <button type="button" class="og-link" onclick={onclick}>
                                    { t.change }<span class="og-visually-hidden">{format!(" {}", q.to_lowercase())}</span>
                                </button>
                            </dd>
                        </div>
                    }
                }) }
            </dl>
            <button type="button" class="og-button" onclick={confirm}>{ t.show_outcome }</button>
        </div>
    }
}

fn contact_card(t: &Strings, c: &Contact) -> Html {
    let tel = format!("tel:{}", c.phone.chars().filter(|ch| ch.is_ascii_digit() || *ch == '+').collect::<String>());
    html! {
        <div class="og-contact">
            <p class="og-contact__label">{ &c.label }</p>
            <h3 class="og-heading-s og-contact__name">{ &c.name }</h3>
            <p class="og-contact__phone">{ t.phone }<a class="og-link" href={tel}>{ &c.phone }</a></p>
            <p class="og-contact__hours">
                if !c.hours.is_empty() { { t.open_hours }{ &c.hours } }
                { match c.open_now {
                    Some(true) => html! { <span class="og-tag og-tag--open">{ t.open_now }</span> },
                    Some(false) => html! { <span class="og-tag og-tag--closed">{ t.closed_now }</span> },
                    None => html! {},
                } }
            </p>
            if let Some(e) = &c.e_service {
                <p>{ t.e_service }<a class="og-link" href={e.clone()} rel="noopener noreferrer" target="_blank">{ e }</a></p>
            }
            if let Some(a) = &c.address { <p>{ t.address }{ a }</p> }
            if let Some(n) = &c.note { <p class="og-contact__note">{ n }</p> }
            if let Some((name, phone)) = &c.when_closed {
                <p class="og-contact__closed">
                    { t.closed_instead.replace("{name}", name) }
                    <a class="og-link" href={format!("tel:{}", phone.chars().filter(|ch| ch.is_ascii_digit() || *ch == '+').collect::<String>())}>{ phone }</a>
                    { t.closed_instead_after }
                </p>
            }
        </div>
    }
}

fn legal_items(t: &Strings, legal: &[orosguiden::outcome::Citation]) -> Html {
    html! {
        <ul class="og-list">
            { for legal.iter().map(|l| html! {
                <li>{ &l.text }
                    if !l.verified { <span class="og-tag og-tag--unverified">{ t.verify_locally }</span> }
                </li>
            }) }
        </ul>
    }
}

/// The decision's legal basis, always visible.
fn legal_list(t: &Strings, legal: &[orosguiden::outcome::Citation]) -> Html {
    html! {
        <div class="og-legal">
            <p class="og-legal__heading">{ t.legal_title }</p>
            { legal_items(t, legal) }
        </div>
    }
}

/// A block's legal basis, folded away so that the page stays readable.
fn legal_details(t: &Strings, legal: &[orosguiden::outcome::Citation]) -> Html {
    if legal.is_empty() {
        return html! {};
    }
    html! {
        <details class="og-legal og-details">
            <summary class="og-details__summary">{ t.legal_title }</summary>
            { legal_items(t, legal) }
        </details>
    }
}

fn outcome_page(
    t: &'static Strings,
    state: &State,
    o: &Outcome,
    prefix: &str,
    heading: &NodeRef,
    dispatch: impl Fn(Action) + Clone + 'static,
    live: UseStateHandle<String>,
) -> Html {
    let notes: Vec<Note> = t
        .notes
        .iter()
        .zip(state.notes.iter())
        .map(|(h, t)| Note { heading: h.to_string(), text: t.clone() })
        .collect();
    let text = summary_text(&state.flow, state.journey.answers(), o, &notes, t.lang);
    let oncopy = {
        let live = live.clone();
        Callback::from(move |_: MouseEvent| {
            let text = text.clone();
            let live = live.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let ok = dom::copy(&text).await;
                live.set(if ok { t.copied } else { t.copy_failed }.to_string());
            });
        })
    };
    let onprint = Callback::from(|_: MouseEvent| dom::print());
    let child: Vec<_> = o.support.iter().filter(|s| s.for_ == orosguiden::flow::SupportFor::Child).collect();
    let parent: Vec<_> = o.support.iter().filter(|s| s.for_ == orosguiden::flow::SupportFor::Parent).collect();
    let support_list = |xs: &[&orosguiden::outcome::SupportOffer]| html! {
        <ul class="og-list og-support">
            { for xs.iter().map(|s| html! {
                <li class="og-support__item">
                    <strong>{ &s.name }</strong>
                    if let Some(a) = &s.ages { {format!(" ({a})")} }
                    <br/>{ &s.description }
                    if let Some((u, p)) = &s.unit { <br/>{format!("{u}, {} {p}", t.tel)} }
                </li>
            }) }
        </ul>
    };
    html! {
        <div class="og-page og-page--outcome">
            <div class={classes!("og-panel", o.urgent.then_some("og-panel--urgent"))}>
                <h1 class="og-heading-xl og-panel__title" tabindex="-1" ref={heading.clone()}>{ &o.decision.title }</h1>
                if let Some(r) = &o.decision.reason { <p class="og-panel__body">{ r }</p> }
            </div>
            { for o.decision.body.iter().map(|p| html! { <p>{ p }</p> }) }
            if !o.steps.is_empty() {
                <h2 class="og-heading-m">{ t.steps_title }</h2>
                <ol class="og-list og-list--number og-steps">
                    { for o.steps.iter().map(|s| html! { <li>{ s }</li> }) }
                </ol>
            }
            if !o.contacts.is_empty() {
                <h2 class="og-heading-m">{ t.contacts_title }</h2>
                <div class="og-contacts">{ for o.contacts.iter().map(|c| contact_card(t, c)) }</div>
            }
            { legal_list(t, &o.decision.legal) }
            { for o.blocks.iter().map(|b| html! {
                <section class="og-block" aria-labelledby={format!("{prefix}-{}", b.id)}>
                    <h2 class="og-heading-m" id={format!("{prefix}-{}", b.id)}>{ &b.title }</h2>
                    { for b.body.iter().map(|p| html! { <p>{ p }</p> }) }
                    if !b.list.is_empty() {
                        <ul class="og-list og-list--bullet">{ for b.list.iter().map(|p| html! { <li>{ p }</li> }) }</ul>
                    }
                    if let Some(r) = &b.routine {
                        <div class="og-inset og-routine"><p><strong>{ t.routine }</strong>{ r }</p></div>
                    }
                    if b.id == "support-for-the-child" && !child.is_empty() { { support_list(&child) } }
                    if b.id == "support-for-the-parent" && !parent.is_empty() { { support_list(&parent) } }
                    { legal_details(t, &b.legal) }
                </section>
            }) }
            <section class="og-block" aria-labelledby={format!("{prefix}-numbers")}>
                <h2 class="og-heading-m" id={format!("{prefix}-numbers")}>{ t.numbers_title }</h2>
                <ul class="og-list og-numbers">
                    { for o.numbers.iter().map(|n| html! {
                        <li><strong>{ &n.name }</strong>{" "}
                            <a class="og-link" href={format!("tel:{}", n.number.replace([' ', '-'], ""))}>{ &n.number }</a>
                            {" – "}{ &n.description }</li>
                    }) }
                </ul>
            </section>
            <section class="og-block og-draft" aria-labelledby={format!("{prefix}-draft")}>
                <h2 class="og-heading-m" id={format!("{prefix}-draft")}>{ t.draft_title }</h2>
                <p class="og-hint">{ t.draft_hint }</p>
                { for t.notes.iter().enumerate().map(|(i, h)| {
                    let id = format!("{prefix}-note-{i}");
                    let d = dispatch.clone();
                    let oninput = Callback::from(move |e: InputEvent| {
                        d(Action::Note(i, e.target_unchecked_into::<HtmlTextAreaElement>().value()))
                    });
                    html! {
                        <div class="og-form-group">
                            <label class="og-label" for={id.clone()}>{ *h }</label>
                            <textarea class="og-textarea og-no-print" id={id} rows="3" autocomplete="off"
                                value={state.notes[i].clone()} oninput={oninput} />
                            <div class="og-print-only og-note-print">{ if state.notes[i].trim().is_empty() { "–".to_string() } else { state.notes[i].clone() } }</div>
                        </div>
                    }
                }) }
                <div class="og-button-group og-no-print">
                    <button type="button" class="og-button" onclick={oncopy}>{ t.copy }</button>
                    <button type="button" class="og-button og-button--secondary" onclick={onprint}>{ t.print }</button>
                </div>
            </section>
            <section class="og-block og-answers" aria-labelledby={format!("{prefix}-answers")}>
                <h2 class="og-heading-m" id={format!("{prefix}-answers")}>{ t.answers_title }</h2>
                <dl class="og-summary-list">
                    { for answer_labels(&state.flow, state.journey.answers(), t.lang).into_iter().map(|(q, a)| html! {
                        <div class="og-summary-list__row">
                            <dt class="og-summary-list__key">{ q }</dt>
                            <dd class="og-summary-list__value">{ a }</dd>
                        </div>
                    }) }
                </dl>
                <p class="og-hint">{ t.version_line.replace("{version}", &o.flow_version).replace("{org}", &o.organisation) }</p>
            </section>
        </div>
    }
}
