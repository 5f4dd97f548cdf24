//! The widget's pages. Each renders engine state; user actions go back as [`Action`]s.

use crate::dom;
use crate::state::{Action, State, NOTE_HEADINGS};
use orosguiden::journey::Stage;
use orosguiden::outcome::{assemble, Contact, Outcome};
use orosguiden::summary::{answer_labels, summary_text, Note};
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
}

impl PartialEq for AppProps {
    fn eq(&self, o: &Self) -> bool {
        Rc::ptr_eq(&self.flow, &o.flow) && Rc::ptr_eq(&self.config, &o.config)
    }
}

static INSTANCES: AtomicUsize = AtomicUsize::new(0);

/// The whole widget.
#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let state = use_reducer(|| State::new(props.flow.clone(), props.config.clone()));
    // Ids must be unique when two widgets share a page.
    let prefix = use_state(|| format!("og{}", INSTANCES.fetch_add(1, Ordering::Relaxed)));
    let heading = use_node_ref();
    let live = use_state(String::new);
    {
        let heading = heading.clone();
        let page = state.page;
        use_effect_with(page, move |page| {
            // Focus follows the page so keyboard and screen-reader users start at its heading;
            // never on the first render, which would steal focus from the host page.
            if *page > 0 {
                if let Some(el) = heading.cast::<web_sys::Element>() {
                    dom::focus(&el);
                }
            }
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
    let stage = state.stage();
    let page = match &stage {
        Stage::Start => start_page(&heading, on(|| Action::Start)),
        Stage::Question(q) => question_page(&state, q, &prefix, &heading, dispatch.clone()),
        Stage::Check => check_page(&state, &heading, dispatch.clone()),
        Stage::Outcome => {
            match assemble(&state.flow, &state.config, state.journey.answers(), "sv", Some(dom::local_time())) {
                Ok(o) => outcome_page(&state, &o, &prefix, &heading, dispatch.clone(), live.clone()),
                Err(e) => html! {
                    <div class="og-error-summary" role="alert">
                        <h1 class="og-heading-l" tabindex="-1" ref={heading.clone()}>{"Något gick fel"}</h1>
                        <p>{format!("Resultatet kunde inte visas ({e}). Ring 112 vid fara, annars {} på {}.", state.config.organisation.name, state.config.organisation.switchboard)}</p>
                    </div>
                },
            }
        }
    };
    let back = match stage {
        Stage::Start => html! {},
        _ => html! {
            <div class="og-nav og-no-print">
                <button type="button" class="og-link og-back" onclick={on(|| Action::Back)}>{"Tillbaka"}</button>
            </div>
        },
    };
    html! {
        <div class="og-widget" lang="sv">
            { demo_banner(&state.config) }
            { back }
            <main class="og-main">{ page }</main>
            <div class="og-visually-hidden" aria-live="polite" role="status">{ (*live).clone() }</div>
            if !matches!(state.stage(), Stage::Start) {
                <div class="og-footer og-no-print">
                    <button type="button" class="og-button og-button--secondary" onclick={on(|| Action::Restart)}>{"Börja om"}</button>
                    <p class="og-hint">{"Börja om tömmer alla svar och anteckningar."}</p>
                </div>
            }
        </div>
    }
}

fn demo_banner(config: &Config) -> Html {
    if !config.organisation.demo {
        return html! {};
    }
    html! {
        <div class="og-demo-banner">
            <strong>{"Demonstration. "}</strong>
            {format!("{} är en påhittad kommun och alla telefonnummer här är påhittade. Använd din egen kommuns version av guiden.", config.organisation.name)}
        </div>
    }
}

fn start_page(heading: &NodeRef, onstart: Callback<MouseEvent>) -> Html {
    html! {
        <div class="og-page og-page--start">
            <h1 class="og-heading-xl" tabindex="-1" ref={heading.clone()}>{"Orolig för ett barn?"}</h1>
            <p class="og-lead">{"Svara på några korta frågor. Du får veta om du ska göra en orosanmälan, om du behöver agera nu, vem du kontaktar och vilket stöd barnet och föräldern kan få."}</p>
            <p>{"Det tar några minuter. Du behöver inte ange vem barnet är."}</p>
            <div class="og-inset">
                <p><strong>{"Inget du svarar sparas eller skickas."}</strong>{" Svaren finns bara i den här fliken och försvinner när du väljer Börja om eller stänger sidan."}</p>
            </div>
            <div class="og-warning">
                <p><strong>{"Är ett barn i fara just nu? Ring 112."}</strong></p>
            </div>
            <button type="button" class="og-button og-button--start" onclick={onstart}>{"Börja"}</button>
        </div>
    }
}

fn question_page(state: &State, qid: &str, prefix: &str, heading: &NodeRef, dispatch: impl Fn(Action) + Clone + 'static) -> Html {
    let Some(q) = state.flow.question(qid) else { return html! {} };
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
                    <h2 class="og-heading-m">{"Det finns ett problem"}</h2>
                    <p><a class="og-link" href={format!("#{name}-0")}>{"Välj ett av alternativen"}</a></p>
                </div>
            }
            <form class="og-form" novalidate=true onsubmit={onsubmit} autocomplete="off">
                <div class={classes!("og-form-group", state.error.then_some("og-form-group--error"))}>
                    <fieldset class="og-fieldset" aria-describedby={(!described.is_empty()).then(|| described.join(" "))}>
                        <legend class="og-fieldset__legend">
                            <h1 class="og-heading-l" tabindex="-1" ref={heading.clone()}>{ q.text.get("sv") }</h1>
                        </legend>
                        if q.hint.is_some() || !q.examples.is_empty() {
                            <div id={hint_id.clone()} class="og-hint">
                                if let Some(h) = &q.hint { <p>{ h.get("sv") }</p> }
                                if !q.examples.is_empty() {
                                    <ul class="og-list og-list--bullet">
                                        { for q.examples.iter().map(|e| html! { <li>{ e.get("sv") }</li> }) }
                                    </ul>
                                }
                            </div>
                        }
                        if state.error {
                            <p id={error_id.clone()} class="og-error-message">
                                <span class="og-visually-hidden">{"Fel: "}</span>{"Välj ett av alternativen"}
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
                                        <label class="og-radios__label" for={id.clone()}>{ c.label.get("sv") }</label>
                                        if let Some(h) = &c.hint {
                                            <div id={choice_hint} class="og-radios__hint">{ h.get("sv") }</div>
                                        }
                                    </div>
                                }
                            }) }
                        </div>
                    </fieldset>
                </div>
                <button type="submit" class="og-button">{"Fortsätt"}</button>
            </form>
        </div>
    }
}

fn check_page(state: &State, heading: &NodeRef, dispatch: impl Fn(Action) + Clone + 'static) -> Html {
    let labels = answer_labels(&state.flow, state.journey.answers(), "sv");
    let confirm = {
        let d = dispatch.clone();
        Callback::from(move |_: MouseEvent| d(Action::Confirm))
    };
    html! {
        <div class="og-page og-page--check">
            <h1 class="og-heading-l" tabindex="-1" ref={heading.clone()}>{"Kontrollera dina svar"}</h1>
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
                                    {"Ändra"}<span class="og-visually-hidden">{format!(" {}", q.to_lowercase())}</span>
                                </button>
                            </dd>
                        </div>
                    }
                }) }
            </dl>
            <button type="button" class="og-button" onclick={confirm}>{"Visa vad du ska göra"}</button>
        </div>
    }
}

fn contact_card(c: &Contact) -> Html {
    let tel = format!("tel:{}", c.phone.chars().filter(|ch| ch.is_ascii_digit() || *ch == '+').collect::<String>());
    html! {
        <div class="og-contact">
            <p class="og-contact__label">{ &c.label }</p>
            <h3 class="og-heading-s og-contact__name">{ &c.name }</h3>
            <p class="og-contact__phone">{"Telefon: "}<a class="og-link" href={tel}>{ &c.phone }</a></p>
            <p class="og-contact__hours">
                {"Öppet: "}{ &c.hours }
                { match c.open_now {
                    Some(true) => html! { <span class="og-tag og-tag--open">{"Öppet nu"}</span> },
                    Some(false) => html! { <span class="og-tag og-tag--closed">{"Stängt nu"}</span> },
                    None => html! {},
                } }
            </p>
            if let Some(e) = &c.e_service {
                <p>{"E-tjänst: "}<a class="og-link" href={e.clone()} rel="noopener noreferrer" target="_blank">{ e }</a></p>
            }
            if let Some(a) = &c.address { <p>{"Besöksadress: "}{ a }</p> }
        </div>
    }
}

fn legal_items(legal: &[orosguiden::outcome::Citation]) -> Html {
    html! {
        <ul class="og-list">
            { for legal.iter().map(|l| html! {
                <li>{ &l.text }
                    if !l.verified { <span class="og-tag og-tag--unverified">{"verifiera lokalt"}</span> }
                </li>
            }) }
        </ul>
    }
}

/// The decision's legal basis, always visible.
fn legal_list(legal: &[orosguiden::outcome::Citation]) -> Html {
    html! {
        <div class="og-legal">
            <p class="og-legal__heading">{"Lagstöd"}</p>
            { legal_items(legal) }
        </div>
    }
}

/// A block's legal basis, folded away so that the page stays readable.
fn legal_details(legal: &[orosguiden::outcome::Citation]) -> Html {
    if legal.is_empty() {
        return html! {};
    }
    html! {
        <details class="og-legal og-details">
            <summary class="og-details__summary">{"Lagstöd"}</summary>
            { legal_items(legal) }
        </details>
    }
}

fn outcome_page(
    state: &State,
    o: &Outcome,
    prefix: &str,
    heading: &NodeRef,
    dispatch: impl Fn(Action) + Clone + 'static,
    live: UseStateHandle<String>,
) -> Html {
    let notes: Vec<Note> = NOTE_HEADINGS
        .iter()
        .zip(state.notes.iter())
        .map(|(h, t)| Note { heading: h.to_string(), text: t.clone() })
        .collect();
    let text = summary_text(&state.flow, state.journey.answers(), o, &notes, "sv");
    let oncopy = {
        let live = live.clone();
        Callback::from(move |_: MouseEvent| {
            let text = text.clone();
            let live = live.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let ok = dom::copy(&text).await;
                live.set(if ok {
                    "Sammanfattningen är kopierad. Klistra in den i kommunens e-tjänst eller ett eget dokument.".into()
                } else {
                    "Det gick inte att kopiera. Markera texten och kopiera den själv, eller skriv ut.".into()
                });
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
                    if let Some((u, p)) = &s.unit { <br/>{format!("{u}, tel. {p}")} }
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
                <h2 class="og-heading-m">{"Gör så här"}</h2>
                <ol class="og-list og-list--number og-steps">
                    { for o.steps.iter().map(|s| html! { <li>{ s }</li> }) }
                </ol>
            }
            if !o.contacts.is_empty() {
                <h2 class="og-heading-m">{"Vem du kontaktar"}</h2>
                <div class="og-contacts">{ for o.contacts.iter().map(contact_card) }</div>
            }
            { legal_list(&o.decision.legal) }
            { for o.blocks.iter().map(|b| html! {
                <section class="og-block" aria-labelledby={format!("{prefix}-{}", b.id)}>
                    <h2 class="og-heading-m" id={format!("{prefix}-{}", b.id)}>{ &b.title }</h2>
                    { for b.body.iter().map(|p| html! { <p>{ p }</p> }) }
                    if !b.list.is_empty() {
                        <ul class="og-list og-list--bullet">{ for b.list.iter().map(|p| html! { <li>{ p }</li> }) }</ul>
                    }
                    if let Some(r) = &b.routine {
                        <div class="og-inset og-routine"><p><strong>{"Lokal rutin: "}</strong>{ r }</p></div>
                    }
                    if b.id == "support-for-the-child" && !child.is_empty() { { support_list(&child) } }
                    if b.id == "support-for-the-parent" && !parent.is_empty() { { support_list(&parent) } }
                    { legal_details(&b.legal) }
                </section>
            }) }
            <section class="og-block" aria-labelledby={format!("{prefix}-numbers")}>
                <h2 class="og-heading-m" id={format!("{prefix}-numbers")}>{"Nationella nummer"}</h2>
                <ul class="og-list og-numbers">
                    { for o.numbers.iter().map(|n| html! {
                        <li><strong>{ &n.name }</strong>{" "}
                            <a class="og-link" href={format!("tel:{}", n.number.replace([' ', '-'], ""))}>{ &n.number }</a>
                            {" – "}{ &n.description }</li>
                    }) }
                </ul>
            </section>
            <section class="og-block og-draft" aria-labelledby={format!("{prefix}-draft")}>
                <h2 class="og-heading-m" id={format!("{prefix}-draft")}>{"Stöd för att skriva anmälan"}</h2>
                <p class="og-hint">{"Skriv stödord under rubrikerna. Texten stannar i den här fliken: den skickas inte och sparas inte. Skriv barnets namn först i kommunens e-tjänst, inte här."}</p>
                { for NOTE_HEADINGS.iter().enumerate().map(|(i, h)| {
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
                    <button type="button" class="og-button" onclick={oncopy}>{"Kopiera sammanfattningen"}</button>
                    <button type="button" class="og-button og-button--secondary" onclick={onprint}>{"Skriv ut"}</button>
                </div>
            </section>
            <section class="og-block og-answers" aria-labelledby={format!("{prefix}-answers")}>
                <h2 class="og-heading-m" id={format!("{prefix}-answers")}>{"Dina svar"}</h2>
                <dl class="og-summary-list">
                    { for answer_labels(&state.flow, state.journey.answers(), "sv").into_iter().map(|(q, a)| html! {
                        <div class="og-summary-list__row">
                            <dt class="og-summary-list__key">{ q }</dt>
                            <dd class="og-summary-list__value">{ a }</dd>
                        </div>
                    }) }
                </dl>
                <p class="og-hint">{format!("Orosguidens innehåll, version {}. Kontaktuppgifter från {}.", o.flow_version, o.organisation)}</p>
            </section>
        </div>
    }
}
