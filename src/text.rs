//! Texts in several locales, as they appear in the flow and in configurations.

use crate::json::{invalid, FromJson, Node, Value};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use crate::keyed::Keyed;

/// A text per locale code (`sv`, `en`). Swedish is the reference language.
///
/// A short list ordered by locale rather than a B-tree map: a text has one or two locales, and
/// the widget holds hundreds of texts (see BENCHMARKS.md on size).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Text(Keyed<String, String>);

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
        self.lookup(lang)
            .or_else(|| self.lookup(PRIMARY_LOCALE))
            .or_else(|| self.0.first().map(|(_, t)| t.as_str()))
            .unwrap_or("")
    }

    /// Locales from `wanted` that this text lacks (or has only as blank).
    pub fn missing<'a>(&self, wanted: &'a [String]) -> Vec<&'a str> {
        wanted
            .iter()
            .filter(|l| self.lookup(l).map_or(true, |t| t.trim().is_empty()))
            .map(String::as_str)
            .collect()
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

/// Written as a JSON object, e.g. `{"sv": "…", "en": "…"}`.
impl Serialize for Text {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_map(self.iter())
    }
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Keyed::<String, String>::deserialize(d).map(Text)
    }
}
