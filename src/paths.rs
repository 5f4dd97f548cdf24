//! Every complete path through the flow, explored at the level of facts.
//!
//! A multiple question (every worry that applies) multiplies the paths: nine worries with an
//! observation question each give 4^9 ways through those questions alone, and the national
//! flow has hundreds of millions of paths (BENCHMARKS.md has the figures). But the outcome of
//! a path depends only on the facts it records and the role chosen (configurations route by
//! role), and where a path goes next depends only on the question it is at and the facts so
//! far. So the exploration visits each *state* — a question, the facts recorded so far and the
//! role — once: every reachable combination of facts and role at the end of a path (an
//! [`End`]) is visited exactly once, with the first path that reaches it as its example, and
//! the paths are counted. A property checked at every end holds on every path (ADR 0005).
//!
//! Two flows can be explored together, following the same answers in both, so that two
//! versions of a flow are compared path by path without listing the paths ([`crate::diff`]).

use crate::cond::{Cond, Facts};
use crate::flow::{Flow, Next, OutcomeKind, Question, END};
use crate::journey::Answer;
use crate::validate::Problem;
use rustc_hash::{FxHashMap, FxHashSet};
use serde::Serialize;
use std::collections::HashMap;

/// More states than this means the flow has exploded; a reviewer could not sign it off.
pub const MAX_STATES: usize = 20_000_000;

/// The most facts a flow may declare (the exploration keeps them as the bits of a `u64`).
pub const MAX_FACTS: usize = 64;

/// The most outcomes a flow may have (an end's outcomes are the bits of a `u128`).
pub const MAX_OUTCOMES: usize = 128;

/// The most choices a multiple question may have (each subset is explored).
pub const MAX_MULTIPLE_CHOICES: usize = 12;

/// A condition as a disjunction of conjunctions over fact bits: it holds when, for some term,
/// every fact of `have` is recorded and none of `lack`.
#[derive(Clone, Default)]
struct Dnf(Vec<(u64, u64)>);

/// Past this many terms a condition is evaluated as written instead.
const MAX_TERMS: usize = 256;

impl Dnf {
    fn holds(&self, bits: u64) -> bool {
        self.0.iter().any(|&(have, lack)| bits & have == have && bits & lack == 0)
    }

    /// `c` (or its negation) in disjunctive normal form; None past [`MAX_TERMS`].
    fn of(c: &Cond, bit: &dyn Fn(&str) -> Option<u64>, negated: bool) -> Option<Dnf> {
        let terms = match (c, negated) {
            (Cond::Fact(f), false) => match bit(f) {
                Some(b) => vec![(b, 0)],
                None => vec![],
            },
            (Cond::Fact(f), true) => match bit(f) {
                Some(b) => vec![(0, b)],
                None => vec![(0, 0)],
            },
            (Cond::Not(c), n) => return Dnf::of(c, bit, !n),
            (Cond::Any(cs), false) | (Cond::All(cs), true) => {
                let mut out = Vec::new();
                for c in cs {
                    out.extend(Dnf::of(c, bit, negated)?.0);
                }
                out
            }
            (Cond::All(cs), false) | (Cond::Any(cs), true) => {
                let mut out = vec![(0u64, 0u64)];
                for c in cs {
                    let d = Dnf::of(c, bit, negated)?;
                    let mut next = Vec::new();
                    for &(h1, l1) in &out {
                        for &(h2, l2) in &d.0 {
                            let (h, l) = (h1 | h2, l1 | l2);
                            // A term that needs a fact both recorded and not never holds.
                            if h & l == 0 {
                                next.push((h, l));
                            }
                        }
                    }
                    if next.len() > MAX_TERMS {
                        return None;
                    }
                    out = next;
                }
                out
            }
        };
        (terms.len() <= MAX_TERMS).then_some(Dnf(terms))
    }
}

/// A condition over fact bits: in normal form when small, else as written.
enum Test {
    Dnf(Dnf),
    Tree(Cond, Vec<String>),
    Never,
}

impl Test {
    fn new(src: &crate::flow::CondSrc, facts: &[&str]) -> Test {
        let Ok(c) = &src.parsed else { return Test::Never };
        let bit = |f: &str| facts.iter().position(|x| *x == f).map(|i| 1u64 << i);
        match Dnf::of(c, &bit, false) {
            Some(d) => Test::Dnf(d),
            None => Test::Tree(c.clone(), facts.iter().map(|f| f.to_string()).collect()),
        }
    }

    fn holds(&self, bits: u64) -> bool {
        match self {
            Test::Dnf(d) => d.holds(bits),
            Test::Tree(c, names) => {
                c.eval(&names.iter().enumerate().filter(|(i, _)| bits & (1 << i) != 0).map(|(_, f)| f.as_str()).collect())
            }
            Test::Never => false,
        }
    }
}

/// Where an answer leads: the first route whose condition holds (None: always).
struct Routes(Vec<(Option<Test>, Target)>);

/// A route's target.
#[derive(Clone, Copy)]
enum Target {
    Question(u16),
    End,
    /// No such question (validation reports it; the exploration stops on it).
    Unknown,
}

/// One flow prepared for exploration: facts as bits, conditions over bits.
pub struct Compiled<'f> {
    flow: &'f Flow,
    facts: Vec<&'f str>,
    /// Per question, per choice: the bits it sets.
    sets: Vec<Vec<u64>>,
    /// Outcome conditions, in flow order.
    outcomes: Vec<Test>,
    /// Per question: where a multiple question leads (None for a radio question).
    next_q: Vec<Option<Routes>>,
    /// Per question, per choice: where a radio question's choice leads.
    next_c: Vec<Vec<Option<Routes>>>,
    /// Per question: the sets of choices that may be picked, as masks of choice positions.
    selections: Vec<Vec<u32>>,
    role_question: Option<u16>,
}

impl<'f> Compiled<'f> {
    fn new(flow: &'f Flow) -> Result<Compiled<'f>, Problem> {
        let facts: Vec<&str> = flow.facts.iter().map(|f| f.id.as_str()).collect();
        if facts.len() > MAX_FACTS {
            return Err(Problem {
                code: "flow/too-many-facts",
                path: "facts".into(),
                message: format!("flödet har fler än {MAX_FACTS} fakta"),
            });
        }
        if flow.outcomes.len() > MAX_OUTCOMES {
            return Err(Problem {
                code: "flow/too-many-outcomes",
                path: "outcomes".into(),
                message: format!("flödet har fler än {MAX_OUTCOMES} utfall"),
            });
        }
        let bit = |f: &str| facts.iter().position(|x| *x == f).map_or(0, |i| 1u64 << i);
        let sets = flow.questions.iter().map(|q| q.choices.iter().map(|c| c.sets.iter().fold(0, |m, f| m | bit(f))).collect()).collect();
        let outcomes = flow.outcomes.iter().map(|o| Test::new(&o.when, &facts)).collect();
        let target = |t: &str| match flow.questions.iter().position(|q| q.id == t) {
            Some(i) => Target::Question(i as u16),
            None if t == END => Target::End,
            None => Target::Unknown,
        };
        let routes = |n: &Next| match n {
            Next::To(t) => Routes(vec![(None, target(t))]),
            Next::Routes(rs) => Routes(rs.iter().map(|r| (r.when.as_ref().map(|w| Test::new(w, &facts)), target(&r.to))).collect()),
        };
        let next_q = flow.questions.iter().map(|q| q.next.as_ref().map(routes)).collect();
        let next_c = flow.questions.iter().map(|q| q.choices.iter().map(|c| c.next.as_ref().map(routes)).collect()).collect();
        let selections = flow.questions.iter().enumerate().map(|(i, q)| selections(i, q)).collect::<Result<_, _>>()?;
        let role_question = flow.questions.iter().position(|q| q.id == flow.role_question).map(|i| i as u16);
        Ok(Compiled { flow, facts, sets, outcomes, next_q, next_c, selections, role_question })
    }

    /// The decision and blocks that hold: the decision's position and every outcome as a bit.
    fn select(&self, bits: u64) -> (Option<usize>, u128) {
        let os = &self.flow.outcomes;
        let Some(d) = (0..os.len()).find(|&i| os[i].kind == OutcomeKind::Decision && self.outcomes[i].holds(bits)) else {
            return (None, 0);
        };
        let mut mask = 1u128 << d;
        for (i, o) in os.iter().enumerate() {
            if o.kind == OutcomeKind::Block && self.outcomes[i].holds(bits) {
                mask |= 1 << i;
            }
        }
        (Some(d), mask)
    }

    fn question_index(&self, id: &str) -> Option<u16> {
        self.flow.questions.iter().position(|q| q.id == id).map(|i| i as u16)
    }

    /// Where answering question `qi` with the choices of `picks` leads.
    fn step(&self, qi: u16, bits: u64, picks: u32) -> Step {
        let q = qi as usize;
        let bits = (0..self.sets[q].len()).filter(|i| picks & (1 << i) != 0).fold(bits, |b, i| b | self.sets[q][i]);
        let routes = match &self.next_q[q] {
            Some(r) => Some(r),
            None => (picks != 0).then(|| self.next_c[q][picks.trailing_zeros() as usize].as_ref()).flatten(),
        };
        match routes.and_then(|r| r.0.iter().find(|(when, _)| when.as_ref().is_none_or(|w| w.holds(bits))).map(|(_, t)| *t)) {
            None | Some(Target::End) => Step::At(At::Done(bits)),
            Some(Target::Question(i)) => Step::At(At::Asking(i, bits)),
            Some(Target::Unknown) => Step::Unknown,
        }
    }

    /// The answer for `picks` of question `qi`, as the journey writes it.
    fn answer(&self, qi: u16, picks: u32) -> Answer {
        let q = &self.flow.questions[qi as usize];
        (q.id.clone(), q.answer_of(q.choices.iter().enumerate().filter(|(i, _)| picks & (1 << i) != 0).map(|(_, c)| c.id.as_str())))
    }
}

/// The sets of choices that may be picked together, as masks: each choice of a radio
/// question; every non-empty subset (and, if optional, the empty one) of a multiple question.
fn selections(i: usize, q: &Question) -> Result<Vec<u32>, Problem> {
    let n = q.choices.len();
    if !q.multiple {
        return Ok((0..n.min(32)).map(|i| 1u32 << i).collect());
    }
    if n > MAX_MULTIPLE_CHOICES {
        return Err(Problem {
            code: "flow/too-many-choices",
            path: format!("questions[{i}].choices"),
            message: format!("en fråga med flera val kan ha högst {MAX_MULTIPLE_CHOICES} svarsalternativ"),
        });
    }
    let first = u32::from(!q.optional);
    Ok((first..1u32 << n).collect())
}

/// Where one flow is on a path.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum At {
    /// At the question with this position, with these facts.
    Asking(u16, u64),
    /// At the end, with these facts.
    Done(u64),
    /// The answers are no path of this flow.
    Off,
}

enum Step {
    At(At),
    Unknown,
}

/// One reachable end: a combination of facts and role at the end of at least one path.
pub struct End<'e> {
    compiled: &'e [Compiled<'e>],
    /// The first path found that ends here, as (question, picked choices) positions in the
    /// first flow.
    path: &'e [(u16, u32)],
    sides: Vec<Option<EndSide<'e>>>,
}

/// One flow's side of an [`End`].
pub struct EndSide<'e> {
    c: &'e Compiled<'e>,
    bits: u64,
    decision: Option<usize>,
    outcomes: u128,
}

impl<'e> EndSide<'e> {
    /// Whether `fact` was recorded.
    pub fn has(&self, fact: &str) -> bool {
        self.c.facts.iter().position(|f| *f == fact).is_some_and(|i| self.bits & (1 << i) != 0)
    }

    /// Whether `c` holds over the facts recorded.
    pub fn holds(&self, c: &crate::flow::CondSrc) -> bool {
        c.parsed.as_ref().is_ok_and(|c| c.eval_by(&|f| self.has(f)))
    }

    /// The facts recorded.
    pub fn facts(&self) -> Facts {
        self.c.facts.iter().enumerate().filter(|(i, _)| self.bits & (1 << i) != 0).map(|(_, f)| *f).collect()
    }

    /// The decision's id; None when no decision applies (validation reports it).
    pub fn decision(&self) -> Option<&'e str> {
        self.decision.map(|d| self.c.flow.outcomes[d].id.as_str())
    }

    /// Whether the outcome `id` applies (the decision or a block).
    pub fn shows(&self, id: &str) -> bool {
        self.c.flow.outcomes.iter().position(|o| o.id == id).is_some_and(|i| self.outcomes & (1 << i) != 0)
    }

    /// The ids of the outcomes that apply, decision first; empty when no decision applies.
    pub fn outcomes(&self) -> Vec<&'e str> {
        let Some(d) = self.decision else { return Vec::new() };
        let os = &self.c.flow.outcomes;
        std::iter::once(os[d].id.as_str())
            .chain(os.iter().enumerate().filter(|(i, _)| *i != d && self.outcomes & (1 << i) != 0).map(|(_, o)| o.id.as_str()))
            .collect()
    }

    /// The outcomes as bits of their positions in the flow (the decision's bit included).
    pub fn outcome_bits(&self) -> u128 {
        self.outcomes
    }
}

impl<'e> End<'e> {
    /// The first path found that ends here: question and choice ids (a multiple question's
    /// choices joined by [`crate::flow::CHOICE_SEP`]).
    pub fn answers(&self) -> Vec<Answer> {
        self.path.iter().map(|&(q, picks)| self.compiled[0].answer(q, picks)).collect()
    }

    /// The example path as `question=choice ...`, for messages.
    pub fn label(&self) -> String {
        self.answers().iter().map(|(q, c)| format!("{q}={c}")).collect::<Vec<_>>().join(" ")
    }

    /// The choices picked for `question` on the example path (in the first flow).
    pub fn choice(&self, question: &str) -> Option<String> {
        let c = &self.compiled[0];
        let qi = c.question_index(question)?;
        self.path.iter().find(|(q, _)| *q == qi).map(|&(q, picks)| c.answer(q, picks).1)
    }

    /// Whether `question` was answered with `choice` (among others, for a multiple question).
    pub fn answered(&self, question: &str, choice: &str) -> bool {
        let c = &self.compiled[0];
        let Some(qi) = c.question_index(question) else { return false };
        let Some(ci) = c.flow.questions[qi as usize].choices.iter().position(|x| x.id == choice) else { return false };
        self.path.iter().any(|&(q, picks)| q == qi && picks & (1 << ci) != 0)
    }

    /// Whether `question` was asked on the example path.
    pub fn asked(&self, question: &str) -> bool {
        self.compiled[0].question_index(question).is_some_and(|qi| self.path.iter().any(|(q, _)| *q == qi))
    }

    /// Each flow's side: None when the answers are not a complete path of that flow.
    pub fn side(&self, i: usize) -> Option<&EndSide<'e>> {
        self.sides.get(i).and_then(Option::as_ref)
    }

    /// The first flow's side (always there).
    pub fn first(&self) -> &EndSide<'e> {
        self.sides[0].as_ref().expect("the first flow's side of an end")
    }

    /// The role chosen, as the position of its choice in the role question.
    pub fn role_index(&self) -> Option<u16> {
        let rq = self.compiled[0].role_question?;
        self.path.iter().find(|(q, _)| *q == rq).map(|&(_, picks)| picks.trailing_zeros() as u16)
    }

    /// The role chosen on the example path, as a choice id of the role question.
    pub fn role(&self) -> Option<&'e str> {
        let c = &self.compiled[0];
        let rq = c.role_question?;
        let &(_, picks) = self.path.iter().find(|(q, _)| *q == rq)?;
        c.flow.questions[rq as usize].choices.get(picks.trailing_zeros() as usize).map(|x| x.id.as_str())
    }
}

/// What an exploration found.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Stats {
    /// Distinct ends (combinations of facts and role at the end of a path).
    pub ends: usize,
    /// Paths in all.
    pub paths: u64,
    /// States visited (question, facts and role, per flow).
    pub states: usize,
    /// Per question of the first flow: whether some path asks it.
    #[serde(skip)]
    pub asked: Vec<bool>,
}

/// Explores every path of `flows[0]` (and, alongside, the same answers in `flows[1]` if
/// given), calling `visit` once per distinct end. Fails on a cycle, a dangling target or a flow
/// too large to review.
pub fn explore(flows: &[&Flow], visit: impl FnMut(&End<'_>)) -> Result<Stats, Problem> {
    explore_at_most(flows, MAX_STATES, visit)
}

/// [`explore`], failing with `flow/too-many-paths` past `max_states` states.
pub fn explore_at_most<'f>(flows: &[&'f Flow], max_states: usize, mut visit: impl FnMut(&End<'_>)) -> Result<Stats, Problem> {
    assert!(matches!(flows.len(), 1 | 2), "one flow, or two compared");
    let compiled: Vec<Compiled<'f>> = flows.iter().map(|f| Compiled::new(f)).collect::<Result<_, _>>()?;
    for c in &compiled {
        check_acyclic(c.flow)?;
    }
    let start = |c: &Compiled<'_>| match c.question_index(&c.flow.start) {
        Some(i) => At::Asking(i, 0),
        None if c.flow.start == END => At::Done(0),
        None => At::Off,
    };
    let first = start(&compiled[0]);
    if matches!(first, At::Off) {
        return Err(unknown_target(&compiled[0].flow.start));
    }
    let second = compiled.get(1).map_or(At::Off, start);
    let mut x = Explorer {
        compiled: &compiled,
        memo: FxHashMap::default(),
        seen: FxHashSet::default(),
        path: Vec::new(),
        ends: 0,
        max_states,
        asked: vec![false; flows[0].questions.len()],
        visit: &mut visit,
    };
    let paths = x.dfs([first, second], NO_ROLE)?;
    Ok(Stats { ends: x.ends, paths, states: x.memo.len() + x.seen.len(), asked: x.asked })
}

fn unknown_target(t: &str) -> Problem {
    Problem {
        code: "flow/unknown-target", path: "questions".into(), message: format!("en väg leder till \"{t}\", som inte är en fråga")
    }
}

const NO_ROLE: u16 = u16::MAX;

/// A state: where each flow is, and the role chosen (its choice's position), packed into two
/// numbers (the first flow's place and the role; the second flow's place).
type Key = (u128, u128);

impl At {
    /// The place as a number: the facts in bits 0–63, the question in 64–79, the kind in
    /// 126–127.
    fn key(self) -> u128 {
        match self {
            At::Off => 0,
            At::Done(bits) => 1 << 126 | u128::from(bits),
            At::Asking(q, bits) => 2 << 126 | u128::from(q) << 64 | u128::from(bits),
        }
    }
}

fn key(at: &[At; 2], role: u16) -> Key {
    (at[0].key() | u128::from(role) << 80, at[1].key())
}

struct Explorer<'c, 'f, 'v, V: FnMut(&End<'_>)> {
    compiled: &'c [Compiled<'f>],
    /// Paths from each state visited to the end.
    memo: FxHashMap<Key, u64>,
    /// The ends visited.
    seen: FxHashSet<Key>,
    path: Vec<(u16, u32)>,
    ends: usize,
    max_states: usize,
    asked: Vec<bool>,
    visit: &'v mut V,
}

impl<V: FnMut(&End<'_>)> Explorer<'_, '_, '_, V> {
    fn dfs(&mut self, at: [At; 2], role: u16) -> Result<u64, Problem> {
        // An end is remembered only as a set of facts and role (one number, in `seen`), so
        // that it is visited once; a question with the paths from it to the end.
        if let At::Done(_) = at[0] {
            if self.seen.insert(key(&at, role)) {
                self.end(&at);
            }
            return Ok(1);
        }
        let k = key(&at, role);
        if let Some(n) = self.memo.get(&k) {
            return Ok(*n);
        }
        let n = match at[0] {
            At::Done(_) => unreachable!("ends return above"),
            At::Off => 0,
            At::Asking(qi, bits) => {
                self.asked[qi as usize] = true;
                let c = &self.compiled[0];
                let mut total = 0u64;
                for i in 0..c.selections[qi as usize].len() {
                    let picks = self.compiled[0].selections[qi as usize][i];
                    let first = match self.compiled[0].step(qi, bits, picks) {
                        Step::At(a) => a,
                        Step::Unknown => return Err(unknown_target(&self.target_name(qi, picks))),
                    };
                    let second = match (self.compiled.get(1), at[1]) {
                        (Some(c2), a2) => follow(&self.compiled[0], c2, a2, qi, picks),
                        (None, _) => At::Off,
                    };
                    let role = if Some(qi) == self.compiled[0].role_question { picks.trailing_zeros() as u16 } else { role };
                    self.path.push((qi, picks));
                    total += self.dfs([first, second], role)?;
                    self.path.pop();
                }
                total
            }
        };
        if self.memo.len() + self.seen.len() >= self.max_states {
            return Err(Problem {
                code: "flow/too-many-paths",
                path: "questions".into(),
                message: format!("flödet har fler än {} olika lägen; ingen kan granska så många", self.max_states),
            });
        }
        self.memo.insert(k, n);
        Ok(n)
    }

    fn target_name(&self, qi: u16, picks: u32) -> String {
        let c = &self.compiled[0];
        let q = &c.flow.questions[qi as usize];
        let next = q.next.as_ref().or_else(|| q.choices.get(picks.trailing_zeros() as usize).and_then(|x| x.next.as_ref()));
        next.map(|n| n.targets().into_iter().find(|t| *t != END && c.question_index(t).is_none()).unwrap_or_default().to_string())
            .unwrap_or_default()
    }

    fn end(&mut self, at: &[At; 2]) {
        self.ends += 1;
        let sides = at
            .iter()
            .zip(self.compiled)
            .map(|(a, c)| match a {
                At::Done(bits) => {
                    let (decision, outcomes) = c.select(*bits);
                    Some(EndSide { c, bits: *bits, decision, outcomes })
                }
                _ => None,
            })
            .collect();
        (self.visit)(&End { compiled: self.compiled, path: &self.path, sides });
    }
}

/// The same answer in the second flow, by ids: off the path if that flow is not at that
/// question or has no such choices.
fn follow(c1: &Compiled<'_>, c2: &Compiled<'_>, at: At, qi: u16, picks: u32) -> At {
    let At::Asking(q2, bits) = at else { return At::Off };
    let (qid, answer) = c1.answer(qi, picks);
    let q = &c2.flow.questions[q2 as usize];
    if q.id != qid {
        return At::Off;
    }
    let Ok(picked) = q.picked(&answer) else { return At::Off };
    let picks2 = picked.iter().filter_map(|p| q.choices.iter().position(|c| c.id == p.id)).fold(0u32, |m, i| m | (1 << i));
    match c2.step(q2, bits, picks2) {
        Step::At(a) => a,
        Step::Unknown => At::Off,
    }
}

/// Every question may come only once on a path: the questions and where their answers may lead
/// must form no cycle, whatever the conditions.
fn check_acyclic(flow: &Flow) -> Result<(), Problem> {
    #[derive(Clone, Copy, PartialEq)]
    enum Mark {
        New,
        Open,
        Done,
    }
    fn visit(flow: &Flow, index: &HashMap<&str, usize>, i: usize, mark: &mut [Mark], stack: &mut Vec<usize>) -> Result<(), Problem> {
        mark[i] = Mark::Open;
        stack.push(i);
        for t in flow.questions[i].targets() {
            let Some(&j) = index.get(t) else { continue };
            match mark[j] {
                Mark::Open => {
                    let from = stack.iter().position(|&k| k == j).unwrap_or(0);
                    let names: Vec<&str> = stack[from..].iter().map(|&k| flow.questions[k].id.as_str()).collect();
                    return Err(Problem {
                        code: "flow/cycle",
                        path: "questions".into(),
                        message: format!("frågorna {} → {t} bildar en slinga", names.join(" → ")),
                    });
                }
                Mark::New => visit(flow, index, j, mark, stack)?,
                Mark::Done => {}
            }
        }
        stack.pop();
        mark[i] = Mark::Done;
        Ok(())
    }
    let index: HashMap<&str, usize> = flow.questions.iter().enumerate().map(|(i, q)| (q.id.as_str(), i)).collect();
    let mut mark = vec![Mark::New; flow.questions.len()];
    let mut stack = Vec::new();
    for i in 0..flow.questions.len() {
        if mark[i] == Mark::New {
            visit(flow, &index, i, &mut mark, &mut stack)?;
        }
    }
    Ok(())
}

/// One end, as `orosguiden paths --format ends` prints it: the first path found that reaches
/// it, and its outcomes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PathInfo {
    /// Question and choice ids, in order.
    pub answers: Vec<Answer>,
    /// Outcome ids, decision first (empty: no decision applies, which validation reports).
    pub outcomes: Vec<String>,
}

/// Every distinct end of the flow with its example path, in the order found. Holds them all:
/// for a large flow, [`explore`] visits them one at a time instead.
pub fn ends(flow: &Flow) -> Result<Vec<PathInfo>, Problem> {
    let mut out = Vec::new();
    explore(&[flow], |e| {
        out.push(PathInfo { answers: e.answers(), outcomes: e.first().outcomes().iter().map(|s| s.to_string()).collect() })
    })?;
    Ok(out)
}

/// One line of `orosguiden paths`: a combination of outcomes the flow can give, how many
/// distinct ends lead to it, and the first path found that does.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OutcomeGroup {
    /// Outcome ids, decision first.
    pub outcomes: Vec<String>,
    /// How many distinct ends (facts and role) lead to them.
    pub ends: usize,
    /// The first path found that leads to them.
    pub example: Vec<Answer>,
}

/// Every distinct combination of outcomes the flow can give, with an example path each, in
/// the order first found (depth first, in choice order).
pub fn outcome_groups(flow: &Flow) -> Result<(Vec<OutcomeGroup>, Stats), Problem> {
    let mut groups: Vec<OutcomeGroup> = Vec::new();
    let mut index: HashMap<u128, usize> = HashMap::new();
    let stats = explore(&[flow], |e| {
        let side = e.first();
        let i = *index.entry(side.outcome_bits()).or_insert_with(|| {
            groups.push(OutcomeGroup { outcomes: side.outcomes().iter().map(|s| s.to_string()).collect(), ends: 0, example: e.answers() });
            groups.len() - 1
        });
        groups[i].ends += 1;
    })?;
    Ok((groups, stats))
}
