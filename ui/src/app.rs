//! The widget: one component ([`App`]) that picks the page for the journey's stage (the pages
//! are plain functions in `pages/`) and draws the frame around it — notices, "Back", the
//! language switch, the live region and "Start again". User actions go back as [`Action`]s.
//!
//! The outcome is assembled once per generation of the page, not once per render (`effects::Kept`), so
//! that typing a note, which renders the whole outcome page again, costs only the rendering.
//! Each component and each hook is a copy of Yew's code for it in the wasm, so there is one of
//! each (ADR 0003, with the measurements in BENCHMARKS.md).

use crate::dom;
use crate::effects::Kept;
use crate::i18n::{strings, LOADING_EN};
use crate::pages::block;
use crate::pages::check::{check_page, CheckProps};
use crate::pages::draft::{draft, DraftProps};
use crate::pages::outcome::{outcome_body, OutcomeProps};
use crate::pages::question::{question_page, QuestionProps};
use crate::pages::start::{start_page, StartProps};
use crate::state::{Action, State};
use orosguiden::flow::LazyFlow;
use orosguiden::journey::{Answer, Stage};
use orosguiden::outcome::{assemble_so_far, Outcome};
use orosguiden::summary::answer_labels;
use orosguiden::text::fill;
use orosguiden::validate::Problem;
use orosguiden::Config;
use std::rc::Rc;
use std::sync::atomic::{AtomicUsize, Ordering};
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

/// Shown, in both languages, when English was asked for but could not be had.
const ENGLISH_FAILED: &str = "The guide could not be loaded in English.";
const ENGLISH_FAILED_SV: &str = "Guiden fortsätter på svenska.";

/// Sends actions to the widget's state; the same for the widget's whole life.
pub(crate) type Dispatch = UseReducerDispatcher<State>;

/// An outcome page's content, assembled once when the page is entered (or its language or
/// page number changes), not on every render, with what the copied summary is made from.
pub(crate) struct Assembled {
    pub(crate) outcome: Outcome,
    pub(crate) labels: Vec<(String, String)>,
    pub(crate) flow: Rc<LazyFlow>,
    pub(crate) config: Rc<Config>,
    pub(crate) answers: Vec<Answer>,
}

/// A callback that sends the same action whatever the event.
pub(crate) fn send<E>(dispatch: &Dispatch, action: fn() -> Action) -> Callback<E> {
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
        let generation = state.generation;
        use_effect(move || kept.borrow_mut().after_render(&state, generation, url));
    }
    // The outcome, once per generation of the page (State::generation).
    let assembled = {
        let mut kept = kept.borrow_mut();
        if kept.assembled.as_ref().map(|(generation, _)| *generation) != Some(state.generation) {
            kept.assembled = Some((
                state.generation,
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
