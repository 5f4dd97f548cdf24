//! Enumeration of every complete path through the flow, with the outcomes each one selects.

use crate::cond::Facts;
use crate::flow::{Flow, END};
use crate::journey::Answer;
use crate::outcome::select;
use crate::validate::Problem;
use serde::Serialize;
use std::collections::BTreeSet;

/// One complete path: the answers in order and the ids of the outcomes it selects
/// (the decision first; empty if no decision applies, which validation reports).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PathInfo {
    /// Question and choice ids, in order.
    pub answers: Vec<Answer>,
    /// Outcome ids.
    pub outcomes: Vec<String>,
}

/// More paths than this means the flow has exploded; a reviewer could not sign it off anyway.
pub const MAX_PATHS: usize = 100_000;

/// Every complete path, depth first in choice order. Fails on a cycle or a dangling target.
pub fn enumerate(flow: &Flow) -> Result<Vec<PathInfo>, Problem> {
    let mut out = Vec::new();
    let mut answers = Vec::new();
    let mut on_path = OnPath::default();
    dfs(flow, &flow.start, &Facts::new(), &mut answers, &mut on_path, &mut out)?;
    Ok(out)
}

/// The questions on the current path: in order (for the message) and as a set (for the check,
/// so that a deep flow is not searched again at every step).
#[derive(Default)]
struct OnPath {
    order: Vec<String>,
    set: BTreeSet<String>,
}

fn dfs(
    flow: &Flow,
    at: &str,
    facts: &Facts,
    answers: &mut Vec<Answer>,
    on_path: &mut OnPath,
    out: &mut Vec<PathInfo>,
) -> Result<(), Problem> {
    if at == END {
        let outcomes = select(flow, facts).map(|os| os.iter().map(|o| o.id.clone()).collect()).unwrap_or_default();
        out.push(PathInfo { answers: answers.clone(), outcomes });
        if out.len() > MAX_PATHS {
            return Err(Problem { code: "flow/too-many-paths", path: "questions".into(), message: format!("flödet har fler än {MAX_PATHS} vägar; ingen kan granska så många") });
        }
        return Ok(());
    }
    if on_path.set.contains(at) {
        return Err(Problem {
            code: "flow/cycle",
            path: "questions".into(),
            message: format!("frågorna {} → {at} bildar en slinga", on_path.order.join(" → ")),
        });
    }
    let q = flow.question(at).ok_or_else(|| Problem {
        code: "flow/unknown-target",
        path: "questions".into(),
        message: format!("en väg leder till \"{at}\", som inte är en fråga"),
    })?;
    on_path.order.push(at.to_string());
    on_path.set.insert(at.to_string());
    for c in &q.choices {
        let mut f = facts.clone();
        f.extend(c.sets.iter().cloned());
        let next = flow.next_after(c, &f).unwrap_or(END).to_string();
        answers.push((q.id.clone(), c.id.clone()));
        dfs(flow, &next, &f, answers, on_path, out)?;
        answers.pop();
    }
    if let Some(q) = on_path.order.pop() {
        on_path.set.remove(&q);
    }
    Ok(())
}
