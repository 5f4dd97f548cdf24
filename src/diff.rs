//! What a reviewer must re-approve between two versions of the flow or of a configuration:
//! every path is walked on both sides (without a clock), and the paths whose decision, blocks
//! or contact units differ are listed; so are the changed entries of the files themselves
//! (a unit's phone number, a question's text), which change what users read without changing
//! where a path leads.

use crate::child::Place;
use crate::config::Config;
use crate::flow::Flow;
use crate::journey::Answer;
use crate::outcome::contact_units;
use crate::paths::{explore, EndSide};
use rustc_hash::FxHashMap;
use serde::Serialize;
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};

/// One side of the comparison.
pub struct Side<'a> {
    /// The flow.
    pub flow: &'a Flow,
    /// The configuration.
    pub config: &'a Config,
}

/// What a path leads to on one side.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct Snapshot {
    /// The decision's id.
    pub decision: String,
    /// The blocks' ids, in order.
    pub blocks: Vec<String>,
    /// The contact units, in the order shown, as `purpose:unit`.
    pub contacts: Vec<String>,
}

/// Paths whose outcome differs in the same way: the first path found, and how many distinct
/// ends (combinations of facts and role) change alike.
#[derive(Debug, Clone, Serialize)]
pub struct PathChange {
    /// The answers of the first path found, in order.
    pub answers: Vec<Answer>,
    /// How many distinct ends change in this way.
    pub ends: usize,
    /// The answers as `question=choice ...`.
    pub path: String,
    /// Before; None when the path does not exist (or has no outcome) on the old side.
    pub old: Option<Snapshot>,
    /// After; None when the path does not exist (or has no outcome) on the new side.
    pub new: Option<Snapshot>,
    /// What changed, in Swedish, one line each.
    pub changes: Vec<String>,
}

/// A changed entry of the files: a unit, a support offer, a question, an outcome...
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ItemChange {
    /// Where in the file, e.g. `units` or `routing.roles`.
    pub section: String,
    /// The entry's id (or key, or index); empty for a section compared whole.
    pub id: String,
    /// `added`, `removed` or `changed`.
    pub change: &'static str,
    /// The fields that differ, for a changed entry.
    pub fields: Vec<String>,
    /// A line in Swedish for people.
    pub text: String,
}

/// The comparison.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    /// Number of complete paths on the old side.
    pub paths_old: u64,
    /// Number of complete paths on the new side.
    pub paths_new: u64,
    /// Paths whose decision, blocks or contact units change, added or removed paths.
    pub paths: Vec<PathChange>,
    /// Changed entries of the compared files.
    pub items: Vec<ItemChange>,
}

impl Report {
    /// Whether anything changed.
    pub fn has_changes(&self) -> bool {
        !self.paths.is_empty() || !self.items.is_empty()
    }
}

/// What the ends of one side lead to, made once for each combination of what they depend on:
/// the outcomes, the role and which local rules apply (the contacts depend on nothing else).
struct Snapshots<'s> {
    side: &'s Side<'s>,
    index: FxHashMap<String, FxHashMap<(u128, u64), u32>>,
    made: Vec<Option<Snapshot>>,
}

impl<'s> Snapshots<'s> {
    fn new(side: &'s Side<'s>) -> Snapshots<'s> {
        Snapshots { side, index: FxHashMap::default(), made: Vec::new() }
    }

    /// The snapshot of an end (by its position in `made`); None in it when no decision applies.
    fn of(&mut self, end: &EndSide, role: Option<&str>) -> u32 {
        let config = self.side.config;
        let rules = config
            .routing
            .rules
            .iter()
            .chain(config.municipalities.iter().flat_map(|m| &m.rules))
            .enumerate()
            .filter(|(_, r)| r.unless.as_ref().is_some_and(|c| end.holds(c)))
            .fold(0u64, |m, (i, _)| m | 1 << (i % 64));
        let key = (end.outcome_bits(), rules);
        // By role first ("" for none), so that a lookup makes no String.
        if let Some(&i) = self.index.get(role.unwrap_or("")).and_then(|m| m.get(&key)) {
            return i;
        }
        let side = self.side;
        let made = (|| {
            let outcomes = end.outcomes();
            let (decision, blocks) = outcomes.split_first()?;
            let selected: Vec<_> = outcomes.iter().filter_map(|id| side.flow.outcomes.iter().find(|o| o.id == *id)).collect();
            // Per municipality of the configuration for the units of social services (the others
            // are the same for all): "report (alby):unit".
            let facts = end.facts();
            let mut contacts = Vec::new();
            for (i, m) in side.config.municipalities().iter().enumerate() {
                for (p, ids) in contact_units(side.config, &selected, role, &facts, Place::In(m.id)) {
                    if i > 0 && !p.is_social_services() {
                        continue;
                    }
                    let several = !side.config.municipalities.is_empty();
                    let purpose = if p.is_social_services() && several { format!("{} ({})", p.id(), m.id) } else { p.id().to_string() };
                    contacts
                        .extend(ids.into_iter().filter(|(id, _)| side.config.unit(id).is_some()).map(|(id, _)| format!("{purpose}:{id}")));
                }
            }
            Some(Snapshot { decision: decision.to_string(), blocks: blocks.iter().map(|b| b.to_string()).collect(), contacts })
        })();
        let i = self.made.len() as u32;
        self.made.push(made);
        self.index.entry(role.unwrap_or("").to_string()).or_default().insert(key, i);
        i
    }
}

fn label(answers: &[Answer]) -> String {
    answers.iter().map(|(q, c)| format!("{q}={c}")).collect::<Vec<_>>().join(" ")
}

fn list(xs: &[String]) -> String {
    if xs.is_empty() {
        "(inga)".to_string()
    } else {
        xs.join(", ")
    }
}

fn describe(old: &Option<Snapshot>, new: &Option<Snapshot>) -> Vec<String> {
    match (old, new) {
        (None, None) => vec![],
        (None, Some(n)) => vec![format!("ny väg (eller ny väg med ett resultat): beslut {}, tillägg {}", n.decision, list(&n.blocks))],
        (Some(o), None) => vec![format!("vägen finns inte längre eller ger inget beslut (var: beslut {})", o.decision)],
        (Some(o), Some(n)) => {
            let mut out = Vec::new();
            if o.decision != n.decision {
                out.push(format!("beslut: {} → {}", o.decision, n.decision));
            }
            let removed: Vec<String> = o.blocks.iter().filter(|b| !n.blocks.contains(b)).cloned().collect();
            let added: Vec<String> = n.blocks.iter().filter(|b| !o.blocks.contains(b)).cloned().collect();
            if !removed.is_empty() {
                out.push(format!("tillägg som försvinner: {}", removed.join(", ")));
            }
            if !added.is_empty() {
                out.push(format!("nya tillägg: {}", added.join(", ")));
            }
            // Contact units per purpose, in the order shown.
            let by_purpose = |cs: &[String]| {
                let mut m: BTreeMap<String, Vec<String>> = BTreeMap::new();
                for c in cs {
                    let (p, u) = c.split_once(':').unwrap_or((c, ""));
                    m.entry(p.to_string()).or_default().push(u.to_string());
                }
                m
            };
            let (a, b) = (by_purpose(&o.contacts), by_purpose(&n.contacts));
            let purposes: BTreeSet<&String> = a.keys().chain(b.keys()).collect();
            for p in purposes {
                let (x, y) = (a.get(p).cloned().unwrap_or_default(), b.get(p).cloned().unwrap_or_default());
                if x != y {
                    out.push(format!("kontakter för {p}: {} → {}", list(&x), list(&y)));
                }
            }
            out
        }
    }
}

/// Compares every path of both flows, each with its configuration. Fails when a flow cannot
/// be enumerated (a cycle, a dangling target: run `orosguiden check`).
pub fn compare(old: &Side, new: &Side) -> Result<Report, crate::validate::Problem> {
    // Changes grouped by what changes: the same before and after on many ends is one entry.
    let mut paths: Vec<PathChange> = Vec::new();
    let (mut olds, mut news) = (Snapshots::new(old), Snapshots::new(new));
    // Per pair of snapshots (old, new; u32::MAX for none): the entry it counts in, if any.
    let mut pairs: FxHashMap<(u32, u32), Option<usize>> = FxHashMap::default();
    let mut add = |e: &crate::paths::End<'_>, o: Option<u32>, n: Option<u32>, olds: &Snapshots, news: &Snapshots| {
        let key = (o.unwrap_or(u32::MAX), n.unwrap_or(u32::MAX));
        let entry = *pairs.entry(key).or_insert_with(|| {
            let o = o.and_then(|i| olds.made[i as usize].clone());
            let n = n.and_then(|i| news.made[i as usize].clone());
            let changes = describe(&o, &n);
            (o != n && !changes.is_empty()).then(|| {
                let answers = e.answers();
                paths.push(PathChange { path: label(&answers), answers, ends: 0, old: o, new: n, changes });
                paths.len() - 1
            })
        });
        if let Some(i) = entry {
            paths[i].ends += 1;
        }
    };
    let (old_paths, new_paths);
    if old.flow.same_structure(new.flow) {
        // Two configurations with one flow (or two flows that route alike): each end once.
        let stats = explore(&[old.flow], |e| {
            let (role, side) = (e.role(), e.first());
            let o = olds.of(side, role);
            let n = news.of(side, role);
            add(e, Some(o), Some(n), &olds, &news);
        })?;
        (old_paths, new_paths) = (stats.paths, stats.paths);
    } else {
        // Every path of the old flow, followed in the new one too; then the paths only the
        // new flow has. Each distinct end (facts and role on both sides) once.
        let stats = explore(&[old.flow, new.flow], |e| {
            let role = e.role();
            let o = e.side(0).map(|s| olds.of(s, role));
            let n = e.side(1).map(|s| news.of(s, role));
            add(e, o, n, &olds, &news);
        })?;
        old_paths = stats.paths;
        new_paths = explore(&[new.flow, old.flow], |e| {
            if e.side(1).is_none() {
                let n = e.side(0).map(|s| news.of(s, e.role()));
                add(e, None, n, &olds, &news);
            }
        })?
        .paths;
    }
    Ok(Report { paths_old: old_paths, paths_new: new_paths, paths, items: Vec::new() })
}

/// How a section of a file is compared.
#[derive(Clone, Copy)]
enum How {
    /// As one value.
    Whole,
    /// A list of objects with an `id`.
    Ids,
    /// An object whose keys are ids.
    Keys,
    /// A list compared position by position.
    Index,
}

const CONFIG_SECTIONS: &[(&str, How)] = &[
    ("schema", How::Whole),
    ("organisation", How::Keys),
    ("locales", How::Whole),
    ("units", How::Ids),
    ("routing.contacts", How::Keys),
    ("routing.after_hours", How::Whole),
    ("routing.roles", How::Keys),
    ("routing.rules", How::Index),
    ("support", How::Ids),
    ("numbers", How::Ids),
];

const FLOW_SECTIONS: &[(&str, How)] = &[
    ("schema", How::Whole),
    ("version", How::Whole),
    ("locales", How::Whole),
    ("start", How::Whole),
    ("role_question", How::Whole),
    ("facts", How::Ids),
    ("legal", How::Ids),
    ("purposes", How::Ids),
    ("questions", How::Ids),
    ("outcomes", How::Ids),
];

fn at<'v>(v: &'v Value, dotted: &str) -> &'v Value {
    dotted.split('.').fold(v, |v, k| v.get(k).unwrap_or(&Value::Null))
}

fn short(v: &Value) -> String {
    let s = match v {
        Value::Null => "(inget)".to_string(),
        Value::String(s) => format!("\"{s}\""),
        other => other.to_string(),
    };
    if s.chars().count() > 80 {
        format!("{}…", s.chars().take(79).collect::<String>())
    } else {
        s
    }
}

fn entries(v: &Value, how: How) -> Vec<(String, &Value)> {
    match (how, v) {
        (How::Ids, Value::Array(xs)) => xs
            .iter()
            .enumerate()
            .map(|(i, x)| (x.get("id").and_then(Value::as_str).map_or_else(|| format!("[{i}]"), str::to_string), x))
            .collect(),
        (How::Index, Value::Array(xs)) => xs.iter().enumerate().map(|(i, x)| (format!("[{i}]"), x)).collect(),
        (How::Keys, Value::Object(m)) => m.iter().map(|(k, x)| (k.clone(), x)).collect(),
        _ => Vec::new(),
    }
}

fn changed_fields(a: &Value, b: &Value) -> Vec<(String, &'static str)> {
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => {
            let keys: BTreeSet<&String> = x.keys().chain(y.keys()).collect();
            keys.into_iter().filter(|k| x.get(*k) != y.get(*k)).map(|k| (k.clone(), "")).collect()
        }
        _ => vec![],
    }
}

/// The changed entries between two files of the same kind (`config` or `flow`), as JSON.
pub fn compare_files(old: &Value, new: &Value, is_flow: bool) -> Vec<ItemChange> {
    let sections = if is_flow { FLOW_SECTIONS } else { CONFIG_SECTIONS };
    let mut out = Vec::new();
    for (section, how) in sections {
        let (a, b) = (at(old, section), at(new, section));
        if a == b {
            continue;
        }
        if let How::Whole = how {
            out.push(ItemChange {
                section: section.to_string(),
                id: String::new(),
                change: "changed",
                fields: vec![],
                text: format!("{section}: {} → {}", short(a), short(b)),
            });
            continue;
        }
        let (ea, eb) = (entries(a, *how), entries(b, *how));
        for (id, x) in &ea {
            match eb.iter().find(|(k, _)| k == id) {
                None => out.push(ItemChange {
                    section: section.to_string(),
                    id: id.clone(),
                    change: "removed",
                    fields: vec![],
                    text: format!("{section} {id}: borttagen"),
                }),
                Some((_, y)) if x != y => {
                    let fields = changed_fields(x, y);
                    let detail: Vec<String> = if fields.is_empty() {
                        vec![format!("{} → {}", short(x), short(y))]
                    } else {
                        fields
                            .iter()
                            .map(|(f, _)| {
                                let (p, q) = (x.get(f).unwrap_or(&Value::Null), y.get(f).unwrap_or(&Value::Null));
                                if p.is_object() || p.is_array() || q.is_object() || q.is_array() {
                                    f.clone()
                                } else {
                                    format!("{f}: {} → {}", short(p), short(q))
                                }
                            })
                            .collect()
                    };
                    out.push(ItemChange {
                        section: section.to_string(),
                        id: id.clone(),
                        change: "changed",
                        fields: fields.into_iter().map(|(f, _)| f).collect(),
                        text: format!("{section} {id}: ändrad ({})", detail.join("; ")),
                    });
                }
                Some(_) => {}
            }
        }
        for (id, _) in &eb {
            if !ea.iter().any(|(k, _)| k == id) {
                out.push(ItemChange {
                    section: section.to_string(),
                    id: id.clone(),
                    change: "added",
                    fields: vec![],
                    text: format!("{section} {id}: ny"),
                });
            }
        }
    }
    out
}

/// The report for people, in Swedish: paths grouped by what changes on them.
pub fn human(report: &Report, old_name: &str, new_name: &str, against: &str) -> String {
    let mut out = format!("Jämför {old_name} → {new_name}\n(med {against}; {} vägar före, {} efter)\n", report.paths_old, report.paths_new);
    if !report.has_changes() {
        out.push_str("\nInga ändringar: varje väg ger samma beslut, tillägg och kontakter, och filerna har samma innehåll.\n");
        return out;
    }
    if report.paths.is_empty() {
        out.push_str("\nIngen väg ändrar beslut, tillägg eller kontakter.\n");
    } else {
        // Grouped by what changes; each group counts its distinct ends (combinations of facts
        // and role at the end of a path) and shows a few example paths.
        let mut groups: Vec<(&Vec<String>, usize, Vec<&str>)> = Vec::new();
        for p in &report.paths {
            match groups.iter_mut().find(|(c, _, _)| **c == p.changes) {
                Some((_, n, ps)) => {
                    *n += p.ends;
                    ps.push(&p.path);
                }
                None => groups.push((&p.changes, p.ends, vec![&p.path])),
            }
        }
        let ends: usize = groups.iter().map(|(_, n, _)| n).sum();
        out.push_str(&format!(
            "\n{ends} slutlägen (vägar med olika fakta eller roll) ändrar beslut, tillägg eller kontakter (i {} grupper). Granska och godkänn dem på nytt:\n",
            groups.len()
        ));
        const EXAMPLES: usize = 5;
        for (i, (changes, n, paths)) in groups.iter().enumerate() {
            out.push_str(&format!("\n{}. {n} {}, till exempel:\n", i + 1, if *n == 1 { "slutläge" } else { "slutlägen" }));
            for c in *changes {
                out.push_str(&format!("   {c}\n"));
            }
            for p in paths.iter().take(EXAMPLES) {
                out.push_str(&format!("     · {p}\n"));
            }
            if paths.len() > EXAMPLES {
                out.push_str(&format!("     · … och {} exempel till\n", paths.len() - EXAMPLES));
            }
        }
    }
    if !report.items.is_empty() {
        out.push_str(&format!(
            "\nÄndrat innehåll i filerna ({}): det användaren läser, också där vägarna leder till samma sak:\n",
            report.items.len()
        ));
        for it in &report.items {
            out.push_str(&format!("   {}\n", it.text));
        }
    }
    out
}
