//! A municipality's configuration: its units, opening hours, routing per role, local routines,
//! support offers and national numbers. Parsed strictly; checked by [`crate::validate`].

use crate::child::Place;
use crate::cond::Facts;
use crate::flow::{CondSrc, Purpose, SupportFor};
use crate::json::{record, variant_of, Error, FromJson, Node};
use crate::keyed::Keyed;
use crate::text::Text;
use serde::{Deserialize, Serialize};

/// The schema identifier a configuration must declare.
pub const CONFIG_SCHEMA: &str = "orosguiden-config/1";

/// One municipality's (or district's) configuration.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// Where editors find the JSON Schema (ignored by the engine).
    #[serde(default, rename = "$schema")]
    pub json_schema: Option<String>,
    /// Must equal [`CONFIG_SCHEMA`].
    pub schema: String,
    /// Who publishes it.
    pub organisation: Organisation,
    /// Locales the texts of this file provide.
    pub locales: Vec<String>,
    /// The municipalities whose children it routes for, each with its own social services
    /// (intake, social jour, local rules). Empty: the organisation's own municipality, with the
    /// social-services units of `routing`.
    #[serde(default)]
    pub municipalities: Vec<Municipality>,
    /// The units one may contact.
    pub units: Vec<Unit>,
    /// Which units serve which purpose, by default and per role.
    pub routing: Routing,
    /// Support offers for children and parents.
    #[serde(default)]
    pub support: Vec<Offer>,
    /// National numbers, each with its source and the date it was checked.
    pub numbers: Vec<NationalNumber>,
    /// On shared computers: clear the journey after this many minutes without use (with a
    /// warning a minute before). Absent: never.
    #[serde(default)]
    pub inactivity_minutes: Option<u16>,
}

/// The publishing organisation.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Organisation {
    /// e.g. "Exempelkommun".
    pub name: String,
    /// The municipality the children live in.
    pub municipality: String,
    /// The switchboard (växel), the last fallback.
    pub switchboard: String,
    /// A demonstration configuration: the widget shows a banner saying so.
    #[serde(default)]
    pub demo: bool,
}

/// One municipality of a configuration that covers several (a region, authorities meeting
/// children from anywhere, municipalities sharing a social jour): where a report about a child
/// who lives there goes.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Municipality {
    /// Kebab-case id (not "here", "other" or "unknown", which the guide's answers use).
    pub id: String,
    /// The municipality's name, e.g. "Alby".
    pub name: String,
    /// Its switchboard (växel).
    pub switchboard: String,
    /// Its units of social services per purpose (`report`, `consult`, `acute`, `lvm`), in the
    /// order they are shown.
    pub contacts: Keyed<Purpose, Vec<String>>,
    /// The unit that answers for it after office hours (its own or a shared social jour).
    pub after_hours: String,
    /// Its local rules (as `routing.rules`), for its own units.
    #[serde(default)]
    pub rules: Vec<Rule>,
}

/// A municipality as the guide offers it: one of `municipalities`, or the organisation's own
/// (id [`crate::child::HERE`]) when there are none.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MunicipalityRef<'c> {
    /// Its id.
    pub id: &'c str,
    /// Its name.
    pub name: &'c str,
    /// Its switchboard.
    pub switchboard: &'c str,
}

/// What kind of unit it is.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum UnitKind {
    /// Mottagning / intake of social services for children and young people.
    #[default]
    Intake,
    /// Social jour: social services after office hours.
    SocialJour,
    /// Barn och unga.
    Children,
    /// Vuxenenhet.
    Adults,
    /// Öppenvård för barn och unga.
    OpenCareChildren,
    /// Öppenvård för vuxna.
    OpenCareAdults,
    /// Familjecentral.
    FamilyCentre,
    /// Elevhälsa.
    Elevhalsa,
    /// Barnombud in health care.
    Barnombud,
    /// Anything else.
    Other,
}

/// A unit one can contact.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Unit {
    /// Kebab-case id.
    pub id: String,
    /// Name as the staff know it.
    pub name: Text,
    /// Kind.
    pub kind: UnitKind,
    /// Phone number as dialled in Sweden.
    pub phone: String,
    /// Weekly opening hours; empty means not stated (a social jour open around the clock says
    /// so with 00:00–24:00 every day).
    #[serde(default)]
    pub hours: Vec<Hours>,
    /// E-service for written reports (https).
    #[serde(default)]
    pub e_service: Option<String>,
    /// E-mail (not for reports with names: e-mail is not secure).
    #[serde(default)]
    pub email: Option<String>,
    /// Visiting address.
    #[serde(default)]
    pub address: Option<String>,
    /// The municipality (id in `municipalities`) whose social services the unit belongs to;
    /// absent: it serves every municipality of the configuration (a shared social jour, a
    /// region's barnombud).
    #[serde(default)]
    pub municipality: Option<String>,
}

/// A day of the week.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Day {
    /// Monday.
    #[default]
    Mon,
    /// Tuesday.
    Tue,
    /// Wednesday.
    Wed,
    /// Thursday.
    Thu,
    /// Friday.
    Fri,
    /// Saturday.
    Sat,
    /// Sunday.
    Sun,
}

impl Day {
    /// All days from Monday.
    pub const ALL: [Day; 7] = [Day::Mon, Day::Tue, Day::Wed, Day::Thu, Day::Fri, Day::Sat, Day::Sun];

    /// From JavaScript's `Date.getDay()` (0 = Sunday).
    pub fn from_js(d: u32) -> Day {
        Day::ALL[((d + 6) % 7) as usize]
    }

    fn short(self, lang: &str) -> &'static str {
        if lang == "en" {
            ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][self as usize]
        } else {
            ["mån", "tis", "ons", "tor", "fre", "lör", "sön"][self as usize]
        }
    }
}

/// Opening hours on some days, local time, "HH:MM".
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Hours {
    /// The days.
    pub days: Vec<Day>,
    /// Opens.
    pub open: String,
    /// Closes.
    pub close: String,
}

/// A moment in local time, as the widget reads it from the browser's clock.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LocalTime {
    /// Day of the week.
    pub day: Day,
    /// Minutes since midnight.
    pub minute: u16,
}

/// Parses "HH:MM" into minutes since midnight ("24:00" allowed as a closing time).
pub fn parse_hhmm(s: &str) -> Option<u16> {
    let (h, m) = s.split_once(':')?;
    if h.len() != 2 || m.len() != 2 {
        return None;
    }
    let (h, m) = (digits(h)?, digits(m)?);
    (m < 60 && (h < 24 || (h == 24 && m == 0))).then_some((h * 60 + m) as u16)
}

/// A number written with ASCII digits only (no sign, no spaces), up to nine of them. One
/// small function for times and dates instead of `str::parse` per integer type.
pub(crate) fn digits(s: &str) -> Option<u32> {
    if s.is_empty() || s.len() > 9 {
        return None;
    }
    s.bytes().try_fold(0, |n, b| b.is_ascii_digit().then(|| n * 10 + u32::from(b - b'0')))
}

impl Unit {
    /// Whether the unit is open at `t`; None when its hours are not stated.
    pub fn is_open(&self, t: LocalTime) -> Option<bool> {
        if self.hours.is_empty() {
            return None;
        }
        Some(self.hours.iter().any(|h| {
            h.days.contains(&t.day)
                && matches!((parse_hhmm(&h.open), parse_hhmm(&h.close)),
                    (Some(o), Some(c)) if o <= t.minute && t.minute < c)
        }))
    }

    /// Opening hours as a short Swedish text, e.g. "mån–fre 08.00–16.30"; "dygnet runt" when
    /// open around the clock; empty when not stated.
    pub fn hours_text(&self) -> String {
        self.hours_text_in("sv")
    }

    /// Opening hours in `lang` ("sv" or "en"), e.g. "Mon–Fri 08.00–16.30".
    pub fn hours_text_in(&self, lang: &str) -> String {
        if self.hours.is_empty() {
            return String::new();
        }
        if Day::ALL.iter().all(|d| self.hours.iter().any(|h| h.days.contains(d) && h.open == "00:00" && h.close == "24:00")) {
            return if lang == "en" { "around the clock" } else { "dygnet runt" }.to_string();
        }
        self.hours
            .iter()
            .map(|h| format!("{} {}–{}", days_text(&h.days, lang), h.open.replace(':', "."), h.close.replace(':', ".")))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// "mån–fre", "lör, sön", "mån, ons–fre".
fn days_text(days: &[Day], lang: &str) -> String {
    // The week's days in order, each once: a set of seven, not a sort (no sort code in the
    // widget for this).
    let mut on = [false; 7];
    for d in days {
        on[*d as usize] = true;
    }
    let idx: Vec<usize> = (0..7).filter(|i| on[*i]).collect();
    let mut parts = Vec::new();
    let mut i = 0;
    while i < idx.len() {
        let mut j = i;
        while j + 1 < idx.len() && idx[j + 1] == idx[j] + 1 {
            j += 1;
        }
        let (a, b) = (Day::ALL[idx[i]].short(lang), Day::ALL[idx[j]].short(lang));
        parts.push(match j - i {
            0 => a.to_string(),
            1 => format!("{a}, {b}"),
            _ => format!("{a}–{b}"),
        });
        i = j + 1;
    }
    parts.join(", ")
}

/// Which units serve which purpose.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Routing {
    /// Units per purpose for every role, in the order they are shown.
    pub contacts: Keyed<Purpose, Vec<String>>,
    /// The unit reached after office hours (social jour); shown first whenever the acute
    /// units are closed. Required without `municipalities` (each of which names its own).
    #[serde(default)]
    pub after_hours: String,
    /// Per role (a choice id of the flow's role question): replaced purposes and a routine.
    #[serde(default)]
    pub roles: Keyed<String, RoleRouting>,
    /// Local rules that put some units first under a condition, e.g. "open care is consulted
    /// first unless the concern is acute".
    #[serde(default)]
    pub rules: Vec<Rule>,
}

/// A local routing rule: for these roles and this purpose, these units come first, unless the
/// condition over the flow's facts holds.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rule {
    /// Role ids it applies to; empty means every role.
    #[serde(default)]
    pub roles: Vec<String>,
    /// The purpose whose units it changes.
    pub purpose: Purpose,
    /// The units put first, in order.
    pub first: Vec<String>,
    /// When the rule does not apply, e.g. `"danger_now | unsafe_today | lvm_needed"`.
    #[serde(default)]
    pub unless: Option<CondSrc>,
    /// Why these units come first, shown with them.
    #[serde(default)]
    pub note: Option<Text>,
}

/// What differs for one role.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RoleRouting {
    /// Purposes whose units differ for this role.
    #[serde(default)]
    pub contacts: Keyed<Purpose, Vec<String>>,
    /// The local routine, shown as a complement to (never a replacement for) the personal duty.
    #[serde(default)]
    pub routine: Option<Text>,
}

/// A support offer.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Offer {
    /// Kebab-case id.
    pub id: String,
    /// Name.
    pub name: Text,
    /// What it is and how to get it.
    pub description: Text,
    /// For whom: the child, the parent with the problem, the other parent or carer, or the
    /// family together.
    #[serde(rename = "for")]
    pub for_: SupportFor,
    /// Ages (inclusive) for children's offers.
    #[serde(default)]
    pub ages: Option<[u8; 2]>,
    /// Facts (concern types) it fits; empty means every concern.
    #[serde(default)]
    pub concerns: Vec<String>,
    /// The unit that runs it.
    #[serde(default)]
    pub unit: Option<String>,
}

/// A national number.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NationalNumber {
    /// Kebab-case id.
    pub id: String,
    /// Name, e.g. "Bris".
    pub name: Text,
    /// The number.
    pub number: String,
    /// For whom and when.
    pub description: Text,
    /// Where the number was checked.
    pub source: String,
    /// The date it was checked, YYYY-MM-DD.
    pub checked: String,
}

impl Config {
    /// Parses a configuration strictly.
    pub fn from_json(src: &str) -> Result<Config, crate::flow::ParseError> {
        crate::json::read(src).map_err(crate::flow::ParseError)
    }

    /// The built-in demonstration configuration, Exempelkommun.
    pub fn demo() -> Config {
        Config::demo_from(DEMO_CONFIG)
    }

    /// The demonstration configuration read from `src`: [`DEMO_CONFIG`] as it is, or without
    /// its whitespace as the widget embeds it (widget/build.rs). Panics if `src` does not parse,
    /// which the tests and the widget's build rule out.
    pub fn demo_from(src: &str) -> Config {
        // Not `expect`: that would format the error with `Debug`, whose code the widget would
        // then carry for this one line.
        Config::from_json(src).unwrap_or_else(|e| panic!("the demo configuration is checked by the tests: {e}"))
    }

    /// A unit by id.
    pub fn unit(&self, id: &str) -> Option<&Unit> {
        self.units.iter().find(|u| u.id == id)
    }

    /// The unit ids for a purpose and role: the role's own list if it has one, else the default.
    pub fn units_for(&self, purpose: Purpose, role: Option<&str>) -> &[String] {
        role.and_then(|r| self.routing.roles.get(r))
            .and_then(|r| r.contacts.get(&purpose))
            .or_else(|| self.routing.contacts.get(&purpose))
            .map(Vec::as_slice)
            .unwrap_or(&[])
    }

    /// The municipalities a user may say the child lives in: `municipalities`, or the
    /// organisation's own.
    pub fn municipalities(&self) -> Vec<MunicipalityRef<'_>> {
        if self.municipalities.is_empty() {
            let o = &self.organisation;
            return vec![MunicipalityRef { id: crate::child::HERE, name: &o.municipality, switchboard: &o.switchboard }];
        }
        self.municipalities.iter().map(|m| MunicipalityRef { id: &m.id, name: &m.name, switchboard: &m.switchboard }).collect()
    }

    /// A municipality the user may choose, by id.
    pub fn municipality(&self, id: &str) -> Option<MunicipalityRef<'_>> {
        self.municipalities().into_iter().find(|m| m.id == id)
    }

    /// The unit that answers after office hours for the child's municipality: none for another
    /// or an unknown one.
    pub fn after_hours_in(&self, place: Place<'_>) -> Option<&str> {
        let id = place.municipality()?;
        if self.municipalities.is_empty() {
            return (id == crate::child::HERE).then_some(self.routing.after_hours.as_str());
        }
        self.municipalities.iter().find(|m| m.id == id).map(|m| m.after_hours.as_str())
    }

    /// The social jour of each municipality, each unit once and 112 left out (it is always
    /// shown first): with the organisation's switchboard, what the widget offers when it has
    /// stopped working.
    pub fn social_jours(&self) -> Vec<&Unit> {
        let ids = std::iter::once(self.routing.after_hours.as_str()).chain(self.municipalities.iter().map(|m| m.after_hours.as_str()));
        let mut units: Vec<&Unit> = Vec::new();
        for u in ids.filter_map(|id| self.unit(id)) {
            if u.phone != "112" && !units.iter().any(|k| k.id == u.id) {
                units.push(u);
            }
        }
        units
    }

    /// The units for a purpose on a path whose child lives in `place`: for social services,
    /// those of the child's municipality — none for another or an unknown one, whose social
    /// services the guide tells the user how to find instead; for the rest, the
    /// configuration's own ([`Config::route`]).
    pub fn route_in(&self, purpose: Purpose, role: Option<&str>, facts: &Facts, place: Place<'_>) -> Vec<(&str, Option<&Text>)> {
        if !purpose.is_social_services() || self.municipalities.is_empty() && place == Place::In(crate::child::HERE) {
            return self.route(purpose, role, facts);
        }
        let Some(m) = place.municipality().and_then(|id| self.municipalities.iter().find(|m| m.id == id)) else {
            return Vec::new();
        };
        let mut out = Vec::new();
        apply_rules(&m.rules, purpose, role, facts, &mut out);
        for u in m.contacts.get(&purpose).map(Vec::as_slice).unwrap_or(&[]) {
            if !out.iter().any(|(x, _)| x == u) {
                out.push((u, None));
            }
        }
        out
    }

    /// The units for a purpose on a path: [`Config::units_for`], with the units of every
    /// applicable rule put first. Each unit comes with the note of the rule that placed it.
    pub fn route(&self, purpose: Purpose, role: Option<&str>, facts: &Facts) -> Vec<(&str, Option<&Text>)> {
        let mut out: Vec<(&str, Option<&Text>)> = Vec::new();
        apply_rules(&self.routing.rules, purpose, role, facts, &mut out);
        for u in self.units_for(purpose, role) {
            if !out.iter().any(|(x, _)| x == u) {
                out.push((u, None));
            }
        }
        out
    }
}

/// Puts first the units of every rule of `rules` that applies to this purpose, role and facts,
/// each with the rule's note.
fn apply_rules<'c>(rules: &'c [Rule], purpose: Purpose, role: Option<&str>, facts: &Facts, out: &mut Vec<(&'c str, Option<&'c Text>)>) {
    for rule in rules {
        let role_ok = rule.roles.is_empty() || role.is_some_and(|r| rule.roles.iter().any(|x| x == r));
        let applies = rule.purpose == purpose && role_ok && !rule.unless.as_ref().is_some_and(|c| c.eval(facts));
        if applies {
            for u in &rule.first {
                if !out.iter().any(|(x, _)| x == u) {
                    out.push((u, rule.note.as_ref()));
                }
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Reading (see crate::json); field names as in the serde attributes above.

record!(Config {
    json_schema: opt "$schema",
    schema: req "schema",
    organisation: req "organisation",
    locales: req "locales",
    municipalities: opt "municipalities",
    units: req "units",
    routing: req "routing",
    support: opt "support",
    numbers: req "numbers",
    inactivity_minutes: opt "inactivity_minutes",
});

record!(Municipality {
    id: req "id",
    name: req "name",
    switchboard: req "switchboard",
    contacts: req "contacts",
    after_hours: req "after_hours",
    rules: opt "rules",
});

record!(Organisation {
    name: req "name",
    municipality: req "municipality",
    switchboard: req "switchboard",
    demo: opt "demo",
});

impl FromJson for UnitKind {
    fn read(n: &Node, e: &mut Vec<Error>) -> Self {
        use UnitKind::*;
        variant_of(
            n,
            &[
                "intake",
                "social_jour",
                "children",
                "adults",
                "open_care_children",
                "open_care_adults",
                "family_centre",
                "elevhalsa",
                "barnombud",
                "other",
            ],
            &[Intake, SocialJour, Children, Adults, OpenCareChildren, OpenCareAdults, FamilyCentre, Elevhalsa, Barnombud, Other],
            e,
        )
    }
}

record!(Unit {
    id: req "id",
    name: req "name",
    kind: req "kind",
    phone: req "phone",
    hours: opt "hours",
    e_service: opt "e_service",
    email: opt "email",
    address: opt "address",
    municipality: opt "municipality",
});

impl FromJson for Day {
    fn read(n: &Node, e: &mut Vec<Error>) -> Self {
        variant_of(n, &["mon", "tue", "wed", "thu", "fri", "sat", "sun"], &Day::ALL, e)
    }
}

record!(Hours {
    days: req "days",
    open: req "open",
    close: req "close",
});

record!(Routing {
    contacts: req "contacts",
    after_hours: opt "after_hours",
    roles: opt "roles",
    rules: opt "rules",
});

record!(Rule {
    roles: opt "roles",
    purpose: req "purpose",
    first: req "first",
    unless: opt "unless",
    note: opt "note",
});

record!(RoleRouting {
    contacts: opt "contacts",
    routine: opt "routine",
});

record!(Offer {
    id: req "id",
    name: req "name",
    description: req "description",
    for_: req "for",
    ages: opt "ages",
    concerns: opt "concerns",
    unit: opt "unit",
});

record!(NationalNumber {
    id: req "id",
    name: req "name",
    number: req "number",
    description: req "description",
    source: req "source",
    checked: req "checked",
});

/// The demonstration configuration as shipped.
pub const DEMO_CONFIG: &str = include_str!("../config/exempelkommun.json");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_demo_without_whitespace_is_the_same_configuration() {
        // As widget/build.rs makes it for the widget.
        let compact = crate::json::compact(DEMO_CONFIG).unwrap();
        assert!(compact.len() < DEMO_CONFIG.len() * 9 / 10, "{} of {}", compact.len(), DEMO_CONFIG.len());
        assert!(compact.contains("Socialtjänstens mottagning för barn och unga"), "kept as written");
        assert_eq!(format!("{:?}", Config::demo_from(&compact)), format!("{:?}", Config::demo()));
    }

    fn unit(hours: Vec<Hours>) -> Unit {
        Unit {
            id: "u".into(),
            name: Text::sv("U"),
            kind: UnitKind::Intake,
            phone: "0".into(),
            hours,
            e_service: None,
            email: None,
            address: None,
            municipality: None,
        }
    }

    fn weekdays(open: &str, close: &str) -> Hours {
        Hours { days: vec![Day::Mon, Day::Tue, Day::Wed, Day::Thu, Day::Fri], open: open.into(), close: close.into() }
    }

    #[test]
    fn open_on_a_weekday_during_office_hours_only() {
        let u = unit(vec![weekdays("08:00", "16:30")]);
        let at = |day, h: u16, m: u16| u.is_open(LocalTime { day, minute: h * 60 + m }).unwrap();
        assert!(at(Day::Tue, 8, 0));
        assert!(at(Day::Fri, 16, 29));
        assert!(!at(Day::Fri, 16, 30), "closing time is exclusive");
        assert!(!at(Day::Wed, 7, 59));
        assert!(!at(Day::Wed, 21, 0), "evening");
        assert!(!at(Day::Sat, 10, 0), "weekend");
        assert!(!at(Day::Sun, 12, 0), "weekend");
    }

    #[test]
    fn a_unit_without_hours_has_unknown_opening() {
        let u = unit(vec![]);
        assert_eq!(u.is_open(LocalTime { day: Day::Sun, minute: 3 * 60 }), None);
        assert_eq!(u.hours_text(), "");
    }

    #[test]
    fn a_unit_open_every_day_all_day_reads_around_the_clock() {
        let u = unit(vec![Hours { days: Day::ALL.to_vec(), open: "00:00".into(), close: "24:00".into() }]);
        assert_eq!(u.is_open(LocalTime { day: Day::Sun, minute: 3 * 60 }), Some(true));
        assert_eq!(u.hours_text(), "dygnet runt");
    }

    #[test]
    fn hours_read_as_swedish_text() {
        let u =
            unit(vec![weekdays("08:00", "16:30"), Hours { days: vec![Day::Sat, Day::Sun], open: "10:00".into(), close: "14:00".into() }]);
        assert_eq!(u.hours_text(), "mån–fre 08.00–16.30, lör, sön 10.00–14.00");
        assert_eq!(u.hours_text_in("en"), "Mon–Fri 08.00–16.30, Sat, Sun 10.00–14.00");
    }

    #[test]
    fn days_read_in_week_order_each_once_whatever_the_order_given() {
        let u =
            unit(vec![Hours { days: vec![Day::Fri, Day::Mon, Day::Wed, Day::Thu, Day::Wed], open: "08:00".into(), close: "12:00".into() }]);
        assert_eq!(u.hours_text(), "mån, ons–fre 08.00–12.00");
        let u = unit(vec![Hours { days: vec![Day::Sun, Day::Sat, Day::Sun], open: "10:00".into(), close: "14:00".into() }]);
        assert_eq!(u.hours_text_in("en"), "Sat, Sun 10.00–14.00");
    }

    #[test]
    fn js_days_map_to_weekdays() {
        assert_eq!(Day::from_js(0), Day::Sun);
        assert_eq!(Day::from_js(1), Day::Mon);
        assert_eq!(Day::from_js(6), Day::Sat);
    }

    #[test]
    fn hhmm_is_strict() {
        assert_eq!(parse_hhmm("08:30"), Some(510));
        assert_eq!(parse_hhmm("24:00"), Some(1440));
        assert_eq!(parse_hhmm("8:30"), None);
        assert_eq!(parse_hhmm("24:01"), None);
        assert_eq!(parse_hhmm("12:60"), None);
        // Only digits: a sign or a space is no time (str::parse would have taken "+8").
        assert_eq!(parse_hhmm("+8:30"), None);
        assert_eq!(parse_hhmm(" 8:30"), None);
        assert_eq!(parse_hhmm("08:-1"), None);
    }

    #[test]
    fn digits_reads_plain_decimal_numbers_only() {
        assert_eq!(digits("0"), Some(0));
        assert_eq!(digits("2026"), Some(2026));
        assert_eq!(digits("007"), Some(7));
        assert_eq!(digits("999999999"), Some(999_999_999));
        for bad in ["", "+1", "-1", "1 ", "1.5", "١٢", "1234567890"] {
            assert_eq!(digits(bad), None, "{bad:?}");
        }
    }
}
