//! A Journey: one user's answers, held in memory only, with answer, back, change and start
//! again. The UI renders [`Journey::stage`] and never decides routing itself.

use crate::flow::{Flow, OutcomeKind, END};
use crate::cond::Facts;
use crate::keyed::Keyed;

/// One answer: question id and choice id.
pub type Answer = (String, String);

/// What the user sees now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Stage {
    /// The start page.
    Start,
    /// A question page.
    Question(String),
    /// "Check your answers".
    Check,
    /// The outcome page.
    Outcome,
}

/// Why an operation on a journey was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum JourneyError {
    /// No such question in the flow.
    UnknownQuestion(String),
    /// No such choice for that question.
    UnknownChoice(String, String),
    /// The question is not the one being asked, nor one already answered on this path.
    NotOnPath(String),
    /// The flow routes to a question that does not exist (a flow that failed validation).
    BrokenFlow(String),
}

impl std::fmt::Display for JourneyError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            JourneyError::UnknownQuestion(q) => write!(f, "unknown question '{q}'"),
            JourneyError::UnknownChoice(q, c) => write!(f, "question '{q}' has no choice '{c}'"),
            JourneyError::NotOnPath(q) => write!(f, "question '{q}' is not asked at this point of the journey"),
            JourneyError::BrokenFlow(t) => write!(f, "the flow leads to '{t}', which is not a question"),
        }
    }
}

/// The answers given so far and where the user is.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Journey {
    started: bool,
    answers: Vec<Answer>,
    /// Choices the user made and then stepped back from: preselected if the question comes back.
    /// One per question, a few at most.
    remembered: Keyed<String, String>,
    /// The question being changed from "Check your answers".
    editing: Option<String>,
    confirmed: bool,
}

/// Where a sequence of answers leads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Position {
    /// This question is asked next.
    Asking(String),
    /// The path is complete.
    Done,
}

/// Follows `answers` from the start; every answer must be the question asked at that point.
pub fn walk(flow: &Flow, answers: &[Answer]) -> Result<(Position, Facts), JourneyError> {
    let mut facts = Facts::new();
    let mut at = flow.start.clone();
    for (q, c) in answers {
        if at == END {
            return Err(JourneyError::NotOnPath(q.clone()));
        }
        let question = flow.question(q).ok_or_else(|| JourneyError::UnknownQuestion(q.clone()))?;
        let choice = question.choice(c).ok_or_else(|| JourneyError::UnknownChoice(q.clone(), c.clone()))?;
        if *q != at {
            return Err(JourneyError::NotOnPath(q.clone()));
        }
        facts.extend(choice.sets.iter().cloned());
        at = flow.next_after(choice, &facts).unwrap_or(END).to_string();
        if at != END && flow.question(&at).is_none() {
            return Err(JourneyError::BrokenFlow(at));
        }
    }
    Ok((if at == END { Position::Done } else { Position::Asking(at) }, facts))
}

impl Journey {
    /// A new journey on the start page.
    pub fn new() -> Journey {
        Journey::default()
    }

    /// Leaves the start page.
    pub fn start(&mut self) {
        self.started = true;
    }

    /// Forgets everything: back to the start page.
    pub fn restart(&mut self) {
        *self = Journey::new();
    }

    /// The answers on the current path, in order.
    pub fn answers(&self) -> &[Answer] {
        &self.answers
    }

    /// The facts the answers record.
    pub fn facts(&self, flow: &Flow) -> Facts {
        walk(flow, &self.answers).map(|(_, f)| f).unwrap_or_default()
    }

    /// The choice to preselect on a question page: the current answer, or one remembered.
    pub fn selected(&self, question: &str) -> Option<&str> {
        self.answers
            .iter()
            .find(|(q, _)| q == question)
            .map(|(_, c)| c.as_str())
            .or_else(|| self.remembered.get(question).map(String::as_str))
    }

    /// What to show now.
    pub fn stage(&self, flow: &Flow) -> Stage {
        if !self.started {
            return Stage::Start;
        }
        if let Some(q) = &self.editing {
            return Stage::Question(q.clone());
        }
        match walk(flow, &self.answers) {
            Ok((Position::Asking(q), _)) => Stage::Question(q),
            Ok((Position::Done, facts)) => {
                if self.confirmed || self.urgent(flow, &facts) {
                    Stage::Outcome
                } else {
                    Stage::Check
                }
            }
            // Unreachable for a journey built through this API on a valid flow.
            Err(_) => Stage::Question(flow.start.clone()),
        }
    }

    fn urgent(&self, flow: &Flow, facts: &Facts) -> bool {
        flow.outcomes
            .iter()
            .find(|o| o.kind == OutcomeKind::Decision && o.when.eval(facts))
            .is_some_and(|o| o.urgent)
    }

    /// Answers the question on screen. Answering an earlier question of the path changes it.
    pub fn answer(&mut self, flow: &Flow, question: &str, choice: &str) -> Result<(), JourneyError> {
        let q = flow.question(question).ok_or_else(|| JourneyError::UnknownQuestion(question.to_string()))?;
        q.choice(choice).ok_or_else(|| JourneyError::UnknownChoice(question.to_string(), choice.to_string()))?;
        if self.answers.iter().any(|(aq, _)| aq == question) {
            return self.change(flow, question, choice);
        }
        match self.stage(flow) {
            Stage::Question(current) if current == question => {
                self.answers.push((question.to_string(), choice.to_string()));
                self.remembered.remove(question);
                self.confirmed = false;
                Ok(())
            }
            _ => Err(JourneyError::NotOnPath(question.to_string())),
        }
    }

    /// Changes an earlier answer. Later answers are kept where their questions are still asked
    /// on the new path and dropped where they no longer apply.
    pub fn change(&mut self, flow: &Flow, question: &str, choice: &str) -> Result<(), JourneyError> {
        let q = flow.question(question).ok_or_else(|| JourneyError::UnknownQuestion(question.to_string()))?;
        q.choice(choice).ok_or_else(|| JourneyError::UnknownChoice(question.to_string(), choice.to_string()))?;
        if !self.answers.iter().any(|(aq, _)| aq == question) {
            return Err(JourneyError::NotOnPath(question.to_string()));
        }
        let old = std::mem::take(&mut self.answers);
        let mut answers: Vec<Answer> = Vec::new();
        loop {
            let (pos, _) = walk(flow, &answers)?;
            let Position::Asking(next) = pos else { break };
            let pick = if next == question { Some(choice.to_string()) } else { old.iter().find(|(q, _)| *q == next).map(|(_, c)| c.clone()) };
            match pick {
                Some(c) => answers.push((next, c)),
                None => break,
            }
        }
        self.answers = answers;
        self.editing = None;
        self.confirmed = false;
        // Dropped answers are forgotten: they no longer apply, and keeping them would hold
        // more of the user's input than the journey needs.
        self.remembered.clear();
        Ok(())
    }

    /// Opens an answered question from "Check your answers".
    pub fn edit(&mut self, question: &str) -> Result<(), JourneyError> {
        if !self.answers.iter().any(|(q, _)| q == question) {
            return Err(JourneyError::NotOnPath(question.to_string()));
        }
        self.editing = Some(question.to_string());
        Ok(())
    }

    /// Goes one page back.
    pub fn back(&mut self, flow: &Flow) {
        if self.editing.take().is_some() {
            return;
        }
        match self.stage(flow) {
            Stage::Start => {}
            Stage::Outcome if self.confirmed => self.confirmed = false,
            Stage::Question(_) if self.answers.is_empty() => self.started = false,
            Stage::Question(_) | Stage::Check | Stage::Outcome => {
                if let Some((q, c)) = self.answers.pop() {
                    self.remembered.insert(q, c);
                }
            }
        }
    }

    /// Leaves "Check your answers" for the outcome.
    pub fn confirm(&mut self, flow: &Flow) {
        if self.stage(flow) == Stage::Check {
            self.confirmed = true;
        }
    }
}
