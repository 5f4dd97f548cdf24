//! The national flow: questions, choices, outcomes and legal references, parsed strictly.
//!
//! Routing is "this choice leads to that question", optionally guarded by a condition over the
//! facts recorded so far; choices record facts; outcomes are selected by conditions over facts.

use crate::cond::Cond;
use crate::cond::Facts;
use crate::json::{invalid, variant, variant_of, Error, FromJson, FromKey, Node, Value};
use crate::text::Text;
use serde::de::Error as _;
use serde::{Deserialize, Deserializer, Serialize};

/// The schema identifier the flow file must declare.
pub const FLOW_SCHEMA: &str = "orosguiden-flow/1";

/// The target that ends a journey.
pub const END: &str = "end";

/// Declares a record type of the flow with its fields listed once. From the one list come the
/// struct as written (its attributes and docs), its reader from the JSON file
/// ([`crate::json::FromJson`]: `req`uired or `opt`ional, under the field's own name, any other
/// name an error), its pack ([`crate::pack::Pack`]: the fields in declaration order) and its
/// part in [`Flow::same_structure`] ([`SameStructure`]: every field compared but texts and the
/// fields marked `free`, which may differ between the languages of one flow). Fields after `;`
/// are not in the file: they start at their default and are neither packed nor compared.
macro_rules! flow_record {
    (
        $(#[$attr:meta])*
        pub struct $t:ident {
            $( $(#[$fattr:meta])* pub $f:ident: $ft:ty => $how:ident $($free:ident)?, )*
            $( ; $( $(#[$xattr:meta])* $xvis:vis $x:ident: $xt:ty, )* )?
        }
    ) => {
        $(#[$attr])*
        pub struct $t {
            $( $(#[$fattr])* pub $f: $ft, )*
            $( $( $(#[$xattr])* $xvis $x: $xt, )* )?
        }

        impl FromJson for $t {
            fn read(n: &Node, e: &mut Vec<Error>) -> Self {
                let f = crate::json::object(n, &[$(stringify!($f)),*], e);
                $t { $($f: f.$how(stringify!($f), e),)* $($($x: Default::default(),)*)? }
            }
        }

        impl crate::pack::Pack for $t {
            fn pack(&self, out: &mut String) -> Result<(), String> {
                $( crate::pack::Pack::pack(&self.$f, out)?; )*
                Ok(())
            }
            fn unpack(r: &mut crate::pack::Reader<'_>) -> Self {
                $t { $( $f: crate::pack::Pack::unpack(r), )* $($( $x: Default::default(), )*)? }
            }
        }

        impl SameStructure for $t {
            fn same(&self, o: &Self) -> bool {
                true $( && same_field!($($free)? self.$f, o.$f) )*
            }
        }
    };
}

/// One field's part in [`SameStructure`]: compared, or (`free`) not.
macro_rules! same_field {
    (free $a:expr, $b:expr) => {
        true
    };
    ($a:expr, $b:expr) => {
        SameStructure::same(&$a, &$b)
    };
}

/// Whether two values of a flow route alike: equal but for their texts, which may differ
/// between the languages of one flow ([`Flow::same_structure`]). Records get it from
/// [`flow_record!`]; whether a text is there at all (an optional hint, the number of
/// paragraphs) is structure.
pub trait SameStructure {
    /// Whether `self` and `other` are the same but for texts.
    fn same(&self, other: &Self) -> bool;
}

impl SameStructure for Text {
    fn same(&self, _: &Self) -> bool {
        true
    }
}

impl<T: SameStructure> SameStructure for Option<T> {
    fn same(&self, other: &Self) -> bool {
        match (self, other) {
            (Some(a), Some(b)) => a.same(b),
            (a, b) => a.is_none() && b.is_none(),
        }
    }
}

impl<T: SameStructure> SameStructure for Vec<T> {
    fn same(&self, other: &Self) -> bool {
        self.len() == other.len() && self.iter().zip(other).all(|(a, b)| a.same(b))
    }
}

/// Values without texts: the same when equal.
macro_rules! same_when_equal {
    ($($t:ty),*) => {
        $(impl SameStructure for $t {
            fn same(&self, other: &Self) -> bool {
                self == other
            }
        })*
    };
}
same_when_equal!(String, bool, Purpose, OutcomeKind, SupportFor);

impl SameStructure for CondSrc {
    fn same(&self, other: &Self) -> bool {
        self.src == other.src
    }
}

impl SameStructure for Next {
    fn same(&self, other: &Self) -> bool {
        match (self, other) {
            (Next::To(a), Next::To(b)) => a == b,
            (Next::Routes(a), Next::Routes(b)) => a.same(b),
            _ => false,
        }
    }
}

flow_record! {
    /// The whole national flow.
    #[derive(Debug, Clone, Default, Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct Flow {
        /// Must equal [`FLOW_SCHEMA`].
        pub schema: String => req,
        /// The content version, e.g. a date; shown in the summary so a printout can be traced.
        pub version: String => req,
        /// Locales every text must have.
        pub locales: Vec<String> => req free,
        /// The first question.
        pub start: String => req,
        /// The question whose choice says who the user is; configurations route per role by its
        /// choice ids.
        pub role_question: String => req,
        /// Every fact a choice may record, with what it means.
        pub facts: Vec<FactDef> => req,
        /// Every legal reference; outcomes cite them by id.
        pub legal: Vec<LegalRef> => req,
        /// Labels for the contact purposes outcomes use.
        pub purposes: Vec<PurposeDef> => req,
        /// The questions.
        pub questions: Vec<Question> => req,
        /// Decisions and blocks, in the order they are considered and shown.
        pub outcomes: Vec<OutcomeDef> => req,
        ;
        /// Question positions by id, built after parsing (not part of the file), so that lookups
        /// stay cheap and validating a large flow takes time linear in its size.
        #[serde(skip)]
        #[cfg_attr(target_arch = "wasm32", allow(dead_code))]
        pub(crate) index: QuestionIndex,
    }
}

/// Question positions by id. None in the widget: its flows have a dozen questions, where a
/// linear search is as quick, and a hash map's code (hashing, random keys, look-ups) would be
/// part of its download (BENCHMARKS.md).
#[cfg(not(target_arch = "wasm32"))]
pub(crate) type QuestionIndex = std::collections::HashMap<String, usize>;
#[cfg(target_arch = "wasm32")]
pub(crate) type QuestionIndex = ();

flow_record! {
    /// A declared fact.
    #[derive(Debug, Clone, Default, Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct FactDef {
        /// Snake-case id used in conditions.
        pub id: String => req,
        /// What recording it means, for reviewers (English).
        pub means: String => req free,
    }
}

flow_record! {
    /// One legal reference. Unverified ones are shown with "verifiera lokalt".
    #[derive(Debug, Clone, Default, Serialize, Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct LegalRef {
        /// Kebab-case id.
        pub id: String => req,
        /// The citation as shown to the user.
        pub citation: Text => req,
        /// Whether the citation was checked against a published source.
        pub verified: bool => req,
        /// Where it was checked, or why it is not verified (for reviewers).
        pub source: String => req free,
    }
}

/// Why a unit is listed on an outcome.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Purpose {
    /// Receives reports (orosanmälan).
    #[default]
    Report,
    /// Takes anonymous consultations.
    Consult,
    /// To phone now: the office-hours unit, or the social jour when it is closed.
    Acute,
    /// Internal consultation by local routine (never replacing the personal duty).
    Internal,
    /// Barnombud in health care.
    Barnombud,
    /// Receives reports under LVM 6 § (the adult unit).
    Lvm,
}

impl Purpose {
    /// Every purpose.
    pub const ALL: [Purpose; 6] = [Purpose::Report, Purpose::Consult, Purpose::Acute, Purpose::Internal, Purpose::Barnombud, Purpose::Lvm];

    /// The id as written in files.
    pub fn id(self) -> &'static str {
        ["report", "consult", "acute", "internal", "barnombud", "lvm"][self as usize]
    }
}

flow_record! {
    /// The label of a contact purpose.
    #[derive(Debug, Clone, Default, Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct PurposeDef {
        /// The purpose.
        pub id: Purpose => req,
        /// Heading above the unit, e.g. "Anmäl till".
        pub label: Text => req,
        /// How to reach this purpose's unit when the child lives in a municipality the
        /// configuration does not cover, or the user does not know where (required for the
        /// purposes of social services: report, consult, acute, lvm).
        #[serde(default)]
        pub elsewhere: Option<Text> => opt,
    }
}

flow_record! {
    /// One question, shown alone on its page.
    #[derive(Debug, Clone, Default, Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct Question {
        /// Kebab-case id naming the subject.
        pub id: String => req,
        /// The question itself (the fieldset legend).
        pub text: Text => req,
        /// Short help under the question.
        #[serde(default)]
        pub hint: Option<Text> => opt,
        /// Concrete things one may have seen or heard, listed under the question.
        #[serde(default)]
        pub examples: Vec<Text> => opt,
        /// The short label used on "Check your answers".
        pub short: Text => req,
        /// The choices, in display order.
        pub choices: Vec<Choice> => req,
        /// Checkboxes: the user picks every choice that applies (at least one unless `optional`).
        /// The facts of all picked choices are recorded; the question's own `next` says where the
        /// journey goes.
        #[serde(default)]
        pub multiple: bool => opt,
        /// A multiple question that may be answered with no choice at all.
        #[serde(default)]
        pub optional: bool => opt,
        /// Where a multiple question leads (a radio question's choices each say it instead).
        #[serde(default)]
        pub next: Option<Next> => opt,
    }
}

flow_record! {
    /// One choice of a question.
    #[derive(Debug, Clone, Default, Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct Choice {
        /// Kebab-case id, unique within the question.
        pub id: String => req,
        /// The radio label.
        pub label: Text => req,
        /// Help under the label.
        #[serde(default)]
        pub hint: Option<Text> => opt,
        /// Facts this choice records.
        #[serde(default)]
        pub sets: Vec<String> => opt,
        /// Where the journey goes next: required for a radio question's choices, absent for a
        /// multiple question's (the question says it).
        #[serde(default)]
        pub next: Option<Next> => opt,
    }
}

/// Where a choice leads: a question id or `end`, or routes tried in order.
#[derive(Debug, Clone)]
pub enum Next {
    /// Always this target.
    To(String),
    /// The first route whose condition holds; the last route has none.
    Routes(Vec<Route>),
}

flow_record! {
    /// A guarded route.
    #[derive(Debug, Clone, Default, Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct Route {
        /// The guard; absent means always.
        #[serde(default)]
        pub when: Option<CondSrc> => opt,
        /// A question id or `end`.
        pub to: String => req,
    }
}

impl<'de> Deserialize<'de> for Next {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let v = serde_json::Value::deserialize(d)?;
        match v {
            serde_json::Value::String(s) => Ok(Next::To(s)),
            serde_json::Value::Array(_) => Vec::<Route>::deserialize(v).map(Next::Routes).map_err(D::Error::custom),
            _ => Err(D::Error::custom("`next` must be a question id, \"end\", or a list of {\"when\", \"to\"} routes")),
        }
    }
}

/// A condition as written in the file, kept with its parse result.
#[derive(Debug, Clone)]
pub struct CondSrc {
    /// The source text.
    pub src: String,
    /// The parsed condition, or why it does not parse (reported by validation).
    pub parsed: Result<Cond, String>,
}

impl<'de> Deserialize<'de> for CondSrc {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let src = String::deserialize(d)?;
        let parsed = Cond::parse(&src);
        Ok(CondSrc { src, parsed })
    }
}

/// Only for a value that could not be read (see crate::json): an empty condition, which does not
/// parse.
impl Default for CondSrc {
    fn default() -> Self {
        CondSrc { src: String::new(), parsed: Err(String::new()) }
    }
}

/// Only for a value that could not be read (see crate::json).
impl Default for Next {
    fn default() -> Self {
        Next::To(String::new())
    }
}

impl CondSrc {
    /// Evaluates; a condition that did not parse never holds (validation rejects such flows).
    pub fn eval(&self, facts: &Facts) -> bool {
        self.parsed.as_ref().map(|c| c.eval(facts)).unwrap_or(false)
    }
}

/// Whether an outcome is the decision or a block added to it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OutcomeKind {
    /// The one decision of a path: the first decision whose condition holds.
    #[default]
    Decision,
    /// Added to the decision whenever its condition holds.
    Block,
}

/// Which support offers from the configuration an outcome lists.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SupportFor {
    /// Offers for the child.
    #[default]
    Child,
    /// Offers for the parent with the problem.
    Parent,
    /// Offers for the other parent or carer.
    OtherParent,
    /// Offers for the family together.
    Family,
}

flow_record! {
    /// A decision or block as written in the flow.
    #[derive(Debug, Clone, Default, Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct OutcomeDef {
        /// Kebab-case id naming the result.
        pub id: String => req,
        /// Decision or block.
        pub kind: OutcomeKind => req,
        /// When it applies.
        pub when: CondSrc => req,
        /// Show at once, without "Check your answers" (acute decisions).
        #[serde(default)]
        pub urgent: bool => opt,
        /// The heading.
        pub title: Text => req,
        /// Why: the reason for a decision, the point of a block.
        #[serde(default)]
        pub reason: Option<Text> => opt,
        /// Paragraphs.
        #[serde(default)]
        pub body: Vec<Text> => opt,
        /// A checklist under the paragraphs.
        #[serde(default)]
        pub list: Vec<Text> => opt,
        /// Next steps this outcome adds, in order.
        #[serde(default)]
        pub steps: Vec<Text> => opt,
        /// Legal references cited.
        #[serde(default)]
        pub legal: Vec<String> => opt,
        /// Units to show, by purpose, resolved from the configuration.
        #[serde(default)]
        pub contacts: Vec<Purpose> => opt,
        /// Support offers to list.
        #[serde(default)]
        pub support: Option<SupportFor> => opt,
        /// Show the local routine text for the user's role from the configuration, if any.
        #[serde(default)]
        pub routine: bool => opt,
        /// Shown only for children of these ages (ids of [`crate::child::AgeBand`], "unknown"
        /// included); empty: whatever the age. A path that reaches such an outcome asks the age.
        #[serde(default)]
        pub ages: Vec<String> => opt,
    }
}

/// Why a flow or configuration file could not be read: every problem found, in file order,
/// each ending in "at line L column C".
#[derive(Debug)]
pub struct ParseError(pub Vec<String>);

impl std::fmt::Display for ParseError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0.join("; "))
    }
}

/// A flow read when it is first used rather than when it is made. The widget embeds its flow
/// as a pack ([`crate::pack`]); its start page needs none of it, so reading can wait until
/// after the first paint (or until the first answer, if that comes sooner).
///
/// Dereferences to the [`Flow`], reading it then if it has not been read yet. Only for packs
/// known to read — the widget's own, made and checked when it is built: one that does not
/// read panics on first use.
pub struct LazyFlow {
    src: &'static str,
    flow: std::cell::OnceCell<Flow>,
}

impl LazyFlow {
    /// A flow to be read from the pack `src` on first use.
    pub fn new(src: &'static str) -> LazyFlow {
        LazyFlow { src, flow: std::cell::OnceCell::new() }
    }

    /// The flow, read now if it was not yet.
    pub fn get(&self) -> &Flow {
        self.flow.get_or_init(|| match Flow::from_pack(self.src) {
            Some(f) => f,
            None => panic!("the embedded flow is not a pack of this build"),
        })
    }

    /// Whether the flow has been read.
    pub fn is_parsed(&self) -> bool {
        self.flow.get().is_some()
    }
}

impl From<Flow> for LazyFlow {
    fn from(flow: Flow) -> LazyFlow {
        LazyFlow { src: "", flow: std::cell::OnceCell::from(flow) }
    }
}

impl std::ops::Deref for LazyFlow {
    type Target = Flow;
    fn deref(&self) -> &Flow {
        self.get()
    }
}

impl Flow {
    /// Parses a flow file strictly: unknown fields and wrong types are errors. Structural
    /// problems (dangling ids, unreachable questions) are found by [`crate::validate`].
    pub fn from_json(src: &str) -> Result<Flow, ParseError> {
        let flow: Flow = crate::json::read(src).map_err(ParseError)?;
        Ok(flow.indexed())
    }

    /// Reads a pack made by [`crate::pack::pack`] (the widget's form of the flow); `None` if
    /// `src` is not a whole pack of this layout.
    pub fn from_pack(src: &str) -> Option<Flow> {
        Flow::from_pack_with_words(src).map(|(flow, _)| flow)
    }

    /// Reads a pack and the widget's words it carries after the flow (the English pack's; none
    /// in the Swedish one).
    pub fn from_pack_with_words(src: &str) -> Option<(Flow, Vec<&str>)> {
        crate::pack::unpack(src).map(|(flow, words)| (flow.indexed(), words))
    }

    #[cfg_attr(target_arch = "wasm32", allow(unused_mut))]
    fn indexed(mut self) -> Flow {
        // Not in the widget: its flows have a dozen questions, where a linear search is as quick,
        // and the hash map's code would add to its download (BENCHMARKS.md).
        #[cfg(not(target_arch = "wasm32"))]
        for (i, q) in self.questions.iter().enumerate() {
            // The first of duplicate ids wins, as a linear search would find it.
            self.index.entry(q.id.clone()).or_insert(i);
        }
        self
    }

    /// The national flow shipped with the product.
    pub fn national() -> Flow {
        Flow::from_json(NATIONAL_FLOW).expect("the national flow is checked by the tests")
    }

    /// A question by id.
    pub fn question(&self, id: &str) -> Option<&Question> {
        #[cfg(not(target_arch = "wasm32"))]
        if let Some(q) = self.index.get(id).and_then(|&i| self.questions.get(i)).filter(|q| q.id == id) {
            return Some(q);
        }
        // Not indexed (the widget, or questions changed after parsing): search.
        self.questions.iter().find(|q| q.id == id)
    }

    /// A legal reference by id.
    pub fn legal_ref(&self, id: &str) -> Option<&LegalRef> {
        self.legal.iter().find(|l| l.id == id)
    }

    /// The label of a purpose.
    pub fn purpose_label(&self, p: Purpose) -> Option<&Text> {
        self.purposes.iter().find(|d| d.id == p).map(|d| &d.label)
    }

    /// Where an answer to `question` leads given the facts recorded so far (including those
    /// of the picked choices): the question's own `next` for a multiple question, else the
    /// picked choice's.
    pub fn next_of<'q>(&self, question: &'q Question, picked: &[&'q Choice], facts: &Facts) -> Option<&'q str> {
        let next = match (&question.next, picked) {
            (Some(n), _) => n,
            (None, [c, ..]) => c.next.as_ref()?,
            (None, []) => return None,
        };
        next.target(facts)
    }
}

impl Flow {
    /// Whether every text of the flow is in `locale` (as the file declares).
    pub fn has_locale(&self, locale: &str) -> bool {
        self.locales.iter().any(|l| l == locale)
    }

    /// Whether `other` routes exactly as this flow does: the same questions, choices, facts,
    /// routes and outcomes with the same conditions and contacts; only texts may differ. The
    /// widget takes a fetched English flow only if it is the same flow as the Swedish one it
    /// ships, so a stale file on the server can never route differently in English.
    pub fn same_structure(&self, other: &Flow) -> bool {
        self.same(other)
    }
}

impl Next {
    /// The target given the facts: the first route whose condition holds.
    pub fn target(&self, facts: &Facts) -> Option<&str> {
        match self {
            Next::To(t) => Some(t),
            Next::Routes(rs) => rs.iter().find(|r| r.when.as_ref().is_none_or(|c| c.eval(facts))).map(|r| r.to.as_str()),
        }
    }

    /// Every target it may lead to, in order.
    pub fn targets(&self) -> Vec<&str> {
        match self {
            Next::To(t) => vec![t.as_str()],
            Next::Routes(rs) => rs.iter().map(|r| r.to.as_str()).collect(),
        }
    }
}

/// The separator of the choices of a multiple question's answer: `substance,violence`.
pub const CHOICE_SEP: char = ',';

/// Why an answer's choices are not a valid answer to their question.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Selection {
    /// No choice, for a question that needs one.
    Empty,
    /// Several choices for a radio question.
    Several,
    /// The same choice twice.
    Repeated,
}

impl Question {
    /// A choice by id.
    pub fn choice(&self, id: &str) -> Option<&Choice> {
        self.choices.iter().find(|c| c.id == id)
    }

    /// The choices an answer picks, in the question's order. `answer` is a choice id, or for
    /// a multiple question the ids joined by [`CHOICE_SEP`] (empty: none). `Err(Ok(id))`
    /// names a choice the question does not have; `Err(Err(..))` says what else is wrong.
    pub fn picked<'q, 'a>(&'q self, answer: &'a str) -> Result<Vec<&'q Choice>, Result<&'a str, Selection>> {
        let ids: Vec<&str> = if answer.is_empty() { Vec::new() } else { answer.split(CHOICE_SEP).collect() };
        for id in &ids {
            if self.choice(id).is_none() {
                return Err(Ok(id));
            }
        }
        if ids.iter().enumerate().any(|(i, id)| ids[..i].contains(id)) {
            return Err(Err(Selection::Repeated));
        }
        match ids.len() {
            0 if !(self.multiple && self.optional) => Err(Err(Selection::Empty)),
            2.. if !self.multiple => Err(Err(Selection::Several)),
            _ => Ok(self.choices.iter().filter(|c| ids.contains(&c.id.as_str())).collect()),
        }
    }

    /// The answer that picks `choices`, written as [`Question::picked`] reads it, in the
    /// question's order.
    pub fn answer_of<'a>(&self, choices: impl IntoIterator<Item = &'a str>) -> String {
        let ids: Vec<&str> = choices.into_iter().collect();
        let mut out = String::new();
        for c in self.choices.iter().filter(|c| ids.contains(&c.id.as_str())) {
            if !out.is_empty() {
                out.push(CHOICE_SEP);
            }
            out.push_str(&c.id);
        }
        out
    }

    /// Every target an answer may lead to.
    pub fn targets(&self) -> Vec<&str> {
        match &self.next {
            Some(n) => n.targets(),
            None => self.choices.iter().filter_map(|c| c.next.as_ref()).flat_map(Next::targets).collect(),
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Reading (see crate::json); field names as in the serde attributes above.

const PURPOSE_NAMES: [&str; 6] = ["report", "consult", "acute", "internal", "barnombud", "lvm"];

impl FromJson for Purpose {
    fn read(n: &Node, e: &mut Vec<Error>) -> Self {
        variant_of(n, &PURPOSE_NAMES, &Purpose::ALL, e)
    }
}

impl FromKey for Purpose {
    fn from_key(at: usize, key: &str, e: &mut Vec<Error>) -> Self {
        variant(at, key, &PURPOSE_NAMES, &Purpose::ALL, e)
    }
}

impl FromJson for SupportFor {
    fn read(n: &Node, e: &mut Vec<Error>) -> Self {
        variant_of(n, &["child", "parent", "other_parent", "family"], &SupportFor::ALL, e)
    }
}

impl FromJson for OutcomeKind {
    fn read(n: &Node, e: &mut Vec<Error>) -> Self {
        variant_of(n, &["decision", "block"], &[OutcomeKind::Decision, OutcomeKind::Block], e)
    }
}

impl FromJson for CondSrc {
    fn read(n: &Node, e: &mut Vec<Error>) -> Self {
        let src = String::read(n, e);
        CondSrc { parsed: Cond::parse(&src), src }
    }
}

impl FromJson for Next {
    fn read(n: &Node, e: &mut Vec<Error>) -> Self {
        match &n.value {
            Value::Str(s) => Next::To(s.to_string()),
            Value::Arr(_) => Next::Routes(FromJson::read(n, e)),
            _ => {
                e.push(invalid(n, "`next` to be a question id, \"end\", or a list of {\"when\", \"to\"} routes"));
                Next::default()
            }
        }
    }
}

/// The flow file `src` with every text in `locale` only, for the widget: it ships Swedish and
/// fetches English when asked for (issue 6, size). A text is an object whose keys are all
/// locales of the flow; a text without `locale` is an error (the validator requires every
/// locale, so the national flow has none). The notes for reviewers, which the widget never
/// shows (what each fact means, where each legal reference was checked), are left empty.
pub fn single_locale(src: &str, locale: &str) -> Result<String, ParseError> {
    let mut root = crate::json::parse(src).map_err(|e| ParseError(vec![e.located(src)]))?;
    let flow = Flow::from_json(src)?;
    let mut missing = Vec::new();
    keep_locale(&mut root, &flow.locales, locale, &mut missing);
    if let Some(at) = missing.first() {
        let e = crate::json::Error { at: *at, message: format!("a text without \"{locale}\"") };
        return Err(ParseError(vec![e.located(src)]));
    }
    // It now declares the one locale it has.
    if let Value::Obj(fs) = &mut root.value {
        if let Some((_, v)) = fs.iter_mut().find(|(k, _)| k == "locales") {
            v.value = Value::Arr(vec![Node { at: v.at, value: Value::Str(locale.to_string().into()) }]);
        }
    }
    blank_reviewer_notes(&mut root);
    let mut out = String::new();
    crate::json::write(&root, &mut out);
    Ok(out)
}

/// The flow file `src` in `locale` only ([`single_locale`]) as a pack ([`crate::pack`]): the
/// form the widget embeds (Swedish) and fetches (English). The English pack carries the
/// widget's own English words too ([`crate::i18n`]); the widget has its Swedish ones built in.
pub fn single_locale_pack(src: &str, locale: &str) -> Result<String, ParseError> {
    let flow = Flow::from_json(&single_locale(src, locale)?)?;
    let words = if locale == "en" { crate::i18n::EN.words() } else { &[] };
    crate::pack::pack(&flow, words).map_err(|e| ParseError(vec![e]))
}

/// Empties `facts[].means` and `legal[].source`: kept as fields, so the flow still reads
/// strictly, but without their text.
fn blank_reviewer_notes(root: &mut Node) {
    let Value::Obj(fs) = &mut root.value else { return };
    for (list, field) in [("facts", "means"), ("legal", "source")] {
        let Some((_, Node { value: Value::Arr(items), .. })) = fs.iter_mut().find(|(k, _)| k == list) else { continue };
        for item in items {
            let Value::Obj(item) = &mut item.value else { continue };
            for (_, v) in item.iter_mut().filter(|(k, _)| k == field) {
                v.value = Value::Str(String::new().into());
            }
        }
    }
}

fn keep_locale(n: &mut Node, locales: &[String], locale: &str, missing: &mut Vec<usize>) {
    match &mut n.value {
        Value::Obj(fs) if !fs.is_empty() && fs.iter().all(|(k, v)| locales.iter().any(|l| l == k) && matches!(v.value, Value::Str(_))) => {
            let at = n.at;
            fs.retain(|(k, _)| k == locale);
            if fs.is_empty() {
                missing.push(at);
            }
        }
        Value::Obj(fs) => fs.iter_mut().for_each(|(_, v)| keep_locale(v, locales, locale, missing)),
        Value::Arr(xs) => xs.iter_mut().for_each(|v| keep_locale(v, locales, locale, missing)),
        _ => {}
    }
}

/// The national flow as shipped (Swedish first).
pub const NATIONAL_FLOW: &str = include_str!("../flow/national.json");
