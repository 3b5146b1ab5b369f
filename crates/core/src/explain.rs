//! Explanations: the steps behind a member's share, in words and numbers a member can follow.
//!
//! Each step carries its sentence in English (`text`, what the CLI prints) and, for every
//! other language, the sentence's form as a stable message key (`explain-…`, one key per
//! sentence form, every one listed in `KEYS`) with its values as typed data (`args`). The
//! core knows nothing of languages: the messages live in `locales/*.ftl`, and konsortio-pdf
//! and the desktop UI put a step in words in the reader's language (decision 43).

use std::collections::BTreeMap;

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::money::Money;

/// One step of an explanation. `key` names the sentence form (stable, for translations; the
/// message of that id in `locales/*.ftl`); `text` is the step in English with the numbers
/// filled in; `args` are the values the sentence names, by the message's `{ $name }`s.
///
/// A step stored before keys named sentence forms (in an issued invoice's document: a plain
/// string, or a key such as "central" with no message) reads back with its English text only,
/// and is printed as that text in every language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "StoredStep")]
pub struct Step {
    pub key: String,
    pub text: String,
    #[serde(default)]
    pub args: BTreeMap<String, Value>,
}

impl Step {
    /// A step known only by its English text (old stored data, a hand-written note).
    pub fn english(text: impl Into<String>) -> Step {
        Step { key: String::new(), text: text.into(), args: BTreeMap::new() }
    }
}

impl Step {
    /// A sentence of form `key` (a message id in `locales/*.ftl`) with its English text and the
    /// values it names. Errors say what is wrong this way too, so that each reader's language
    /// can put them in words (decision 46).
    pub fn said<const N: usize>(key: &str, text: impl Into<String>, args: [(&str, Value); N]) -> Step {
        debug_assert!(!key.is_empty(), "a said sentence has a key");
        Step {
            key: key.to_string(),
            text: text.into(),
            args: args.into_iter().map(|(name, value)| (name.to_string(), value)).collect(),
        }
    }
}

/// A step or an error's detail prints as its English text.
impl std::fmt::Display for Step {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text)
    }
}

impl From<&str> for Step {
    fn from(text: &str) -> Step {
        Step::english(text)
    }
}

impl From<String> for Step {
    fn from(text: String) -> Step {
        Step::english(text)
    }
}

/// A step as stored: a plain English string (invoice documents issued before steps had keys)
/// or the whole step, whose `args` may be missing (explanations before args).
#[derive(Deserialize)]
#[serde(untagged)]
enum StoredStep {
    Text(String),
    Step {
        key: String,
        text: String,
        #[serde(default)]
        args: BTreeMap<String, Value>,
    },
}

impl From<StoredStep> for Step {
    fn from(s: StoredStep) -> Step {
        match s {
            StoredStep::Text(text) => Step::english(text),
            StoredStep::Step { key, text, args } => Step { key, text, args },
        }
    }
}

/// A value a step names, typed so that each language can write it its own way. Decimals are
/// exact text ("1234.5"), never floats.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Value {
    /// Words printed as they are: a funder's or a metric's name, a basis as the rule writes it.
    Text { text: String },
    /// An exact decimal, plain: "1234.5".
    Number { value: String },
    /// A percentage as a plain decimal: "12.5" for 12.5 %.
    Percent { value: String },
    /// An amount: plain decimal text with the currency's decimals, and the ISO 4217 code.
    Money { amount: String, currency: String },
    /// A whole count (participants, members, months, days): it also picks a plural form.
    Count { count: i64 },
    /// A calendar year, written ungrouped.
    Year { year: i32 },
    /// A calendar day.
    Date { date: NaiveDate },
    /// A phrase of the reader's language, by its message id ("explain-funder-default").
    Phrase { id: String },
    /// A whole sentence inside another: what is wrong, inside the error that says where
    /// ("rule clause 'shared: x': 'x' is not a metric name").
    Detail { step: Box<Step> },
}

impl Value {
    pub fn text(s: impl Into<String>) -> Value {
        Value::Text { text: s.into() }
    }

    pub fn number(d: Decimal) -> Value {
        Value::Number { value: d.normalize().to_string() }
    }

    pub fn percent(d: Decimal) -> Value {
        Value::Percent { value: d.normalize().to_string() }
    }

    /// Money as its English text shows it: rounded to the currency's minor unit.
    pub fn money(m: Money) -> Value {
        Value::Money { amount: m.plain(), currency: m.currency().code().to_string() }
    }

    pub fn count(n: impl TryInto<i64>) -> Value {
        Value::Count { count: n.try_into().unwrap_or(i64::MAX) }
    }

    pub fn year(y: i32) -> Value {
        Value::Year { year: y }
    }

    pub fn date(d: NaiveDate) -> Value {
        Value::Date { date: d }
    }

    pub fn detail(step: Step) -> Value {
        Value::Detail { step: Box::new(step) }
    }

    pub fn phrase(id: &str) -> Value {
        debug_assert!(PHRASES.contains(&id), "phrase '{id}' is not in explain::PHRASES");
        Value::Phrase { id: id.to_string() }
    }
}

/// Every sentence form the engine and the pricing can emit, by message key. Each has a
/// message in every `locales/*.ftl` with the `{ $name }`s its steps carry (a test in
/// konsortio-pdf checks both).
pub const KEYS: &[&str] = &[
    // Pricing (pricing.rs)
    "explain-price-total",
    "explain-price-per-site",
    "explain-price-by-count",
    "explain-price-rise",
    "explain-price-converted",
    // The split (split.rs), in the order a step can come
    "explain-total",
    "explain-prorata-months",
    "explain-prorata-days",
    "explain-central-percent",
    "explain-central-fixed",
    "explain-central-full",
    "explain-notional",
    "explain-rest",
    "explain-fixed-member",
    "explain-fixed-all",
    "explain-flat",
    "explain-flat-prorata",
    "explain-flat-all",
    "explain-metric",
    "explain-metric-average",
    "explain-band",
    "explain-component",
    "explain-publish",
    "explain-no-last-year",
    "explain-ceiling-uniform",
    "explain-ceiling-own",
    "explain-ceiling-metric",
    "explain-ceiling-last-year",
    "explain-floor",
    "explain-bound-floor",
    "explain-bound-ceiling",
    "explain-bound-none",
    "explain-bound-scaled-more",
    "explain-bound-scaled-less",
    "explain-rounding",
    "explain-central-attributed",
    "explain-central-cap",
    "explain-result",
    "explain-result-funded",
];

/// The phrases a step's value may name (`Value::Phrase`); each has a message too.
pub const PHRASES: &[&str] = &[
    "explain-funder-default",
    "explain-basis-equal",
    // Words inside errors (decision 46)
    "err-split-open-start",
    "err-split-open-end",
    "err-address-street",
    "err-address-postcode",
    "err-address-city",
    // What an error says is missing or wrong (AppError::NotFound's and Record's kind)
    "err-kind-deal",
    "err-kind-invoice",
    "err-kind-participant",
    "err-kind-participation",
    "err-kind-member",
    "err-kind-resource",
    "err-kind-vendor",
    "err-kind-funder",
    "err-kind-offer",
    "err-kind-licence",
    "err-kind-database",
    "err-kind-usage-import",
    "err-kind-usage-mapping",
    "err-kind-sushi-endpoint",
    "err-kind-sushi-credentials",
    "err-table-resources",
    "err-table-member-metrics",
    "err-table-licences",
    "err-table-licence-terms",
    "err-table-licence-amendments",
    "err-table-deals",
    "err-table-offers",
    "err-table-participations",
    "err-table-usage-imports",
];

/// How one member's share came about, from the deal price to the rounded amount.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Explanation {
    pub member: String,
    pub steps: Vec<Step>,
}

impl std::fmt::Display for Explanation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        for (i, step) in self.steps.iter().enumerate() {
            writeln!(f, "{:>2}. {}", i + 1, step.text)?;
        }
        Ok(())
    }
}

/// A step's English text and its named values, as a step's closure returns them.
pub(crate) type Said = (String, Vec<(&'static str, Value)>);

/// A step of sentence form `key` (one of `KEYS`).
pub(crate) fn step(key: &str, (text, args): Said) -> Step {
    debug_assert!(KEYS.contains(&key), "step key '{key}' is not in explain::KEYS");
    Step { key: key.to_string(), text, args: args.into_iter().map(|(k, v)| (k.to_string(), v)).collect() }
}

/// Collects steps for one watched member (or for nobody: then every call is a cheap no-op,
/// so the same code path serves the fast split and the explanation).
pub(crate) struct Trace {
    watch: Option<usize>,
    pub(crate) steps: Vec<Step>,
}

impl Trace {
    pub(crate) fn off() -> Trace {
        Trace { watch: None, steps: Vec::new() }
    }

    pub(crate) fn watching(member: usize) -> Trace {
        Trace { watch: Some(member), steps: Vec::new() }
    }

    #[inline]
    pub(crate) fn watched(&self) -> Option<usize> {
        self.watch
    }

    /// A step that concerns everyone (the price, the funder's part).
    #[inline]
    pub(crate) fn all(&mut self, key: &str, say: impl FnOnce() -> Said) {
        if self.watch.is_some() {
            self.steps.push(step(key, say()));
        }
    }

    /// A step about member `i`, recorded only when `i` is the watched member.
    #[inline]
    pub(crate) fn member(&mut self, i: usize, key: &str, say: impl FnOnce() -> Said) {
        if self.watch == Some(i) {
            self.steps.push(step(key, say()));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stored_steps_read_back_old_and_new() {
        // (stored JSON, key, English text, number of args)
        let cases = [
            (r#""You pay 10.00 EUR.""#, "", "You pay 10.00 EUR.", 0),
            (r#"{"key":"central","text":"X pays a fixed 5.00 EUR."}"#, "central", "X pays a fixed 5.00 EUR.", 0),
            (
                r#"{"key":"explain-result","text":"You pay 10.00 EUR.","args":{"payable":{"type":"money","amount":"10.00","currency":"EUR"}}}"#,
                "explain-result",
                "You pay 10.00 EUR.",
                1,
            ),
        ];
        for (json, key, text, args) in cases {
            let s: Step = serde_json::from_str(json).unwrap();
            assert_eq!((s.key.as_str(), s.text.as_str(), s.args.len()), (key, text, args), "{json}");
        }
    }

    #[test]
    fn a_step_round_trips_through_json() {
        let s = step(
            "explain-total",
            ("The price…".into(), vec![("year", Value::year(2025)), ("n", Value::count(3_usize))]),
        );
        let json = serde_json::to_string(&s).unwrap();
        assert!(json.contains(r#""n":{"type":"count","count":3}"#), "{json}");
        assert_eq!(serde_json::from_str::<Step>(&json).unwrap(), s);
    }
}
