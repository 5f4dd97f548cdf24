//! Texts in several locales, as they appear in the flow and in configurations.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A text keyed by locale code (`sv`, `en`). Swedish is the reference language.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Text(pub BTreeMap<String, String>);

/// The language the guidance is written in first; every text must have it.
pub const PRIMARY_LOCALE: &str = "sv";

impl Text {
    /// The text in `lang`, falling back to Swedish, then to any text at all.
    pub fn get(&self, lang: &str) -> &str {
        self.0
            .get(lang)
            .or_else(|| self.0.get(PRIMARY_LOCALE))
            .or_else(|| self.0.values().next())
            .map(String::as_str)
            .unwrap_or("")
    }

    /// Locales from `wanted` that this text lacks (or has only as blank).
    pub fn missing<'a>(&self, wanted: &'a [String]) -> Vec<&'a str> {
        wanted
            .iter()
            .filter(|l| self.0.get(*l).map_or(true, |t| t.trim().is_empty()))
            .map(String::as_str)
            .collect()
    }

    /// A Swedish-only text, for tests and built-in fallbacks.
    pub fn sv(s: &str) -> Text {
        Text(BTreeMap::from([(PRIMARY_LOCALE.to_string(), s.to_string())]))
    }
}
