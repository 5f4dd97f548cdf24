//! The widget's state: the engine's Journey plus what belongs only to the page (the radio the
//! user has picked but not yet submitted, a validation message, the drafting notes). A reducer
//! applies actions; routing is always the engine's.

use orosguiden::journey::Stage;
use orosguiden::{Config, Flow, Journey};
use std::rc::Rc;
use yew::Reducible;

/// Everything the widget holds. Lives in memory only.
#[derive(Clone)]
pub struct State {
    /// The national flow.
    pub flow: Rc<Flow>,
    /// The municipality's configuration.
    pub config: Rc<Config>,
    /// The user's journey.
    pub journey: Journey,
    /// The radio picked on the current question page, not yet submitted.
    pub picked: Option<String>,
    /// Shown when the user continues without picking.
    pub error: bool,
    /// The drafting notes, one per heading of the drafting aid.
    pub notes: [String; 4],
    /// Bumped on every page change, so that focus moves to the new heading.
    pub page: u32,
    /// The language shown: "sv" or "en". Switching keeps every answer.
    pub lang: String,
    /// The engine's stage of `journey`, worked out once per change of the journey rather than
    /// on every render.
    stage: Stage,
}


/// What the user did.
pub enum Action {
    /// "Börja".
    Start,
    /// Picked a radio.
    Pick(String),
    /// "Fortsätt" on a question page.
    Continue,
    /// "Tillbaka".
    Back,
    /// "Ändra" on the check page.
    Edit(String),
    /// "Visa vad du ska göra" on the check page.
    Confirm,
    /// "Börja om": forget everything.
    Restart,
    /// Typed in a drafting note.
    Note(usize, String),
    /// Switched language.
    Lang(String),
    /// "Fortsätt använda guiden" after the inactivity warning: counts as use.
    KeepAlive,
}

impl State {
    /// A fresh state on the start page.
    pub fn new(flow: Rc<Flow>, config: Rc<Config>, lang: &str) -> State {
        let journey = Journey::new();
        let stage = journey.stage(&flow);
        State {
            flow,
            config,
            journey,
            picked: None,
            error: false,
            notes: Default::default(),
            page: 0,
            lang: lang.to_string(),
            stage,
        }
    }

    /// The engine's stage.
    pub fn stage(&self) -> &Stage {
        &self.stage
    }

    /// After the journey changed: a new page, with the stage worked out again.
    fn moved(mut self) -> State {
        self.page = self.page.wrapping_add(1);
        self.error = false;
        self.stage = self.journey.stage(&self.flow);
        self.picked = match &self.stage {
            Stage::Question(q) => self.journey.selected(q).map(str::to_string),
            _ => None,
        };
        self
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut s = (*self).clone();
        let s = match action {
            Action::Start => {
                s.journey.start();
                s.moved()
            }
            Action::Pick(c) => {
                s.picked = Some(c);
                s.error = false;
                s
            }
            Action::Continue => {
                let Stage::Question(q) = s.stage.clone() else { return self };
                match s.picked.clone() {
                    Some(c) if s.journey.answer(&s.flow, &q, &c).is_ok() => s.moved(),
                    _ => {
                        s.error = true;
                        s
                    }
                }
            }
            Action::Back => {
                s.journey.back(&s.flow);
                s.moved()
            }
            Action::Edit(q) => {
                if s.journey.edit(&q).is_err() {
                    return self;
                }
                s.moved()
            }
            Action::Confirm => {
                s.journey.confirm(&s.flow);
                s.moved()
            }
            Action::Restart => State::new(s.flow.clone(), s.config.clone(), &s.lang).moved_from(self.page),
            Action::Lang(lang) => {
                s.lang = if lang == "en" { "en".into() } else { "sv".into() };
                s.page = s.page.wrapping_add(1);
                s
            }
            Action::KeepAlive => {
                // A new page number restarts the inactivity timer and returns focus to the
                // page's heading, where the user left off.
                s.page = s.page.wrapping_add(1);
                s
            }
            Action::Note(i, text) => {
                if let Some(n) = s.notes.get_mut(i) {
                    *n = text;
                }
                s
            }
        };
        Rc::new(s)
    }
}

impl State {
    fn moved_from(mut self, page: u32) -> State {
        self.page = page.wrapping_add(1);
        self
    }
}

impl PartialEq for State {
    fn eq(&self, o: &Self) -> bool {
        Rc::ptr_eq(&self.flow, &o.flow)
            && Rc::ptr_eq(&self.config, &o.config)
            && self.journey == o.journey
            && self.picked == o.picked
            && self.error == o.error
            && self.notes == o.notes
            && self.page == o.page
            && self.lang == o.lang
    }
}
