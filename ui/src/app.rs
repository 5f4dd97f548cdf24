//! The widget's pages. Each renders engine state; user actions go back as [`Action`]s.
//!
//! The widget is one component ([`App`]); its pages and their parts are plain functions. The
//! outcome is assembled once per page, not once per render ([`Kept`]), so that typing a note,
//! which renders the whole outcome page again, costs only the rendering: at 4x CPU throttle
//! 7.2 against 7.1 ms (p50) per keystroke with the outcome's body as a component of its own,
//! which cost 1.7 KB brotli of the download (BENCHMARKS.md). Each component and each hook is a
//! copy of Yew's code for it in the wasm.

use crate::dom;
use crate::i18n::{strings, Strings, LOADING_EN};
use crate::state::{Action, State};
use orosguiden::flow::{Choice, LazyFlow};
use orosguiden::journey::{Answer, Stage};
use orosguiden::outcome::{assemble_so_far, Citation, Contact, Outcome, SupportOffer};
use orosguiden::summary::{answer_labels, summary_text, Note};
use orosguiden::text::fill;
use orosguiden::validate::Problem;
use orosguiden::{Config, Flow};
use std::rc::Rc;
use std::sync::atomic::{AtomicUsize, Ordering};
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

/// Properties of the widget.
#[derive(Properties, Clone)]
pub struct AppProps {
    /// The national flow (the widget's own is parsed on first use, or once the page is idle).
    pub flow: Rc<LazyFlow>,
    /// The configuration to route with.
    pub config: Rc<Config>,
    /// What was wrong with the configuration file; the config is then the fallback.
    #[prop_or_default]
    pub problems: Rc<Vec<Problem>>,
    /// The language to start in: "sv" (default) or "en".
    #[prop_or_else(|| "sv".to_string())]
    pub lang: String,
    /// Where the English flow is, when `flow` has no English texts (the widget ships Swedish
    /// only and fetches English when first asked for). Empty: English is not available.
    #[prop_or_default]
    pub english_url: AttrValue,
    /// What this widget's element ids begin with: unique on the page, so that two widgets can
    /// share one. [`next_prefix`] gives a new one.
    #[prop_or_else(next_prefix)]
    pub prefix: AttrValue,
}

/// A new prefix for a widget's element ids: "og0", "og1", … in the order widgets are made.
pub fn next_prefix() -> AttrValue {
    AttrValue::from(format!("og{}", INSTANCES.fetch_add(1, Ordering::Relaxed)))
}

impl PartialEq for AppProps {
    fn eq(&self, o: &Self) -> bool {
        Rc::ptr_eq(&self.flow, &o.flow)
            && Rc::ptr_eq(&self.config, &o.config)
            && Rc::ptr_eq(&self.problems, &o.problems)
            && self.lang == o.lang
            && self.english_url == o.english_url
            && self.prefix == o.prefix
    }
}

static INSTANCES: AtomicUsize = AtomicUsize::new(0);

/// How long to wait for the English flow before going on in Swedish.
const ENGLISH_TIMEOUT_MS: i32 = 8000;

/// Shown, in both languages, when English was asked for but could not be had.
const ENGLISH_FAILED: &str = "The guide could not be loaded in English.";
const ENGLISH_FAILED_SV: &str = "Guiden fortsätter på svenska.";

/// Sends actions to the widget's state; the same for the widget's whole life.
type Dispatch = UseReducerDispatcher<State>;

/// An outcome page's content, assembled once when the page is entered (or its language or
/// page number changes), not on every render, with what the copied summary is made from.
struct Assembled {
    outcome: Outcome,
    labels: Vec<(String, String)>,
    flow: Rc<LazyFlow>,
    config: Rc<Config>,
    answers: Vec<Answer>,
}

/// What the widget keeps from render to render, in one `use_mut_ref`, dropped with the widget:
/// the heading that focus follows, the outcome as assembled for a page, and what the effects
/// last saw and hold (the page-hide listener, the inactivity timers).
///
/// One hook for all of it, and one effect hook for all the effects ([`Kept::after_render`]),
/// instead of `use_node_ref`, `use_memo` and one `use_effect_with` per effect: each of Yew's
/// hooks is a copy of its code in the wasm (0.2–0.5 KB brotli each; BENCHMARKS.md).
#[derive(Default)]
struct Kept {
    /// The current page's heading, which focus follows.
    heading: NodeRef,
    /// The widget's section; its parent, the root, carries what to show after a fault.
    widget: NodeRef,
    /// The language of that text.
    fault_lang: &'static str,
    /// The outcome page's content (None on other pages, or if it could not be assembled), with
    /// the page number it was made for.
    assembled: Option<(u32, Option<Rc<Assembled>>)>,
    page: u32,
    loading: bool,
    activity: Option<(u32, [String; 4], Option<String>, String)>,
    pagehide: Option<dom::Listener>,
    timers: Vec<dom::Timeout>,
}

impl Kept {
    /// The widget's effects: run after every render, each doing what the change since the last
    /// render calls for.
    /// `page` is the page number of the render this runs after: the handle reads the latest
    /// state, which an action sent between the render and its effects (a press made on the
    /// prerendered start page, replayed as the widget starts) has already moved on.
    fn after_render(&mut self, state: &UseReducerHandle<State>, page: u32, english_url: AttrValue) {
        // Shared computers: leaving the page forgets everything, also for the back-forward cache.
        if self.pagehide.is_none() {
            let state = state.clone();
            self.pagehide = dom::on_pagehide(move || state.dispatch(Action::Restart));
        }
        // Focus follows the page so keyboard and screen-reader users start at its heading;
        // never on the first render, which would steal focus from the host page.
        if page != self.page {
            self.page = page;
            if let Some(el) = self.heading.cast::<web_sys::Element>() {
                dom::focus(&el);
            }
        }
        // English on demand: fetched once, when first asked for; the reducer checks it is the
        // same flow as the Swedish one before showing it.
        if state.loading && !self.loading {
            let state = state.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let english = match english_url.as_str() {
                    "" => None,
                    url => dom::fetch_text(url, ENGLISH_TIMEOUT_MS).await.ok().and_then(|t| {
                        let (flow, words) = Flow::from_pack_with_words(&t)?;
                        Some((flow, Strings::leaked(&words)?))
                    }),
                };
                state.dispatch(Action::English(english));
            });
        }
        self.loading = state.loading;
        // What orosguiden.js shows if the widget stops working, in the language of the moment.
        let lang = strings(&state.lang).lang();
        if lang != self.fault_lang {
            if let Some(root) = self.widget.cast::<web_sys::Element>().and_then(|w| w.parent_element()) {
                let _ = root.set_attribute("data-og-fault", &fault_text(&state.config, lang));
                self.fault_lang = lang;
            }
        }
        // Shared computers: after the configured minutes without use the journey is cleared, with
        // a warning a minute before. Any change of state (an answer, a page, a note) counts as
        // use; the reducer hides the warning on any use, and the timers start again.
        let activity = (state.page, state.notes.clone(), state.picked.clone(), state.lang.clone());
        if self.activity.as_ref() != Some(&activity) {
            self.activity = Some(activity);
            self.timers.clear();
            if let Some(m) = state.config.inactivity_minutes.filter(|m| *m >= 2) {
                let ms = i32::from(m) * 60_000;
                let (warn, clear) = (state.clone(), state.clone());
                self.timers.extend(dom::timeout(ms - 60_000, move || warn.dispatch(Action::IdleWarning)));
                self.timers.extend(dom::timeout(ms, move || clear.dispatch(Action::Restart)));
            }
        }
    }
}

/// A callback that sends the same action whatever the event.
fn send<E>(dispatch: &Dispatch, action: fn() -> Action) -> Callback<E> {
    let d = dispatch.clone();
    Callback::from(move |_| d.dispatch(action()))
}

/// The whole widget.
#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let state = use_reducer(|| State::new(props.flow.clone(), props.config.clone(), &props.lang));
    // Ids must be unique when two widgets share a page: the prefix is this widget's own.
    let prefix = &props.prefix;
    let kept = use_mut_ref(Kept::default);
    let (heading, widget) = {
        let kept = kept.borrow();
        (kept.heading.clone(), kept.widget.clone())
    };
    {
        // The widget's effects, all in one effect hook that runs after every render and does
        // what the change since the last render calls for (Kept::after_render).
        let kept = kept.clone();
        let state = state.clone();
        let url = props.english_url.clone();
        let page = state.page;
        use_effect(move || kept.borrow_mut().after_render(&state, page, url));
    }
    // The outcome, once per page: every page change, language switch and "keep using" bumps
    // the page number (and the clock for "open now" is read again then).
    let assembled = {
        let mut kept = kept.borrow_mut();
        if kept.assembled.as_ref().map(|(page, _)| *page) != Some(state.page) {
            kept.assembled = Some((
                state.page,
                matches!(state.stage(), Stage::Outcome | Stage::Urgent)
                    .then(|| {
                        let lang = strings(&state.lang).lang();
                        let answers = state.journey.answers();
                        assemble_so_far(&state.flow, &state.config, answers, lang, Some(dom::local_time()))
                            .map(|outcome| {
                                let labels = answer_labels(&state.flow, &state.config, answers, lang);
                                let (flow, config) = (state.flow.clone(), state.config.clone());
                                Rc::new(Assembled { outcome, labels, flow, config, answers: answers.to_vec() })
                            })
                            .ok()
                    })
                    .flatten(),
            ));
        }
        kept.assembled.as_ref().and_then(|(_, a)| a.clone())
    };
    let dispatch = state.dispatcher();
    // One read of the reducer's state for the whole render.
    let state: &State = &state;
    let t = strings(&state.lang);
    let lang = t.lang();
    let mut announce = state.live.clone();
    let page = match (state.stage(), &assembled) {
        (Stage::Start, _) => start_page(&StartProps { lang, heading, dispatch: dispatch.clone() }),
        (Stage::Question(q), _) => question_page(&QuestionProps {
            flow: &state.flow,
            config: &state.config,
            acute: state.journey.urgent_pending(&state.flow),
            qid: q,
            lang,
            picked: state.picked.as_deref(),
            error: state.error,
            prefix,
            heading,
            dispatch: &dispatch,
        }),
        (Stage::Check, _) => check_page(&CheckProps {
            flow: &state.flow,
            config: &state.config,
            answers: state.journey.answers(),
            lang,
            heading,
            dispatch: &dispatch,
        }),
        (Stage::Outcome, Some(a)) => {
            // The outcome is announced; a later copy message replaces it.
            if announce.is_empty() {
                announce = a.outcome.decision.title.clone();
            }
            html! {
                <div class="og-page og-page--outcome">
                    { outcome_body(&OutcomeProps { assembled: a, lang, prefix, heading, go_on: Html::default() }) }
                    { draft(&DraftProps { notes: &state.notes, assembled: a, lang, prefix, dispatch: &dispatch }) }
                </div>
            }
        }
        (Stage::Urgent, Some(a)) => {
            if announce.is_empty() {
                announce = a.outcome.decision.title.clone();
            }
            // The call-now page: what to do at once, then the way on to the rest of the guide.
            let go_on = block(
                prefix,
                "go-on",
                t.go_on_title(),
                html! {
                    <>
                        <p>{ t.go_on_text() }</p>
                        <button type="button" class="og-button" data-og-action="go-on" onclick={send(&dispatch, || Action::GoOn)}>{ t.go_on_button() }</button>
                    </>
                },
            );
            html! {
                <div class="og-page og-page--outcome og-page--urgent">
                    { outcome_body(&OutcomeProps { assembled: a, lang, prefix, heading, go_on }) }
                </div>
            }
        }
        (Stage::Outcome | Stage::Urgent, _) => html! {
            <div class="og-error-summary" role="alert">
                <h1 class="og-heading-l" tabindex="-1" ref={heading}>{ t.outcome_error_title() }</h1>
                <p>{ fill(t.outcome_error_text(), &[("{name}", &state.config.organisation.name), ("{number}", &state.config.organisation.switchboard)]) }</p>
            </div>
        },
    };
    let at_start = matches!(state.stage(), Stage::Start);
    html! {
        <section class="og-widget" {lang} aria-label={t.widget_name()} ref={widget}>
            if state.idle {
                <div class="og-idle" role="alert">
                    <p><strong>{ t.idle_warning() }</strong></p>
                    <button type="button" class="og-button" onclick={send(&dispatch, || Action::KeepAlive)}>{ t.idle_keep() }</button>
                </div>
            }
            { notices(&NoticesProps { config: &state.config, problems: &props.problems, lang }) }
            if state.lang_error {
                <div class="og-lang-error" role="alert">
                    <p><span lang="en">{ ENGLISH_FAILED }</span>{" "}<span lang="sv">{ ENGLISH_FAILED_SV }</span></p>
                </div>
            }
            if state.loading && state.lang == "en" {
                // A widget set to English, before its English flow and words are here (the
                // rest of the widget is in Swedish meanwhile).
                <div class="og-main" role="status"><p lang="en">{ LOADING_EN }</p></div>
            } else {
                { nav(&NavProps { lang, at_start, loading: state.loading, dispatch: &dispatch }) }
                <div class="og-main">{ page }</div>
            }
            <div class="og-visually-hidden" aria-live="polite" role="status">{ announce }</div>
            if !at_start {
                { footer(&LangProps { lang, dispatch: &dispatch }) }
            }
        </section>
    }
}

struct NoticesProps<'a> {
    config: &'a Config,
    problems: &'a [Problem],
    lang: &'static str,
}

/// The demonstration banner, and a configuration that cannot be used: it never leaves a blank
/// widget; the editor is told what is wrong, and that the guidance runs on national facts only.
fn notices(p: &NoticesProps<'_>) -> Html {
    let t = strings(p.lang);
    let org = &p.config.organisation;
    html! {
        <>
            if !p.problems.is_empty() {
                <div class="og-config-error" role="region" aria-label={t.config_error_region()}>
                    <h2 class="og-heading-s">{ t.config_error_title() }</h2>
                    <p>{ fill(t.config_error_text(), &[("{fallback}", &if org.switchboard.is_empty() {
                        String::new()
                    } else {
                        fill(t.config_error_switchboard(), &[("{name}", &org.name), ("{number}", &org.switchboard)])
                    })]) }</p>
                    <details class="og-details">
                        <summary class="og-details__summary">{ fill(t.config_error_show(), &[("{n}", &p.problems.len().to_string())]) }</summary>
                        <ul class="og-list og-list--bullet">
                            { for p.problems.iter().map(|p| html! {
                                <li><code>{ &p.path }</code>{": "}{ &p.message }{" ("}{ p.code }{")"}</li>
                            }) }
                        </ul>
                    </details>
                </div>
            }
            if org.demo {
                <div class="og-demo-banner">
                    <strong>{ t.demo_strong() }</strong>
                    { fill(t.demo_text(), &[("{name}", &org.name)]) }
                </div>
            }
        </>
    }
}

struct NavProps<'a> {
    lang: &'static str,
    at_start: bool,
    loading: bool,
    dispatch: &'a Dispatch,
}

/// "Back" (not on the start page) and the language switch.
fn nav(p: &NavProps<'_>) -> Html {
    let t = strings(p.lang);
    html! {
        <div class="og-nav og-no-print">
            if !p.at_start {
                <button type="button" class="og-link og-back og-no-print" onclick={send(p.dispatch, || Action::Back)}>{ t.back() }</button>
            }
            <button type="button" class="og-link og-lang" lang={t.switch_to()} onclick={send(p.dispatch, || Action::SwitchLang)} aria-busy={p.loading.then_some("true")}>{ t.switch_label() }</button>
            if p.loading {
                <span class="og-hint" role="status" lang="en">{ LOADING_EN }</span>
            }
        </div>
    }
}

struct LangProps<'a> {
    lang: &'static str,
    dispatch: &'a Dispatch,
}

/// "Start again", on every page but the start page.
fn footer(p: &LangProps<'_>) -> Html {
    let t = strings(p.lang);
    html! {
        <div class="og-footer og-no-print">
            <button type="button" class="og-button og-button--secondary" onclick={send(p.dispatch, || Action::Restart)}>{ t.restart() }</button>
            <p class="og-hint">{ t.restart_hint() }</p>
        </div>
    }
}

struct StartProps {
    lang: &'static str,
    heading: NodeRef,
    dispatch: Dispatch,
}

fn start_page(p: &StartProps) -> Html {
    let t = strings(p.lang);
    html! {
        <div class="og-page og-page--start">
            <h1 class="og-heading-xl" tabindex="-1" ref={p.heading.clone()}>{ t.start_title() }</h1>
            <p class="og-lead">{ t.start_lead() }</p>
            <p>{ t.start_time() }</p>
            <div class="og-inset">
                <p><strong>{ t.start_privacy_strong() }</strong>{ t.start_privacy() }</p>
            </div>
            <div class="og-warning">
                <p><strong>{ t.start_danger() }</strong></p>
            </div>
            <button type="button" class="og-button og-button--start" onclick={send(&p.dispatch, || Action::Start)}>{ t.start_button() }</button>
        </div>
    }
}

struct QuestionProps<'a> {
    flow: &'a Flow,
    config: &'a Config,
    /// An urgent decision holds: the call to 112 comes first, above the question.
    acute: bool,
    qid: &'a str,
    lang: &'static str,
    picked: Option<&'a str>,
    error: bool,
    prefix: &'a str,
    heading: NodeRef,
    dispatch: &'a Dispatch,
}

fn question_page(p: &QuestionProps<'_>) -> Html {
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

struct RadiosProps<'a> {
    choices: &'a [Choice],
    name: AttrValue,
    lang: &'static str,
    /// The choice picked; with checkboxes, those ticked, joined by commas.
    picked: Option<&'a str>,
    /// Checkboxes rather than radios.
    multiple: bool,
    dispatch: &'a Dispatch,
}

/// A question's choices: the only part of the page that a pick re-renders. One listener on the
/// group picks the choice whose radio changed (its value is the choice's id).
fn radios(p: &RadiosProps<'_>) -> Html {
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

struct CheckProps<'a> {
    flow: &'a Flow,
    config: &'a Config,
    answers: &'a [Answer],
    lang: &'static str,
    heading: NodeRef,
    dispatch: &'a Dispatch,
}

fn check_page(p: &CheckProps<'_>) -> Html {
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
/// English labels; full Unicode case mapping would bring about 12 KB of the standard library's
/// tables into the widget.
fn lower_first(s: &str) -> String {
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

/// One question and its answer, with `actions` after them (or nothing).
fn summary_row(q: String, a: String, actions: Html) -> Html {
    html! {
        <div class="og-summary-list__row">
            <dt class="og-summary-list__key">{ q }</dt>
            <dd class="og-summary-list__value">{ a }</dd>
            { actions }
        </div>
    }
}

/// What to do if the widget stops working, for `orosguiden.js` to show in the widget's place
/// after a fault (a panic or a trap), when the WebAssembly can no longer run: lines of the
/// language, the heading, the 112 link, the words before the numbers, the way on, the
/// demonstration's warning (empty for a real configuration), then each number to call as its
/// name and number between a tab. In the language of the moment, with the configuration's
/// switchboard and social jours. Kept as text on the widget's root rather than as a hidden copy
/// of the page, so that the page holds each text and link once.
fn fault_text(config: &Config, lang: &'static str) -> String {
    let t = strings(lang);
    let org = &config.organisation;
    let demo = if org.demo { format!("{} {}", t.demo_strong(), fill(t.demo_text(), &[("{name}", &org.name)])) } else { String::new() };
    let mut lines =
        vec![lang.to_string(), t.fault_title().into(), t.call_112().into(), t.fault_text().into(), t.fault_reload().into(), demo];
    if !org.switchboard.trim().is_empty() {
        lines.push(format!("{}\t{}", fill(t.fault_switchboard(), &[("{name}", &org.name)]), org.switchboard));
    }
    lines.extend(config.social_jours().into_iter().map(|u| format!("{}\t{}", u.name.get(lang), u.phone)));
    lines.join("\n")
}

/// A `tel:` link target: the digits and a leading plus of a phone number as written.
fn tel(phone: &str) -> String {
    let digits: String = phone.chars().filter(|ch| ch.is_ascii_digit() || *ch == '+').collect();
    format!("tel:{digits}")
}

fn contact_card(t: &Strings, c: &Contact) -> Html {
    html! {
        <div class="og-contact">
            <p class="og-contact__label">{ &c.label }</p>
            <h3 class="og-heading-s og-contact__name">{ &c.name }</h3>
            <p class="og-contact__phone">{ t.phone() }<a class="og-link" href={tel(&c.phone)}>{ &c.phone }</a></p>
            <p class="og-contact__hours">
                if !c.hours.is_empty() { { t.open_hours() }{ &c.hours } }
                { match c.open_now {
                    Some(true) => html! { <span class="og-tag og-tag--open">{ t.open_now() }</span> },
                    Some(false) => html! { <span class="og-tag og-tag--closed">{ t.closed_now() }</span> },
                    None => html! {},
                } }
            </p>
            if let Some(e) = &c.e_service {
                <p>{ t.e_service() }<a class="og-link" href={e.clone()} rel="noopener noreferrer" target="_blank">{ e }</a></p>
            }
            if let Some(e) = &c.confirm_in {
                <p class="og-contact__confirm">{ t.confirm_in() }<a class="og-link" href={e.clone()} rel="noopener noreferrer" target="_blank">{ e }</a></p>
            }
            if let Some(a) = &c.address { <p>{ t.address() }{ a }</p> }
            if let Some(n) = &c.note { <p class="og-contact__note">{ n }</p> }
            if let Some((name, phone)) = &c.when_closed {
                <p class="og-contact__closed">
                    { fill(t.closed_instead(), &[("{name}", name)]) }
                    <a class="og-link" href={tel(phone)}>{ phone }</a>
                    { t.closed_instead_after() }
                </p>
            }
        </div>
    }
}

fn legal_items(t: &Strings, legal: &[Citation]) -> Html {
    html! {
        <ul class="og-list">
            { for legal.iter().map(|l| html! {
                <li>{ &l.text }
                    if !l.verified { <span class="og-tag og-tag--unverified">{ t.verify_locally() }</span> }
                </li>
            }) }
        </ul>
    }
}

/// Paragraphs of text.
fn paragraphs(ps: &[String]) -> Html {
    ps.iter().map(|p| html! { <p>{ p }</p> }).collect()
}

/// List items of text.
fn items(xs: &[String]) -> Html {
    xs.iter().map(|x| html! { <li>{ x }</li> }).collect()
}

fn support_list(t: &Strings, xs: &[&SupportOffer]) -> Html {
    html! {
        <ul class="og-list og-support">
            { for xs.iter().map(|s| html! {
                <li class="og-support__item">
                    <strong>{ &s.name }</strong>
                    if let Some(a) = &s.ages { {format!(" ({a})")} }
                    <br/>{ &s.description }
                    if let Some((u, p)) = &s.unit { <br/>{format!("{u}, {} {p}", t.tel())} }
                </li>
            }) }
        </ul>
    }
}

/// A section of the outcome page, labelled by its heading (`id` after the instance's prefix).
fn block(prefix: &AttrValue, id: &str, title: &str, content: Html) -> Html {
    let hid = format!("{prefix}-{id}");
    html! {
        <section class="og-block" aria-labelledby={hid.clone()} data-og-block={id.to_string()}>
            <h2 class="og-heading-m" id={hid}>{ title }</h2>
            { content }
        </section>
    }
}

struct OutcomeProps<'a> {
    assembled: &'a Assembled,
    lang: &'static str,
    prefix: &'a AttrValue,
    heading: NodeRef,
    /// On the call-now page: the way on to the rest of the guide, after the decision.
    go_on: Html,
}

/// The decision, the steps, the contacts and the blocks of advice.
fn outcome_body(p: &OutcomeProps<'_>) -> Html {
    let t = strings(p.lang);
    let o = &p.assembled.outcome;
    let contacts = if o.contacts.is_empty() && o.elsewhere.is_empty() {
        Html::default()
    } else {
        html! {
            <>
                <h2 class="og-heading-m">{ t.contacts_title() }</h2>
                if let Some(m) = &o.municipality { <p class="og-contacts__where">{ fill(t.contacts_in(), &[("{municipality}", m)]) }</p> }
                <div class="og-contacts">
                    // Another municipality's social services, or one not known: how to find them.
                    { for o.elsewhere.iter().map(|e| html! {
                        <div class="og-contact og-contact--elsewhere" data-og-elsewhere={e.purpose.id()}>
                            <p class="og-contact__label">{ &e.label }</p>
                            <p>{ &e.text }</p>
                        </div>
                    }) }
                    { for o.contacts.iter().map(|c| contact_card(t, c)) }
                </div>
            </>
        }
    };
    // The offers a section lists are the flow's to say (its `support`), never an id's.
    let support = |f: orosguiden::flow::SupportFor| o.support.iter().filter(|s| s.for_ == f).collect::<Vec<_>>();
    html! {
        <>
            <div class="og-panel" data-urgent={o.urgent.then_some("")} data-og-outcome={o.decision.id.clone()}>
                <h1 class="og-heading-xl og-panel__title" tabindex="-1" ref={p.heading.clone()}>{ &o.decision.title }</h1>
                if let Some(r) = &o.decision.reason { <p class="og-panel__body">{ r }</p> }
                // Acting now: the emergency number to tap, on the first screen.
                if o.urgent { <p class="og-panel__call"><a class="og-call" href="tel:112">{ t.call_112() }</a></p> }
            </div>
            // Acting now: whom to phone before the steps, so that the numbers are on the first
            // screen too.
            if o.urgent { { contacts.clone() } }
            { paragraphs(&o.decision.body) }
            if !o.steps.is_empty() {
                <h2 class="og-heading-m">{ t.steps_title() }</h2>
                <ol class="og-list og-list--number og-steps">{ items(&o.steps) }</ol>
            }
            if !o.urgent { { contacts } }
            <div class="og-legal">
                <p class="og-legal__heading">{ t.legal_title() }</p>
                { legal_items(t, &o.decision.legal) }
            </div>
            { p.go_on.clone() }
            { for o.blocks.chunk_by(|a, b| a.support.is_some() && b.support.is_some()).map(|run| {
                let sections = run.iter().map(|b| block(p.prefix, &b.id, &b.title, html! {
                    <>
                        { paragraphs(&b.body) }
                        if !b.list.is_empty() {
                            <ul class="og-list og-list--bullet">{ items(&b.list) }</ul>
                        }
                        if let Some(r) = &b.routine {
                            <div class="og-inset og-routine"><p><strong>{ t.routine() }</strong>{ r }</p></div>
                        }
                        if let Some(offers) = b.support.map(support).filter(|s| !s.is_empty()) { { support_list(t, &offers) } }
                        if !b.legal.is_empty() {
                            <details class="og-legal og-details">
                                <summary class="og-details__summary">{ t.legal_title() }</summary>
                                { legal_items(t, &b.legal) }
                            </details>
                        }
                    </>
                }));
                // The support for each member of the family, side by side, so that the help
                // can start at the same time.
                if run.len() > 1 {
                    html! { <div class="og-family" data-og-family="">{ for sections }</div> }
                } else {
                    sections.collect::<Html>()
                }
            }) }
            { block(p.prefix, "numbers", t.numbers_title(), html! {
                <ul class="og-list og-numbers">
                    { for o.numbers.iter().map(|n| html! {
                        <li><strong>{ &n.name }</strong>{" "}
                            <a class="og-link" href={tel(&n.number)}>{ &n.number }</a>
                            {" – "}{ &n.description }</li>
                    }) }
                </ul>
            }) }
        </>
    }
}

struct DraftProps<'a> {
    notes: &'a [String; 4],
    assembled: &'a Rc<Assembled>,
    lang: &'static str,
    prefix: &'a AttrValue,
    dispatch: &'a Dispatch,
}

/// The drafting aid: notes under fixed headings, copy and print; and under it the answers given.
/// The summary that is copied is made when the button is pressed, from the notes as they are
/// then. Not a component: it renders on every keystroke anyway (the notes are the reducer's),
/// and as components the drafting aid and the answers cost 0.9 and 0.5 KB brotli of the
/// download.
fn draft(p: &DraftProps<'_>) -> Html {
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
        let flow = orosguiden::Flow::from_json(include_str!("../../flow/national.json")).unwrap();
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
