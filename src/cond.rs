//! Conditions over facts: the small expression language used by routes and outcomes.
//!
//! Grammar (whitespace is free):
//! `expr := or ; or := and ("|" and)* ; and := unary ("&" unary)* ;
//!  unary := "!" unary | "(" expr ")" | fact ; fact := [a-z0-9_]+`
//! A content language that grows features turns into a bad programming language, so this one
//! has only and, or, not and parentheses (see docs/adr/0001-flow-model.md).

use crate::keyed::KeySet;
use std::fmt;

/// The facts recorded on a journey: each once, in name order.
///
/// A short sorted list ([`KeySet`]) rather than a `BTreeSet<String>`: a path records a handful
/// of facts, and the widget then carries no B-tree code for them (BENCHMARKS.md on size).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Facts(KeySet<String>);

impl Facts {
    /// No facts.
    pub fn new() -> Facts {
        Facts::default()
    }

    /// Whether `fact` has been recorded.
    pub fn contains(&self, fact: &str) -> bool {
        self.0.contains_key(fact)
    }

    /// Records `fact`; false if it was already there.
    pub fn insert(&mut self, fact: String) -> bool {
        self.0.add(fact)
    }

    /// The facts in name order.
    pub fn iter(&self) -> impl Iterator<Item = &str> {
        self.0.keys().map(String::as_str)
    }

    /// How many facts.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether none is recorded.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl Extend<String> for Facts {
    fn extend<I: IntoIterator<Item = String>>(&mut self, facts: I) {
        for f in facts {
            self.insert(f);
        }
    }
}

impl<S: Into<String>> FromIterator<S> for Facts {
    fn from_iter<I: IntoIterator<Item = S>>(facts: I) -> Facts {
        let mut out = Facts::new();
        out.extend(facts.into_iter().map(Into::into));
        out
    }
}

/// A parsed condition.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Cond {
    /// True when the fact has been recorded on the path.
    Fact(String),
    /// Negation.
    Not(Box<Cond>),
    /// All must hold.
    All(Vec<Cond>),
    /// At least one must hold.
    Any(Vec<Cond>),
}

impl Cond {
    /// Parses a condition; the error says where and why.
    pub fn parse(src: &str) -> Result<Cond, String> {
        let mut p = Parser { s: src.as_bytes(), i: 0 };
        let c = p.or()?;
        p.ws();
        if p.i != p.s.len() {
            return Err(format!("unexpected '{}' at position {}", p.s[p.i] as char, p.i + 1));
        }
        Ok(c)
    }

    /// Evaluates the condition against the facts recorded so far.
    pub fn eval(&self, facts: &Facts) -> bool {
        match self {
            Cond::Fact(f) => facts.contains(f),
            Cond::Not(c) => !c.eval(facts),
            Cond::All(cs) => cs.iter().all(|c| c.eval(facts)),
            Cond::Any(cs) => cs.iter().any(|c| c.eval(facts)),
        }
    }

    /// Evaluates the condition with `has` saying whether a fact has been recorded.
    pub fn eval_by(&self, has: &dyn Fn(&str) -> bool) -> bool {
        match self {
            Cond::Fact(f) => has(f),
            Cond::Not(c) => !c.eval_by(has),
            Cond::All(cs) => cs.iter().all(|c| c.eval_by(has)),
            Cond::Any(cs) => cs.iter().any(|c| c.eval_by(has)),
        }
    }

    /// Every fact the condition mentions.
    pub fn facts(&self) -> Vec<&str> {
        let mut out = Vec::new();
        self.collect(&mut out);
        out
    }

    fn collect<'a>(&'a self, out: &mut Vec<&'a str>) {
        match self {
            Cond::Fact(f) => out.push(f),
            Cond::Not(c) => c.collect(out),
            Cond::All(cs) | Cond::Any(cs) => cs.iter().for_each(|c| c.collect(out)),
        }
    }
}

impl fmt::Display for Cond {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Cond::Fact(x) => write!(f, "{x}"),
            Cond::Not(c) => match **c {
                Cond::Fact(_) | Cond::Not(_) => write!(f, "!{c}"),
                _ => write!(f, "!({c})"),
            },
            Cond::All(cs) | Cond::Any(cs) => {
                let sep = if matches!(self, Cond::All(_)) { " & " } else { " | " };
                for (i, c) in cs.iter().enumerate() {
                    if i > 0 {
                        f.write_str(sep)?;
                    }
                    if matches!(c, Cond::All(_) | Cond::Any(_)) {
                        write!(f, "({c})")?;
                    } else {
                        write!(f, "{c}")?;
                    }
                }
                Ok(())
            }
        }
    }
}

struct Parser<'a> {
    s: &'a [u8],
    i: usize,
}

impl Parser<'_> {
    fn ws(&mut self) {
        while self.i < self.s.len() && self.s[self.i].is_ascii_whitespace() {
            self.i += 1;
        }
    }

    fn eat(&mut self, c: u8) -> bool {
        self.ws();
        if self.s.get(self.i) == Some(&c) {
            self.i += 1;
            true
        } else {
            false
        }
    }

    fn or(&mut self) -> Result<Cond, String> {
        let mut parts = vec![self.and()?];
        while self.eat(b'|') {
            parts.push(self.and()?);
        }
        Ok(if parts.len() == 1 { parts.remove(0) } else { Cond::Any(parts) })
    }

    fn and(&mut self) -> Result<Cond, String> {
        let mut parts = vec![self.unary()?];
        while self.eat(b'&') {
            parts.push(self.unary()?);
        }
        Ok(if parts.len() == 1 { parts.remove(0) } else { Cond::All(parts) })
    }

    fn unary(&mut self) -> Result<Cond, String> {
        if self.eat(b'!') {
            return Ok(Cond::Not(Box::new(self.unary()?)));
        }
        if self.eat(b'(') {
            let c = self.or()?;
            if !self.eat(b')') {
                return Err(format!("missing ')' at position {}", self.i + 1));
            }
            return Ok(c);
        }
        self.ws();
        let start = self.i;
        while self.i < self.s.len() && (self.s[self.i].is_ascii_lowercase() || self.s[self.i].is_ascii_digit() || self.s[self.i] == b'_') {
            self.i += 1;
        }
        if start == self.i {
            return Err(match self.s.get(self.i) {
                Some(c) => format!("expected a fact name at position {}, found '{}'", self.i + 1, *c as char),
                None => "expected a fact name, found the end".to_string(),
            });
        }
        // Only a-z, 0-9 and _ were taken: ASCII, one byte per character.
        Ok(Cond::Fact(self.s[start..self.i].iter().map(|&b| char::from(b)).collect()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn facts(xs: &[&str]) -> Facts {
        xs.iter().copied().collect()
    }

    #[test]
    fn precedence_and_binds_tighter_than_or() {
        let c = Cond::parse("a | b & !c").unwrap();
        assert!(c.eval(&facts(&["a"])));
        assert!(c.eval(&facts(&["b"])));
        assert!(!c.eval(&facts(&["b", "c"])));
        assert_eq!(c.to_string(), "a | (b & !c)");
    }

    #[test]
    fn parentheses_group() {
        let c = Cond::parse("!(a | b) & c").unwrap();
        assert!(c.eval(&facts(&["c"])));
        assert!(!c.eval(&facts(&["a", "c"])));
        assert_eq!(c.facts(), vec!["a", "b", "c"]);
    }

    #[test]
    fn facts_are_kept_once_each_in_name_order() {
        let mut f: Facts = ["c", "a"].into_iter().collect();
        assert!(f.insert("b".to_string()));
        assert!(!f.insert("a".to_string()), "already there");
        f.extend(["d".to_string(), "c".to_string()]);
        assert_eq!(f.iter().collect::<Vec<_>>(), ["a", "b", "c", "d"]);
        assert_eq!(f.len(), 4);
        assert!(f.contains("d") && !f.contains("e") && !f.contains(""));
        assert!(Facts::new().is_empty());
        // The same facts recorded in another order are the same facts.
        assert_eq!(f, ["d", "c", "b", "a", "a"].into_iter().collect());
    }

    #[test]
    fn errors_say_where() {
        assert_eq!(Cond::parse("a &").unwrap_err(), "expected a fact name, found the end");
        assert_eq!(Cond::parse("a b").unwrap_err(), "unexpected 'b' at position 3");
        assert_eq!(Cond::parse("(a").unwrap_err(), "missing ')' at position 3");
        assert!(Cond::parse("A").unwrap_err().contains("position 1"));
    }
}
