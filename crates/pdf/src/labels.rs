//! The words printed on documents: each label names its message in locales/*.ftl (decision 37).
//!
//! Every language names every label (crates/i18n's test checks the files). Where no wording
//! in a language is certain, the English one stands, `ENGLISH_ON_PURPOSE` lists it and the
//! file's comment says why, so a translator can find and fill it.

use std::sync::OnceLock;

use konsortio_core::explain::{Step, Value};
pub use konsortio_i18n::Lang;
use konsortio_i18n::{message, message_if, text, Arg};

use crate::format;

/// The printed words of a language, resolved once per process from its Fluent file.
pub trait Words {
    fn text(self, label: Label) -> &'static str;
}

impl Words for Lang {
    fn text(self, label: Label) -> &'static str {
        static TABLE: OnceLock<Vec<Vec<String>>> = OnceLock::new();
        let table = TABLE.get_or_init(|| {
            Lang::ALL.iter().map(|lang| Label::ALL.iter().map(|l| text(*lang, l.id())).collect()).collect()
        });
        let lang = Lang::ALL.iter().position(|l| *l == self).expect("a language of Lang::ALL");
        let label = Label::ALL.iter().position(|l| *l == label).expect("a label of Label::ALL");
        &table[lang][label]
    }
}

/// "Page 2 of 3" in the footer.
pub fn page_of(lang: Lang, page: usize, pages: usize) -> String {
    message(lang, "doc-page-of", &[("n", page.into()), ("m", pages.into())])
}

/// A statement's heading: "Cost statement 2025".
pub fn statement_title(lang: Lang, year: i32) -> String {
    message(lang, "doc-statement", &[("year", year.to_string().into())])
}

/// A step of a share's explanation in `lang`: the message of its sentence form with its values
/// written as the document writes amounts, numbers, percentages and dates. English prints the
/// engine's own text (as the CLI does); a step whose key has no message (stored before keys
/// named sentence forms) or lacks a value its message names prints its English text too.
pub fn step_text(lang: Lang, step: &Step) -> String {
    if lang == Lang::En {
        return step.text.clone();
    }
    step_with(lang, step, |_, value| document_value(value, lang))
}

/// A step in `lang` with each value written by `write(name, value)` (tests write them as the
/// engine's English does).
pub fn step_with(lang: Lang, step: &Step, write: impl Fn(&str, &Value) -> Arg<'static>) -> String {
    let args: Vec<(&str, Arg)> = step.args.iter().map(|(name, value)| (name.as_str(), write(name, value))).collect();
    message_if(lang, &step.key, &args).unwrap_or_else(|| step.text.clone())
}

/// A step through en.ftl with each value written as the engine's English text writes it: the
/// step's own `text` when the English message says what the engine says (what tests check of
/// every sentence form, explanation steps and errors alike).
pub fn step_as_engine_writes(step: &Step) -> String {
    step_with(Lang::En, step, engine_value)
}

/// A value as the engine's English writes it: thousands grouped with commas, "12.5%", "EUR".
fn engine_value(name: &str, value: &Value) -> Arg<'static> {
    use konsortio_core::money::group_thousands;
    match value {
        Value::Text { text } => text.clone().into(),
        // The exact share before rounding is written as it is, without grouping.
        Value::Number { value } if name == "exact" => value.clone().into(),
        Value::Number { value } => group_thousands(value).into(),
        Value::Percent { value } => format!("{value}%").into(),
        Value::Money { amount, currency } => format!("{} {currency}", group_thousands(amount)).into(),
        Value::Count { count } => Arg::Count(*count),
        Value::Year { year } => year.to_string().into(),
        Value::Date { date } => date.to_string().into(),
        Value::Phrase { id } => message_if(Lang::En, id, &[]).unwrap_or_else(|| id.clone()).into(),
        Value::Detail { step } => step_as_engine_writes(step).into(),
    }
}

/// A step's value as a document in `lang` writes it; counts stay numbers for plural forms.
fn document_value(value: &Value, lang: Lang) -> Arg<'static> {
    match value {
        Value::Text { text } => text.clone().into(),
        Value::Number { value } => format::number(value, lang).into(),
        Value::Percent { value } => format::percent_plain(value, lang).into(),
        Value::Money { amount, currency } => format::money_plain(amount, currency, lang).into(),
        Value::Count { count } => Arg::Count(*count),
        Value::Year { year } => year.to_string().into(),
        Value::Date { date } => format::date(*date, lang).into(),
        Value::Phrase { id } => message_if(lang, id, &[]).unwrap_or_else(|| id.clone()).into(),
        Value::Detail { step } => step_text(lang, step).into(),
    }
}

/// One printed word or phrase without arguments (those with one: `page_of`, `statement_title`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Label {
    Invoice,
    CreditNote,
    Number,
    IssueDate,
    DueDate,
    PaymentReference,
    BuyerReference,
    Buyer,
    VatId,
    Email,
    CreditedInvoice,
    Description,
    Period,
    VatRate,
    Net,
    VatBreakdown,
    Category,
    Taxable,
    Vat,
    NetTotal,
    VatTotal,
    TotalToPay,
    TotalCredited,
    ExchangeRate,
    VatNational,
    PaymentDetails,
    Beneficiary,
    Amount,
    ReverseCharge,
    CategoryStandard,
    CategoryZeroRated,
    CategoryExempt,
    CategoryIntraCommunity,
    CategoryExport,
    CategoryNotSubject,
    Member,
    Deal,
    WholeShare,
    FunderPaid,
    YouPay,
    LastYear,
    Change,
    CostPerUse,
    Total,
    HowComputed,
}

impl Label {
    pub const ALL: [Label; 45] = [
        Label::Invoice,
        Label::CreditNote,
        Label::Number,
        Label::IssueDate,
        Label::DueDate,
        Label::PaymentReference,
        Label::BuyerReference,
        Label::Buyer,
        Label::VatId,
        Label::Email,
        Label::CreditedInvoice,
        Label::Description,
        Label::Period,
        Label::VatRate,
        Label::Net,
        Label::VatBreakdown,
        Label::Category,
        Label::Taxable,
        Label::Vat,
        Label::NetTotal,
        Label::VatTotal,
        Label::TotalToPay,
        Label::TotalCredited,
        Label::ExchangeRate,
        Label::VatNational,
        Label::PaymentDetails,
        Label::Beneficiary,
        Label::Amount,
        Label::ReverseCharge,
        Label::CategoryStandard,
        Label::CategoryZeroRated,
        Label::CategoryExempt,
        Label::CategoryIntraCommunity,
        Label::CategoryExport,
        Label::CategoryNotSubject,
        Label::Member,
        Label::Deal,
        Label::WholeShare,
        Label::FunderPaid,
        Label::YouPay,
        Label::LastYear,
        Label::Change,
        Label::CostPerUse,
        Label::Total,
        Label::HowComputed,
    ];
}

impl Label {
    /// The message id in locales/*.ftl: "doc-" and the label in kebab case.
    pub fn id(self) -> &'static str {
        match self {
            Label::Invoice => "doc-invoice",
            Label::CreditNote => "doc-credit-note",
            Label::Number => "doc-number",
            Label::IssueDate => "doc-issue-date",
            Label::DueDate => "doc-due-date",
            Label::PaymentReference => "doc-payment-reference",
            Label::BuyerReference => "doc-buyer-reference",
            Label::Buyer => "doc-buyer",
            Label::VatId => "doc-vat-id",
            Label::Email => "doc-email",
            Label::CreditedInvoice => "doc-credited-invoice",
            Label::Description => "doc-description",
            Label::Period => "doc-period",
            Label::VatRate => "doc-vat-rate",
            Label::Net => "doc-net",
            Label::VatBreakdown => "doc-vat-breakdown",
            Label::Category => "doc-category",
            Label::Taxable => "doc-taxable",
            Label::Vat => "doc-vat",
            Label::NetTotal => "doc-net-total",
            Label::VatTotal => "doc-vat-total",
            Label::TotalToPay => "doc-total-to-pay",
            Label::TotalCredited => "doc-total-credited",
            Label::ExchangeRate => "doc-exchange-rate",
            Label::VatNational => "doc-vat-national",
            Label::PaymentDetails => "doc-payment-details",
            Label::Beneficiary => "doc-beneficiary",
            Label::Amount => "doc-amount",
            Label::ReverseCharge => "doc-reverse-charge",
            Label::CategoryStandard => "doc-category-standard",
            Label::CategoryZeroRated => "doc-category-zero-rated",
            Label::CategoryExempt => "doc-category-exempt",
            Label::CategoryIntraCommunity => "doc-category-intra-community",
            Label::CategoryExport => "doc-category-export",
            Label::CategoryNotSubject => "doc-category-not-subject",
            Label::Member => "doc-member",
            Label::Deal => "doc-deal",
            Label::WholeShare => "doc-whole-share",
            Label::FunderPaid => "doc-funder-paid",
            Label::YouPay => "doc-you-pay",
            Label::LastYear => "doc-last-year",
            Label::Change => "doc-change",
            Label::CostPerUse => "doc-cost-per-use",
            Label::Total => "doc-total",
            Label::HowComputed => "doc-how-computed",
        }
    }
}

/// Labels a language prints in English because no wording in it is certain.
pub const ENGLISH_ON_PURPOSE: &[(Lang, Label)] = &[
    (Lang::Tr, Label::ReverseCharge),
    (Lang::Tr, Label::CategoryIntraCommunity),
    (Lang::Zh, Label::ReverseCharge),
    (Lang::Zh, Label::CategoryIntraCommunity),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_has_every_label_and_english_only_on_purpose() {
        for lang in Lang::ALL {
            for label in Label::ALL {
                let text = lang.text(label);
                assert!(!text.trim().is_empty(), "{lang:?} {label:?} is empty");
                let same_as_english = lang != Lang::En && text == Lang::En.text(label);
                let on_purpose = ENGLISH_ON_PURPOSE.contains(&(lang, label));
                // A few words are the same in two languages ("Period", "Export").
                let shared_word = matches!((lang, label), (Lang::Sv, Label::Period | Label::CategoryExport));
                assert_eq!(same_as_english && !shared_word, on_purpose, "{lang:?} {label:?}: '{text}'");
            }
        }
    }

    #[test]
    fn templates_fill_their_arguments() {
        let pages: Vec<String> = Lang::ALL.iter().map(|l| page_of(*l, 2, 3)).collect();
        assert_eq!(pages, ["Page 2 of 3", "Sivu 2/3", "Sida 2 av 3", "Sayfa 2/3", "第 2 页，共 3 页"]);
        let titles: Vec<String> = Lang::ALL.iter().map(|l| statement_title(*l, 2025)).collect();
        assert_eq!(
            titles,
            [
                "Cost statement 2025",
                "Kustannuserittely 2025",
                "Kostnadsspecifikation 2025",
                "Maliyet dökümü 2025",
                "2025 年费用明细"
            ]
        );
    }

    #[test]
    fn label_list_has_each_label_once() {
        for (i, a) in Label::ALL.iter().enumerate() {
            assert!(!Label::ALL[i + 1..].contains(a), "{a:?} twice");
            assert!(!Label::ALL[i + 1..].iter().any(|b| b.id() == a.id()), "{} twice", a.id());
        }
    }

    #[test]
    fn words_come_from_the_fluent_files() {
        assert_eq!(Lang::Fi.text(Label::ReverseCharge), "Käännetty verovelvollisuus");
        assert_eq!(Lang::Sv.text(Label::ReverseCharge), "Omvänd skattskyldighet");
        assert_eq!(Lang::Zh.text(Label::Invoice), "发票");
        assert_eq!(Lang::Tr.text(Label::CreditedInvoice), "İlgili fatura");
    }
}
