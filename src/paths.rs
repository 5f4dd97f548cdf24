//! Every complete path through the flow, explored at the level of facts.
//!
//! A multiple question (every worry that applies) multiplies the paths: nine worries with an
//! observation question each give 4^9 ways through those questions alone, and the whole
//! national flow has hundreds of millions of paths. But the outcome of a path depends only on
//! the facts it records and the role chosen (configurations route by role), and where a path
//! goes next depends only on the question it is at and the facts so far. So the exploration
//! visits each *state* — a question, the facts recorded so far and the role — once: every
//! reachable combination of facts at the end of a path (an [`End`]) is visited exactly once,
//! with the first path that reaches it as its example, and the number of paths that reach it
//! is counted. Properties checked over every end hold for every path (ADR 0005).
//!
//! When several flows are explored together ([`explore`] with more than one flow), a state is
//! the state of each flow along the same answers, so that two versions of a flow can be
//! compared path by path without listing the paths ([`crate::diff`]).

use crate::cond::{Cond, Facts};
use crate::flow::{Choice, Flow, OutcomeKind, Question, END};
use crate::journey::Answer;
use crate::validate::Problem;
use serde::Serialize;
use std::collections::HashMap;

/// More states than this means the flow has exploded; a reviewer could not sign it off.
pub const MAX_STATES: usize = 20_000_000;

/// The most facts a flow may declare (the exploration keeps them as bits).
pub const MAX_FACTS: usize = 128;

/// The most choices a multiple question may have (each subset is explored).
pub const MAX_MULTIPLE_CHOICES: usize = 12;

/// One flow prepared for exploration: facts as bit positions, conditions over bits.
struct Compiled<'f> {
    flow: &'f Flow,
    facts: Vec<&'f str>,
    /// Per question (by position in the flow): per choice, the bits it sets.
    sets: Vec<Vec<u128>>,
    /// Outcome conditions, in flow order.
    outcomes: Vec<Bits>,
    /// Per question: where a multiple question leads (None for a radio question).
    next_q: Vec<Option<Routes>>,
    /// Per question, per choice: where a radio question's choice leads.
    next_c: Vec<Vec<Option<Routes>>>,
}

/// Where an answer leads, over bits: the first route whose condition holds (None: always).
struct Routes(Vec<(Option<Bits>, Target)>);

/// A route's target.
#[derive(Clone, Copy)]
enum Target {
    Question(usize),
    End,
    /// No such question (validation reports it; the exploration stops on it).
    Unknown,
}

/// A condition over fact bits.
enum Bits {
    Fact(u128),
    Not(Box<Bits>),
    All(Vec<Bits>),
    Any(Vec<Bits>),
    Never,
}

impl Bits {
    fn of(c: &Cond, facts: &[&str]) -> Bits {
        match c {
            Cond::Fact(f) => facts.iter().position(|x| x == f).map_or(Bits::Never, |i| Bits::Fact(1 << i)),
            Cond::Not(c) => Bits::Not(Box::new(Bits::of(c, facts))),
            Cond::All(cs) => Bits::All(cs.iter().map(|c| Bits::of(c, facts)).collect()),
            Cond::Any(cs) => Bits::Any(cs.iter().map(|c| Bits::of(c, facts)).collect()),
        }
    }

    fn eval(&self, set: u128) -> bool {
        match self {
            Bits::Fact(b) => set & b != 0,
            Bits::Not(c) => !c.eval(set),
            Bits::All(cs) => cs.iter().all(|c| c.eval(set)),
            Bits::Any(cs) => cs.iter().any(|c| c.eval(set)),
            Bits::Never => false,
        }
    }
}

impl<'f> Compiled<'f> {
    fn new(flow: &'f Flow) -> Result<Compiled<'f>, Problem> {
        let facts: Vec<&str> = flow.facts.iter().map(|f| f.id.as_str()).collect();
        if facts.len() > MAX_FACTS {
            return Err(Problem { code: "flow/too-many-facts", path: "facts".into(), message: format!("flödet har fler än {MAX_FACTS} fakta") });
        }
        let bit = |f: &str| facts.iter().position(|x| *x == f).map_or(0, |i| 1u128 << i);
        let sets = flow.questions.iter().map(|q| q.choices.iter().map(|c| c.sets.iter().fold(0, |m, f| m | bit(f))).collect()).collect();
        let outcomes = flow.outcomes.iter().map(|o| o.when.parsed.as_ref().map_or(Bits::Never, |c| Bits::of(c, &facts))).collect();
        let target = |t: &str| match flow.questions.iter().position(|q| q.id == t) {
            Some(i) => Target::Question(i),
            None if t == END => Target::End,
            None => Target::Unknown,
        };
        let routes = |n: &crate::flow::Next| match n {
            crate::flow::Next::To(t) => Routes(vec![(None, target(t))]),
            crate::flow::Next::Routes(rs) => Routes(
                rs.iter()
                    .map(|r| (r.when.as_ref().map(|w| w.parsed.as_ref().map_or(Bits::Never, |c| Bits::of(c, &facts))), target(&r.to)))
                    .collect(),
            ),
        };
        let next_q = flow.questions.iter().map(|q| q.next.as_ref().map(routes)).collect();
        let next_c = flow.questions.iter().map(|q| q.choices.iter().map(|c| c.next.as_ref().map(routes)).collect()).collect();
        Ok(Compiled { flow, facts, sets, outcomes, next_q, next_c })
    }

    fn facts_of(&self, bits: u128) -> Facts {
        self.facts.iter().enumerate().filter(|(i, _)| bits & (1 << i) != 0).map(|(_, f)| *f).collect()
    }

    /// The decision and blocks that hold, as positions in the flow's outcomes.
    fn select(&self, bits: u128) -> Vec<usize> {
        let os = &self.flow.outcomes;
        let Some(d) = (0..os.len()).find(|&i| os[i].kind == OutcomeKind::Decision && self.outcomes[i].eval(bits)) else { return Vec::new() };
        let mut out = vec![d];
        out.extend((0..os.len()).filter(|&i| os[i].kind == OutcomeKind::Block && self.outcomes[i].eval(bits)));
        out
    }

    fn question_index(&self, id: &str) -> Option<usize> {
        self.flow.questions.iter().position(|q| q.id == id)
    }
}

/// Where one flow is on a path.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum At {
    /// At the question with this position, with these facts.
    Asking(u16, u128),
    /// At the end, with these facts.
    Done(u128),
    /// The answers are no path of this flow.
    Off,
}

/// One reachable end: a combination of facts (and role) at the end of at least one path.
pub struct End<'e> {
    /// The first path found that ends here: question and choice ids (a multiple question's
    /// choices joined by [`crate::flow::CHOICE_SEP`]).
    pub answers: &'e [Answer],
    /// Per flow explored: the end's facts and the ids of its outcomes (decision first; empty
    /// if no decision holds), or None when the answers are not a complete path of that flow.
    pub sides: Vec<Option<EndSide<'e>>>,
}

/// One flow's side of an [`End`].
pub struct EndSide<'e> {
    /// The facts recorded, as bits of `names`.
    bits: u128,
    /// The flow's facts, in order.
    names: &'e [&'e str],
    /// The outcomes that apply, decision first (empty: no decision applies).
    pub outcomes: Vec<&'e str>,
}

impl EndSide<'_> {
    /// Whether `fact` was recorded.
    pub fn has(&self, fact: &str) -> bool {
        self.names.iter().position(|f| *f == fact).is_some_and(|i| self.bits & (1 << i) != 0)
    }

    /// The facts recorded.
    pub fn facts(&self) -> Facts {
        self.names.iter().enumerate().filter(|(i, _)| self.bits & (1 << i) != 0).map(|(_, f)| *f).collect()
    }
}

impl End<'_> {
    /// The role chosen on the example path (configurations route by it).
    pub fn role(&self, flow: &Flow) -> Option<&str> {
        crate::outcome::role(flow, self.answers)
    }

    /// The first flow's side (always there when one flow is explored).
    pub fn first(&self) -> &EndSide<'_> {
        self.sides[0].as_ref().expect("the first flow's side of an end")
    }
}

/// What an exploration found.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Stats {
    /// Distinct ends (combinations of facts and role at the end of a path).
    pub ends: usize,
    /// Paths in all.
    pub paths: u128,
    /// States visited (question, facts and role, per flow).
    pub states: usize,
}

/// Explores every path of `flows[0]` (and, alongside, the same answers in the other flows),
/// calling `visit` once per distinct end. Fails on a cycle, a dangling target or a flow too
/// large to review.
pub fn explore<'f>(flows: &[&'f Flow], visit: impl FnMut(&End<'_>)) -> Result<Stats, Problem> {
    explore_at_most(flows, MAX_STATES, visit)
}

/// [`explore`], failing with `flow/too-many-paths` past `max_states` states.
pub fn explore_at_most<'f>(flows: &[&'f Flow], max_states: usize, mut visit: impl FnMut(&End<'_>)) -> Result<Stats, Problem> {
    let compiled: Vec<Compiled<'f>> = flows.iter().map(|f| Compiled::new(f)).collect::<Result<_, _>>()?;
    for c in &compiled {
        check_acyclic(c.flow)?;
    }
    let Some(first) = compiled.first() else { return Ok(Stats::default()) };
    let start: Vec<At> = compiled.iter().map(|c| start_of(c)).collect();
    if matches!(start[0], At::Off) {
        return Err(unknown_target(&first.flow.start));
    }
    let mut x = Explorer { compiled: &compiled, memo: HashMap::new(), answers: Vec::new(), ends: 0, max_states, visit: &mut visit };
    let paths = x.dfs(start, None)?;
    Ok(Stats { ends: x.ends, paths, states: x.memo.len() })
}

fn start_of(c: &Compiled<'_>) -> At {
    match c.question_index(&c.flow.start) {
        Some(i) => At::Asking(i as u16, 0),
        None if c.flow.start == END => At::Done(0),
        None => At::Off,
    }
}

fn unknown_target(t: &str) -> Problem {
    Problem { code: "flow/unknown-target", path: "questions".into(), message: format!("en väg leder till \"{t}\", som inte är en fråga") }
}

/// A state: where each flow is, and the role chosen (by its position in the role question).
type Key = (Vec<At>, Option<u16>);

struct Explorer<'c, 'f, 'v, V: FnMut(&End<'_>)> {
    compiled: &'c [Compiled<'f>],
    /// Paths from each state visited to the end.
    memo: HashMap<Key, u128>,
    answers: Vec<Answer>,
    ends: usize,
    max_states: usize,
    visit: &'v mut V,
}

impl<V: FnMut(&End<'_>)> Explorer<'_, '_, '_, V> {
    fn dfs(&mut self, at: Vec<At>, role: Option<u16>) -> Result<u128, Problem> {
        let key = (at, role);
        if let Some(n) = self.memo.get(&key) {
            return Ok(*n);
        }
        let (at, role) = key;
        let n = match at[0] {
            At::Done(_) => {
                self.end(&at);
                1
            }
            At::Off => 0,
            At::Asking(qi, bits) => {
                let c = &self.compiled[0];
                let q = &c.flow.questions[qi as usize];
                let mut total = 0u128;
                for picks in selections(q)? {
                    let answer = q.answer_of(picks.iter().map(|&i| q.choices[i].id.as_str()));
                    let next: Vec<At> = at.iter().enumerate().map(|(k, a)| if k == 0 { step(c, qi as usize, bits, &picks) } else { step_by_id(&self.compiled[k], *a, &q.id, &answer) }).collect();
                    if let At::Asking(u16::MAX, _) = next[0] {
                        return Err(unknown_target(&target_of(c, qi as usize, bits, &picks)));
                    }
                    let role = if q.id == c.flow.role_question { picks.first().map(|&i| i as u16) } else { role };
                    self.answers.push((q.id.clone(), answer));
                    total += self.dfs(next, role)?;
                    self.answers.pop();
                }
                total
            }
        };
        if self.memo.len() >= self.max_states {
            return Err(Problem { code: "flow/too-many-paths", path: "questions".into(), message: format!("flödet har fler än {} olika lägen; ingen kan granska så många", self.max_states) });
        }
        self.memo.insert((at, role), n);
        Ok(n)
    }

    fn end(&mut self, at: &[At]) {
        self.ends += 1;
        let sides = at
            .iter()
            .zip(self.compiled)
            .map(|(a, c)| match a {
                At::Done(bits) => Some(EndSide { bits: *bits, names: &c.facts, outcomes: c.select(*bits).into_iter().map(|i| c.flow.outcomes[i].id.as_str()).collect() }),
                _ => None,
            })
            .collect();
        (self.visit)(&End { answers: &self.answers, sides });
    }
}

/// The choices that may be picked together, as positions: each one for a radio question;
/// every non-empty subset (and, if optional, the empty one) for a multiple question.
fn selections(q: &Question) -> Result<Vec<Vec<usize>>, Problem> {
    if !q.multiple {
        return Ok((0..q.choices.len()).map(|i| vec![i]).collect());
    }
    let n = q.choices.len();
    if n > MAX_MULTIPLE_CHOICES {
        return Err(Problem { code: "flow/too-many-choices", path: format!("questions.{}", q.id), message: format!("en fråga med flera val kan ha högst {MAX_MULTIPLE_CHOICES} svarsalternativ") });
    }
    let first = if q.optional { 0 } else { 1 };
    Ok((first..1u32 << n).map(|m| (0..n).filter(|i| m & (1 << i) != 0).collect()).collect())
}

fn target_of(c: &Compiled<'_>, qi: usize, bits: u128, picks: &[usize]) -> String {
    let q = &c.flow.questions[qi];
    let bits = picks.iter().fold(bits, |b, &i| b | c.sets[qi][i]);
    let picked: Vec<&Choice> = picks.iter().map(|&i| &q.choices[i]).collect();
    c.flow.next_of(q, &picked, &c.facts_of(bits)).unwrap_or(END).to_string()
}

/// Where answering question `qi` with `picks` leads (`Asking(u16::MAX, _)`: to no question).
fn step(c: &Compiled<'_>, qi: usize, bits: u128, picks: &[usize]) -> At {
    let bits = picks.iter().fold(bits, |b, &i| b | c.sets[qi][i]);
    let routes = match (&c.next_q[qi], picks.first()) {
        (Some(r), _) => Some(r),
        (None, Some(&i)) => c.next_c[qi][i].as_ref(),
        (None, None) => None,
    };
    let target = routes.and_then(|r| r.0.iter().find(|(when, _)| when.as_ref().map_or(true, |w| w.eval(bits))).map(|(_, t)| *t));
    match target {
        None | Some(Target::End) => At::Done(bits),
        Some(Target::Question(i)) => At::Asking(i as u16, bits),
        Some(Target::Unknown) => At::Asking(u16::MAX, bits),
    }
}

/// The same answer in another flow, by ids: off the path if that flow is not at that question
/// or has no such choices.
fn step_by_id(c: &Compiled<'_>, at: At, qid: &str, answer: &str) -> At {
    let At::Asking(qi, bits) = at else { return At::Off };
    let q = &c.flow.questions[qi as usize];
    if q.id != qid {
        return At::Off;
    }
    let Ok(picked) = q.picked(answer) else { return At::Off };
    let picks: Vec<usize> = picked.iter().filter_map(|p| q.choices.iter().position(|c| c.id == p.id)).collect();
    match step(c, qi as usize, bits, &picks) {
        At::Asking(u16::MAX, _) => At::Off,
        a => a,
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
    let n = flow.questions.len();
    let index: HashMap<&str, usize> = flow.questions.iter().enumerate().map(|(i, q)| (q.id.as_str(), i)).collect();
    let mut mark = vec![Mark::New; n];
    let mut stack: Vec<usize> = Vec::new();
    fn visit(flow: &Flow, index: &HashMap<&str, usize>, i: usize, mark: &mut [Mark], stack: &mut Vec<usize>) -> Result<(), Problem> {
        mark[i] = Mark::Open;
        stack.push(i);
        for t in flow.questions[i].targets() {
            let Some(&j) = index.get(t) else { continue };
            match mark[j] {
                Mark::Open => {
                    let from = stack.iter().position(|&k| k == j).unwrap_or(0);
                    let names: Vec<&str> = stack[from..].iter().map(|&k| flow.questions[k].id.as_str()).collect();
                    return Err(Problem { code: "flow/cycle", path: "questions".into(), message: format!("frågorna {} → {t} bildar en slinga", names.join(" → ")) });
                }
                Mark::New => visit(flow, index, j, mark, stack)?,
                Mark::Done => {}
            }
        }
        stack.pop();
        mark[i] = Mark::Done;
        Ok(())
    }
    for i in 0..n {
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
    explore(&[flow], |e| out.push(PathInfo { answers: e.answers.to_vec(), outcomes: e.first().outcomes.iter().map(|s| s.to_string()).collect() }))?;
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
    let mut index: HashMap<Vec<String>, usize> = HashMap::new();
    let stats = explore(&[flow], |e| {
        let outcomes: Vec<String> = e.first().outcomes.iter().map(|s| s.to_string()).collect();
        let i = *index.entry(outcomes.clone()).or_insert_with(|| {
            groups.push(OutcomeGroup { outcomes, ends: 0, example: e.answers.to_vec() });
            groups.len() - 1
        });
        groups[i].ends += 1;
    })?;
    Ok((groups, stats))
}
