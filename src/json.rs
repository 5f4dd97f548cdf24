//! A small strict JSON reader, and the typed decoding of flows and configurations on top of it.
//!
//! The widget reads the national flow and a municipality's configuration on every page load.
//! A generic deserialisation framework instantiates a parser per field type, which made up a
//! large part of the widget's download (issue 6); this reader is one parser for every type, and
//! each type's decoding is one plain function ([`FromJson`]). It is as strict as the serde
//! derives the types also carry (the JSON Schema is generated from those, and
//! `tests/reader.rs` checks that both accept and reject the same documents and read them
//! alike): unknown, missing and duplicate fields, values of the wrong kind and unknown enum
//! values are errors. Error messages follow serde_json's wording and end in "at line L column
//! C", so that [`crate::validate::parse_problem`] explains them in Swedish.

use crate::keyed::Keyed;
use std::borrow::Cow;
use std::fmt;

/// A JSON value with where it starts in the source. Strings without escapes borrow from the
/// source, so that reading a record copies each string once.
#[derive(Debug, Clone, PartialEq)]
pub struct Node<'a> {
    /// Byte offset of the value's first character.
    pub at: usize,
    /// The value.
    pub value: Value<'a>,
}

/// A JSON value. Objects keep their fields in file order.
#[derive(Debug, Clone, PartialEq)]
pub enum Value<'a> {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number without fraction or exponent that fits an i64.
    Int(i64),
    /// Any other number, as written (no field of a flow or configuration takes one, so it is
    /// only ever reported; not converting it keeps float code out of the widget).
    Num(String),
    /// A string.
    Str(Cow<'a, str>),
    /// An array.
    Arr(Vec<Node<'a>>),
    /// An object.
    Obj(Vec<(Cow<'a, str>, Node<'a>)>),
}

/// Why a document could not be read, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    /// Byte offset in the source.
    pub at: usize,
    /// What is wrong, in serde_json's wording (e.g. "unknown field `fax`, expected one of …").
    pub message: String,
}

impl Error {
    fn new(at: usize, message: impl Into<String>) -> Error {
        Error { at, message: message.into() }
    }

    /// The message with its place, e.g. "missing field `phone` at line 7 column 5".
    pub fn located(&self, src: &str) -> String {
        let (line, column) = line_column(src, self.at);
        format!("{} at line {line} column {column}", self.message)
    }
}

/// Line (from 1) and column (bytes, from 1; 0 at the very end after a newline) of an offset,
/// counted as serde_json does.
pub fn line_column(src: &str, at: usize) -> (usize, usize) {
    let at = at.min(src.len());
    let before = &src.as_bytes()[..at];
    let line = 1 + before.iter().filter(|&&b| b == b'\n').count();
    let start = before.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
    (line, at - start + usize::from(at < src.len()))
}

/// Nesting deeper than this is refused (as serde_json does), so hostile input cannot exhaust
/// the stack.
const MAX_DEPTH: u32 = 128;

/// Parses one JSON document; nothing but whitespace may follow it.
pub fn parse(src: &str) -> Result<Node<'_>, Error> {
    let mut p = Parser { s: src, i: 0, depth: 0 };
    let v = p.value()?;
    p.ws();
    if p.i < src.len() {
        return Err(p.err("trailing characters"));
    }
    Ok(v)
}

struct Parser<'a> {
    s: &'a str,
    i: usize,
    depth: u32,
}

impl<'a> Parser<'a> {
    fn peek(&self) -> Option<u8> {
        self.s.as_bytes().get(self.i).copied()
    }

    fn err(&self, m: &str) -> Error {
        Error::new(self.i, if self.i >= self.s.len() { "EOF while parsing a value" } else { m })
    }

    fn ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\n' | b'\r' | b'\t')) {
            self.i += 1;
        }
    }

    fn value(&mut self) -> Result<Node<'a>, Error> {
        self.ws();
        let at = self.i;
        let value = match self.peek() {
            Some(b'{') => self.nested(b'}')?,
            Some(b'[') => self.nested(b']')?,
            Some(b'"') => Value::Str(self.string()?),
            Some(b't') => self.word("true", Value::Bool(true))?,
            Some(b'f') => self.word("false", Value::Bool(false))?,
            Some(b'n') => self.word("null", Value::Null)?,
            Some(b'-' | b'0'..=b'9') => self.number()?,
            _ => return Err(self.err("expected value")),
        };
        Ok(Node { at, value })
    }

    fn word(&mut self, w: &str, v: Value<'a>) -> Result<Value<'a>, Error> {
        if self.s[self.i..].starts_with(w) {
            self.i += w.len();
            Ok(v)
        } else {
            Err(self.err("expected value"))
        }
    }

    /// An object (closed by `}`) or an array (closed by `]`); the cursor is on the opener.
    fn nested(&mut self, close: u8) -> Result<Value<'a>, Error> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(self.err("recursion limit exceeded"));
        }
        self.i += 1;
        let obj = close == b'}';
        let (mut fields, mut items) = (Vec::new(), Vec::new());
        self.ws();
        if self.peek() == Some(close) {
            self.i += 1;
        } else {
            loop {
                if obj {
                    self.ws();
                    let key_at = self.i;
                    if self.peek() != Some(b'"') {
                        return Err(self.err("key must be a string"));
                    }
                    let key = self.string()?;
                    if fields.iter().any(|(k, _): &(Cow<str>, Node)| *k == key) {
                        return Err(Error::new(key_at, format!("duplicate field `{key}`")));
                    }
                    self.ws();
                    if self.peek() != Some(b':') {
                        return Err(self.err("expected `:`"));
                    }
                    self.i += 1;
                    fields.push((key, self.value()?));
                } else {
                    items.push(self.value()?);
                }
                self.ws();
                match self.peek() {
                    Some(b',') => self.i += 1,
                    Some(c) if c == close => {
                        self.i += 1;
                        break;
                    }
                    _ => return Err(self.err(if obj { "expected `,` or `}`" } else { "expected `,` or `]`" })),
                }
            }
        }
        self.depth -= 1;
        Ok(if obj { Value::Obj(fields) } else { Value::Arr(items) })
    }

    /// A string; the cursor is on the opening quote. Borrowed from the source unless it has
    /// escapes.
    fn string(&mut self) -> Result<Cow<'a, str>, Error> {
        self.i += 1;
        let s = self.s;
        let bytes = s.as_bytes();
        let first = self.i;
        while let Some(&c) = bytes.get(self.i) {
            match c {
                b'"' => {
                    self.i += 1;
                    return Ok(Cow::Borrowed(&s[first..self.i - 1]));
                }
                b'\\' => break,
                c if c < 0x20 => break,
                _ => self.i += 1,
            }
        }
        let mut out = String::new();
        let mut start = first;
        loop {
            // Only ASCII bytes stop the scan, so every slice taken is whole UTF-8.
            match self.peek() {
                None => return Err(Error::new(self.i, "EOF while parsing a string")),
                Some(b'"') => {
                    out.push_str(&self.s[start..self.i]);
                    self.i += 1;
                    return Ok(Cow::Owned(out));
                }
                Some(b'\\') => {
                    out.push_str(&self.s[start..self.i]);
                    self.i += 1;
                    let c = match self.peek() {
                        Some(b'"') => '"',
                        Some(b'\\') => '\\',
                        Some(b'/') => '/',
                        Some(b'b') => '\u{8}',
                        Some(b'f') => '\u{c}',
                        Some(b'n') => '\n',
                        Some(b'r') => '\r',
                        Some(b't') => '\t',
                        Some(b'u') => self.unicode()?,
                        None => return Err(Error::new(self.i, "EOF while parsing a string")),
                        Some(_) => return Err(self.err("invalid escape")),
                    };
                    out.push(c);
                    self.i += 1;
                    start = self.i;
                }
                Some(c) if c < 0x20 => return Err(self.err("control character (\\u0000-\\u001F) found while parsing a string")),
                Some(_) => self.i += 1,
            }
        }
    }

    /// `\uXXXX`, or a surrogate pair of two; the cursor is on the `u` and is left on the last
    /// hex digit.
    fn unicode(&mut self) -> Result<char, Error> {
        let hi = self.hex4()?;
        let code = if (0xD800..0xDC00).contains(&hi) {
            if !self.s[self.i + 1..].starts_with("\\u") {
                return Err(self.err("lone leading surrogate in hex escape"));
            }
            self.i += 2;
            let lo = self.hex4()?;
            if !(0xDC00..0xE000).contains(&lo) {
                return Err(self.err("lone leading surrogate in hex escape"));
            }
            0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00)
        } else {
            hi
        };
        char::from_u32(code).ok_or_else(|| self.err("invalid unicode code point"))
    }

    /// Four hex digits after the cursor; moves onto the last.
    fn hex4(&mut self) -> Result<u32, Error> {
        let digits = self.s.as_bytes().get(self.i + 1..self.i + 5).filter(|d| d.iter().all(u8::is_ascii_hexdigit));
        let Some(d) = digits else {
            self.i += 1;
            return Err(self.err("invalid escape"));
        };
        self.i += 4;
        Ok(d.iter().fold(0, |n, &c| n * 16 + (c as char).to_digit(16).unwrap_or(0)))
    }

    fn digits(&mut self) -> usize {
        let start = self.i;
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.i += 1;
        }
        self.i - start
    }

    fn number(&mut self) -> Result<Value<'a>, Error> {
        let start = self.i;
        if self.peek() == Some(b'-') {
            self.i += 1;
        }
        let int_start = self.i;
        let n = self.digits();
        if n == 0 {
            return Err(self.err("invalid number"));
        }
        if n > 1 && self.s.as_bytes()[int_start] == b'0' {
            return Err(Error::new(int_start + 1, "invalid number"));
        }
        let mut float = false;
        if self.peek() == Some(b'.') {
            self.i += 1;
            float = true;
            if self.digits() == 0 {
                return Err(self.err("invalid number"));
            }
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.i += 1;
            float = true;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.i += 1;
            }
            if self.digits() == 0 {
                return Err(self.err("invalid number"));
            }
        }
        let text = &self.s[start..self.i];
        Ok(match text.parse::<i64>() {
            Ok(n) if !float => Value::Int(n),
            _ => Value::Num(text.to_string()),
        })
    }
}

/// `src` without its whitespace (used at build time: the demonstration configuration the widget
/// embeds, widget/build.rs); where it is not JSON, the error.
pub fn compact(src: &str) -> Result<String, Error> {
    let mut out = String::new();
    write(&parse(src)?, &mut out);
    Ok(out)
}

/// Writes a value back as compact JSON (used at build time; see [`crate::flow::single_locale`]).
pub fn write(n: &Node<'_>, out: &mut String) {
    match &n.value {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Int(i) => out.push_str(&i.to_string()),
        Value::Num(s) => out.push_str(s),
        Value::Str(s) => write_str(s, out),
        Value::Arr(xs) => {
            out.push('[');
            for (i, x) in xs.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write(x, out);
            }
            out.push(']');
        }
        Value::Obj(fs) => {
            out.push('{');
            for (i, (k, x)) in fs.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_str(k, out);
                out.push(':');
                write(x, out);
            }
            out.push('}');
        }
    }
}

fn write_str(s: &str, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
}

// ---------------------------------------------------------------------------------------------
// Typed decoding

/// A type read from a JSON value, strictly. Reading never stops early: a value that is wrong
/// is reported in `errors` and replaced by the default, so that one pass finds every problem
/// (and the widget carries no clean-up code for half-read records).
pub trait FromJson: Sized + Default {
    /// Reads `n`, adding to `errors` what is wrong with it and where.
    fn read(n: &Node, errors: &mut Vec<Error>) -> Self;
}

/// "invalid type: string \"x\", expected a sequence".
pub fn invalid(n: &Node, expected: &str) -> Error {
    let got = match &n.value {
        Value::Null => "null".to_string(),
        Value::Bool(b) => format!("boolean `{b}`"),
        Value::Int(i) => format!("integer `{i}`"),
        Value::Num(f) => format!("floating point `{f}`"),
        Value::Str(s) => format!("string \"{s}\""),
        Value::Arr(_) => "sequence".to_string(),
        Value::Obj(_) => "map".to_string(),
    };
    Error::new(n.at, format!("invalid type: {got}, expected {expected}"))
}

/// Reports `invalid` and gives the default.
fn wrong<T: Default>(n: &Node, expected: &str, errors: &mut Vec<Error>) -> T {
    errors.push(invalid(n, expected));
    T::default()
}

fn one_of(names: &[&str]) -> String {
    names.iter().map(|n| format!("`{n}`")).collect::<Vec<_>>().join(", ")
}

/// The fields of an object whose keys have been checked against the allowed names.
pub struct Fields<'a> {
    at: usize,
    fields: &'a [(Cow<'a, str>, Node<'a>)],
}

const NO_FIELDS: &[(Cow<str>, Node)] = &[];

/// Reads an object that may only have the `allowed` fields; reports every other field.
pub fn object<'a>(n: &'a Node<'a>, allowed: &[&str], errors: &mut Vec<Error>) -> Fields<'a> {
    let Value::Obj(fields) = &n.value else {
        errors.push(invalid(n, "a map"));
        // Nothing is missing from a value that is not an object at all.
        return Fields { at: usize::MAX, fields: NO_FIELDS };
    };
    for (k, v) in fields.iter().filter(|(k, _)| !allowed.contains(&k.as_ref())) {
        errors.push(Error::new(v.at, format!("unknown field `{k}`, expected one of {}", one_of(allowed))));
    }
    Fields { at: n.at, fields }
}

impl<'a> Fields<'a> {
    fn get(&self, name: &str) -> Option<&'a Node<'a>> {
        self.fields.iter().find(|(k, _)| k == name).map(|(_, v)| v)
    }

    /// A field that must be present.
    pub fn req<T: FromJson>(&self, name: &str, errors: &mut Vec<Error>) -> T {
        match self.get(name) {
            Some(n) => T::read(n, errors),
            None => {
                if self.at != usize::MAX {
                    errors.push(Error::new(self.at, format!("missing field `{name}`")));
                }
                T::default()
            }
        }
    }

    /// A field that may be absent (then its default: none, empty, false).
    pub fn opt<T: FromJson>(&self, name: &str, errors: &mut Vec<Error>) -> T {
        self.get(name).map(|n| T::read(n, errors)).unwrap_or_default()
    }
}

/// Implements [`FromJson`] for a record: each field with how it is read (`req`uired or
/// `opt`ional) and its name in the file; the allowed names are exactly those listed. Fields
/// after `;` are not in the file and start at their default.
macro_rules! record {
    ($t:ident { $($field:ident: $how:ident $name:literal),* $(,)? } $(; $($extra:ident),*)?) => {
        impl $crate::json::FromJson for $t {
            fn read(n: &$crate::json::Node, e: &mut Vec<$crate::json::Error>) -> Self {
                let f = $crate::json::object(n, &[$($name),*], e);
                $t { $($field: f.$how($name, e),)* $($($extra: Default::default(),)*)? }
            }
        }
    };
}
pub(crate) use record;

/// One of the names, as the value at the same position in `all`; unknown names are reported.
pub fn variant<T: Copy + Default>(at: usize, s: &str, names: &[&str], all: &[T], errors: &mut Vec<Error>) -> T {
    match names.iter().position(|n| *n == s) {
        Some(i) => all[i],
        None => {
            errors.push(Error::new(at, format!("unknown variant `{s}`, expected one of {}", one_of(names))));
            T::default()
        }
    }
}

/// A string value naming an enum variant.
pub fn variant_of<T: Copy + Default>(n: &Node, names: &[&str], all: &[T], errors: &mut Vec<Error>) -> T {
    match &n.value {
        Value::Str(s) => variant(n.at, s, names, all, errors),
        _ => wrong(n, "a variant name", errors),
    }
}

/// A type that can be an object key (a string or an enum named by a string).
pub trait FromKey: Sized {
    /// Reads a key found at `at`.
    fn from_key(at: usize, key: &str, errors: &mut Vec<Error>) -> Self;
}

impl FromKey for String {
    fn from_key(_: usize, key: &str, _: &mut Vec<Error>) -> Self {
        key.to_string()
    }
}

impl FromJson for String {
    fn read(n: &Node, errors: &mut Vec<Error>) -> Self {
        match &n.value {
            Value::Str(s) => s.to_string(),
            _ => wrong(n, "a string", errors),
        }
    }
}

impl FromJson for bool {
    fn read(n: &Node, errors: &mut Vec<Error>) -> Self {
        match n.value {
            Value::Bool(b) => b,
            _ => wrong(n, "a boolean", errors),
        }
    }
}

fn int(n: &Node, max: i64, name: &str, errors: &mut Vec<Error>) -> i64 {
    match n.value {
        Value::Int(i) if (0..=max).contains(&i) => i,
        Value::Int(i) => {
            errors.push(Error::new(n.at, format!("invalid value: integer `{i}`, expected {name}")));
            0
        }
        _ => wrong(n, name, errors),
    }
}

impl FromJson for u8 {
    fn read(n: &Node, errors: &mut Vec<Error>) -> Self {
        int(n, u8::MAX.into(), "u8", errors) as u8
    }
}

impl FromJson for u16 {
    fn read(n: &Node, errors: &mut Vec<Error>) -> Self {
        int(n, u16::MAX.into(), "u16", errors) as u16
    }
}

impl<T: FromJson> FromJson for Vec<T> {
    fn read(n: &Node, errors: &mut Vec<Error>) -> Self {
        match &n.value {
            Value::Arr(xs) => {
                let mut out = Vec::with_capacity(xs.len());
                for x in xs {
                    out.push(T::read(x, errors));
                }
                out
            }
            _ => wrong(n, "a sequence", errors),
        }
    }
}

impl<T: FromJson> FromJson for Option<T> {
    fn read(n: &Node, errors: &mut Vec<Error>) -> Self {
        match n.value {
            Value::Null => None,
            _ => Some(T::read(n, errors)),
        }
    }
}

impl FromJson for [u8; 2] {
    fn read(n: &Node, errors: &mut Vec<Error>) -> Self {
        match <Vec<u8>>::read(n, errors).as_slice() {
            &[a, b] => [a, b],
            xs => {
                if matches!(n.value, Value::Arr(_)) {
                    errors.push(Error::new(n.at, format!("invalid length {}, expected an array of length 2", xs.len())));
                }
                [0, 0]
            }
        }
    }
}

impl<K: FromKey + Ord, V: FromJson> FromJson for Keyed<K, V> {
    fn read(n: &Node, errors: &mut Vec<Error>) -> Self {
        match &n.value {
            Value::Obj(fields) => fields.iter().map(|(k, v)| (K::from_key(v.at, k, errors), V::read(v, errors))).collect(),
            _ => wrong(n, "a map", errors),
        }
    }
}

/// Reads a whole document as `T`; on failure, every problem found, in file order, each ending
/// in "at line L column C". A document that is not JSON has one problem: where it stops being.
pub fn read<T: FromJson>(src: &str) -> Result<T, Vec<String>> {
    let n = parse(src).map_err(|e| vec![e.located(src)])?;
    let mut errors = Vec::new();
    let value = T::read(&n, &mut errors);
    if errors.is_empty() {
        return Ok(value);
    }
    Err(in_file_order(src, errors))
}

/// Not generic, so that the widget carries one ordering for every type read. Each error is
/// inserted after those at or before its place (stable, like a stable sort): a binary search
/// and a move per error instead of the standard library's sort, whose code is several KB in
/// the widget (BENCHMARKS.md).
fn in_file_order(src: &str, errors: Vec<Error>) -> Vec<String> {
    let mut ordered: Vec<Error> = Vec::with_capacity(errors.len());
    for e in errors {
        let i = ordered.partition_point(|x| x.at <= e.at);
        ordered.insert(i, e);
    }
    ordered.iter().map(|e| e.located(src)).collect()
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} (byte {})", self.message, self.at)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(src: &str) -> String {
        parse(src).map(|_| ()).unwrap_err().located(src)
    }

    #[test]
    fn reads_every_kind_of_value() {
        let n =
            parse(r#" {"a": [1, -2, 3.5, 1e3], "b": "x\"\\\/\b\f\n\r\t\u00e5\ud83d\ude00", "c": true, "d": false, "e": null, "f": {}} "#)
                .unwrap();
        let Value::Obj(f) = n.value else { panic!() };
        let keys: Vec<_> = f.iter().map(|(k, _)| k.as_ref()).collect();
        assert_eq!(keys, ["a", "b", "c", "d", "e", "f"], "file order is kept");
        let Value::Arr(a) = &f[0].1.value else { panic!() };
        let nums: Vec<_> = a.iter().map(|x| x.value.clone()).collect();
        assert_eq!(nums, [Value::Int(1), Value::Int(-2), Value::Num("3.5".into()), Value::Num("1e3".into())]);
        assert_eq!(f[1].1.value, Value::Str("x\"\\/\u{8}\u{c}\n\r\tå😀".into()));
        assert_eq!(f[2].1.value, Value::Bool(true));
        assert_eq!(f[4].1.value, Value::Null);
        assert_eq!(f[1].1.at, 31, "a value knows where it starts");
    }

    #[test]
    fn syntax_errors_say_where_as_serde_json_does() {
        assert_eq!(err("<html>"), "expected value at line 1 column 1");
        assert_eq!(err("{\n  \"a\": [\n"), "EOF while parsing a value at line 3 column 0");
        assert_eq!(err("[1, 2,]"), "expected value at line 1 column 7");
        assert_eq!(err("{\"a\": 1,}"), "key must be a string at line 1 column 9");
        assert_eq!(err("{\"a\" 1}"), "expected `:` at line 1 column 6");
        assert_eq!(err("[1 2]"), "expected `,` or `]` at line 1 column 4");
        assert_eq!(err("{} x"), "trailing characters at line 1 column 4");
        assert_eq!(err("\"abc"), "EOF while parsing a string at line 1 column 4");
        assert_eq!(err("\"a\u{1}\""), "control character (\\u0000-\\u001F) found while parsing a string at line 1 column 3");
        assert_eq!(err("\"\\x\""), "invalid escape at line 1 column 3");
        assert_eq!(err("\"\\u12\""), "invalid escape at line 1 column 4");
        assert_eq!(err("\"\\ud800\""), "lone leading surrogate in hex escape at line 1 column 7");
        assert_eq!(err("01"), "invalid number at line 1 column 2");
        assert_eq!(err("-"), "EOF while parsing a value at line 1 column 1");
        assert_eq!(err("1."), "EOF while parsing a value at line 1 column 2");
        assert_eq!(err("1e"), "EOF while parsing a value at line 1 column 2");
        assert_eq!(err("tru"), "expected value at line 1 column 1");
        assert_eq!(err("{\"a\": 1, \"a\": 2}"), "duplicate field `a` at line 1 column 10");
        assert_eq!(err(""), "EOF while parsing a value at line 1 column 0");
    }

    #[test]
    fn nesting_is_limited_without_a_crash() {
        let deep = "[".repeat(100_000);
        assert!(err(&deep).starts_with("recursion limit exceeded"));
        let ok = format!("{}{}", "[".repeat(128), "]".repeat(128));
        assert!(parse(&ok).is_ok());
        let too_deep = format!("{}{}", "[".repeat(129), "]".repeat(129));
        assert!(parse(&too_deep).is_err());
    }

    #[test]
    fn typed_reading_is_strict() {
        #[derive(Debug, Default, PartialEq)]
        struct T {
            a: String,
            b: Vec<u16>,
            c: Option<bool>,
        }
        record!(T { a: req "a", b: opt "b", c: opt "c" });
        let one = |e: &str| Err(vec![e.to_string()]);
        assert_eq!(read::<T>(r#"{"a": "x"}"#), Ok(T { a: "x".into(), b: vec![], c: None }));
        assert_eq!(read::<T>(r#"{"a": "x", "b": [1, 65535], "c": null}"#), Ok(T { a: "x".into(), b: vec![1, 65535], c: None }));
        assert_eq!(read::<T>(r#"{"a": "x", "d": 1}"#), one("unknown field `d`, expected one of `a`, `b`, `c` at line 1 column 17"));
        assert_eq!(read::<T>(r#"{"b": []}"#), one("missing field `a` at line 1 column 1"));
        assert_eq!(read::<T>(r#"{"a": 1}"#), one("invalid type: integer `1`, expected a string at line 1 column 7"));
        assert_eq!(read::<T>(r#"{"a": "x", "b": [65536]}"#), one("invalid value: integer `65536`, expected u16 at line 1 column 18"));
        assert_eq!(read::<T>(r#"{"a": "x", "b": [1.5]}"#), one("invalid type: floating point `1.5`, expected u16 at line 1 column 18"));
        assert_eq!(read::<T>(r#"[]"#), one("invalid type: sequence, expected a map at line 1 column 1"));
        assert_eq!(
            read::<[u8; 2]>("[1, 2, 3]"),
            Err(vec!["invalid length 3, expected an array of length 2 at line 1 column 1".to_string()])
        );
        let mut e = Vec::new();
        assert_eq!(variant_of(&parse("\"y\"").unwrap(), &["x", "z"], &[1, 2], &mut e), 0);
        assert_eq!(e, [Error::new(0, "unknown variant `y`, expected one of `x`, `z`")]);
        // Every problem at once, in file order.
        assert_eq!(
            read::<T>(r#"{"c": 1, "b": ["x"], "d": 2}"#),
            Err(vec![
                "missing field `a` at line 1 column 1".to_string(),
                "invalid type: integer `1`, expected a boolean at line 1 column 7".to_string(),
                "invalid type: string \"x\", expected u16 at line 1 column 16".to_string(),
                "unknown field `d`, expected one of `a`, `b`, `c` at line 1 column 27".to_string(),
            ])
        );
    }

    #[test]
    fn errors_at_the_same_place_keep_the_order_they_were_found_in() {
        let src = "{\n  \"a\": 1\n}";
        let errors = vec![Error::new(7, "third"), Error::new(0, "first"), Error::new(7, "fourth"), Error::new(2, "second")];
        let got = in_file_order(src, errors);
        let messages: Vec<&str> = got.iter().map(|m| m.split(" at line").next().unwrap()).collect();
        assert_eq!(messages, ["first", "second", "third", "fourth"]);
    }

    #[test]
    fn what_is_written_reads_back_the_same() {
        let src = r#"{"a": [1, -2, 3.5e1, "x\"\\\n\u0001å"], "b": {"c": null, "d": true, "e": false}}"#;
        let n = parse(src).unwrap();
        let mut out = String::new();
        write(&n, &mut out);
        assert_eq!(out, r#"{"a":[1,-2,3.5e1,"x\"\\\n\u0001å"],"b":{"c":null,"d":true,"e":false}}"#);
        // Read back, it writes the same again (so it is the same value).
        let mut again = String::new();
        write(&parse(&out).unwrap(), &mut again);
        assert_eq!(again, out);
    }

    #[test]
    fn positions_count_lines_and_bytes() {
        let src = "ab\ncd\n";
        assert_eq!(line_column(src, 0), (1, 1));
        assert_eq!(line_column(src, 4), (2, 2));
        assert_eq!(line_column(src, 6), (3, 0));
    }
}
