//! Short maps and sets kept as lists ordered by key.
//!
//! The configuration's routing, a text's locales, a journey's remembered choices and the
//! checker's sets of ids hold a handful of entries each. A `BTreeMap` or `BTreeSet` would work
//! as well but brings its node code (insert, rebalance, drop, iterate) into the widget once per
//! key and value type; a sorted `Vec` with binary search does the same job in a fraction of
//! the code (BENCHMARKS.md on size). Iteration is in key order, like a B-tree's.

use std::borrow::Borrow;

/// A map from `K` to `V`: each key once, iterated in key order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Keyed<K, V>(Vec<(K, V)>);

/// A set of `K`, iterated in order.
pub type KeySet<K> = Keyed<K, ()>;

impl<K, V> Default for Keyed<K, V> {
    fn default() -> Self {
        Keyed(Vec::new())
    }
}

impl<K: Ord, V> Keyed<K, V> {
    /// An empty map.
    pub fn new() -> Self {
        Keyed::default()
    }

    /// Where `key` is (`Ok`), or where it would go (`Err`).
    fn find<Q: Ord + ?Sized>(&self, key: &Q) -> Result<usize, usize>
    where
        K: Borrow<Q>,
    {
        self.0.binary_search_by(|(k, _)| k.borrow().cmp(key))
    }

    /// Puts `value` under `key`; the value that was there before, if any.
    pub fn insert(&mut self, key: K, value: V) -> Option<V> {
        match self.find(&key) {
            Ok(i) => Some(std::mem::replace(&mut self.0[i].1, value)),
            Err(i) => {
                self.0.insert(i, (key, value));
                None
            }
        }
    }

    /// The value under `key`.
    pub fn get<Q: Ord + ?Sized>(&self, key: &Q) -> Option<&V>
    where
        K: Borrow<Q>,
    {
        self.find(key).ok().map(|i| &self.0[i].1)
    }

    /// Whether `key` has a value.
    pub fn contains_key<Q: Ord + ?Sized>(&self, key: &Q) -> bool
    where
        K: Borrow<Q>,
    {
        self.find(key).is_ok()
    }

    /// Takes the value under `key` out of the map.
    pub fn remove<Q: Ord + ?Sized>(&mut self, key: &Q) -> Option<V>
    where
        K: Borrow<Q>,
    {
        self.find(key).ok().map(|i| self.0.remove(i).1)
    }
}

impl<K, V> Keyed<K, V> {
    /// The entries in key order.
    pub fn iter(&self) -> impl Iterator<Item = (&K, &V)> {
        self.0.iter().map(|(k, v)| (k, v))
    }

    /// The keys in order.
    pub fn keys(&self) -> impl Iterator<Item = &K> {
        self.0.iter().map(|(k, _)| k)
    }

    /// The values in key order.
    pub fn values(&self) -> impl Iterator<Item = &V> {
        self.0.iter().map(|(_, v)| v)
    }

    /// How many entries.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether there is none.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The first entry in key order.
    pub fn first(&self) -> Option<(&K, &V)> {
        self.0.first().map(|(k, v)| (k, v))
    }

    /// Removes every entry.
    pub fn clear(&mut self) {
        self.0.clear()
    }
}

impl<K: Ord> KeySet<K> {
    /// Adds `key`; false if it was already there.
    pub fn add(&mut self, key: K) -> bool {
        self.insert(key, ()).is_none()
    }
}

/// Built by inserting one by one: a later entry with the same key replaces an earlier one.
/// (Collecting into a sorted `Vec` would bring a sort into the widget.)
impl<K: Ord, V> FromIterator<(K, V)> for Keyed<K, V> {
    fn from_iter<I: IntoIterator<Item = (K, V)>>(iter: I) -> Self {
        let mut m = Keyed::new();
        for (k, v) in iter {
            m.insert(k, v);
        }
        m
    }
}

impl<K: Ord> FromIterator<K> for KeySet<K> {
    fn from_iter<I: IntoIterator<Item = K>>(iter: I) -> Self {
        iter.into_iter().map(|k| (k, ())).collect()
    }
}

/// `map[key]`, like a `BTreeMap`'s: panics when the key has no value.
impl<K: Ord + Borrow<Q>, Q: Ord + ?Sized, V> std::ops::Index<&Q> for Keyed<K, V> {
    type Output = V;

    fn index(&self, key: &Q) -> &V {
        self.get(key).expect("no entry for the key")
    }
}

impl<'a, K, V> IntoIterator for &'a Keyed<K, V> {
    type Item = (&'a K, &'a V);
    type IntoIter = std::iter::Map<std::slice::Iter<'a, (K, V)>, fn(&'a (K, V)) -> (&'a K, &'a V)>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.iter().map(|(k, v)| (k, v))
    }
}

/// Read from a JSON object by serde (the CLI's path); the widget reads with [`crate::json`].
impl<'de, K: Ord + serde::Deserialize<'de>, V: serde::Deserialize<'de>> serde::Deserialize<'de> for Keyed<K, V> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        std::collections::BTreeMap::<K, V>::deserialize(d).map(|m| m.into_iter().collect())
    }
}

/// Written as a JSON object, in key order.
impl<K: serde::Serialize, V: serde::Serialize> serde::Serialize for Keyed<K, V> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_map(self.iter())
    }
}

/// The same schema as a `BTreeMap<K, V>`: a JSON object.
#[cfg(feature = "schema")]
impl<K: schemars::JsonSchema, V: schemars::JsonSchema> schemars::JsonSchema for Keyed<K, V> {
    fn inline_schema() -> bool {
        <std::collections::BTreeMap<K, V> as schemars::JsonSchema>::inline_schema()
    }

    fn schema_name() -> std::borrow::Cow<'static, str> {
        <std::collections::BTreeMap<K, V> as schemars::JsonSchema>::schema_name()
    }

    fn schema_id() -> std::borrow::Cow<'static, str> {
        <std::collections::BTreeMap<K, V> as schemars::JsonSchema>::schema_id()
    }

    fn json_schema(g: &mut schemars::SchemaGenerator) -> schemars::Schema {
        <std::collections::BTreeMap<K, V> as schemars::JsonSchema>::json_schema(g)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_stay_in_key_order_and_a_key_once() {
        let mut m: Keyed<String, u8> = Keyed::new();
        assert_eq!(m.insert("report".into(), 1), None);
        assert_eq!(m.insert("acute".into(), 2), None);
        assert_eq!(m.insert("lvm".into(), 3), None);
        assert_eq!(m.insert("acute".into(), 4), Some(2));
        assert_eq!(m.keys().map(String::as_str).collect::<Vec<_>>(), ["acute", "lvm", "report"]);
        assert_eq!(m.values().copied().collect::<Vec<_>>(), [4, 3, 1]);
        assert_eq!(m.get("lvm"), Some(&3));
        assert_eq!(m.get("consult"), None);
        assert!(m.contains_key("report") && !m.contains_key("repor"));
        assert_eq!(m.remove("lvm"), Some(3));
        assert_eq!(m.remove("lvm"), None);
        assert_eq!(m.len(), 2);
        assert_eq!(m.first(), Some((&"acute".to_string(), &4)));
    }

    #[test]
    fn collecting_keeps_the_last_value_of_a_key_like_a_btree_map() {
        let pairs = [("b", 1), ("a", 2), ("b", 3), ("c", 4), ("a", 5)];
        let ours: Keyed<&str, i32> = pairs.into_iter().collect();
        let btree: std::collections::BTreeMap<&str, i32> = pairs.into_iter().collect();
        assert_eq!(ours.iter().map(|(k, v)| (*k, *v)).collect::<Vec<_>>(), btree.into_iter().collect::<Vec<_>>());
    }

    #[test]
    fn a_set_adds_each_key_once() {
        let mut s: KeySet<&str> = ["school", "preschool"].into_iter().collect();
        assert!(s.add("health"));
        assert!(!s.add("school"));
        assert_eq!(s.keys().copied().collect::<Vec<_>>(), ["health", "preschool", "school"]);
        assert!(s.contains_key("preschool"));
    }

    #[test]
    fn serde_reads_and_writes_an_object_in_key_order() {
        let m: Keyed<String, Vec<u8>> = serde_json::from_str(r#"{"z": [1], "a": [2, 3]}"#).unwrap();
        assert_eq!(serde_json::to_string(&m).unwrap(), r#"{"a":[2,3],"z":[1]}"#);
    }
}
