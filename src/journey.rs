//! A Journey: one user's answers, held in memory only, with answer, back, change and start
//! again. The UI renders [`Journey::stage`] and never decides routing itself.

use crate::child;
use crate::cond::Facts;
use crate::flow::{Flow, OutcomeKind, Selection, END};
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
    /// The call-now page: an urgent decision holds on the answers so far, shown at once,
    /// before the rest of the questions; the user may go on from it ([`Journey::go_on`]).
    Urgent,
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
    /// The choices are not an answer to the question: none, several for a radio question, or
    /// one twice.
    BadSelection(String, Selection),
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
            JourneyError::BadSelection(q, Selection::Empty) => write!(f, "question '{q}' needs a choice"),
            JourneyError::BadSelection(q, Selection::Several) => write!(f, "question '{q}' takes one choice, not several"),
            JourneyError::BadSelection(q, Selection::Repeated) => write!(f, "question '{q}' has the same choice twice"),
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
    /// The urgent decisions whose call-now pages the user went on from, in order: not shown
    /// again at once while one of them is the decision.
    seen_urgent: Vec<String>,
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
/// The answers about the child ([`crate::child`]) record no facts and are passed over here;
/// [`Journey::stage`] says when they are asked.
pub fn walk(flow: &Flow, answers: &[Answer]) -> Result<(Position, Facts), JourneyError> {
    let mut facts = Facts::new();
    let mut at = flow.start.clone();
    for (q, c) in answers {
        if child::is_child_question(q) {
            check_child_answer(q, c)?;
            continue;
        }
        if at == END {
            return Err(JourneyError::NotOnPath(q.clone()));
        }
        let question = flow.question(q).ok_or_else(|| JourneyError::UnknownQuestion(q.clone()))?;
        let picked = picked(question, q, c)?;
        if *q != at {
            return Err(JourneyError::NotOnPath(q.clone()));
        }
        facts.extend(picked.iter().flat_map(|c| c.sets.iter().cloned()));
        at = flow.next_of(question, &picked, &facts).unwrap_or(END).to_string();
        if at != END && flow.question(&at).is_none() {
            return Err(JourneyError::BrokenFlow(at));
        }
    }
    Ok((if at == END { Position::Done } else { Position::Asking(at) }, facts))
}

/// Whether `choice` may answer the question about the child `q`: an age band's id, or a place
/// (whether the configuration has that municipality is the outcome's to check).
fn check_child_answer(q: &str, choice: &str) -> Result<(), JourneyError> {
    let ok = if q == child::AGE_QUESTION {
        child::AgeBand::from_id(choice).is_some()
    } else {
        !choice.is_empty() && !choice.contains(crate::flow::CHOICE_SEP)
    };
    if ok {
        Ok(())
    } else {
        Err(JourneyError::UnknownChoice(q.to_string(), choice.to_string()))
    }
}

/// The question about the child to ask before the outcome of `facts` can be shown, if any:
/// where the child lives when the outcome names units of social services, then (on a complete
/// path only) the child's age when it lists support or has an age-bound block.
pub fn child_question_due(flow: &Flow, answers: &[Answer], facts: &Facts, complete: bool) -> Option<&'static str> {
    let selected = crate::outcome::select(flow, facts)?;
    let (place, age) = child::answered(answers);
    if place.is_none() && child::needs_place(&selected) {
        return Some(child::PLACE_QUESTION);
    }
    (complete && age.is_none() && child::needs_age(&selected)).then_some(child::AGE_QUESTION)
}

/// The choices `answer` picks of `question` (whose id is `q`), or why it is no answer to it.
fn picked<'q>(question: &'q crate::flow::Question, q: &str, answer: &str) -> Result<Vec<&'q crate::flow::Choice>, JourneyError> {
    question.picked(answer).map_err(|e| match e {
        Ok(c) => JourneyError::UnknownChoice(q.to_string(), c.to_string()),
        Err(why) => JourneyError::BadSelection(q.to_string(), why),
    })
}

/// The id of the urgent decision that holds on `facts`, if the decision is urgent.
pub fn urgent_decision<'f>(flow: &'f Flow, facts: &Facts) -> Option<&'f str> {
    flow.outcomes.iter().find(|o| o.kind == OutcomeKind::Decision && o.when.eval(facts)).filter(|o| o.urgent).map(|o| o.id.as_str())
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
            Ok((Position::Asking(q), facts)) => {
                if !self.unseen_urgent(flow, &facts) {
                    Stage::Question(q)
                } else if let Some(c) = child_question_due(flow, &self.answers, &facts, false) {
                    // Where the child is now, for whom to phone: before the call-now page.
                    Stage::Question(c.to_string())
                } else {
                    Stage::Urgent
                }
            }
            Ok((Position::Done, facts)) => {
                let urgent = self.unseen_urgent(flow, &facts);
                match child_question_due(flow, &self.answers, &facts, true) {
                    Some(child::PLACE_QUESTION) => Stage::Question(child::PLACE_QUESTION.to_string()),
                    // An urgent decision the last answer made: the call-now page at once, the
                    // age after it.
                    Some(_) if urgent => Stage::Urgent,
                    Some(c) => Stage::Question(c.to_string()),
                    None if self.confirmed || urgent => Stage::Outcome,
                    None => Stage::Check,
                }
            }
            // Unreachable for a journey built through this API on a valid flow.
            Err(_) => Stage::Question(flow.start.clone()),
        }
    }

    /// Whether an urgent decision holds on the answers so far that the user has not yet gone on
    /// from: the question about where the child is now comes with the call to 112.
    pub fn urgent_pending(&self, flow: &Flow) -> bool {
        self.unseen_urgent(flow, &self.facts(flow))
    }

    /// Whether an urgent decision holds that the user has not yet gone on from.
    fn unseen_urgent(&self, flow: &Flow, facts: &Facts) -> bool {
        urgent_decision(flow, facts).is_some_and(|id| !self.seen_urgent.iter().any(|s| s == id))
    }

    /// Goes on from the call-now page to the rest of the questions ("När du har ringt").
    pub fn go_on(&mut self, flow: &Flow) {
        if self.stage(flow) == Stage::Urgent {
            self.seen_urgent.extend(urgent_decision(flow, &self.facts(flow)).map(str::to_string));
        }
    }

    /// Answers the question on screen. Answering an earlier question of the path changes it.
    /// `choice` is a choice id, or for a multiple question the ids joined by
    /// [`crate::flow::CHOICE_SEP`] (stored in the question's order).
    pub fn answer(&mut self, flow: &Flow, question: &str, choice: &str) -> Result<(), JourneyError> {
        if child::is_child_question(question) {
            return self.answer_about_child(flow, question, choice);
        }
        let q = flow.question(question).ok_or_else(|| JourneyError::UnknownQuestion(question.to_string()))?;
        let picked = picked(q, question, choice)?;
        let choice = &q.answer_of(picked.iter().map(|c| c.id.as_str()));
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

    /// Answers (or changes the answer to) a question about the child.
    fn answer_about_child(&mut self, flow: &Flow, question: &str, choice: &str) -> Result<(), JourneyError> {
        check_child_answer(question, choice)?;
        if let Some(a) = self.answers.iter_mut().find(|(q, _)| q == question) {
            a.1 = choice.to_string();
        } else if self.stage(flow) == Stage::Question(question.to_string()) {
            self.answers.push((question.to_string(), choice.to_string()));
            self.remembered.remove(question);
        } else {
            return Err(JourneyError::NotOnPath(question.to_string()));
        }
        self.editing = None;
        self.confirmed = false;
        Ok(())
    }

    /// Changes an earlier answer. Later answers are kept where their questions are still asked
    /// on the new path and dropped where they no longer apply.
    pub fn change(&mut self, flow: &Flow, question: &str, choice: &str) -> Result<(), JourneyError> {
        if child::is_child_question(question) {
            return self.answer_about_child(flow, question, choice);
        }
        let q = flow.question(question).ok_or_else(|| JourneyError::UnknownQuestion(question.to_string()))?;
        let picked = picked(q, question, choice)?;
        let choice = &q.answer_of(picked.iter().map(|c| c.id.as_str()));
        if !self.answers.iter().any(|(aq, _)| aq == question) {
            return Err(JourneyError::NotOnPath(question.to_string()));
        }
        let old = std::mem::take(&mut self.answers);
        let mut answers: Vec<Answer> = Vec::new();
        loop {
            let (pos, _) = walk(flow, &answers)?;
            let Position::Asking(next) = pos else { break };
            let pick =
                if next == question { Some(choice.to_string()) } else { old.iter().find(|(q, _)| *q == next).map(|(_, c)| c.clone()) };
            match pick {
                Some(c) => answers.push((next, c)),
                None => break,
            }
        }
        // Dropped answers are forgotten: they no longer apply, and keeping them would hold
        // more of the user's input than the journey needs.
        self.remembered.clear();
        // Where the child lives and how old it is do not depend on the other answers: kept as
        // answers when the path is complete again, else as the choices shown when asked.
        let complete = matches!(walk(flow, &answers), Ok((Position::Done, _)));
        for (q, c) in old.into_iter().filter(|(q, _)| child::is_child_question(q)) {
            if complete {
                answers.push((q, c));
            } else {
                self.remembered.insert(q, c);
            }
        }
        self.answers = answers;
        self.editing = None;
        self.confirmed = false;
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
            // The first question after the call-now page goes back to that page.
            Stage::Question(_) if self.went_on_just_now(flow) => {
                self.seen_urgent.pop();
            }
            Stage::Question(_) | Stage::Urgent | Stage::Check | Stage::Outcome => {
                if let Some((q, c)) = self.answers.pop() {
                    self.remembered.insert(q, c);
                }
            }
        }
    }

    /// Whether the user went on from the call-now page with the last answer given: the urgent
    /// decision seen holds now and did not before that answer.
    fn went_on_just_now(&self, flow: &Flow) -> bool {
        let Some(seen) = self.seen_urgent.last().map(String::as_str) else { return false };
        // The flow's own answers: those about the child record no facts.
        let own: Vec<Answer> = self.answers.iter().filter(|(q, _)| !child::is_child_question(q)).cloned().collect();
        let Some((_, before)) = own.split_last() else { return false };
        let urgent_with = |answers: &[Answer]| walk(flow, answers).ok().and_then(|(_, f)| urgent_decision(flow, &f).map(str::to_string));
        urgent_with(&own).as_deref() == Some(seen) && urgent_with(before).as_deref() != Some(seen)
    }

    /// Leaves "Check your answers" for the outcome.
    pub fn confirm(&mut self, flow: &Flow) {
        if self.stage(flow) == Stage::Check {
            self.confirmed = true;
        }
    }
}
