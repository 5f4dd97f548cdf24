//! Helpers shared by the integration tests: the shipped flow and demo configuration, answers
//! written as pairs of ids, every path with its facts, and outcome assembly in Swedish.

#![allow(dead_code)]

use orosguiden::cond::Facts;
use orosguiden::flow::{OutcomeDef, OutcomeKind};
use orosguiden::journey::Answer;
use orosguiden::paths::{explore, PathInfo};
use orosguiden::{assemble, Config, Flow, LocalTime, Outcome};
use std::path::PathBuf;

pub fn flow() -> Flow {
    Flow::national()
}

pub fn config() -> Config {
    Config::demo()
}

/// Answers from `[("question", "choice"), ...]`.
pub fn answers(pairs: &[(&str, &str)]) -> Vec<Answer> {
    pairs.iter().map(|&(q, c)| (q.to_string(), c.to_string())).collect()
}

/// One end of the national flow (a distinct combination of facts and role at the end of a
/// path; see src/paths.rs), with the first path that reaches it and the facts it records.
pub struct Walked {
    pub path: PathInfo,
    pub facts: Facts,
}

impl Walked {
    pub fn has(&self, fact: &str) -> bool {
        self.facts.contains(fact)
    }

    pub fn answered(&self, question: &str, choice: &str) -> bool {
        self.path.answers.iter().any(|(q, c)| q == question && c == choice)
    }

    pub fn choice(&self, question: &str) -> Option<&str> {
        self.path.answers.iter().find(|(q, _)| q == question).map(|(_, c)| c.as_str())
    }

    pub fn decision(&self) -> &str {
        &self.path.outcomes[0]
    }

    pub fn shows(&self, outcome: &str) -> bool {
        self.path.outcomes.iter().any(|o| o == outcome)
    }

    /// The answers as `q=c ...`, for assertion messages.
    pub fn label(&self) -> String {
        self.path.answers.iter().map(|(q, c)| format!("{q}={c}")).collect::<Vec<_>>().join(" ")
    }
}

/// Calls `f` once for every distinct end of `flow` (every combination of facts and role that
/// ends a path), with its example path: what holds for every end holds for every path.
pub fn each_end(flow: &Flow, mut f: impl FnMut(&Walked)) {
    explore(&[flow], |e| {
        let side = e.first();
        let w = Walked {
            path: PathInfo { answers: e.answers(), outcomes: side.outcomes().iter().map(|s| s.to_string()).collect() },
            facts: side.facts(),
        };
        f(&w);
    })
    .expect("the flow explores");
}

/// Every distinct end of `flow`, held in memory: for small flows and for filtering.
pub fn all_paths(flow: &Flow) -> Vec<Walked> {
    let mut out = Vec::new();
    each_end(flow, |w| out.push(Walked { path: w.path.clone(), facts: w.facts.clone() }));
    out
}

/// The ends of `flow` whose facts satisfy `keep`, held in memory.
pub fn ends_where(flow: &Flow, keep: impl Fn(&Walked) -> bool) -> Vec<Walked> {
    let mut out = Vec::new();
    each_end(flow, |w| {
        if keep(w) {
            out.push(Walked { path: w.path.clone(), facts: w.facts.clone() });
        }
    });
    out
}

/// The outcome of a complete path, in Swedish, without a clock.
pub fn outcome(flow: &Flow, config: &Config, answers: &[Answer]) -> Outcome {
    outcome_at(flow, config, answers, None)
}

pub fn outcome_at(flow: &Flow, config: &Config, answers: &[Answer], now: Option<LocalTime>) -> Outcome {
    let answers = &with_child(config, answers);
    assemble(flow, config, answers, "sv", now).unwrap_or_else(|e| panic!("assembling {answers:?}: {e}"))
}

/// `answers` with the questions about the child answered where they are not: the child lives
/// in the configuration's first municipality, its age is not known.
pub fn with_child(config: &Config, answers: &[Answer]) -> Vec<Answer> {
    let mut out = answers.to_vec();
    let first = config.municipalities()[0].id.to_string();
    for (q, c) in [(orosguiden::child::PLACE_QUESTION, first), (orosguiden::child::AGE_QUESTION, "unknown".to_string())] {
        if !out.iter().any(|(a, _)| a == q) {
            out.push((q.to_string(), c));
        }
    }
    out
}

pub fn outcome_def<'f>(flow: &'f Flow, id: &str) -> &'f OutcomeDef {
    flow.outcomes.iter().find(|o| o.id == id).unwrap_or_else(|| panic!("the flow has no outcome '{id}'"))
}

pub fn is_decision(flow: &Flow, id: &str) -> bool {
    outcome_def(flow, id).kind == OutcomeKind::Decision
}

/// Block ids of an assembled outcome.
pub fn block_ids(o: &Outcome) -> Vec<&str> {
    o.blocks.iter().map(|b| b.id.as_str()).collect()
}

/// Every string anywhere in a JSON value.
pub fn strings(v: &serde_json::Value, out: &mut Vec<String>) {
    match v {
        serde_json::Value::String(s) => out.push(s.clone()),
        serde_json::Value::Array(xs) => xs.iter().for_each(|x| strings(x, out)),
        serde_json::Value::Object(m) => m.values().for_each(|x| strings(x, out)),
        _ => {}
    }
}

/// The shipped flow and demo configuration as JSON values, to mutate into invalid files.
pub fn flow_value() -> serde_json::Value {
    serde_json::from_str(orosguiden::flow::NATIONAL_FLOW).expect("the national flow is JSON")
}

pub fn config_value() -> serde_json::Value {
    serde_json::from_str(orosguiden::config::DEMO_CONFIG).expect("the demo configuration is JSON")
}

pub fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests").join("fixtures").join(name)
}

pub fn repo_file(rel: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(rel)
}
