//! Outcome assembly: from the facts of a complete path, the decision with its reason and legal
//! basis, the blocks that apply, ordered next steps, the units to contact, support and numbers.

use crate::child::{self, AgeBand, Place};
use crate::cond::Facts;
use crate::config::{Config, LocalTime, UnitKind};
use crate::flow::{Flow, OutcomeDef, OutcomeKind, Purpose, SupportFor};
use crate::journey::{walk, Answer, JourneyError, Position};
use serde::Serialize;

/// An assembled outcome in one language, ready to render or print.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Outcome {
    /// The flow version it was assembled from.
    pub flow_version: String,
    /// The organisation whose units are named.
    pub organisation: String,
    /// Whether that organisation's configuration is a demonstration.
    pub demo: bool,
    /// Ids of the decision and of every block, in order.
    pub ids: Vec<String>,
    /// Shown at once: act now.
    pub urgent: bool,
    /// False on the call-now page shown before the rest of the questions: the outcome of the
    /// answers so far, which the rest of the guide completes.
    pub complete: bool,
    /// The decision.
    pub decision: Section,
    /// The blocks, in flow order.
    pub blocks: Vec<Section>,
    /// Next steps, in order.
    pub steps: Vec<String>,
    /// Units to contact.
    pub contacts: Vec<Contact>,
    /// For a child who lives in another municipality, or where the user does not know: per
    /// purpose of social services, how to reach that municipality's unit instead.
    pub elsewhere: Vec<Elsewhere>,
    /// The municipality the units are of (the child's), by name; None for another or an unknown
    /// one, or when the outcome names no unit of social services.
    pub municipality: Option<String>,
    /// Support offers that fit.
    pub support: Vec<SupportOffer>,
    /// National numbers.
    pub numbers: Vec<Number>,
}

/// A decision or block in one language.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Section {
    /// Outcome id.
    pub id: String,
    /// Heading.
    pub title: String,
    /// Why.
    pub reason: Option<String>,
    /// Paragraphs.
    pub body: Vec<String>,
    /// Checklist.
    pub list: Vec<String>,
    /// The local routine for the user's role, when the outcome shows it.
    pub routine: Option<String>,
    /// Whose support offers the section lists (from [`Outcome::support`]), if any.
    pub support: Option<SupportFor>,
    /// Legal basis.
    pub legal: Vec<Citation>,
}

/// A legal reference in one language.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Citation {
    /// Id in the flow's legal table.
    pub id: String,
    /// The citation.
    pub text: String,
    /// False: shown with "verifiera lokalt".
    pub verified: bool,
}

/// A unit to contact and why.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Contact {
    /// Why this unit.
    pub purpose: Purpose,
    /// Heading, e.g. "Anmäl till".
    pub label: String,
    /// Unit id.
    pub unit: String,
    /// Unit name.
    pub name: String,
    /// Unit kind.
    pub kind: UnitKind,
    /// Phone.
    pub phone: String,
    /// Opening hours as text.
    pub hours: String,
    /// Whether it is open at the time given; None when no time was given or the hours are not
    /// stated.
    pub open_now: Option<bool>,
    /// E-service, as a way to report. None for a unit to phone now: a report made by phone
    /// is confirmed in writing afterwards ([`Contact::confirm_in`]).
    pub e_service: Option<String>,
    /// For a unit to phone now: its e-service, only for the written confirmation afterwards.
    pub confirm_in: Option<String>,
    /// E-mail.
    pub email: Option<String>,
    /// Address.
    pub address: Option<String>,
    /// Why this unit comes first, from a local routing rule.
    pub note: Option<String>,
    /// When the unit is closed at the time given: the unit that answers instead (name, phone).
    pub when_closed: Option<(String, String)>,
}

/// How to reach social services in a municipality the configuration does not cover.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Elsewhere {
    /// Why.
    pub purpose: Purpose,
    /// Heading, e.g. "Anmäl till".
    pub label: String,
    /// The flow's instruction.
    pub text: String,
}

/// A support offer in one language.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SupportOffer {
    /// Offer id.
    pub id: String,
    /// For whom.
    #[serde(rename = "for")]
    pub for_: SupportFor,
    /// Name.
    pub name: String,
    /// Description.
    pub description: String,
    /// Ages, e.g. "7–12 år".
    pub ages: Option<String>,
    /// The unit that runs it, and its phone.
    pub unit: Option<(String, String)>,
}

/// A national number in one language.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Number {
    /// Id.
    pub id: String,
    /// Name.
    pub name: String,
    /// Number.
    pub number: String,
    /// For whom.
    pub description: String,
}

/// The decision and blocks that apply to `facts`, in flow order; None when no decision does
/// (validation rejects such flows).
pub fn select<'f>(flow: &'f Flow, facts: &Facts) -> Option<Vec<&'f OutcomeDef>> {
    let decision = flow.outcomes.iter().find(|o| o.kind == OutcomeKind::Decision && o.when.eval(facts))?;
    let mut out = vec![decision];
    out.extend(flow.outcomes.iter().filter(|o| o.kind == OutcomeKind::Block && o.when.eval(facts)));
    Some(out)
}

/// The role the user chose, if the role question was answered.
pub fn role<'a>(flow: &Flow, answers: &'a [Answer]) -> Option<&'a str> {
    answers.iter().find(|(q, _)| *q == flow.role_question).map(|(_, c)| c.as_str())
}

/// Why no outcome could be assembled.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AssembleError {
    /// The answers are not a path of the flow.
    Journey(JourneyError),
    /// The answers stop before the end; this question is next.
    Incomplete(String),
    /// No decision applies (a flow that failed validation).
    NoDecision,
}

impl std::fmt::Display for AssembleError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            AssembleError::Journey(e) => e.fmt(f),
            AssembleError::Incomplete(q) => write!(f, "the answers stop before the end: question '{q}' is next"),
            AssembleError::NoDecision => f.write_str("no decision applies to these answers"),
        }
    }
}

/// Units as a configuration routes them: each unit's id, with the note of the local rule that
/// put it first, if one did.
pub type RoutedUnits<'c> = Vec<(&'c str, Option<&'c crate::text::Text>)>;

/// The units an outcome lists, in order, each with its purpose and the note of the local rule
/// that put it first: per purpose of the selected outcomes (in their order), the configuration's
/// routing for the role and facts; to phone now, the social jour too. Without a clock.
pub fn contact_units<'c>(
    config: &'c Config,
    selected: &[&OutcomeDef],
    role: Option<&str>,
    facts: &Facts,
    place: Place<'_>,
) -> Vec<(Purpose, RoutedUnits<'c>)> {
    let mut purposes: Vec<Purpose> = Vec::new();
    for o in selected {
        for p in &o.contacts {
            if !purposes.contains(p) {
                purposes.push(*p);
            }
        }
    }
    purposes
        .into_iter()
        .map(|p| {
            let mut ids = config.route_in(p, role, facts, place);
            // After office hours the child's municipality's social jour answers.
            if let (Purpose::Acute, Some(jour)) = (p, config.after_hours_in(place)) {
                if !ids.iter().any(|(id, _)| *id == jour) {
                    ids.push((jour, None));
                }
            }
            (p, ids)
        })
        .collect()
}

/// Assembles the outcome of a complete path. `now` marks which units are open.
pub fn assemble(flow: &Flow, config: &Config, answers: &[Answer], lang: &str, now: Option<LocalTime>) -> Result<Outcome, AssembleError> {
    assemble_at(flow, config, answers, lang, now, false)
}

/// Assembles the outcome of the answers so far: of a complete path, or — for the call-now page
/// shown before the rest of the questions — of the start of a path whose decision is already
/// urgent (`complete` is then false).
pub fn assemble_so_far(
    flow: &Flow,
    config: &Config,
    answers: &[Answer],
    lang: &str,
    now: Option<LocalTime>,
) -> Result<Outcome, AssembleError> {
    assemble_at(flow, config, answers, lang, now, true)
}

fn assemble_at(
    flow: &Flow,
    config: &Config,
    answers: &[Answer],
    lang: &str,
    now: Option<LocalTime>,
    so_far: bool,
) -> Result<Outcome, AssembleError> {
    let (pos, facts) = walk(flow, answers).map_err(AssembleError::Journey)?;
    let complete = pos == Position::Done;
    // Only an urgent decision is shown before the path is complete.
    let selected = match (pos, select(flow, &facts)) {
        (Position::Done, Some(s)) => s,
        (Position::Asking(_), Some(s)) if so_far && s[0].urgent => s,
        (Position::Asking(q), _) => return Err(AssembleError::Incomplete(q)),
        (Position::Done, None) => return Err(AssembleError::NoDecision),
    };
    // The questions about the child, where the outcome needs them: the call-now page needs
    // only where the child is.
    if let Some(q) = crate::journey::child_question_due(flow, answers, &facts, complete && !(so_far && selected[0].urgent)) {
        return Err(AssembleError::Incomplete(q.to_string()));
    }
    let (place, age) = child::answered(answers);
    if let Some(Place::In(m)) = place {
        if config.municipality(m).is_none() {
            return Err(AssembleError::Journey(JourneyError::UnknownChoice(child::PLACE_QUESTION.to_string(), m.to_string())));
        }
    }
    // Blocks for some ages only; without an answer (the call-now page), none of them.
    let selected: Vec<&OutcomeDef> = selected.into_iter().filter(|o| child::shown_for(o, age)).collect();
    // Not asked (a report under LVM alone): the configuration's own municipality, if it has one.
    let place = place.unwrap_or(Place::In(if config.municipalities.is_empty() { child::HERE } else { "" }));
    let home = place.municipality().and_then(|m| config.municipality(m));
    let role = role(flow, answers);
    let municipality = home.map_or(config.organisation.municipality.as_str(), |m| m.name);
    let fill = |s: &str| crate::text::fill(s, &[("{municipality}", municipality)]);
    let section = |o: &OutcomeDef| Section {
        id: o.id.clone(),
        title: fill(o.title.get(lang)),
        reason: o.reason.as_ref().map(|t| fill(t.get(lang))),
        body: o.body.iter().map(|t| fill(t.get(lang))).collect(),
        list: o.list.iter().map(|t| fill(t.get(lang))).collect(),
        routine: o
            .routine
            .then(|| role.and_then(|r| config.routing.roles.get(r)).and_then(|r| r.routine.as_ref()))
            .flatten()
            .map(|t| t.get(lang).to_string()),
        support: o.support,
        legal: o
            .legal
            .iter()
            .filter_map(|id| flow.legal_ref(id))
            .map(|l| Citation { id: l.id.clone(), text: l.citation.get(lang).to_string(), verified: l.verified })
            .collect(),
    };

    let mut contacts = Vec::new();
    let mut elsewhere = Vec::new();
    let jour = config.after_hours_in(place).and_then(|id| config.unit(id));
    for (p, mut ids) in contact_units(config, &selected, role, &facts, place) {
        if p.is_social_services() && home.is_none() {
            // Another municipality's, or one not known: how to find it, never a unit of ours.
            let text = flow.purposes.iter().find(|d| d.id == p).and_then(|d| d.elsewhere.as_ref());
            elsewhere.push(Elsewhere {
                purpose: p,
                label: flow.purpose_label(p).map(|t| t.get(lang).to_string()).unwrap_or_default(),
                text: text.map(|t| t.get(lang).to_string()).unwrap_or_default(),
            });
            continue;
        }
        let label = flow.purpose_label(p).map(|t| t.get(lang).to_string()).unwrap_or_default();
        if let (Purpose::Acute, Some(t)) = (p, now) {
            // With a clock, whoever is open comes first: open, then units whose hours are not
            // stated, then closed ones, each in the configured order (three passes rather than
            // a stable sort: a handful of units, and no sort code in the widget).
            let open = |id: &str| config.unit(id).and_then(|u| u.is_open(t));
            let mut ordered = Vec::with_capacity(ids.len());
            for want in [Some(true), None, Some(false)] {
                ordered.extend(ids.iter().filter(|(id, _)| open(id) == want).cloned());
            }
            ids = ordered;
        }
        for (id, note) in ids {
            if let Some(u) = config.unit(id) {
                contacts.push(Contact {
                    purpose: p,
                    label: label.clone(),
                    unit: u.id.clone(),
                    name: u.name.get(lang).to_string(),
                    kind: u.kind,
                    phone: u.phone.clone(),
                    hours: u.hours_text_in(lang),
                    open_now: now.and_then(|t| u.is_open(t)),
                    // To phone now: the report is made by phone, and the e-service is only for
                    // confirming it in writing afterwards.
                    e_service: u.e_service.clone().filter(|_| p != Purpose::Acute),
                    confirm_in: u.e_service.clone().filter(|_| p == Purpose::Acute),
                    email: u.email.clone(),
                    address: u.address.clone(),
                    note: note.map(|t| t.get(lang).to_string()),
                    // A closed unit points to whoever answers now (the social jour, or 112).
                    when_closed: match (now.and_then(|t| u.is_open(t)), jour) {
                        (Some(false), Some(j)) if u.id != j.id && p.is_social_services() => {
                            Some((j.name.get(lang).to_string(), j.phone.clone()))
                        }
                        _ => None,
                    },
                });
            }
        }
    }

    let wants: Vec<SupportFor> = selected.iter().filter_map(|o| o.support).collect();
    let support = config
        .support
        .iter()
        .filter(|s| wants.contains(&s.for_))
        .filter(|s| s.concerns.is_empty() || s.concerns.iter().any(|c| facts.contains(c)))
        .filter(|s| age.unwrap_or(AgeBand::Unknown).fits(s.ages))
        .map(|s| SupportOffer {
            id: s.id.clone(),
            for_: s.for_,
            name: s.name.get(lang).to_string(),
            description: s.description.get(lang).to_string(),
            ages: s.ages.map(|[a, b]| format!("{a}–{b} {}", if lang == "en" { "years" } else { "år" })),
            unit: s.unit.as_deref().and_then(|id| config.unit(id)).map(|u| (u.name.get(lang).to_string(), u.phone.clone())),
        })
        .collect();

    Ok(Outcome {
        flow_version: flow.version.clone(),
        organisation: config.organisation.name.clone(),
        demo: config.organisation.demo,
        ids: selected.iter().map(|o| o.id.clone()).collect(),
        urgent: selected[0].urgent,
        complete,
        decision: section(selected[0]),
        blocks: selected[1..].iter().map(|o| section(o)).collect(),
        steps: selected.iter().flat_map(|o| o.steps.iter().map(|t| fill(t.get(lang)))).collect(),
        contacts,
        elsewhere,
        municipality: home
            .filter(|_| selected.iter().any(|o| o.contacts.iter().any(|p| p.is_social_services())))
            .map(|m| m.name.to_string()),
        support,
        numbers: config
            .numbers
            .iter()
            .map(|n| Number {
                id: n.id.clone(),
                name: n.name.get(lang).to_string(),
                number: n.number.clone(),
                description: n.description.get(lang).to_string(),
            })
            .collect(),
    })
}
