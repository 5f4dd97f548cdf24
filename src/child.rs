//! What the guide asks about the child itself, after the flow's own questions and only where
//! the answer changes something (issue 17): where the child lives (in an acute case, where the
//! child is now), which decides whose social services receive the report; and the child's age,
//! which decides the support offers and the age-bound blocks.
//!
//! These two questions are not part of the national flow's paths: their choices come from the
//! configuration (its municipalities) or are fixed age bands, and they record no facts, so the
//! outcome's decision and blocks never depend on them — only which units, which offers and
//! which age-bound blocks are shown. They are answers like any other (`child-place=here`,
//! `child-age=7-12`), held in the journey after the answer that made them needed.

use crate::config::Config;
use crate::flow::{Choice, Flow, OutcomeDef, Purpose, Question, SupportFor};
use crate::i18n;
use crate::text::{fill, Text};

/// The id of the question "where does the child live?".
pub const PLACE_QUESTION: &str = "child-place";
/// The id of the question "how old is the child?".
pub const AGE_QUESTION: &str = "child-age";

/// The place answer for a configuration with one municipality: the child lives there.
pub const HERE: &str = "here";
/// The place answer "in another municipality".
pub const OTHER: &str = "other";
/// The place answer "I don't know".
pub const UNKNOWN: &str = "unknown";

/// Whether `id` is one of the questions about the child.
pub fn is_child_question(id: &str) -> bool {
    id == PLACE_QUESTION || id == AGE_QUESTION
}

/// The child's age, as the guide asks it: bands that match where advice and offers change
/// (support groups for 7–12 and 13–19; a young person's own consent from 15).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum AgeBand {
    /// 0–6 years.
    Under7,
    /// 7–12 years.
    From7To12,
    /// 13–14 years.
    From13To14,
    /// 15–17 years.
    From15To17,
    /// Not known.
    Unknown,
}

impl AgeBand {
    /// Every band, in the order asked.
    pub const ALL: [AgeBand; 5] = [AgeBand::Under7, AgeBand::From7To12, AgeBand::From13To14, AgeBand::From15To17, AgeBand::Unknown];

    /// The id as written in answers and in the flow's `ages`.
    pub fn id(self) -> &'static str {
        ["0-6", "7-12", "13-14", "15-17", "unknown"][self as usize]
    }

    /// The band with this id.
    pub fn from_id(id: &str) -> Option<AgeBand> {
        AgeBand::ALL.into_iter().find(|b| b.id() == id)
    }

    /// The ages (inclusive) the band covers; None when the age is not known.
    pub fn years(self) -> Option<(u8, u8)> {
        [Some((0, 6)), Some((7, 12)), Some((13, 14)), Some((15, 17)), None][self as usize]
    }

    /// Whether an offer for the ages `ages` (inclusive; None: any age) may fit a child of this
    /// band: the ranges overlap, and an unknown age fits every offer.
    pub fn fits(self, ages: Option<[u8; 2]>) -> bool {
        match (self.years(), ages) {
            (Some((lo, hi)), Some([a, b])) => a <= hi && lo <= b,
            _ => true,
        }
    }

    fn label(self, t: &i18n::Strings) -> &'static str {
        [t.age_under_7(), t.age_7_12(), t.age_13_14(), t.age_15_17(), t.dont_know()][self as usize]
    }
}

/// Where the child lives (or is now), as answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place<'a> {
    /// One of the configuration's municipalities, by id ([`HERE`] for a configuration with one).
    In(&'a str),
    /// Another municipality.
    Other,
    /// Not known.
    Unknown,
}

impl<'a> Place<'a> {
    /// The place an answer names.
    pub fn of(answer: &'a str) -> Place<'a> {
        match answer {
            OTHER => Place::Other,
            UNKNOWN => Place::Unknown,
            id => Place::In(id),
        }
    }

    /// The municipality's id, when it is one of the configuration's.
    pub fn municipality(self) -> Option<&'a str> {
        match self {
            Place::In(id) => Some(id),
            _ => None,
        }
    }
}

/// Whether the selected outcomes need to know where the child lives: they name units of social
/// services for the child (to report to, consult or phone now). A report under LVM is about an
/// adult: without this answer it goes to the configuration's own municipality when it has one,
/// and is explained otherwise.
pub fn needs_place(selected: &[&OutcomeDef]) -> bool {
    selected.iter().any(|o| o.contacts.iter().any(|p| p.is_social_services() && *p != Purpose::Lvm))
}

/// Whether the selected outcomes need the child's age: they list support offers, or one of them
/// is shown for some ages only.
pub fn needs_age(selected: &[&OutcomeDef]) -> bool {
    selected.iter().any(|o| o.support.is_some() || !o.ages.is_empty())
}

/// Whether an outcome is shown for a child of this age (an outcome without `ages`: always).
pub fn shown_for(o: &OutcomeDef, age: Option<AgeBand>) -> bool {
    o.ages.is_empty() || age.is_some_and(|a| o.ages.iter().any(|id| id == a.id()))
}

/// The place and age the answers give, if they give them.
pub fn answered<'a>(answers: &'a [crate::journey::Answer]) -> (Option<Place<'a>>, Option<AgeBand>) {
    let get = |q: &str| answers.iter().find(|(a, _)| a == q).map(|(_, c)| c.as_str());
    (get(PLACE_QUESTION).map(Place::of), get(AGE_QUESTION).and_then(AgeBand::from_id))
}

/// Whether `choice` answers the question `id` about the child under `config`.
pub fn valid_answer(config: &Config, id: &str, choice: &str) -> bool {
    match id {
        AGE_QUESTION => AgeBand::from_id(choice).is_some(),
        PLACE_QUESTION => match Place::of(choice) {
            Place::In(m) => config.municipality(m).is_some(),
            _ => true,
        },
        _ => false,
    }
}

/// The question about the child with id `id`, as the widget shows it in `lang`: built from the
/// widget's words and the configuration's municipalities. `acute`: the call-now page comes
/// next, so the place asked is where the child is now.
pub fn question(id: &str, config: &Config, lang: &str, acute: bool) -> Option<Question> {
    let t = i18n::strings(lang);
    let text = |s: &str| Text::new([(lang.to_string(), s.to_string())]);
    let choice = |id: &str, label: &str| Choice { id: id.to_string(), label: text(label), ..Choice::default() };
    let (legend, hint, short, choices) = match id {
        AGE_QUESTION => {
            (t.age_question().to_string(), t.age_hint(), t.age_short(), AgeBand::ALL.iter().map(|b| choice(b.id(), b.label(t))).collect())
        }
        PLACE_QUESTION => {
            let ms = config.municipalities();
            let other = choice(OTHER, if ms.len() == 1 { t.place_no() } else { t.place_other() });
            let unknown = choice(UNKNOWN, t.dont_know());
            let legend = match (ms.len() == 1, acute) {
                (true, false) => fill(t.place_question_one(), &[("{municipality}", ms[0].name)]),
                (true, true) => fill(t.place_question_one_now(), &[("{municipality}", ms[0].name)]),
                (false, false) => t.place_question().to_string(),
                (false, true) => t.place_question_now().to_string(),
            };
            let mut choices: Vec<Choice> =
                if ms.len() == 1 { vec![choice(ms[0].id, t.yes())] } else { ms.iter().map(|m| choice(m.id, m.name)).collect() };
            choices.extend([other, unknown]);
            (legend, if acute { t.place_hint_now() } else { t.place_hint() }, t.place_short(), choices)
        }
        _ => return None,
    };
    Some(Question { id: id.to_string(), text: text(&legend), hint: Some(text(hint)), short: text(short), choices, ..Question::default() })
}

/// The flow's question `id`, or the question about the child with that id.
pub fn any_question(flow: &Flow, config: &Config, id: &str, lang: &str, acute: bool) -> Option<Question> {
    flow.question(id).cloned().or_else(|| question(id, config, lang, acute))
}

impl Purpose {
    /// Whether units for this purpose belong to social services, so that the child's own
    /// municipality's are the right ones: to report to, consult, phone now, or report an
    /// adult's need of compulsory care to.
    pub fn is_social_services(self) -> bool {
        matches!(self, Purpose::Report | Purpose::Consult | Purpose::Acute | Purpose::Lvm)
    }
}

impl SupportFor {
    /// Every audience, in the order shown side by side.
    pub const ALL: [SupportFor; 4] = [SupportFor::Child, SupportFor::Parent, SupportFor::OtherParent, SupportFor::Family];

    /// The id as written in files.
    pub fn id(self) -> &'static str {
        ["child", "parent", "other_parent", "family"][self as usize]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_age_band_fits_offers_whose_ages_overlap_it_and_an_unknown_age_fits_all() {
        assert!(AgeBand::From7To12.fits(Some([7, 12])));
        assert!(AgeBand::From13To14.fits(Some([13, 19])));
        assert!(AgeBand::From15To17.fits(Some([13, 19])));
        assert!(!AgeBand::Under7.fits(Some([7, 12])));
        assert!(!AgeBand::From13To14.fits(Some([7, 12])));
        assert!(AgeBand::Under7.fits(Some([0, 6])));
        assert!(AgeBand::Under7.fits(None));
        assert!(AgeBand::Unknown.fits(Some([13, 19])));
        for b in AgeBand::ALL {
            assert_eq!(AgeBand::from_id(b.id()), Some(b));
        }
    }

    #[test]
    fn a_place_answer_names_a_municipality_or_says_elsewhere() {
        assert_eq!(Place::of("alby"), Place::In("alby"));
        assert_eq!(Place::of(OTHER), Place::Other);
        assert_eq!(Place::of(UNKNOWN), Place::Unknown);
        assert_eq!(Place::of("alby").municipality(), Some("alby"));
        assert_eq!(Place::Other.municipality(), None);
    }

    #[test]
    fn one_municipality_is_asked_by_name_several_are_listed() {
        let one = Config::demo();
        let q = question(PLACE_QUESTION, &one, "sv", false).unwrap();
        assert!(q.text.get("sv").contains("Exempelkommun"), "{:?}", q.text);
        let ids: Vec<&str> = q.choices.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(ids, [HERE, OTHER, UNKNOWN]);
        let age = question(AGE_QUESTION, &one, "en", false).unwrap();
        assert_eq!(age.choices.len(), AgeBand::ALL.len());
        assert!(question("role", &one, "sv", false).is_none());
    }
}
