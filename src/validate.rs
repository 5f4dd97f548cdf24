//! Validation of the flow and of a configuration against it. Every problem is reported at once,
//! each with a stable code, the path to the field and a message a non-programmer understands.

use crate::config::{digits, parse_hhmm, Config, CONFIG_SCHEMA};
use crate::flow::{Flow, Next, OutcomeKind, Purpose, END, FLOW_SCHEMA};
use crate::keyed::{KeySet, Keyed};
use crate::paths;
use crate::text::Text;
use serde::Serialize;
use std::collections::BTreeSet;

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
            self.add(code, format!("{path}.{l}"), format!("texten saknas på språket \"{l}\" ({})", lang_name(l)));
        }
    }

    fn dupes<'a>(&mut self, code: &'static str, ids: impl Iterator<Item = (String, &'a str)>, what: &str) {
        let mut seen = KeySet::new();
        for (path, id) in ids {
            if !seen.add(id) {
                self.add(code, path, format!("id:t \"{id}\" används mer än en gång bland {what}; varje id måste vara unikt"));
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

/// A phone number as dialled in Sweden: digits, spaces, + - and parentheses, at least one digit.
pub(crate) fn is_phone(s: &str) -> bool {
    s.chars().any(|c| c.is_ascii_digit()) && s.chars().all(|c| c.is_ascii_digit() || matches!(c, ' ' | '-' | '+' | '(' | ')'))
}

fn bad_id_sv(id: &str) -> String {
    format!("\"{id}\" får bara innehålla små bokstäver a–z, siffror och bindestreck, t.ex. \"barn-och-unga\" (inte å, ä, ö, mellanslag eller versaler)")
}

fn bad_phone_sv(phone: &str) -> String {
    format!("\"{phone}\" är inget telefonnummer; skriv bara siffror, mellanslag, + - och parenteser, t.ex. \"000-100 10 01\"")
}

fn lang_name(l: &str) -> &str {
    match l {
        "sv" => "svenska",
        "en" => "engelska",
        _ => "ett språk",
    }
}

fn purpose_sv(p: Purpose) -> &'static str {
    match p {
        Purpose::Report => "tar emot anmälan",
        Purpose::Consult => "tar emot konsultation",
        Purpose::Acute => "att ringa när det är akut",
        Purpose::Internal => "intern konsultation",
        Purpose::Barnombud => "barnombud",
        Purpose::Lvm => "tar emot anmälan enligt LVM",
    }
}

/// The condition parser's explanation, in Swedish.
fn cond_error_sv(e: &str) -> String {
    crate::text::fill(
        e,
        &[
            ("expected a fact name, found the end", "ett faktanamn saknas i slutet"),
            ("expected a fact name at position", "ett faktanamn saknas på plats"),
            ("unexpected", "oväntat tecken"),
            ("missing ')'", "')' saknas"),
            ("at position", "på plats"),
            (", found", ", där står"),
        ],
    )
}

fn is_snake(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
}

/// Checks the flow: ids, texts, routes, conditions, references, reachability, and that every
/// complete path reaches a decision.
/// Checks that a condition reads and names only declared facts.
fn check_cond(r: &mut Report, facts: &BTreeSet<&str>, c: &crate::flow::CondSrc, path: String) {
    match &c.parsed {
        Err(e) => r.add("flow/bad-condition", path, format!("villkoret \"{}\" går inte att läsa: {}", c.src, cond_error_sv(e))),
        Ok(parsed) => {
            for f in parsed.facts() {
                if !facts.contains(f) {
                    r.add("flow/unknown-fact", path.clone(), format!("villkoret nämner \"{f}\", som inte är ett deklarerat faktum"));
                }
            }
        }
    }
}

/// Checks where an answer leads: routes total, conditions valid, targets known.
fn next(r: &mut Report, flow: &Flow, n: &Next, np: &str) {
    let facts: BTreeSet<&str> = flow.facts.iter().map(|f| f.id.as_str()).collect();
    let targets: Vec<(String, &str)> = match n {
        Next::To(t) => vec![(np.to_string(), t.as_str())],
        Next::Routes(rs) => {
            if rs.is_empty() {
                r.add("flow/route-not-total", np, "listan med vägar är tom");
            }
            for (ri, route) in rs.iter().enumerate() {
                let rp = format!("{np}[{ri}]");
                match (&route.when, ri + 1 == rs.len()) {
                    (Some(w), _) => check_cond(r, &facts, w, format!("{rp}.when")),
                    (None, false) => r.add(
                        "flow/route-not-total",
                        format!("{rp}.when"),
                        "bara den sista vägen får sakna villkor; vägarna efter den används aldrig",
                    ),
                    (None, true) => {}
                }
            }
            if rs.last().is_some_and(|x| x.when.is_some()) {
                r.add("flow/route-not-total", np, "den sista vägen ska sakna villkor, så att varje svar leder någonstans");
            }
            rs.iter().enumerate().map(|(ri, x)| (format!("{np}[{ri}].to"), x.to.as_str())).collect()
        }
    };
    for (tp, t) in targets {
        if t != END && flow.question(t).is_none() {
            r.add("flow/unknown-target", tp, format!("leder till \"{t}\", som varken är en fråga eller \"end\""));
        }
    }
}

/// Checks the national flow: ids, texts in every locale, routes, conditions, and — over every
/// path, explored at the level of facts ([`paths::explore`]) — that every path reaches a
/// decision and every question and outcome is reached.
pub fn validate_flow(flow: &Flow) -> Vec<Problem> {
    let mut r = Report(Vec::new());
    let loc = &flow.locales;
    if flow.schema != FLOW_SCHEMA {
        r.add("flow/schema", "schema", format!("ska vara \"{FLOW_SCHEMA}\", men är \"{}\"", flow.schema));
    }
    if !loc.iter().any(|l| l == crate::text::PRIMARY_LOCALE) {
        r.add("flow/missing-locale", "locales", "svenska (\"sv\") måste vara ett av språken");
    }
    let facts: BTreeSet<&str> = flow.facts.iter().map(|f| f.id.as_str()).collect();
    r.dupes("flow/duplicate-id", flow.facts.iter().enumerate().map(|(i, f)| (format!("facts[{i}].id"), f.id.as_str())), "fakta");
    r.dupes("flow/duplicate-id", flow.legal.iter().enumerate().map(|(i, l)| (format!("legal[{i}].id"), l.id.as_str())), "lagrummen");
    r.dupes("flow/duplicate-id", flow.questions.iter().enumerate().map(|(i, q)| (format!("questions[{i}].id"), q.id.as_str())), "frågorna");
    r.dupes("flow/duplicate-id", flow.outcomes.iter().enumerate().map(|(i, o)| (format!("outcomes[{i}].id"), o.id.as_str())), "utfallen");
    for (i, f) in flow.facts.iter().enumerate() {
        if !is_snake(&f.id) {
            r.add("flow/bad-id", format!("facts[{i}].id"), format!("\"{}\" får bara innehålla a–z, 0–9 och understreck (_)", f.id));
        }
    }
    for (i, l) in flow.legal.iter().enumerate() {
        let p = format!("legal[{i}]");
        if !is_kebab(&l.id) {
            r.add("flow/bad-id", format!("{p}.id"), bad_id_sv(&l.id));
        }
        r.text("flow/missing-locale", &l.citation, &format!("{p}.citation"), loc);
    }
    for p in Purpose::ALL {
        if flow.purpose_label(p).is_none() {
            r.add("flow/missing-purpose-label", "purposes", format!("kontaktsyftet \"{}\" har ingen rubrik", p.id()));
        }
    }
    for (i, d) in flow.purposes.iter().enumerate() {
        r.text("flow/missing-locale", &d.label, &format!("purposes[{i}].label"), loc);
        match &d.elsewhere {
            Some(t) => r.text("flow/missing-locale", t, &format!("purposes[{i}].elsewhere"), loc),
            None if d.id.is_social_services() => r.add(
                "flow/missing-elsewhere",
                format!("purposes[{i}].elsewhere"),
                format!("\"{}\" behöver en text om hur man når socialtjänsten i en annan kommun än konfigurationens", d.id.id()),
            ),
            None => {}
        }
    }
    for (oi, o) in flow.outcomes.iter().enumerate() {
        for (ai, a) in o.ages.iter().enumerate() {
            if crate::child::AgeBand::from_id(a).is_none() {
                let ids: Vec<&str> = crate::child::AgeBand::ALL.iter().map(|b| b.id()).collect();
                r.add(
                    "flow/unknown-age",
                    format!("outcomes[{oi}].ages[{ai}]"),
                    format!("\"{a}\" är ingen åldersgrupp; möjliga: {}", ids.join(", ")),
                );
            }
        }
    }
    if flow.question(&flow.start).is_none() {
        r.add("flow/unknown-target", "start", format!("startfrågan \"{}\" finns inte", flow.start));
    }
    if flow.question(&flow.role_question).is_none() {
        r.add("flow/unknown-target", "role_question", format!("frågan om roll, \"{}\", finns inte", flow.role_question));
    }
    let cond = |r: &mut Report, c: &crate::flow::CondSrc, path: String| check_cond(r, &facts, c, path);
    let mut set_facts = BTreeSet::new();
    for (qi, q) in flow.questions.iter().enumerate() {
        let qp = format!("questions[{qi}]");
        if !is_kebab(&q.id) {
            r.add("flow/bad-id", format!("{qp}.id"), bad_id_sv(&q.id));
        }
        if q.id == END {
            r.add("flow/bad-id", format!("{qp}.id"), "\"end\" är reserverat för slutet av en väg och kan inte vara id för en fråga");
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
            r.add("flow/too-few-choices", format!("{qp}.choices"), "en fråga behöver minst två svarsalternativ");
        }
        r.dupes(
            "flow/duplicate-id",
            q.choices.iter().enumerate().map(|(ci, c)| (format!("{qp}.choices[{ci}].id"), c.id.as_str())),
            "svarsalternativen",
        );
        for (ci, c) in q.choices.iter().enumerate() {
            let cp = format!("{qp}.choices[{ci}]");
            if !is_kebab(&c.id) {
                r.add("flow/bad-id", format!("{cp}.id"), bad_id_sv(&c.id));
            }
            r.text("flow/missing-locale", &c.label, &format!("{cp}.label"), loc);
            if let Some(h) = &c.hint {
                r.text("flow/missing-locale", h, &format!("{cp}.hint"), loc);
            }
            for (fi, f) in c.sets.iter().enumerate() {
                set_facts.insert(f.as_str());
                if !facts.contains(f.as_str()) {
                    r.add("flow/unknown-fact", format!("{cp}.sets[{fi}]"), format!("\"{f}\" är inte ett deklarerat faktum"));
                }
            }
            match (&c.next, q.multiple) {
                (Some(n), false) => next(&mut r, flow, n, &format!("{cp}.next")),
                (None, false) => r.add(
                    "flow/missing-next",
                    format!("{cp}.next"),
                    "varje svarsalternativ i en fråga med ett val måste säga vart det leder (next)",
                ),
                (Some(_), true) => r.add(
                    "flow/misplaced-next",
                    format!("{cp}.next"),
                    "i en fråga med flera val säger frågan vart svaret leder (next), inte svarsalternativen",
                ),
                (None, true) => {}
            }
        }
        match (&q.next, q.multiple) {
            (Some(n), true) => next(&mut r, flow, n, &format!("{qp}.next")),
            (None, true) => r.add("flow/missing-next", format!("{qp}.next"), "en fråga med flera val måste säga vart svaret leder (next)"),
            (Some(_), false) => r.add(
                "flow/misplaced-next",
                format!("{qp}.next"),
                "i en fråga med ett val säger varje svarsalternativ vart det leder (next), inte frågan",
            ),
            (None, false) => {}
        }
        if q.optional && !q.multiple {
            r.add(
                "flow/optional-single",
                format!("{qp}.optional"),
                "bara en fråga med flera val (multiple) kan besvaras utan val (optional)",
            );
        }
        if q.multiple && q.choices.len() > paths::MAX_MULTIPLE_CHOICES {
            r.add(
                "flow/too-many-choices",
                format!("{qp}.choices"),
                format!("en fråga med flera val kan ha högst {} svarsalternativ", paths::MAX_MULTIPLE_CHOICES),
            );
        }
    }
    for f in &flow.facts {
        if !set_facts.contains(f.id.as_str()) {
            r.add(
                "flow/unused-fact",
                format!("facts[{}]", flow.facts.iter().position(|x| x.id == f.id).unwrap_or(0)),
                format!("inget svarsalternativ sätter faktumet \"{}\"", f.id),
            );
        }
    }
    if !flow.outcomes.iter().any(|o| o.kind == OutcomeKind::Decision) {
        r.add("flow/no-decision", "outcomes", "flödet har inget beslut");
    }
    for (oi, o) in flow.outcomes.iter().enumerate() {
        let op = format!("outcomes[{oi}]");
        if !is_kebab(&o.id) {
            r.add("flow/bad-id", format!("{op}.id"), bad_id_sv(&o.id));
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
            r.add(
                "flow/decision-without-basis",
                op.clone(),
                "ett beslut måste säga varför (reason) och hänvisa till sin rättsliga grund (legal)",
            );
        }
        if o.kind == OutcomeKind::Block && o.urgent {
            r.add("flow/urgent-block", format!("{op}.urgent"), "bara ett beslut kan vara brådskande (urgent)");
        }
        for (li, l) in o.legal.iter().enumerate() {
            if flow.legal_ref(l).is_none() {
                r.add("flow/unknown-legal", format!("{op}.legal[{li}]"), format!("\"{l}\" finns inte i tabellen över lagrum (legal)"));
            }
        }
    }
    let structural = r.0.iter().any(|p| {
        matches!(
            p.code,
            "flow/unknown-target"
                | "flow/bad-condition"
                | "flow/route-not-total"
                | "flow/too-many-choices"
                | "flow/missing-next"
                | "flow/misplaced-next"
        )
    });
    if !structural {
        let mut used: u128 = 0;
        let mut no_decision: Vec<String> = Vec::new();
        let mut no_decision_count = 0usize;
        let explored = paths::explore(&[flow], |e| {
            let side = e.first();
            used |= side.outcome_bits();
            if side.decision().is_none() {
                no_decision_count += 1;
                if no_decision.len() < 20 {
                    no_decision.push(e.label());
                }
            }
        });
        match explored {
            Err(e) => r.add(e.code, e.path, e.message),
            Ok(stats) => {
                for a in &no_decision {
                    r.add("flow/no-decision", "outcomes", format!("inget beslut gäller för vägen {a}"));
                }
                if no_decision_count > no_decision.len() {
                    r.add("flow/no-decision", "outcomes", format!("… och {} vägar till", no_decision_count - no_decision.len()));
                }
                for (qi, q) in flow.questions.iter().enumerate() {
                    if !stats.asked[qi] {
                        r.add("flow/unreachable-question", format!("questions[{qi}]"), format!("ingen väg når frågan \"{}\"", q.id));
                    }
                }
                for (oi, o) in flow.outcomes.iter().enumerate() {
                    if used & (1 << oi) == 0 {
                        r.add("flow/unused-outcome", format!("outcomes[{oi}]"), format!("ingen väg leder till utfallet \"{}\"", o.id));
                    }
                }
            }
        }
    }
    r.0
}

/// The longest text a configuration may hold in one field; longer is a mistake or an attack.
const MAX_TEXT: usize = 2000;

/// Characters that can make text look different from what it is: bidirectional overrides and
/// isolates, and invisible format characters.
fn is_deceptive(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}')
        || (c.is_control() && c != '\n')
}

/// Every string in the configuration: no hidden direction or control characters, no huge texts.
fn check_texts(r: &mut Report, c: &Config) {
    let mut s = |path: String, v: &str| {
        if v.chars().any(is_deceptive) {
            r.add(
                "config/bad-text",
                path.clone(),
                "texten innehåller dolda styrtecken (t.ex. för skrivriktning) som kan få den att visas annorlunda än den är; ta bort dem",
            );
        }
        if v.chars().count() > MAX_TEXT {
            r.add("config/bad-text", path, format!("texten är längre än {MAX_TEXT} tecken; korta den"));
        }
    };
    fn text(s: &mut impl FnMut(String, &str), path: &str, t: &Text) {
        for (l, v) in t.iter() {
            s(format!("{path}.{l}"), v);
        }
    }
    fn opt(s: &mut impl FnMut(String, &str), path: String, v: &Option<String>) {
        if let Some(v) = v {
            s(path, v);
        }
    }
    s("organisation.name".into(), &c.organisation.name);
    s("organisation.municipality".into(), &c.organisation.municipality);
    for (i, u) in c.units.iter().enumerate() {
        let p = format!("units[{i}]");
        s(format!("{p}.id"), &u.id);
        text(&mut s, &format!("{p}.name"), &u.name);
        s(format!("{p}.phone"), &u.phone);
        for (j, h) in u.hours.iter().enumerate() {
            s(format!("{p}.hours[{j}].open"), &h.open);
            s(format!("{p}.hours[{j}].close"), &h.close);
        }
        opt(&mut s, format!("{p}.e_service"), &u.e_service);
        opt(&mut s, format!("{p}.email"), &u.email);
        opt(&mut s, format!("{p}.address"), &u.address);
    }
    for (role, rr) in &c.routing.roles {
        if let Some(t) = &rr.routine {
            text(&mut s, &format!("routing.roles.{role}.routine"), t);
        }
    }
    for (i, rule) in c.routing.rules.iter().enumerate() {
        if let Some(t) = &rule.note {
            text(&mut s, &format!("routing.rules[{i}].note"), t);
        }
    }
    for (i, o) in c.support.iter().enumerate() {
        let p = format!("support[{i}]");
        s(format!("{p}.id"), &o.id);
        text(&mut s, &format!("{p}.name"), &o.name);
        text(&mut s, &format!("{p}.description"), &o.description);
        for (j, x) in o.concerns.iter().enumerate() {
            s(format!("{p}.concerns[{j}]"), x);
        }
        opt(&mut s, format!("{p}.unit"), &o.unit);
    }
    for (i, n) in c.numbers.iter().enumerate() {
        let p = format!("numbers[{i}]");
        s(format!("{p}.id"), &n.id);
        text(&mut s, &format!("{p}.name"), &n.name);
        s(format!("{p}.number"), &n.number);
        text(&mut s, &format!("{p}.description"), &n.description);
        s(format!("{p}.source"), &n.source);
        s(format!("{p}.checked"), &n.checked);
    }
}

/// Purposes every configuration must route, because the flow's decisions use them.
const REQUIRED_PURPOSES: [Purpose; 4] = [Purpose::Report, Purpose::Consult, Purpose::Acute, Purpose::Lvm];

/// A calendar date written YYYY-MM-DD.
fn is_date(s: &str) -> bool {
    let parts: Vec<&str> = s.split('-').collect();
    let [y, m, d] = parts.as_slice() else { return false };
    if y.len() != 4 || m.len() != 2 || d.len() != 2 {
        return false;
    }
    let (Some(y), Some(m), Some(d)) = (digits(y), digits(m), digits(d)) else { return false };
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
        r.add("config/schema", "schema", format!("ska vara \"{CONFIG_SCHEMA}\", men är \"{}\"", config.schema));
    }
    let loc = &config.locales;
    // A configuration must be in Swedish; other languages are optional (unit names then show in
    // Swedish in the English guidance), but a declared language must be complete.
    let _ = &flow.locales;
    if !loc.iter().any(|l| l == crate::text::PRIMARY_LOCALE) {
        r.add("config/missing-locale", "locales", format!("svenska (\"sv\", {}) måste vara ett av filens språk", lang_name("sv")));
    }
    if let Some(m) = config.inactivity_minutes {
        if !(2..=240).contains(&m) {
            r.add(
                "config/bad-inactivity",
                "inactivity_minutes",
                format!("{m} minuter går inte: ange mellan 2 och 240 minuter, eller ta bort fältet"),
            );
        }
    }
    check_texts(&mut r, config);
    if config.organisation.switchboard.trim().is_empty() {
        r.add("config/missing-phone", "organisation.switchboard", "växelns nummer behövs som sista utväg om filen inte kan användas");
    } else if !is_phone(&config.organisation.switchboard) {
        r.add("config/bad-phone", "organisation.switchboard", bad_phone_sv(&config.organisation.switchboard));
    }
    r.dupes("config/duplicate-id", config.units.iter().enumerate().map(|(i, u)| (format!("units[{i}].id"), u.id.as_str())), "enheterna");
    r.dupes(
        "config/duplicate-id",
        config.support.iter().enumerate().map(|(i, s)| (format!("support[{i}].id"), s.id.as_str())),
        "stödinsatserna",
    );
    r.dupes("config/duplicate-id", config.numbers.iter().enumerate().map(|(i, n)| (format!("numbers[{i}].id"), n.id.as_str())), "numren");
    for (i, u) in config.units.iter().enumerate() {
        let up = format!("units[{i}]");
        if !is_kebab(&u.id) {
            r.add("config/bad-id", format!("{up}.id"), bad_id_sv(&u.id));
        }
        r.text("config/missing-locale", &u.name, &format!("{up}.name"), loc);
        if !is_phone(&u.phone) {
            r.add("config/bad-phone", format!("{up}.phone"), bad_phone_sv(&u.phone));
        }
        for (hi, h) in u.hours.iter().enumerate() {
            let hp = format!("{up}.hours[{hi}]");
            let (o, c) = (parse_hhmm(&h.open), parse_hhmm(&h.close));
            if o.is_none() {
                r.add("config/bad-hours", format!("{hp}.open"), format!("\"{}\" är ingen tid; skriv som 08:00 (TT:MM)", h.open));
            }
            if c.is_none() {
                r.add(
                    "config/bad-hours",
                    format!("{hp}.close"),
                    format!("\"{}\" är ingen tid; skriv som 16:30 (TT:MM), eller 24:00 för midnatt", h.close),
                );
            }
            if let (Some(o), Some(c)) = (o, c) {
                if o >= c {
                    r.add("config/bad-hours", hp.clone(), format!("enheten måste öppna innan den stänger ({}–{})", h.open, h.close));
                }
            }
            if h.days.is_empty() {
                r.add("config/bad-hours", format!("{hp}.days"), "ange minst en dag");
            }
        }
        if let Some(e) = &u.e_service {
            if !url_ok(e, &["https://"]) {
                r.add(
                    "config/bad-url",
                    format!("{up}.e_service"),
                    format!("\"{e}\" måste vara en fullständig adress som börjar med https://"),
                );
            }
        }
        if let Some(e) = &u.email {
            if !e.contains('@') || e.chars().any(char::is_whitespace) {
                r.add("config/bad-email", format!("{up}.email"), format!("\"{e}\" är ingen e-postadress"));
            }
        }
    }
    let unit = |r: &mut Report, id: &str, path: String| {
        if config.unit(id).is_none() {
            r.add("config/unknown-unit", path, format!("det finns ingen enhet med id \"{id}\" i units"));
        }
    };
    let check_contacts = |r: &mut Report, m: &Keyed<Purpose, Vec<String>>, path: &str| {
        for (p, ids) in m {
            let key = p.id();
            for (i, id) in ids.iter().enumerate() {
                unit(r, id, format!("{path}.{key}[{i}]"));
            }
        }
    };
    check_contacts(&mut r, &config.routing.contacts, "routing.contacts");
    let several = !config.municipalities.is_empty();
    for p in REQUIRED_PURPOSES.into_iter().filter(|_| !several) {
        if config.routing.contacts.get(&p).is_none_or(Vec::is_empty) {
            let key = p.id();
            r.add(
                "config/missing-routing",
                format!("routing.contacts.{key}"),
                format!("ange enheten eller enheterna för \"{key}\" ({}): alla användare kan behöva den", purpose_sv(p)),
            );
        }
    }
    if !several && config.routing.after_hours.trim().is_empty() {
        r.add("config/missing-routing", "routing.after_hours", "ange socialjouren: enheten som svarar efter kontorstid");
    } else if !config.routing.after_hours.is_empty() {
        unit(&mut r, &config.routing.after_hours, "routing.after_hours".to_string());
    }
    let roles: KeySet<&str> =
        flow.question(&flow.role_question).into_iter().flat_map(|q| q.choices.iter().map(|c| c.id.as_str())).collect();
    for (role, rr) in &config.routing.roles {
        let rp = format!("routing.roles.{role}");
        if !roles.contains_key(role.as_str()) {
            r.add(
                "config/unknown-role",
                rp.clone(),
                format!("\"{role}\" är ingen roll i vägledningen; roller: {}", roles.keys().copied().collect::<Vec<_>>().join(", ")),
            );
        }
        check_contacts(&mut r, &rr.contacts, &format!("{rp}.contacts"));
        for p in REQUIRED_PURPOSES {
            if rr.contacts.get(&p).is_some_and(Vec::is_empty) {
                let key = p.id();
                r.add(
                    "config/missing-routing",
                    format!("{rp}.contacts.{key}"),
                    format!("listan för \"{key}\" är tom: ta bort den för att använda standardenheterna, eller ange minst en enhet"),
                );
            }
        }
        if let Some(t) = &rr.routine {
            r.text("config/missing-locale", t, &format!("{rp}.routine"), loc);
        }
    }
    let facts: KeySet<&str> = flow.facts.iter().map(|f| f.id.as_str()).collect();
    let rules = config.routing.rules.iter().enumerate().map(|(i, rule)| (format!("routing.rules[{i}]"), rule));
    let rules = rules.chain(
        config
            .municipalities
            .iter()
            .enumerate()
            .flat_map(|(mi, m)| m.rules.iter().enumerate().map(move |(i, rule)| (format!("municipalities[{mi}].rules[{i}]"), rule))),
    );
    for (rp, rule) in rules {
        for (ri, role) in rule.roles.iter().enumerate() {
            if !roles.contains_key(role.as_str()) {
                r.add(
                    "config/unknown-role",
                    format!("{rp}.roles[{ri}]"),
                    format!("\"{role}\" är ingen roll i vägledningen; roller: {}", roles.keys().copied().collect::<Vec<_>>().join(", ")),
                );
            }
        }
        if rule.first.is_empty() {
            r.add("config/missing-routing", format!("{rp}.first"), "ange minst en enhet som ska komma först");
        }
        for (ui, u) in rule.first.iter().enumerate() {
            unit(&mut r, u, format!("{rp}.first[{ui}]"));
        }
        if let Some(c) = &rule.unless {
            match &c.parsed {
                Err(e) => r.add(
                    "config/bad-condition",
                    format!("{rp}.unless"),
                    format!("villkoret \"{}\" går inte att läsa: {}", c.src, cond_error_sv(e)),
                ),
                Ok(parsed) => {
                    for f in parsed.facts() {
                        if !facts.contains_key(f) {
                            r.add(
                                "config/bad-condition",
                                format!("{rp}.unless"),
                                format!(
                                    "villkoret nämner \"{f}\", som inte är ett faktum i vägledningen; se listan i docs/konfiguration.md"
                                ),
                            );
                        }
                    }
                }
            }
        }
        if let Some(t) = &rule.note {
            r.text("config/missing-locale", t, &format!("{rp}.note"), loc);
        }
    }
    check_municipalities(&mut r, config);
    let concerns: Vec<&str> = facts.keys().copied().filter(|f| f.starts_with("concern_")).collect();
    for (i, s) in config.support.iter().enumerate() {
        let sp = format!("support[{i}]");
        if !is_kebab(&s.id) {
            r.add("config/bad-id", format!("{sp}.id"), bad_id_sv(&s.id));
        }
        r.text("config/missing-locale", &s.name, &format!("{sp}.name"), loc);
        r.text("config/missing-locale", &s.description, &format!("{sp}.description"), loc);
        if let Some([a, b]) = s.ages {
            if a > b || b > 25 {
                r.add(
                    "config/bad-ages",
                    format!("{sp}.ages"),
                    format!("åldrarna {a}–{b} är inte ett spann från yngst till äldst (högst 25 år)"),
                );
            }
        }
        for (ci, c) in s.concerns.iter().enumerate() {
            if !facts.contains_key(c.as_str()) || !c.starts_with("concern_") {
                r.add(
                    "config/unknown-concern",
                    format!("{sp}.concerns[{ci}]"),
                    format!("\"{c}\" är ingen sorts oro i vägledningen; möjliga: {}", concerns.join(", ")),
                );
            }
        }
        if let Some(u) = &s.unit {
            unit(&mut r, u, format!("{sp}.unit"));
        }
    }
    for (i, n) in config.numbers.iter().enumerate() {
        let np = format!("numbers[{i}]");
        if !is_kebab(&n.id) {
            r.add("config/bad-id", format!("{np}.id"), bad_id_sv(&n.id));
        }
        if !is_phone(&n.number) {
            r.add("config/bad-phone", format!("{np}.number"), bad_phone_sv(&n.number));
        }
        r.text("config/missing-locale", &n.name, &format!("{np}.name"), loc);
        r.text("config/missing-locale", &n.description, &format!("{np}.description"), loc);
        if n.source.trim().is_empty() {
            r.add("config/missing-source", format!("{np}.source"), "ange var numret kontrollerades");
        }
        if !is_date(&n.checked) {
            r.add("config/bad-date", format!("{np}.checked"), format!("\"{}\" ska vara ett datum som 2026-11-01 (ÅÅÅÅ-MM-DD)", n.checked));
        }
    }
    r.0
}

/// The municipalities of a configuration that covers several: each with its own intake and a
/// way to reach social services after hours, its units its own or shared; and social services
/// routed only per municipality, so that no child's report goes to another municipality's unit.
fn check_municipalities(r: &mut Report, config: &Config) {
    use crate::child::{HERE, OTHER, UNKNOWN};
    let ids: KeySet<&str> = config.municipalities.iter().map(|m| m.id.as_str()).collect();
    for (i, u) in config.units.iter().enumerate() {
        if let Some(m) = u.municipality.as_deref().filter(|m| !ids.contains_key(m)) {
            r.add(
                "config/unknown-municipality",
                format!("units[{i}].municipality"),
                format!("det finns ingen kommun med id \"{m}\" i municipalities; utan fältet betjänar enheten alla kommuner"),
            );
        }
    }
    if config.municipalities.is_empty() {
        return;
    }
    r.dupes(
        "config/duplicate-id",
        config.municipalities.iter().enumerate().map(|(i, m)| (format!("municipalities[{i}].id"), m.id.as_str())),
        "kommunerna",
    );
    // Social services are the child's municipality's: none of them shared by role or rule.
    let shared = |r: &mut Report, m: &Keyed<Purpose, Vec<String>>, path: &str| {
        for p in m.keys().filter(|p| p.is_social_services()) {
            r.add(
                "config/shared-social-services",
                format!("{path}.{}", p.id()),
                format!("med flera kommuner anges enheterna för \"{}\" under varje kommun i municipalities, inte här", p.id()),
            );
        }
    };
    shared(r, &config.routing.contacts, "routing.contacts");
    for (role, rr) in &config.routing.roles {
        shared(r, &rr.contacts, &format!("routing.roles.{role}.contacts"));
    }
    for (i, rule) in config.routing.rules.iter().enumerate().filter(|(_, rule)| rule.purpose.is_social_services()) {
        r.add(
            "config/shared-social-services",
            format!("routing.rules[{i}].purpose"),
            format!("med flera kommuner står regler för \"{}\" under den kommun de gäller (municipalities[].rules)", rule.purpose.id()),
        );
    }
    for (i, m) in config.municipalities.iter().enumerate() {
        let mp = format!("municipalities[{i}]");
        if !is_kebab(&m.id) || [HERE, OTHER, UNKNOWN].contains(&m.id.as_str()) {
            r.add("config/bad-id", format!("{mp}.id"), format!("{} (och inte \"here\", \"other\" eller \"unknown\")", bad_id_sv(&m.id)));
        }
        if m.name.trim().is_empty() {
            r.add("config/missing-name", format!("{mp}.name"), "ange kommunens namn");
        }
        if !is_phone(&m.switchboard) {
            r.add("config/bad-phone", format!("{mp}.switchboard"), bad_phone_sv(&m.switchboard));
        }
        // Every unit it names: known, and its own or shared.
        let mut named: Vec<(String, &str)> = Vec::new();
        for (p, us) in &m.contacts {
            if !p.is_social_services() {
                r.add(
                    "config/not-social-services",
                    format!("{mp}.contacts.{}", p.id()),
                    format!("\"{}\" är inte socialtjänst: ange de enheterna i routing.contacts, de gäller alla kommuner", p.id()),
                );
            }
            named.extend(us.iter().enumerate().map(|(ui, u)| (format!("{mp}.contacts.{}[{ui}]", p.id()), u.as_str())));
        }
        for (ri, rule) in m.rules.iter().enumerate() {
            named.extend(rule.first.iter().enumerate().map(|(ui, u)| (format!("{mp}.rules[{ri}].first[{ui}]"), u.as_str())));
        }
        let report = m.contacts.get(&Purpose::Report).map(Vec::as_slice).unwrap_or(&[]);
        if !report.iter().any(|u| config.unit(u).is_some_and(|u| u.kind == crate::config::UnitKind::Intake)) {
            r.add(
                "config/municipality-without-intake",
                format!("{mp}.contacts.report"),
                format!("{} behöver en mottagning för orosanmälningar: en enhet av sorten \"intake\" under contacts.report", m.name),
            );
        }
        for p in [Purpose::Consult, Purpose::Acute, Purpose::Lvm] {
            if m.contacts.get(&p).is_none_or(Vec::is_empty) {
                r.add(
                    "config/missing-routing",
                    format!("{mp}.contacts.{}", p.id()),
                    format!("ange enheten eller enheterna för \"{}\" ({}) i {}", p.id(), purpose_sv(p), m.name),
                );
            }
        }
        if m.after_hours.trim().is_empty() {
            r.add(
                "config/municipality-without-after-hours",
                format!("{mp}.after_hours"),
                format!("{} behöver en väg till socialtjänsten efter kontorstid: ange dess socialjour (egen eller delad)", m.name),
            );
        } else {
            named.push((format!("{mp}.after_hours"), m.after_hours.as_str()));
        }
        for (path, id) in named {
            match config.unit(id) {
                None => r.add("config/unknown-unit", path, format!("det finns ingen enhet med id \"{id}\" i units")),
                Some(u) if u.municipality.as_deref().is_some_and(|o| o != m.id) => r.add(
                    "config/other-municipalitys-unit",
                    path,
                    format!(
                        "\"{id}\" hör till kommunen \"{}\", inte {}: en anmälan om ett barn som bor i {} får aldrig gå dit",
                        u.municipality.as_deref().unwrap_or(""),
                        m.name,
                        m.name
                    ),
                ),
                Some(_) => {}
            }
        }
    }
}

/// What is worth a second look in a configuration that is valid: an audience of the outcome's
/// support lists, or an age band, with no offer at all. Warnings, not errors: a municipality
/// may have none, and the outcome then says what the flow says without offers.
pub fn config_warnings(config: &Config, flow: &Flow) -> Vec<Problem> {
    use crate::child::AgeBand;
    use crate::flow::SupportFor;
    let mut r = Report(Vec::new());
    let whom = |f: SupportFor| ["barnet", "föräldern med problemet", "den andra föräldern", "familjen tillsammans"][f as usize];
    for f in SupportFor::ALL.into_iter().filter(|f| flow.outcomes.iter().any(|o| o.support == Some(*f))) {
        if !config.support.iter().any(|s| s.for_ == f) {
            r.add(
                "config/no-offer-for",
                "support",
                format!("inget stöd för {} (\"for\": \"{}\"): vägledningen visar då bara sin allmänna text", whom(f), f.id()),
            );
        }
    }
    for band in AgeBand::ALL.into_iter().filter(|b| b.years().is_some()) {
        if !config.support.iter().any(|s| matches!(s.for_, SupportFor::Child) && band.fits(s.ages)) {
            r.add(
                "config/no-offer-for-age",
                "support",
                format!("inget stöd till barn i åldern {} år: lägg till ett, eller ett utan åldrar", band.id().replace('-', "–")),
            );
        }
    }
    r.0
}

// ---------------------------------------------------------------------------------------------
// Files that cannot be parsed

/// Why a file could not be read as a flow or configuration, from serde_json's message: the
/// path is "line L column C" (or "(file)"), and the message says in Swedish what is wrong.
pub fn parse_problem(code: &'static str, serde_message: &str) -> Problem {
    let (what, path) = match crate::text::rfind(serde_message, " at line ") {
        Some(i) => (&serde_message[..i], serde_message[i + 4..].to_string()),
        None => (serde_message, "(file)".to_string()),
    };
    Problem { code, path, message: parse_message_sv(what) }
}

/// The names between backticks in a serde message.
fn ticked(s: &str) -> Vec<&str> {
    s.split('`').skip(1).step_by(2).collect()
}

fn parse_message_sv(what: &str) -> String {
    let names = ticked(what);
    let list = |from: usize| names.get(from..).unwrap_or_default().join(", ");
    if what.starts_with("unknown field") {
        format!("fältet \"{}\" finns inte här; tillåtna fält: {} ({what})", names.first().unwrap_or(&"?"), list(1))
    } else if what.starts_with("missing field") {
        format!("fältet \"{}\" saknas men måste finnas ({what})", names.first().unwrap_or(&"?"))
    } else if what.starts_with("unknown variant") {
        format!("\"{}\" är inte ett tillåtet värde; tillåtna värden: {} ({what})", names.first().unwrap_or(&"?"), list(1))
    } else if what.starts_with("invalid type") || what.starts_with("invalid value") || what.starts_with("invalid length") {
        format!("fel sorts värde ({what})")
    } else if what.starts_with("duplicate field") {
        format!("fältet \"{}\" står två gånger ({what})", names.first().unwrap_or(&"?"))
    } else {
        format!("filen är inte giltig JSON: kontrollera kommatecken, citattecken och klamrar kring denna plats ({what})")
    }
}

// ---------------------------------------------------------------------------------------------
// Structure, checked against the JSON Schema

/// Checks a configuration that does not parse against its JSON Schema (see `orosguiden
/// schema`), so that every unknown or missing field and every value of the wrong kind is
/// reported at once, rather than only the first one the parser meets. Returns no problems for
/// a file that parses.
pub fn validate_config_structure(value: &serde_json::Value, schema: &serde_json::Value) -> Vec<Problem> {
    let mut r = Report(Vec::new());
    structure(&mut r, value, schema, schema, "");
    r.0
}

fn resolve<'s>(root: &'s serde_json::Value, mut s: &'s serde_json::Value) -> &'s serde_json::Value {
    while let Some(rf) = s.get("$ref").and_then(|x| x.as_str()) {
        match rf.strip_prefix('#').and_then(|p| root.pointer(p)) {
            Some(t) => s = t,
            None => break,
        }
    }
    s
}

/// The JSON types a schema admits (after references and alternatives); empty means any.
fn types_of<'s>(root: &'s serde_json::Value, s: &'s serde_json::Value) -> Vec<&'s str> {
    let s = resolve(root, s);
    match s.get("type") {
        Some(serde_json::Value::String(t)) => vec![t.as_str()],
        Some(serde_json::Value::Array(ts)) => ts.iter().filter_map(|t| t.as_str()).collect(),
        _ => s
            .get("oneOf")
            .or_else(|| s.get("anyOf"))
            .and_then(|a| a.as_array())
            .map(|alts| alts.iter().flat_map(|a| types_of(root, a)).collect())
            .unwrap_or_default(),
    }
}

fn type_of(v: &serde_json::Value) -> &'static str {
    match v {
        serde_json::Value::Null => "null",
        serde_json::Value::Bool(_) => "boolean",
        serde_json::Value::Number(n) if n.is_u64() || n.is_i64() => "integer",
        serde_json::Value::Number(_) => "number",
        serde_json::Value::String(_) => "string",
        serde_json::Value::Array(_) => "array",
        serde_json::Value::Object(_) => "object",
    }
}

fn admits(types: &[&str], v: &serde_json::Value) -> bool {
    let t = type_of(v);
    types.is_empty() || types.iter().any(|x| *x == t || (*x == "number" && t == "integer"))
}

fn kind_sv(t: &str) -> &'static str {
    match t {
        "null" => "null",
        "boolean" => "true eller false",
        "integer" => "ett heltal",
        "number" => "ett tal",
        "string" => "en text inom citattecken",
        "array" => "en lista [ … ]",
        "object" => "ett objekt { … }",
        _ => "något annat",
    }
}

fn join_path(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

/// The closest of `candidates` to `s`, if it is close enough to be a typo.
fn closest<'a>(s: &str, candidates: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    fn distance(a: &str, b: &str) -> usize {
        let b: Vec<char> = b.chars().collect();
        let mut prev: Vec<usize> = (0..=b.len()).collect();
        for (i, ca) in a.chars().enumerate() {
            let mut cur = vec![i + 1];
            for (j, cb) in b.iter().enumerate() {
                cur.push((prev[j] + usize::from(ca != *cb)).min(prev[j + 1] + 1).min(cur[j] + 1));
            }
            prev = cur;
        }
        prev[b.len()]
    }
    candidates.map(|c| (distance(s, c), c)).filter(|(d, c)| *d <= 2.max(c.len() / 3)).min().map(|(_, c)| c)
}

fn structure(r: &mut Report, v: &serde_json::Value, s: &serde_json::Value, root: &serde_json::Value, path: &str) {
    use serde_json::Value;
    let s = resolve(root, s);
    let at = || if path.is_empty() { "(file)".to_string() } else { path.to_string() };
    if let Some(Value::Array(alts)) = s.get("oneOf").or_else(|| s.get("anyOf")) {
        let consts: Vec<&Value> = alts.iter().filter_map(|a| resolve(root, a).get("const")).collect();
        if !consts.is_empty() && consts.len() == alts.len() {
            if !consts.contains(&v) {
                let allowed: Vec<String> = consts.iter().map(|c| c.as_str().map_or_else(|| c.to_string(), str::to_string)).collect();
                r.add("config/unknown-value", at(), format!("{v} är inte ett tillåtet värde här; tillåtna värden: {}", allowed.join(", ")));
            }
            return;
        }
        let fitting: Vec<&Value> = alts.iter().filter(|a| admits(&types_of(root, a), v)).collect();
        match fitting.as_slice() {
            [] => {
                let kinds: Vec<&str> = types_of(root, s).into_iter().filter(|t| *t != "null").map(kind_sv).collect();
                r.add(
                    "config/wrong-type",
                    at(),
                    format!("här ska det stå {}, men det står {}", kinds.join(" eller "), kind_sv(type_of(v))),
                );
            }
            [one, ..] => structure(r, v, one, root, path),
        }
        return;
    }
    let types = types_of(root, s);
    if !admits(&types, v) {
        let kinds: Vec<&str> = types.iter().filter(|t| **t != "null").map(|t| kind_sv(t)).collect();
        r.add("config/wrong-type", at(), format!("här ska det stå {}, men det står {}", kinds.join(" eller "), kind_sv(type_of(v))));
        return;
    }
    match v {
        Value::Object(m) => {
            let props = s.get("properties").and_then(Value::as_object);
            if let Some(Value::Array(req)) = s.get("required") {
                for k in req.iter().filter_map(Value::as_str) {
                    if !m.contains_key(k) {
                        r.add("config/missing-field", join_path(path, k), format!("fältet \"{k}\" saknas men måste finnas"));
                    }
                }
            }
            for (k, x) in m {
                match props.and_then(|p| p.get(k)) {
                    Some(ps) => structure(r, x, ps, root, &join_path(path, k)),
                    None => match s.get("additionalProperties") {
                        Some(Value::Bool(false)) => {
                            let names: Vec<&str> = props.map(|p| p.keys().map(String::as_str).collect()).unwrap_or_default();
                            let hint = closest(k, names.iter().copied()).map(|c| format!(" Menade du \"{c}\"?")).unwrap_or_default();
                            r.add(
                                "config/unknown-field",
                                join_path(path, k),
                                format!("fältet \"{k}\" finns inte här.{hint} Tillåtna fält: {}", names.join(", ")),
                            );
                        }
                        Some(ap @ Value::Object(_)) => structure(r, x, ap, root, &join_path(path, k)),
                        _ => {}
                    },
                }
            }
        }
        Value::Array(xs) => {
            let (min, max) = (s.get("minItems").and_then(Value::as_u64), s.get("maxItems").and_then(Value::as_u64));
            if min.is_some() && min == max && xs.len() as u64 != min.unwrap_or(0) {
                r.add("config/wrong-type", at(), format!("listan ska ha exakt {} värden, men har {}", min.unwrap_or(0), xs.len()));
            }
            if let Some(items) = s.get("items") {
                for (i, x) in xs.iter().enumerate() {
                    structure(r, x, items, root, &format!("{path}[{i}]"));
                }
            }
        }
        Value::Number(n) => {
            let (lo, hi) = (s.get("minimum").and_then(Value::as_f64), s.get("maximum").and_then(Value::as_f64));
            let x = n.as_f64().unwrap_or(0.0);
            if lo.is_some_and(|lo| x < lo) || hi.is_some_and(|hi| x > hi) {
                r.add(
                    "config/wrong-type",
                    at(),
                    format!("{n} är utanför det tillåtna ({}–{})", lo.unwrap_or(f64::MIN), hi.unwrap_or(f64::MAX)),
                );
            }
        }
        _ => {}
    }
}
