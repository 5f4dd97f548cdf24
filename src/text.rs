//! Texts in several locales, as they appear in the flow and in configurations.

use crate::json::{invalid, FromJson, Node, Value};
use crate::keyed::Keyed;
use serde::{Deserialize, Serialize};

/// A text per locale code (`sv`, `en`). Swedish is the reference language.
///
/// A short list ordered by locale rather than a B-tree map: a text has one or two locales, and
/// the widget holds hundreds of texts (see BENCHMARKS.md on size).
///
/// Read and written by serde as a JSON object, e.g. `{"sv": "…", "en": "…"}`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Text(Keyed<String, String>);

/// `s` with each occurrence of a pattern replaced by its text, in one pass from the left: at
/// each place the first pattern of `pairs` that matches there is replaced, and replaced text is
/// not searched again. Fills templates ("Ring {name} på {number}") and translates messages.
///
/// Written here because `str::replace` with a string pattern brings the standard library's
/// two-way substring searcher into the widget (BENCHMARKS.md on size); the texts are short, so
/// a plain scan does. Empty patterns never match.
pub fn fill(s: &str, pairs: &[(&str, &str)]) -> String {
    let b = s.as_bytes();
    let mut out = String::with_capacity(s.len());
    let (mut i, mut copied) = (0, 0);
    while i < b.len() {
        // A match of a non-empty `&str` can only begin on a character boundary.
        match pairs.iter().find(|(from, _)| !from.is_empty() && b[i..].starts_with(from.as_bytes())) {
            Some((from, to)) => {
                out.push_str(&s[copied..i]);
                out.push_str(to);
                i += from.len();
                copied = i;
            }
            None => i += 1,
        }
    }
    out.push_str(&s[copied..]);
    out
}

/// Where `pat` occurs last in `s` (like `str::rfind`, without the substring searcher).
pub fn rfind(s: &str, pat: &str) -> Option<usize> {
    (0..=s.len().checked_sub(pat.len())?).rev().find(|&i| s.as_bytes()[i..].starts_with(pat.as_bytes()))
}

/// The language the guidance is written in first; every text must have it.
pub const PRIMARY_LOCALE: &str = "sv";

impl Text {
    /// A text from (locale, text) pairs; a locale given twice keeps its last text.
    pub fn new(pairs: impl IntoIterator<Item = (String, String)>) -> Text {
        Text(pairs.into_iter().collect())
    }

    fn lookup(&self, lang: &str) -> Option<&str> {
        self.0.get(lang).map(String::as_str)
    }

    /// The text in `lang`, falling back to Swedish, then to any text at all.
    pub fn get(&self, lang: &str) -> &str {
        self.lookup(lang).or_else(|| self.lookup(PRIMARY_LOCALE)).or_else(|| self.0.first().map(|(_, t)| t.as_str())).unwrap_or("")
    }

    /// Locales from `wanted` that this text lacks (or has only as blank).
    pub fn missing<'a>(&self, wanted: &'a [String]) -> Vec<&'a str> {
        wanted.iter().filter(|l| self.lookup(l).is_none_or(|t| t.trim().is_empty())).map(String::as_str).collect()
    }

    /// The (locale, text) pairs, ordered by locale.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        self.0.iter().map(|(l, t)| (l.as_str(), t.as_str()))
    }

    /// A Swedish-only text, for tests and built-in fallbacks.
    pub fn sv(s: &str) -> Text {
        Text::new([(PRIMARY_LOCALE.to_string(), s.to_string())])
    }
}

impl FromJson for Text {
    fn read(n: &Node, e: &mut Vec<crate::json::Error>) -> Self {
        match &n.value {
            Value::Obj(fields) => Text::new(fields.iter().map(|(l, t)| (l.to_string(), String::read(t, e)))),
            _ => {
                e.push(invalid(n, "a map"));
                Text::default()
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fill_replaces_every_place_once_and_leaves_the_rest() {
        assert_eq!(fill("Ring {name} på {number}.", &[("{name}", "Socialjouren"), ("{number}", "000-1")]), "Ring Socialjouren på 000-1.");
        assert_eq!(fill("{n}{n} {x}", &[("{n}", "3")]), "33 {x}");
        // The first pattern that matches at a place wins; replaced text is not searched again.
        assert_eq!(fill("at position 3", &[("at position", "på plats"), ("position", "X")]), "på plats 3");
        assert_eq!(fill("{a}", &[("{a}", "{a}{a}")]), "{a}{a}");
        assert_eq!(fill("åäö {ö}", &[("{ö}", "ø"), ("", "never")]), "åäö ø");
    }

    #[test]
    fn rfind_finds_the_last_place() {
        assert_eq!(rfind("a at line 1 at line 2", " at line "), Some(11));
        assert_eq!(rfind("kort", "längre än så"), None);
        assert_eq!(rfind("ä", ""), Some(2));
    }
}
