//! The flow in a compact form for the widget (issue 6, size).
//!
//! The widget embeds its Swedish flow and fetches the English one; both are made from
//! `flow/national.json` when the widget is built. In JSON, reading them needed a reader per
//! record type of the flow (field names, required and optional fields, unknown fields, every
//! error located), a sizeable part of the widget's download (BENCHMARKS.md), for files checked
//! before they were made. A *pack* is the same flow as a plain sequence of tokens, each ending
//! in U+001F (the ASCII unit separator), in the order of the fields of each type:
//!
//! - a string is its text (which must not contain U+001F);
//! - a number (the length of a list, an enum's position, a bool 0/1) is its decimal digits;
//! - a list is its length, then its items; an option is a list of at most one;
//! - a text is its number of locales, then locale and text for each;
//! - a record is its fields in declaration order (the one list of `flow_record!` in src/flow.rs);
//! - the whole file is [`PACK_HEADER`], the flow, then the list of the widget's own words in
//!   the flow's language ([`crate::i18n::Strings::words`]), and nothing after it. The English
//!   pack has them, so that a Swedish visit downloads no English at all; the Swedish pack the
//!   widget embeds has none (the widget has its Swedish words built in).
//!
//! It is text (UTF-8), so the widget fetches it as it fetched the JSON. It carries no field
//! names: a pack is only ever read by the build that wrote it, and the widget checks a fetched
//! one against the flow it embeds ([`crate::flow::Flow::same_structure`]). Reading never
//! panics; a pack that does not read gives `None`.

use crate::cond::Cond;
use crate::flow::{CondSrc, Flow, Next, OutcomeKind, Purpose, SupportFor};
use crate::text::Text;

/// The first token of every pack; a new layout gets a new number.
pub const PACK_HEADER: &str = "orosguiden-flow-pack/3";

/// What ends every token.
pub const SEP: char = '\u{1f}';

/// The tokens of a pack, read from the front.
///
/// Reading goes on after a wrong or missing token, with default values, and only remembers
/// that it failed: returning early from the middle of a record would need code to drop the
/// fields read so far, for every record type (the same choice as [`crate::json`]'s reader).
pub struct Reader<'a> {
    rest: &'a str,
    failed: bool,
}

impl<'a> Reader<'a> {
    /// A reader of `src`.
    pub fn new(src: &'a str) -> Reader<'a> {
        Reader { rest: src, failed: false }
    }

    /// Whether a token was missing or wrong.
    pub fn failed(&self) -> bool {
        self.failed
    }

    /// The next token; at the end (a last token without its separator is no token), an empty
    /// one and the reader fails.
    pub fn token(&mut self) -> &'a str {
        // The separator is ASCII, so the split is on character boundaries.
        match self.rest.bytes().position(|b| b == SEP as u8) {
            Some(end) => {
                let token = &self.rest[..end];
                self.rest = &self.rest[end + 1..];
                token
            }
            None => {
                self.failed = true;
                ""
            }
        }
    }

    /// The next token as a number: decimal digits only, without overflow; otherwise 0 and the
    /// reader fails.
    pub fn number(&mut self) -> usize {
        let t = self.token();
        let n = if t.is_empty() {
            None
        } else {
            t.bytes().try_fold(0usize, |n, b| if b.is_ascii_digit() { n.checked_mul(10)?.checked_add(usize::from(b - b'0')) } else { None })
        };
        n.unwrap_or_else(|| {
            self.failed = true;
            0
        })
    }

    /// The next token as a number below `n`; otherwise 0 and the reader fails.
    pub fn below(&mut self, n: usize) -> usize {
        let i = self.number();
        if i < n {
            return i;
        }
        self.failed = true;
        0
    }

    /// A list: its length, then that many items, each read by `item`. Not `with_capacity`: a
    /// damaged length must not allocate. Every item takes at least one token, and a reader
    /// without tokens fails, so reading stops soon after a damaged length too.
    pub fn list<T>(&mut self, mut item: impl FnMut(&mut Reader<'a>) -> T) -> Vec<T> {
        let n = self.number();
        let mut items = Vec::new();
        while items.len() < n && !self.failed {
            items.push(item(self));
        }
        items
    }

    /// Whether every token has been read.
    pub fn at_end(&self) -> bool {
        self.rest.is_empty()
    }
}

/// A value that can be written into a pack and read back.
pub trait Pack: Sized {
    /// Appends the value's tokens; an error if a string holds the separator.
    fn pack(&self, out: &mut String) -> Result<(), String>;
    /// Reads a value; if the tokens are not one, a value all the same and the reader fails.
    fn unpack(r: &mut Reader<'_>) -> Self;
}

fn put(out: &mut String, token: &str) -> Result<(), String> {
    if token.contains(SEP) {
        return Err(format!("the text {token:?} holds U+001F, which a pack uses between tokens"));
    }
    out.push_str(token);
    out.push(SEP);
    Ok(())
}

fn put_number(out: &mut String, n: usize) -> Result<(), String> {
    put(out, &n.to_string())
}

impl Pack for String {
    fn pack(&self, out: &mut String) -> Result<(), String> {
        put(out, self)
    }
    fn unpack(r: &mut Reader<'_>) -> Self {
        r.token().into()
    }
}

impl Pack for bool {
    fn pack(&self, out: &mut String) -> Result<(), String> {
        put_number(out, usize::from(*self))
    }
    fn unpack(r: &mut Reader<'_>) -> Self {
        r.below(2) == 1
    }
}

impl<T: Pack> Pack for Vec<T> {
    fn pack(&self, out: &mut String) -> Result<(), String> {
        put_number(out, self.len())?;
        self.iter().try_for_each(|x| x.pack(out))
    }
    fn unpack(r: &mut Reader<'_>) -> Self {
        r.list(T::unpack)
    }
}

impl<T: Pack> Pack for Option<T> {
    fn pack(&self, out: &mut String) -> Result<(), String> {
        put_number(out, usize::from(self.is_some()))?;
        self.iter().try_for_each(|x| x.pack(out))
    }
    fn unpack(r: &mut Reader<'_>) -> Self {
        (r.below(2) == 1).then(|| T::unpack(r))
    }
}

impl Pack for Text {
    fn pack(&self, out: &mut String) -> Result<(), String> {
        put_number(out, self.iter().count())?;
        self.iter().try_for_each(|(locale, text)| {
            put(out, locale)?;
            put(out, text)
        })
    }
    fn unpack(r: &mut Reader<'_>) -> Self {
        let pairs: Vec<[String; 2]> = Vec::unpack(r);
        Text::new(pairs.into_iter().map(|[locale, text]| (locale, text)))
    }
}

impl Pack for [String; 2] {
    fn pack(&self, out: &mut String) -> Result<(), String> {
        put(out, &self[0])?;
        put(out, &self[1])
    }
    fn unpack(r: &mut Reader<'_>) -> Self {
        [String::unpack(r), String::unpack(r)]
    }
}

/// Enums by their position in a list of every variant.
macro_rules! packed_enum {
    ($t:ty, $all:expr) => {
        impl Pack for $t {
            fn pack(&self, out: &mut String) -> Result<(), String> {
                put_number(out, $all.iter().position(|v| v == self).unwrap_or(0))
            }
            fn unpack(r: &mut Reader<'_>) -> Self {
                let all = $all;
                all[r.below(all.len())]
            }
        }
    };
}

packed_enum!(Purpose, Purpose::ALL);
packed_enum!(OutcomeKind, [OutcomeKind::Decision, OutcomeKind::Block]);
packed_enum!(SupportFor, [SupportFor::Child, SupportFor::Parent, SupportFor::OtherParent, SupportFor::Family]);

impl Pack for CondSrc {
    fn pack(&self, out: &mut String) -> Result<(), String> {
        put(out, &self.src)
    }
    fn unpack(r: &mut Reader<'_>) -> Self {
        let src = String::unpack(r);
        CondSrc { parsed: Cond::parse(&src), src }
    }
}

impl Pack for Next {
    fn pack(&self, out: &mut String) -> Result<(), String> {
        match self {
            Next::To(t) => {
                put_number(out, 0)?;
                put(out, t)
            }
            Next::Routes(rs) => {
                put_number(out, 1)?;
                rs.pack(out)
            }
        }
    }
    fn unpack(r: &mut Reader<'_>) -> Self {
        if r.below(2) == 0 {
            Next::To(String::unpack(r))
        } else {
            Next::Routes(Vec::unpack(r))
        }
    }
}

/// The pack of `flow` and the widget's `words` in its language (none: an empty list). An error
/// if one of the texts holds the separator.
pub fn pack(flow: &Flow, words: &[&str]) -> Result<String, String> {
    let mut out = String::new();
    put(&mut out, PACK_HEADER)?;
    flow.pack(&mut out)?;
    put_number(&mut out, words.len())?;
    words.iter().try_for_each(|w| put(&mut out, w))?;
    Ok(out)
}

/// The flow in `src` and the words after it (borrowed from `src`), if `src` is a whole pack of
/// this layout.
pub fn unpack(src: &str) -> Option<(Flow, Vec<&str>)> {
    let mut r = Reader::new(src);
    let header = r.token() == PACK_HEADER;
    // Not read at all under another header: its layout may be anything.
    let flow = header.then(|| Flow::unpack(&mut r))?;
    let words = r.list(Reader::token);
    (!r.failed() && r.at_end()).then_some((flow, words))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::flow::{single_locale, Route, NATIONAL_FLOW};

    /// Everything of a flow but its index, as text; and the index, which a `HashMap` compares
    /// regardless of order.
    fn parts(mut f: Flow) -> (String, std::collections::HashMap<String, usize>) {
        let index = std::mem::take(&mut f.index);
        (format!("{f:?}"), index)
    }

    #[test]
    fn a_pack_reads_back_as_the_flow_it_was_made_of() {
        let json_sv = single_locale(NATIONAL_FLOW, "sv").unwrap();
        let json_en = single_locale(NATIONAL_FLOW, "en").unwrap();
        for src in [NATIONAL_FLOW, json_sv.as_str(), json_en.as_str()] {
            let flow = Flow::from_json(src).unwrap();
            let packed = pack(&flow, &[]).unwrap();
            assert!(packed.starts_with("orosguiden-flow-pack/3\u{1f}orosguiden-flow/1\u{1f}"));
            let back = Flow::from_pack(&packed).expect("reads back");
            assert_eq!(parts(back.clone()), parts(flow.clone()));
            assert!(!back.index.is_empty(), "indexed natively, as a flow read from JSON");
            // And it packs to the same pack again.
            assert_eq!(pack(&back, &[]).unwrap(), packed);
            // Smaller than the JSON it was made of.
            assert!(packed.len() < src.len() * 19 / 20, "{} of {}", packed.len(), src.len());
        }
        // The widget's form: made in one step from the file.
        let sv = crate::flow::single_locale_pack(NATIONAL_FLOW, "sv").unwrap();
        assert_eq!(sv, pack(&Flow::from_json(&json_sv).unwrap(), &[]).unwrap());
        // The English one carries the widget's English words after the flow.
        let en = crate::flow::single_locale_pack(NATIONAL_FLOW, "en").unwrap();
        let (flow, words) = Flow::from_pack_with_words(&en).unwrap();
        assert_eq!(parts(flow), parts(Flow::from_json(&json_en).unwrap()));
        assert_eq!(words, crate::i18n::EN.words());
        assert_eq!(unpack(&sv).unwrap().1, Vec::<&str>::new(), "the Swedish words are built into the widget");
    }

    #[test]
    fn every_cut_or_damage_gives_none_and_never_panics() {
        for locale in ["sv", "en"] {
            cut_and_damaged(&crate::flow::single_locale_pack(NATIONAL_FLOW, locale).unwrap());
        }
    }

    fn cut_and_damaged(packed: &str) {
        assert!(Flow::from_pack(packed).is_some());
        // Cut short at and inside tokens.
        let ends: Vec<usize> = packed.match_indices(SEP).map(|(i, _)| i).collect();
        for &i in ends.iter().step_by(5) {
            assert!(Flow::from_pack(&packed[..i]).is_none(), "cut before separator {i}");
            assert!(Flow::from_pack(&packed[..i + 1]).is_none() || i + 1 == packed.len(), "cut after separator {i}");
        }
        assert!(Flow::from_pack("").is_none());
        // Anything after the flow.
        assert!(Flow::from_pack(&format!("{packed}x")).is_none());
        assert!(Flow::from_pack(&format!("{packed}x\u{1f}")).is_none());
        // Another header.
        assert!(Flow::from_pack(&packed.replacen("pack/3", "pack/4", 1)).is_none());
        // Fewer words than the list says.
        let (_, words) = unpack(packed).unwrap();
        if let Some(last) = words.last() {
            assert!(Flow::from_pack(&packed[..packed.len() - last.len() - 1]).is_none());
        }
        // The JSON form is not a pack.
        assert!(Flow::from_pack(&single_locale(NATIONAL_FLOW, "sv").unwrap()).is_none());
    }

    #[test]
    fn numbers_bools_options_and_enums_take_only_their_own_tokens() {
        let number = |s: &str| {
            let mut r = Reader::new(s);
            let n = r.number();
            (!r.failed()).then_some(n)
        };
        assert_eq!(number("0\u{1f}"), Some(0));
        assert_eq!(number("42\u{1f}"), Some(42));
        assert_eq!(number(&format!("{}\u{1f}", usize::MAX)), Some(usize::MAX));
        for bad in ["\u{1f}", "-1\u{1f}", "+1\u{1f}", "1 \u{1f}", "1a\u{1f}", "٣\u{1f}", "99999999999999999999999\u{1f}", "1"] {
            assert_eq!(number(bad), None, "{bad:?}");
        }
        fn read<T: Pack>(s: &str) -> Option<T> {
            let mut r = Reader::new(s);
            let v = T::unpack(&mut r);
            (!r.failed() && r.at_end()).then_some(v)
        }
        let read_bool = read::<bool>;
        assert_eq!((read_bool("0\u{1f}"), read_bool("1\u{1f}"), read_bool("2\u{1f}")), (Some(false), Some(true), None));
        let opt = read::<Option<String>>;
        assert_eq!(opt("0\u{1f}"), Some(None));
        assert_eq!(opt("1\u{1f}a\u{1f}"), Some(Some("a".to_string())));
        assert_eq!(opt("2\u{1f}a\u{1f}b\u{1f}"), None);
        assert_eq!(read::<Purpose>("5\u{1f}"), Some(Purpose::Lvm));
        assert_eq!(read::<Purpose>("6\u{1f}"), None);
        assert_eq!(read::<OutcomeKind>("2\u{1f}"), None);
        assert_eq!(read::<SupportFor>("1\u{1f}"), Some(SupportFor::Parent));
        assert!(read::<Next>("2\u{1f}end\u{1f}").is_none());
        assert!(read::<Next>("0\u{1f}end\u{1f}").is_some());
        // A huge length with little after it is refused at once, without allocating for it.
        assert_eq!(read::<Vec<String>>(&format!("{}\u{1f}a\u{1f}", usize::MAX)), None);
        assert_eq!(read::<Vec<String>>("2\u{1f}a\u{1f}b\u{1f}"), Some(vec!["a".to_string(), "b".to_string()]));
        // A record cut short.
        assert!(read::<Route>("0\u{1f}").is_none());
        assert!(read::<Route>("0\u{1f}end\u{1f}").is_some());
    }

    #[test]
    fn every_value_round_trips_alone() {
        for p in Purpose::ALL {
            let mut out = String::new();
            p.pack(&mut out).unwrap();
            assert_eq!(Purpose::unpack(&mut Reader::new(&out)), p);
        }
        let t = Text::new([("sv".to_string(), "Hej".to_string()), ("en".to_string(), "".to_string())]);
        let mut out = String::new();
        t.pack(&mut out).unwrap();
        assert_eq!(out, "2\u{1f}en\u{1f}\u{1f}sv\u{1f}Hej\u{1f}");
        assert_eq!(Text::unpack(&mut Reader::new(&out)), t);
        let routes = Next::Routes(vec![Route { when: None, to: "end".into() }]);
        let mut out = String::new();
        routes.pack(&mut out).unwrap();
        let Next::Routes(rs) = Next::unpack(&mut Reader::new(&out)) else { panic!("{out:?}") };
        assert_eq!((rs.len(), rs[0].to.as_str(), rs[0].when.is_none()), (1, "end", true));
    }

    #[test]
    fn a_text_holding_the_separator_cannot_be_packed() {
        let mut flow = Flow::national();
        flow.questions[0].text = Text::new([("sv".to_string(), "a\u{1f}b".to_string())]);
        let e = pack(&flow, &[]).unwrap_err();
        assert!(e.contains("U+001F") && e.contains("a\\u{1f}b"), "{e}");
    }

    mod damage {
        use super::*;
        use proptest::prelude::*;

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(256))]

            /// A token replaced by anything: the reader gives a flow or none, and never panics.
            #[test]
            fn a_damaged_token_never_panics(at in any::<prop::sample::Index>(), with in ".{0,12}") {
                let packed = crate::flow::single_locale_pack(NATIONAL_FLOW, "sv").unwrap();
                let mut tokens: Vec<&str> = packed.split(SEP).collect();
                let i = at.index(tokens.len());
                tokens[i] = &with;
                let damaged = tokens.join("\u{1f}");
                let _ = Flow::from_pack(&damaged);
            }

            /// Any text at all is no flow, without a panic.
            #[test]
            fn any_text_is_no_flow(s in "(orosguiden-flow-pack/3\u{1f})?[0-9a-z\u{1f}]{0,64}") {
                prop_assert!(Flow::from_pack(&s).is_none());
            }
        }
    }
}
