//! Validation of the flow and of a configuration against it. Every problem is reported at once,
//! each with a stable code, the path to the field and a message a non-programmer understands.

use crate::config::{parse_hhmm, Config, CONFIG_SCHEMA};
use crate::flow::{Flow, Next, OutcomeKind, Purpose, FLOW_SCHEMA, END};
use crate::paths;
use crate::text::Text;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};

/// One problem found in a file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Problem {
    /// Stable code, e.g. `flow/unknown-target`.
    pub code: &'static str,
    /// Where: the path to the field, e.g. `questions[2].choices[0].next`.
    pub path: String,
    /// What is wrong, in plain words.
    pub message: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} [{}] {}", self.path, self.code, self.message)
    }
}

struct Report(Vec<Problem>);

impl Report {
    fn add(&mut self, code: &'static str, path: impl Into<String>, message: impl Into<String>) {
        self.0.push(Problem { code, path: path.into(), message: message.into() });
    }

    fn text(&mut self, code: &'static str, t: &Text, path: &str, locales: &[String]) {
        for l in t.missing(locales) {
            self.add(code, format!("{path}.{l}"), format!("the text has no '{l}' version"));
        }
    }

    fn dupes<'a>(&mut self, code: &'static str, ids: impl Iterator<Item = (String, &'a str)>, what: &str) {
        let mut seen = BTreeSet::new();
        for (path, id) in ids {
            if !seen.insert(id) {
                self.add(code, path, format!("the {what} id '{id}' is used more than once"));
            }
        }
    }
}

fn is_kebab(s: &str) -> bool {
    !s.is_empty()
        && s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !s.starts_with('-')
        && !s.ends_with('-')
}

fn is_snake(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
}

/// Checks the flow: ids, texts, routes, conditions, references, reachability, and that every
/// complete path reaches a decision.
pub fn validate_flow(flow: &Flow) -> Vec<Problem> {
    let mut r = Report(Vec::new());
    let loc = &flow.locales;
    if flow.schema != FLOW_SCHEMA {
        r.add("flow/schema", "schema", format!("expected \"{FLOW_SCHEMA}\", found \"{}\"", flow.schema));
    }
    if !loc.iter().any(|l| l == crate::text::PRIMARY_LOCALE) {
        r.add("flow/missing-locale", "locales", "Swedish (\"sv\") must be one of the locales");
    }
    let facts: BTreeSet<&str> = flow.facts.iter().map(|f| f.id.as_str()).collect();
    r.dupes("flow/duplicate-id", flow.facts.iter().enumerate().map(|(i, f)| (format!("facts[{i}].id"), f.id.as_str())), "fact");
    r.dupes("flow/duplicate-id", flow.legal.iter().enumerate().map(|(i, l)| (format!("legal[{i}].id"), l.id.as_str())), "legal reference");
    r.dupes("flow/duplicate-id", flow.questions.iter().enumerate().map(|(i, q)| (format!("questions[{i}].id"), q.id.as_str())), "question");
    r.dupes("flow/duplicate-id", flow.outcomes.iter().enumerate().map(|(i, o)| (format!("outcomes[{i}].id"), o.id.as_str())), "outcome");
    for (i, f) in flow.facts.iter().enumerate() {
        if !is_snake(&f.id) {
            r.add("flow/bad-id", format!("facts[{i}].id"), format!("'{}' must be snake_case (a-z, 0-9, _)", f.id));
        }
    }
    for (i, l) in flow.legal.iter().enumerate() {
        let p = format!("legal[{i}]");
        if !is_kebab(&l.id) {
            r.add("flow/bad-id", format!("{p}.id"), format!("'{}' must be kebab-case (a-z, 0-9, -)", l.id));
        }
        r.text("flow/missing-locale", &l.citation, &format!("{p}.citation"), loc);
    }
    for p in Purpose::ALL {
        if flow.purpose_label(p).is_none() {
            r.add("flow/missing-purpose-label", "purposes", format!("the contact purpose '{}' has no label", p.id()));
        }
    }
    for (i, d) in flow.purposes.iter().enumerate() {
        r.text("flow/missing-locale", &d.label, &format!("purposes[{i}].label"), loc);
    }
    if flow.question(&flow.start).is_none() {
        r.add("flow/unknown-target", "start", format!("the start question '{}' does not exist", flow.start));
    }
    if flow.question(&flow.role_question).is_none() {
        r.add("flow/unknown-target", "role_question", format!("the role question '{}' does not exist", flow.role_question));
    }
    let cond = |r: &mut Report, c: &crate::flow::CondSrc, path: String| match &c.parsed {
        Err(e) => r.add("flow/bad-condition", path, format!("the condition \"{}\" cannot be read: {e}", c.src)),
        Ok(parsed) => {
            for f in parsed.facts() {
                if !facts.contains(f) {
                    r.add("flow/unknown-fact", path.clone(), format!("the condition mentions '{f}', which is not a declared fact"));
                }
            }
        }
    };
    let mut set_facts = BTreeSet::new();
    for (qi, q) in flow.questions.iter().enumerate() {
        let qp = format!("questions[{qi}]");
        if !is_kebab(&q.id) {
            r.add("flow/bad-id", format!("{qp}.id"), format!("'{}' must be kebab-case (a-z, 0-9, -)", q.id));
        }
        if q.id == END {
            r.add("flow/bad-id", format!("{qp}.id"), "'end' is reserved for the end of a journey");
        }
        r.text("flow/missing-locale", &q.text, &format!("{qp}.text"), loc);
        r.text("flow/missing-locale", &q.short, &format!("{qp}.short"), loc);
        if let Some(h) = &q.hint {
            r.text("flow/missing-locale", h, &format!("{qp}.hint"), loc);
        }
        for (ei, e) in q.examples.iter().enumerate() {
            r.text("flow/missing-locale", e, &format!("{qp}.examples[{ei}]"), loc);
        }
        if q.choices.len() < 2 {
            r.add("flow/too-few-choices", format!("{qp}.choices"), "a question needs at least two choices");
        }
        r.dupes("flow/duplicate-id", q.choices.iter().enumerate().map(|(ci, c)| (format!("{qp}.choices[{ci}].id"), c.id.as_str())), "choice");
        for (ci, c) in q.choices.iter().enumerate() {
            let cp = format!("{qp}.choices[{ci}]");
            if !is_kebab(&c.id) {
                r.add("flow/bad-id", format!("{cp}.id"), format!("'{}' must be kebab-case (a-z, 0-9, -)", c.id));
            }
            r.text("flow/missing-locale", &c.label, &format!("{cp}.label"), loc);
            if let Some(h) = &c.hint {
                r.text("flow/missing-locale", h, &format!("{cp}.hint"), loc);
            }
            for (fi, f) in c.sets.iter().enumerate() {
                set_facts.insert(f.as_str());
                if !facts.contains(f.as_str()) {
                    r.add("flow/unknown-fact", format!("{cp}.sets[{fi}]"), format!("'{f}' is not a declared fact"));
                }
            }
            let targets: Vec<(String, &str)> = match &c.next {
                Next::To(t) => vec![(format!("{cp}.next"), t.as_str())],
                Next::Routes(rs) => {
                    if rs.is_empty() {
                        r.add("flow/route-not-total", format!("{cp}.next"), "the list of routes is empty");
                    }
                    for (ri, route) in rs.iter().enumerate() {
                        let rp = format!("{cp}.next[{ri}]");
                        match (&route.when, ri + 1 == rs.len()) {
                            (Some(w), _) => cond(&mut r, w, format!("{rp}.when")),
                            (None, false) => r.add("flow/route-not-total", format!("{rp}.when"), "only the last route may lack a condition; the routes after it are never used"),
                            (None, true) => {}
                        }
                    }
                    if rs.last().is_some_and(|x| x.when.is_some()) {
                        r.add("flow/route-not-total", format!("{cp}.next"), "the last route must have no condition, so that every answer leads somewhere");
                    }
                    rs.iter().enumerate().map(|(ri, x)| (format!("{cp}.next[{ri}].to"), x.to.as_str())).collect()
                }
            };
            for (tp, t) in targets {
                if t != END && flow.question(t).is_none() {
                    r.add("flow/unknown-target", tp, format!("leads to '{t}', which is neither a question nor \"end\""));
                }
            }
        }
    }
    for f in &flow.facts {
        if !set_facts.contains(f.id.as_str()) {
            r.add("flow/unused-fact", format!("facts[{}]", flow.facts.iter().position(|x| x.id == f.id).unwrap_or(0)), format!("no choice records the fact '{}'", f.id));
        }
    }
    if !flow.outcomes.iter().any(|o| o.kind == OutcomeKind::Decision) {
        r.add("flow/no-decision", "outcomes", "the flow has no decision");
    }
    for (oi, o) in flow.outcomes.iter().enumerate() {
        let op = format!("outcomes[{oi}]");
        if !is_kebab(&o.id) {
            r.add("flow/bad-id", format!("{op}.id"), format!("'{}' must be kebab-case (a-z, 0-9, -)", o.id));
        }
        cond(&mut r, &o.when, format!("{op}.when"));
        r.text("flow/missing-locale", &o.title, &format!("{op}.title"), loc);
        if let Some(t) = &o.reason {
            r.text("flow/missing-locale", t, &format!("{op}.reason"), loc);
        }
        for (field, list) in [("body", &o.body), ("list", &o.list), ("steps", &o.steps)] {
            for (i, t) in list.iter().enumerate() {
                r.text("flow/missing-locale", t, &format!("{op}.{field}[{i}]"), loc);
            }
        }
        if o.kind == OutcomeKind::Decision && (o.reason.is_none() || o.legal.is_empty()) {
            r.add("flow/decision-without-basis", op.clone(), "a decision must say why (reason) and cite its legal basis (legal)");
        }
        if o.kind == OutcomeKind::Block && o.urgent {
            r.add("flow/urgent-block", format!("{op}.urgent"), "only a decision can be urgent");
        }
        for (li, l) in o.legal.iter().enumerate() {
            if flow.legal_ref(l).is_none() {
                r.add("flow/unknown-legal", format!("{op}.legal[{li}]"), format!("'{l}' is not in the table of legal references"));
            }
        }
    }
    let structural = r.0.iter().any(|p| matches!(p.code, "flow/unknown-target" | "flow/bad-condition" | "flow/route-not-total"));
    if !structural {
        match paths::enumerate(flow) {
            Err(e) => r.add(e.code, e.path, e.message),
            Ok(all) => {
                let mut reached: BTreeSet<&str> = BTreeSet::new();
                let mut used: BTreeSet<&str> = BTreeSet::new();
                for p in &all {
                    reached.extend(p.answers.iter().map(|(q, _)| q.as_str()));
                    used.extend(p.outcomes.iter().map(String::as_str));
                    if p.outcomes.is_empty() {
                        let a: Vec<String> = p.answers.iter().map(|(q, c)| format!("{q}={c}")).collect();
                        r.add("flow/no-decision", "outcomes", format!("no decision applies to the path {}", a.join(" ")));
                    }
                }
                for (qi, q) in flow.questions.iter().enumerate() {
                    if !reached.contains(q.id.as_str()) {
                        r.add("flow/unreachable-question", format!("questions[{qi}]"), format!("no path reaches the question '{}'", q.id));
                    }
                }
                for (oi, o) in flow.outcomes.iter().enumerate() {
                    if !used.contains(o.id.as_str()) {
                        r.add("flow/unused-outcome", format!("outcomes[{oi}]"), format!("no path leads to the outcome '{}'", o.id));
                    }
                }
            }
        }
    }
    r.0
}

/// Purposes every configuration must route, because the flow's decisions use them.
const REQUIRED_PURPOSES: [Purpose; 4] = [Purpose::Report, Purpose::Consult, Purpose::Acute, Purpose::Lvm];

/// A calendar date written YYYY-MM-DD.
fn is_date(s: &str) -> bool {
    let parts: Vec<&str> = s.split('-').collect();
    let [y, m, d] = parts.as_slice() else { return false };
    if y.len() != 4 || m.len() != 2 || d.len() != 2 || !s.bytes().all(|b| b.is_ascii_digit() || b == b'-') {
        return false;
    }
    let (Ok(y), Ok(m), Ok(d)) = (y.parse::<u32>(), m.parse::<u32>(), d.parse::<u32>()) else { return false };
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = [31, if leap { 29 } else { 28 }, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    (1..=12).contains(&m) && d >= 1 && d <= days[(m - 1) as usize]
}

fn url_ok(u: &str, schemes: &[&str]) -> bool {
    let lower = u.trim().to_ascii_lowercase();
    schemes.iter().any(|s| lower.starts_with(s) && lower.len() > s.len()) && !u.chars().any(|c| c.is_whitespace() || c.is_control())
}

/// Checks a configuration against the flow: references, hours, addresses, roles, texts.
pub fn validate_config(config: &Config, flow: &Flow) -> Vec<Problem> {
    let mut r = Report(Vec::new());
    if config.schema != CONFIG_SCHEMA {
        r.add("config/schema", "schema", format!("expected \"{CONFIG_SCHEMA}\", found \"{}\"", config.schema));
    }
    let loc = &config.locales;
    for l in &flow.locales {
        if !loc.contains(l) {
            r.add("config/missing-locale", "locales", format!("the guidance is available in '{l}', but this file does not provide it"));
        }
    }
    if config.organisation.switchboard.trim().is_empty() {
        r.add("config/missing-phone", "organisation.switchboard", "the switchboard number is needed as the last fallback");
    }
    r.dupes("config/duplicate-id", config.units.iter().enumerate().map(|(i, u)| (format!("units[{i}].id"), u.id.as_str())), "unit");
    r.dupes("config/duplicate-id", config.support.iter().enumerate().map(|(i, s)| (format!("support[{i}].id"), s.id.as_str())), "support offer");
    r.dupes("config/duplicate-id", config.numbers.iter().enumerate().map(|(i, n)| (format!("numbers[{i}].id"), n.id.as_str())), "number");
    for (i, u) in config.units.iter().enumerate() {
        let up = format!("units[{i}]");
        if !is_kebab(&u.id) {
            r.add("config/bad-id", format!("{up}.id"), format!("'{}' must be written with a-z, 0-9 and hyphens", u.id));
        }
        r.text("config/missing-locale", &u.name, &format!("{up}.name"), loc);
        if u.phone.trim().is_empty() || !u.phone.chars().all(|c| c.is_ascii_digit() || " -+()".contains(c)) {
            r.add("config/bad-phone", format!("{up}.phone"), format!("\"{}\" is not a phone number (digits, spaces, + - and parentheses)", u.phone));
        }
        for (hi, h) in u.hours.iter().enumerate() {
            let hp = format!("{up}.hours[{hi}]");
            let (o, c) = (parse_hhmm(&h.open), parse_hhmm(&h.close));
            if o.is_none() {
                r.add("config/bad-hours", format!("{hp}.open"), format!("\"{}\" is not a time like 08:00", h.open));
            }
            if c.is_none() {
                r.add("config/bad-hours", format!("{hp}.close"), format!("\"{}\" is not a time like 16:30", h.close));
            }
            if let (Some(o), Some(c)) = (o, c) {
                if o >= c {
                    r.add("config/bad-hours", hp.clone(), "the unit must open before it closes");
                }
            }
            if h.days.is_empty() {
                r.add("config/bad-hours", format!("{hp}.days"), "name at least one day");
            }
        }
        if let Some(e) = &u.e_service {
            if !url_ok(e, &["https://"]) {
                r.add("config/bad-url", format!("{up}.e_service"), format!("\"{e}\" must be an https:// address"));
            }
        }
        if let Some(e) = &u.email {
            if !e.contains('@') || e.chars().any(char::is_whitespace) {
                r.add("config/bad-email", format!("{up}.email"), format!("\"{e}\" is not an e-mail address"));
            }
        }
    }
    let unit = |r: &mut Report, id: &str, path: String| {
        if config.unit(id).is_none() {
            r.add("config/unknown-unit", path, format!("there is no unit with the id '{id}'"));
        }
    };
    let check_contacts = |r: &mut Report, m: &BTreeMap<Purpose, Vec<String>>, path: &str| {
        for (p, ids) in m {
            let key = p.id();
            for (i, id) in ids.iter().enumerate() {
                unit(r, id, format!("{path}.{key}[{i}]"));
            }
        }
    };
    check_contacts(&mut r, &config.routing.contacts, "routing.contacts");
    for p in REQUIRED_PURPOSES {
        if config.routing.contacts.get(&p).map_or(true, Vec::is_empty) {
            let key = p.id();
            r.add("config/missing-routing", format!("routing.contacts.{key}"), format!("name the unit(s) for '{key}': every user may need it"));
        }
    }
    unit(&mut r, &config.routing.after_hours, "routing.after_hours".to_string());
    let roles: BTreeSet<&str> = flow
        .question(&flow.role_question)
        .map(|q| q.choices.iter().map(|c| c.id.as_str()).collect())
        .unwrap_or_default();
    for (role, rr) in &config.routing.roles {
        let rp = format!("routing.roles.{role}");
        if !roles.contains(role.as_str()) {
            r.add("config/unknown-role", rp.clone(), format!("'{role}' is not a role of the guidance; roles are: {}", roles.iter().copied().collect::<Vec<_>>().join(", ")));
        }
        check_contacts(&mut r, &rr.contacts, &format!("{rp}.contacts"));
        for p in REQUIRED_PURPOSES {
            if rr.contacts.get(&p).is_some_and(Vec::is_empty) {
                let key = p.id();
                r.add("config/missing-routing", format!("{rp}.contacts.{key}"), format!("the list for '{key}' is empty: leave it out to use the default units, or name at least one unit"));
            }
        }
        if let Some(t) = &rr.routine {
            r.text("config/missing-locale", t, &format!("{rp}.routine"), loc);
        }
    }
    let facts: BTreeSet<&str> = flow.facts.iter().map(|f| f.id.as_str()).collect();
    for (i, rule) in config.routing.rules.iter().enumerate() {
        let rp = format!("routing.rules[{i}]");
        for (ri, role) in rule.roles.iter().enumerate() {
            if !roles.contains(role.as_str()) {
                r.add("config/unknown-role", format!("{rp}.roles[{ri}]"), format!("'{role}' is not a role of the guidance; roles are: {}", roles.iter().copied().collect::<Vec<_>>().join(", ")));
            }
        }
        if rule.first.is_empty() {
            r.add("config/missing-routing", format!("{rp}.first"), "name at least one unit to put first");
        }
        for (ui, u) in rule.first.iter().enumerate() {
            unit(&mut r, u, format!("{rp}.first[{ui}]"));
        }
        if let Some(c) = &rule.unless {
            match &c.parsed {
                Err(e) => r.add("config/bad-condition", format!("{rp}.unless"), format!("the condition \"{}\" cannot be read: {e}", c.src)),
                Ok(parsed) => {
                    for f in parsed.facts() {
                        if !facts.contains(f) {
                            r.add("config/bad-condition", format!("{rp}.unless"), format!("the condition mentions '{f}', which is not a fact of the guidance"));
                        }
                    }
                }
            }
        }
        if let Some(t) = &rule.note {
            r.text("config/missing-locale", t, &format!("{rp}.note"), loc);
        }
    }
    for (i, s) in config.support.iter().enumerate() {
        let sp = format!("support[{i}]");
        r.text("config/missing-locale", &s.name, &format!("{sp}.name"), loc);
        r.text("config/missing-locale", &s.description, &format!("{sp}.description"), loc);
        if let Some([a, b]) = s.ages {
            if a > b || b > 25 {
                r.add("config/bad-ages", format!("{sp}.ages"), format!("the ages {a}–{b} are not a range from youngest to oldest"));
            }
        }
        for (ci, c) in s.concerns.iter().enumerate() {
            if !facts.contains(c.as_str()) || !c.starts_with("concern_") {
                r.add("config/unknown-concern", format!("{sp}.concerns[{ci}]"), format!("'{c}' is not a concern of the guidance"));
            }
        }
        if let Some(u) = &s.unit {
            unit(&mut r, u, format!("{sp}.unit"));
        }
    }
    for (i, n) in config.numbers.iter().enumerate() {
        let np = format!("numbers[{i}]");
        r.text("config/missing-locale", &n.name, &format!("{np}.name"), loc);
        r.text("config/missing-locale", &n.description, &format!("{np}.description"), loc);
        if n.source.trim().is_empty() {
            r.add("config/missing-source", format!("{np}.source"), "say where the number was checked");
        }
        if !is_date(&n.checked) {
            r.add("config/bad-date", format!("{np}.checked"), format!("\"{}\" must be a date like 2026-11-01", n.checked));
        }
    }
    r.0
}
