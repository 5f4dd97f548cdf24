//! The widget's effects, run after each render: focus to the new page's heading, English
//! fetched on demand, the text shown after a fault, the inactivity timers, and forgetting
//! everything when the page is left.

use crate::app::Assembled;
use crate::dom;
use crate::i18n::{strings, Strings};
use crate::state::{Action, State};
use orosguiden::text::fill;
use orosguiden::{Config, Flow};
use std::rc::Rc;
use yew::prelude::*;

/// How long to wait for the English flow before going on in Swedish.
pub(crate) const ENGLISH_TIMEOUT_MS: i32 = 8000;

/// What the widget keeps from render to render, in one `use_mut_ref`, dropped with the widget:
/// the heading that focus follows, the outcome as assembled for a page, and what the effects
/// last saw and hold (the page-hide listener, the inactivity timers).
///
/// One hook for all of it, and one effect hook for all the effects ([`Kept::after_render`]),
/// instead of `use_node_ref`, `use_memo` and one `use_effect_with` per effect: each of Yew's
/// hooks is a copy of its code in the wasm (measured in BENCHMARKS.md).
#[derive(Default)]
pub(crate) struct Kept {
    /// The current page's heading, which focus follows.
    pub(crate) heading: NodeRef,
    /// The widget's section; its parent, the root, carries what to show after a fault.
    pub(crate) widget: NodeRef,
    /// The language of that text.
    fault_lang: &'static str,
    /// The outcome page's content (None on other pages, or if it could not be assembled), with
    /// the generation of the page it was made for.
    pub(crate) assembled: Option<(u32, Option<Rc<Assembled>>)>,
    /// The generation of the page whose heading was last focused.
    focused: u32,
    /// Whether English was being fetched after the last render.
    loading: bool,
    /// What the inactivity timers were last started for.
    activity: Option<Activity>,
    pagehide: Option<dom::Listener>,
    timers: Vec<dom::Timeout>,
}

/// What counts as use of the widget for the inactivity timers: a change in any of it starts
/// them again.
#[derive(PartialEq)]
struct Activity {
    generation: u32,
    notes: [String; 4],
    picked: Option<String>,
    lang: String,
}

impl Kept {
    /// The widget's effects: run after every render, each doing what the change since the last
    /// render calls for.
    /// `generation` is the page's generation in the render this runs after: the handle reads
    /// the latest state, which an action sent between the render and its effects (a press made
    /// on the prerendered start page, replayed as the widget starts) has already moved on.
    pub(crate) fn after_render(&mut self, state: &UseReducerHandle<State>, generation: u32, english_url: AttrValue) {
        // Shared computers: leaving the page forgets everything, also for the back-forward cache.
        if self.pagehide.is_none() {
            let state = state.clone();
            self.pagehide = dom::on_pagehide(move || state.dispatch(Action::Restart));
        }
        // Focus follows the page so keyboard and screen-reader users start at its heading;
        // never on the first render, which would steal focus from the host page.
        if generation != self.focused {
            self.focused = generation;
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
        let activity =
            Activity { generation: state.generation, notes: state.notes.clone(), picked: state.picked.clone(), lang: state.lang.clone() };
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

/// What to do if the widget stops working, for `orosguiden.js` to show in the widget's place
/// after a fault (a panic or a trap), when the WebAssembly can no longer run: lines of the
/// language, the heading, the 112 link, the words before the numbers, the way on, the
/// demonstration's warning (empty for a real configuration), then each number to call as its
/// name and number between a tab. In the language of the moment, with the configuration's
/// switchboard and social jours. Kept as text on the widget's root rather than as a hidden copy
/// of the page, so that the page holds each text and link once.
pub(crate) fn fault_text(config: &Config, lang: &'static str) -> String {
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
