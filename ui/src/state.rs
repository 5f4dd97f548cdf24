//! The widget's state: the engine's Journey plus what belongs only to the page (the radio the
//! user has picked but not yet submitted, a validation message, the drafting notes). A reducer
//! applies actions; routing is always the engine's.

use orosguiden::flow::{LazyFlow, CHOICE_SEP};
use orosguiden::i18n::{self, Strings};
use orosguiden::journey::Stage;
use orosguiden::{Config, Flow, Journey};
use std::rc::Rc;
use yew::Reducible;

/// Everything the widget holds. Lives in memory only.
#[derive(Clone)]
pub struct State {
    /// The national flow in the language shown (the widget's own is parsed on first use).
    pub flow: Rc<LazyFlow>,
    /// The flow the widget was given (Swedish; possibly with English too).
    sv: Rc<LazyFlow>,
    /// The flow with English texts, once there is one: `sv` itself if it has English, else the
    /// English flow fetched when first asked for.
    en: Option<Rc<LazyFlow>>,
    /// The English flow is being fetched (on "In English", or at the start of a widget set to
    /// English).
    pub loading: bool,
    /// The English flow could not be had: the guide says so and goes on in Swedish.
    pub lang_error: bool,
    /// The municipality's configuration.
    pub config: Rc<Config>,
    /// The user's journey.
    pub journey: Journey,
    /// The choice picked on the current question page, not yet submitted; on a question with
    /// checkboxes, the ids of those ticked, joined by commas as the journey takes them.
    pub picked: Option<String>,
    /// Shown when the user continues without picking.
    pub error: bool,
    /// The drafting notes, one per heading of the drafting aid.
    pub notes: [String; 4],
    /// Bumped whenever the page is shown anew — a page change, a language switch, "keep using"
    /// after the inactivity warning: focus then moves to the page's heading, the outcome is
    /// assembled again (with the clock read again for "open now") and the inactivity timers
    /// restart. Not a page number: the same page can have many.
    pub generation: u32,
    /// The language shown: "sv" or "en". Switching keeps every answer.
    pub lang: String,
    /// A message for screen readers (the outcome's title, "copied"); cleared by the next page,
    /// so that it never hides the next page's announcement.
    pub live: String,
    /// The inactivity warning is showing: the journey is cleared in a minute unless used.
    pub idle: bool,
    /// The engine's stage of `journey`, worked out once per change of the journey rather than
    /// on every render.
    stage: Stage,
}

/// What the user did.
// `English` carries a whole flow; it is sent once, when the English flow arrives, so its size
// costs nothing worth a box.
#[allow(clippy::large_enum_variant)]
pub enum Action {
    /// "Börja".
    Start,
    /// Picked a radio, or ticked or unticked a checkbox.
    Pick(String),
    /// "Fortsätt guiden" on the call-now page.
    GoOn,
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
    /// The language switch: to English from Swedish, to Swedish from English.
    SwitchLang,
    /// The English flow and the widget's English words arrived (or could not be had: None).
    English(Option<(Flow, &'static Strings)>),
    /// "Fortsätt använda guiden" after the inactivity warning: counts as use.
    KeepAlive,
    /// A minute before the journey is cleared for inactivity: show the warning.
    IdleWarning,
    /// Tell screen readers (e.g. that the summary was copied).
    Announce(String),
}

impl State {
    /// A fresh state on the start page. In English without an English flow yet, the state is
    /// `loading` until [`Action::English`].
    ///
    /// A Swedish start needs nothing from the flow, so a flow not yet parsed stays so: its
    /// English texts, if it has any, are looked for when English is asked for.
    pub fn new(flow: Rc<LazyFlow>, config: Rc<Config>, lang: &str) -> State {
        let journey = Journey::new();
        // A journey not started is on the start page, whatever the flow.
        let stage = Stage::Start;
        let en = if lang == "en" || flow.is_parsed() { own_english(&flow) } else { None };
        State {
            loading: lang == "en" && en.is_none(),
            lang_error: false,
            sv: flow.clone(),
            en,
            flow,
            config,
            journey,
            picked: None,
            error: false,
            notes: Default::default(),
            generation: 0,
            lang: lang.to_string(),
            live: String::new(),
            idle: false,
            stage,
        }
    }

    /// The engine's stage.
    pub fn stage(&self) -> &Stage {
        &self.stage
    }

    /// After the journey changed: a new page, with the stage worked out again.
    fn moved(mut self) -> State {
        self.next_generation();
        self.error = false;
        self.stage = self.journey.stage(&self.flow);
        self.picked = match &self.stage {
            Stage::Question(q) => self.journey.selected(q).map(str::to_string),
            _ => None,
        };
        self
    }
}

/// The given flow itself, when it has English texts (asking parses it) and the widget has its
/// English words: natively always; in the widget, once they came with an English pack.
fn own_english(flow: &Rc<LazyFlow>) -> Option<Rc<LazyFlow>> {
    (i18n::english().is_some() && flow.has_locale("en")).then(|| flow.clone())
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut s = (*self).clone();
        // Anything the user does counts as use and hides the inactivity warning; the warning
        // and an announcement are not the user's doing.
        if !matches!(action, Action::IdleWarning | Action::Announce(_)) {
            s.idle = false;
        }
        let s = match action {
            Action::Start => {
                s.journey.start();
                s.moved()
            }
            Action::Pick(c) => {
                let multiple = match &s.stage {
                    Stage::Question(q) => s.flow.question(q).filter(|q| q.multiple),
                    _ => None,
                };
                s.picked = Some(match multiple {
                    // A checkbox: ticked if it was not, unticked if it was.
                    Some(q) => {
                        let was: Vec<&str> = s.picked.as_deref().map(|p| p.split(CHOICE_SEP).collect()).unwrap_or_default();
                        let now = if was.contains(&c.as_str()) {
                            was.iter().copied().filter(|x| *x != c).collect()
                        } else {
                            [was.as_slice(), &[c.as_str()]].concat()
                        };
                        q.answer_of(now)
                    }
                    None => c,
                });
                s.error = false;
                s
            }
            Action::GoOn => {
                s.journey.go_on(&s.flow);
                s.moved()
            }
            Action::Continue => {
                let Stage::Question(q) = s.stage.clone() else { return self };
                // A question that may be left empty is answered with no choice.
                let empty_ok = s.flow.question(&q).is_some_and(|q| q.multiple && q.optional);
                let picked = s.picked.clone().or_else(|| empty_ok.then(String::new));
                match picked {
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
            Action::Restart => {
                let mut fresh = State::new(s.sv.clone(), s.config.clone(), "sv");
                fresh.en = s.en.clone();
                fresh.show(&s.lang).moved_from(self.generation)
            }
            Action::SwitchLang => {
                let lang = if s.lang == "en" { "sv" } else { "en" };
                if lang == "en" && s.en.is_none() {
                    s.en = own_english(&s.sv);
                }
                if lang == "en" && s.en.is_none() {
                    // Fetched by the widget; the page stays as it is meanwhile.
                    s.loading = true;
                    s.lang_error = false;
                    return Rc::new(s);
                }
                s.lang_error = false;
                s = s.show(lang);
                s.next_generation();
                s
            }
            Action::English(english) => {
                s.loading = false;
                // Only the same flow in English, with English words: a stale file must never
                // route differently.
                match english.filter(|(f, words)| words.lang() == "en" && f.has_locale("en") && f.same_structure(&s.sv)) {
                    Some((f, words)) => {
                        i18n::set_english(words);
                        s.en = Some(Rc::new(f.into()));
                        s = s.show("en");
                    }
                    None => {
                        s.lang_error = true;
                        s = s.show("sv");
                    }
                }
                s.next_generation();
                s
            }
            Action::KeepAlive => {
                // A new page number restarts the inactivity timer and returns focus to the
                // page's heading, where the user left off.
                s.next_generation();
                s
            }
            Action::IdleWarning => {
                s.idle = true;
                s
            }
            Action::Announce(message) => {
                s.live = message;
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
    /// Shows `lang` ("en" only if there is an English flow; Swedish otherwise).
    fn show(mut self, lang: &str) -> State {
        match (lang, &self.en) {
            ("en", Some(en)) => {
                self.flow = en.clone();
                self.lang = "en".into();
            }
            _ => {
                self.flow = self.sv.clone();
                self.lang = "sv".into();
            }
        }
        self
    }

    fn moved_from(mut self, generation: u32) -> State {
        self.generation = generation;
        self.next_generation();
        self
    }

    /// The page shown anew: its generation bumped (focus moves to its heading), the last
    /// page's announcement gone.
    fn next_generation(&mut self) {
        self.generation = self.generation.wrapping_add(1);
        self.live.clear();
    }
}

impl PartialEq for State {
    fn eq(&self, o: &Self) -> bool {
        Rc::ptr_eq(&self.flow, &o.flow)
            && self.loading == o.loading
            && self.lang_error == o.lang_error
            && Rc::ptr_eq(&self.config, &o.config)
            && self.journey == o.journey
            && self.picked == o.picked
            && self.error == o.error
            && self.notes == o.notes
            && self.generation == o.generation
            && self.lang == o.lang
            && self.live == o.live
            && self.idle == o.idle
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fresh() -> Rc<State> {
        Rc::new(State::new(Rc::new(Flow::national().into()), Rc::new(Config::demo()), "sv"))
    }

    #[test]
    fn the_inactivity_warning_shows_until_the_user_does_anything() {
        let s = fresh().reduce(Action::Start).reduce(Action::IdleWarning);
        assert!(s.idle);
        // An announcement is not use: the warning stays.
        let s = s.reduce(Action::Announce("Sammanfattningen är kopierad.".into()));
        assert!(s.idle);
        for action in [Action::Pick("yes".into()), Action::KeepAlive, Action::Note(0, "x".into()), Action::Back, Action::Restart] {
            let s = fresh().reduce(Action::Start).reduce(Action::IdleWarning).reduce(action);
            assert!(!s.idle);
        }
    }

    #[test]
    fn an_announcement_lasts_until_the_next_generation() {
        let s = fresh().reduce(Action::Start).reduce(Action::Announce("kopierad".into()));
        assert_eq!(s.live, "kopierad");
        let generation = s.generation;
        // Picking a radio is no new page: the message stays.
        let s = s.reduce(Action::Pick("no".into()));
        assert_eq!(s.live, "kopierad");
        let s = s.reduce(Action::Back);
        assert_eq!((s.live.as_str(), s.generation), ("", generation + 1));
        let s = s.reduce(Action::Announce("igen".into())).reduce(Action::KeepAlive);
        assert_eq!(s.live, "");
        let s = s.reduce(Action::Announce("igen".into())).reduce(Action::Restart);
        assert_eq!(s.live, "");
    }

    #[test]
    fn the_language_switch_goes_to_the_other_language_and_keeps_the_answers() {
        // Natively the widget has its English words, and the national flow has English texts.
        let s = fresh().reduce(Action::Start).reduce(Action::Pick("not-acute".into())).reduce(Action::Continue);
        let answers = s.journey.answers().to_vec();
        let generation = s.generation;
        let s = s.reduce(Action::SwitchLang);
        assert_eq!((s.lang.as_str(), s.loading, s.generation), ("en", false, generation + 1));
        assert!(s.flow.has_locale("en"));
        assert_eq!(s.journey.answers(), answers.as_slice());
        let s = s.reduce(Action::SwitchLang);
        assert_eq!((s.lang.as_str(), s.generation), ("sv", generation + 2));
        assert_eq!(s.journey.answers(), answers.as_slice());
    }

    #[test]
    fn a_swedish_only_flow_waits_for_the_english_one() {
        let sv = orosguiden::flow::single_locale(orosguiden::flow::NATIONAL_FLOW, "sv").unwrap();
        let flow = Rc::new(Flow::from_json(&sv).unwrap().into());
        let s = Rc::new(State::new(flow, Rc::new(Config::demo()), "sv")).reduce(Action::Start);
        let s = s.reduce(Action::SwitchLang);
        assert!(s.loading, "fetching");
        assert_eq!(s.lang, "sv", "Swedish meanwhile");
        // What came is not the same flow: refused, still Swedish.
        let s = s.reduce(Action::English(None));
        assert!(!s.loading && s.lang_error);
        assert_eq!(s.lang, "sv");
        // The English pack: taken, with its words.
        let s = s.reduce(Action::SwitchLang);
        let en = orosguiden::flow::single_locale_pack(orosguiden::flow::NATIONAL_FLOW, "en").unwrap();
        let (flow, words) = Flow::from_pack_with_words(&en).unwrap();
        let s = s.reduce(Action::English(Some((flow, orosguiden::i18n::Strings::leaked(&words).unwrap()))));
        assert!(!s.loading && !s.lang_error);
        assert_eq!(s.lang, "en");
        // Swedish words in place of English ones: refused.
        let s =
            Rc::new(State::new(Rc::new(Flow::from_json(&sv).unwrap().into()), Rc::new(Config::demo()), "sv")).reduce(Action::SwitchLang);
        let (flow, _) = Flow::from_pack_with_words(&en).unwrap();
        let s = s.reduce(Action::English(Some((flow, &orosguiden::i18n::SV))));
        assert!(s.lang_error);
        assert_eq!(s.lang, "sv");
    }
}
