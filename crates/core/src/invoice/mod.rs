//! Invoices and credit notes as documents: drafted from shares, numbered once, then never
//! changed. Every document adds up (lines = net total; net + VAT = gross), asserted.

pub mod records;
pub mod reference;
pub mod vat;

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::explain::{Step, Value};
use crate::money::{Currency, Money};
use crate::period::Period;
pub use vat::{Treatment, VatCategory, VatSubtotal};

/// Invoice (UNCL 1001 code 380) or credit note (381).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum DocumentKind {
    Invoice,
    CreditNote,
}

impl DocumentKind {
    pub fn type_code(self) -> &'static str {
        match self {
            DocumentKind::Invoice => "380",
            DocumentKind::CreditNote => "381",
        }
    }
}

/// Seller or buyer: name, postal address, VAT id, and the language documents to it use.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Party {
    /// The member's code, or the funder's name: how the consortium knows the party.
    pub code: String,
    pub name: String,
    pub address: Option<String>,
    pub postcode: Option<String>,
    pub city: Option<String>,
    pub country: String,
    pub vat_id: Option<String>,
    pub email: Option<String>,
    pub language: String,
}

/// Where the seller is paid.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Bank {
    pub iban: String,
    pub bic: Option<String>,
}

/// A currency conversion printed on the document: one `from` is `rate` of `to`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Conversion {
    pub from: Currency,
    pub to: Currency,
    #[serde(with = "rust_decimal::serde::str")]
    pub rate: Decimal,
    pub date: NaiveDate,
    pub source: String,
}

/// One line: a share of one deal for one period.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Line {
    /// 1-based, unique within the document; a credit note's lines keep the invoice's ids.
    pub id: u32,
    pub deal: String,
    pub year: i32,
    pub resource: String,
    pub period: Period,
    pub description: String,
    /// The share in the split's currency, before any conversion.
    pub share: Money,
    /// The line's net amount in the document's currency.
    pub net: Money,
    pub vat: Treatment,
    /// The explanation of the share, one step per item, attached on request. A document
    /// issued before steps had keys stored each as its English text; it reads back as
    /// steps with that text only (`Step::english`).
    pub explanation: Vec<Step>,
}

/// The invoice a credit note corrects.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Credited {
    pub number: String,
    pub issue_date: NaiveDate,
}

/// An invoice or credit note. Drafted with an empty number; numbered once, when issued.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Document {
    pub kind: DocumentKind,
    pub series: String,
    pub number: String,
    pub issue_date: NaiveDate,
    pub due_date: NaiveDate,
    pub currency: Currency,
    pub seller: Party,
    pub bank: Option<Bank>,
    pub buyer: Party,
    /// What the buyer quotes back (EN 16931 BT-10): the member's code.
    pub buyer_reference: String,
    pub lines: Vec<Line>,
    pub vat: Vec<VatSubtotal>,
    pub net_total: Money,
    pub vat_total: Money,
    pub gross_total: Money,
    pub conversion: Option<Conversion>,
    /// The VAT in the seller's national currency, when the document is in another one.
    pub vat_national: Option<Money>,
    pub payment_reference: String,
    pub credits: Option<Credited>,
    /// Words the law asks for ("Reverse charge", an exemption's reason), one per category.
    pub notes: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum InvoiceError {
    #[error("{party} has no {field}: an invoice needs the buyer's and the seller's full billing address")]
    MissingAddress { party: String, field: &'static str },
    #[error("{party} has no VAT id, which a reverse-charge invoice must show")]
    MissingVatId { party: String },
    #[error("{party}'s VAT id is not valid: {message}")]
    BadVatId { party: String, message: Step },
    #[error("no VAT rate for {kind} sold to a buyer in {country} on {date}: add one to vat_rates")]
    NoVatRate { country: String, kind: String, date: NaiveDate },
    #[error("no exchange rate from {from} to {to} on or before {date}: add one to exchange_rates")]
    NoExchangeRate { from: Currency, to: Currency, date: NaiveDate },
    #[error("{0}")]
    Nothing(Step),
    #[error("line {0} is not on the invoice or is already credited")]
    NotCreditable(u32),
}

impl InvoiceError {
    /// The error as a sentence each language can say (decision 46).
    pub fn said(&self) -> Step {
        use InvoiceError as E;
        let text = self.to_string();
        let t = |s: &str| Value::text(s);
        match self {
            E::MissingAddress { party, field } => {
                let field = match *field {
                    "postcode" => "err-address-postcode",
                    "city" => "err-address-city",
                    _ => "err-address-street",
                };
                Step::said("err-invoice-address", text, [("party", t(party)), ("field", Value::phrase(field))])
            }
            E::MissingVatId { party } => Step::said("err-invoice-vat-id", text, [("party", t(party))]),
            E::BadVatId { party, message } => Step::said(
                "err-invoice-bad-vat-id",
                text,
                [("party", t(party)), ("detail", Value::detail(message.clone()))],
            ),
            E::NoVatRate { country, kind, date } => Step::said(
                "err-invoice-no-vat-rate",
                text,
                [("kind", t(kind)), ("country", t(country)), ("date", Value::date(*date))],
            ),
            E::NoExchangeRate { from, to, date } => Step::said(
                "err-invoice-no-fx",
                text,
                [("from", t(from.code())), ("to", t(to.code())), ("date", Value::date(*date))],
            ),
            E::Nothing(said) => said.clone(),
            E::NotCreditable(line) => Step::said("err-invoice-not-creditable", text, [("line", Value::count(*line))]),
        }
    }
}

/// What a document is drafted from: its parties, dates, currency and lines as shares.
pub struct DraftInput {
    pub kind: DocumentKind,
    pub issue_date: NaiveDate,
    pub due_date: NaiveDate,
    /// The document's currency; a conversion is given when it is not the shares' currency.
    pub currency: Currency,
    pub conversion: Option<Conversion>,
    pub seller: Party,
    pub bank: Option<Bank>,
    pub buyer: Party,
    pub lines: Vec<LineInput>,
    pub credits: Option<Credited>,
}

/// A line to draft: a share of a deal and how it is taxed.
pub struct LineInput {
    pub deal: String,
    pub year: i32,
    pub resource: String,
    pub period: Period,
    pub description: String,
    pub share: Money,
    pub vat: Treatment,
    pub explanation: Vec<Step>,
}

/// Drafts a document: checks the parties, converts each line once, computes the VAT per
/// category and the totals. The number stays empty until `issue`.
pub fn draft(input: DraftInput) -> Result<Document, InvoiceError> {
    if input.lines.is_empty() {
        let (text, party) = (format!("{} has nothing to invoice", input.buyer.name), Value::text(&input.buyer.name));
        return Err(InvoiceError::Nothing(Step::said("err-invoice-nothing", text, [("party", party)])));
    }
    check_party(&input.seller, true)?;
    let reverse_charge = input.lines.iter().any(|l| l.vat.category == VatCategory::ReverseCharge);
    check_party(&input.buyer, reverse_charge)?;
    let lines: Vec<Line> = input
        .lines
        .into_iter()
        .enumerate()
        .map(|(i, l)| Line {
            id: u32::try_from(i + 1).expect("fewer than 4 billion lines"),
            net: convert(l.share, input.currency, input.conversion.as_ref()),
            deal: l.deal,
            year: l.year,
            resource: l.resource,
            period: l.period,
            description: l.description,
            share: l.share,
            vat: l.vat,
            explanation: l.explanation,
        })
        .collect();
    let mut doc = Document {
        kind: input.kind,
        series: String::new(),
        number: String::new(),
        issue_date: input.issue_date,
        due_date: input.due_date,
        currency: input.currency,
        seller: input.seller,
        bank: input.bank,
        buyer_reference: input.buyer.code.clone(),
        buyer: input.buyer,
        lines,
        vat: Vec::new(),
        net_total: Money::zero(input.currency),
        vat_total: Money::zero(input.currency),
        gross_total: Money::zero(input.currency),
        conversion: input.conversion,
        vat_national: None,
        payment_reference: String::new(),
        credits: input.credits,
        notes: Vec::new(),
    };
    doc.total();
    Ok(doc)
}

/// A credit note for some lines of an issued invoice (all of them when `line_ids` is empty),
/// leaving out lines already credited. Amounts are positive, as on the invoice.
pub fn credit_note(
    invoice: &Document,
    line_ids: &[u32],
    already_credited: &[u32],
    issue_date: NaiveDate,
) -> Result<Document, InvoiceError> {
    assert_eq!(invoice.kind, DocumentKind::Invoice, "only an invoice is credited");
    assert!(!invoice.number.is_empty(), "only an issued invoice is credited");
    let wanted: Vec<u32> = if line_ids.is_empty() {
        invoice.lines.iter().map(|l| l.id).filter(|id| !already_credited.contains(id)).collect()
    } else {
        line_ids.to_vec()
    };
    let mut lines = Vec::new();
    for id in &wanted {
        let line = invoice.lines.iter().find(|l| l.id == *id).filter(|_| !already_credited.contains(id));
        lines.push(line.ok_or(InvoiceError::NotCreditable(*id))?.clone());
    }
    if lines.is_empty() {
        let text = format!("every line of {} is already credited", invoice.number);
        let number = Value::text(&invoice.number);
        return Err(InvoiceError::Nothing(Step::said("err-invoice-all-credited", text, [("number", number)])));
    }
    let mut doc = Document {
        kind: DocumentKind::CreditNote,
        series: String::new(),
        number: String::new(),
        issue_date,
        due_date: issue_date,
        lines,
        credits: Some(Credited { number: invoice.number.clone(), issue_date: invoice.issue_date }),
        payment_reference: String::new(),
        ..invoice.clone()
    };
    doc.total();
    Ok(doc)
}

impl Document {
    /// Numbers a drafted document: `{series}-{seq:05}`, and its payment reference.
    pub fn issue(mut self, series: &str, seq: u64) -> Document {
        assert!(self.number.is_empty(), "a document is numbered once");
        self.series = series.to_string();
        self.number = format!("{series}-{seq:05}");
        self.payment_reference = reference::creditor_reference(&self.number);
        self
    }

    /// Recomputes the VAT breakdown, totals, national VAT and legal notes from the lines.
    fn total(&mut self) {
        let cur = self.currency;
        self.vat = vat::breakdown(self.lines.iter().map(|l| (&l.vat, l.net)), cur);
        self.net_total = sum(self.lines.iter().map(|l| l.net), cur);
        self.vat_total = sum(self.vat.iter().map(|v| v.tax), cur);
        self.gross_total = self.net_total.checked_add(self.vat_total).expect("same currency");
        self.vat_national = self.national_vat();
        self.notes = self.vat.iter().filter_map(|v| v.treatment.reason.clone()).collect();
        self.notes.dedup();
        self.check();
    }

    /// VAT in the shares' (the seller's) currency, computed on the shares per category.
    fn national_vat(&self) -> Option<Money> {
        let c = self.conversion.as_ref()?;
        if self.vat_total.is_zero() {
            return None;
        }
        let taxes = self.vat.iter().filter(|v| v.treatment.category.charges_vat()).map(|v| {
            let shares = self.lines.iter().filter(|l| l.vat == v.treatment).map(|l| l.share);
            vat::tax_on(sum(shares, c.from), v.treatment.rate)
        });
        Some(sum(taxes, c.from))
    }

    /// The document's arithmetic, asserted: a failure here is a bug, never bad input.
    pub fn check(&self) {
        let cur = self.currency;
        assert!(self.lines.iter().all(|l| l.net.currency() == cur && l.net.is_whole_minor() && !l.net.is_negative()));
        assert_eq!(sum(self.lines.iter().map(|l| l.net), cur), self.net_total, "lines add up to the net total");
        assert_eq!(sum(self.vat.iter().map(|v| v.taxable), cur), self.net_total, "VAT bases add up to the net total");
        assert_eq!(sum(self.vat.iter().map(|v| v.tax), cur), self.vat_total, "VAT amounts add up to the VAT total");
        assert_eq!(self.net_total.checked_add(self.vat_total).unwrap(), self.gross_total, "net + VAT = gross");
    }

    /// Ids of the lines, for crediting.
    pub fn line_ids(&self) -> Vec<u32> {
        self.lines.iter().map(|l| l.id).collect()
    }
}

/// A share in the document's currency: as it is, or converted at the rate and rounded half
/// to even, once per line.
fn convert(share: Money, currency: Currency, conversion: Option<&Conversion>) -> Money {
    match conversion {
        None => {
            assert_eq!(share.currency(), currency, "a share in another currency needs a conversion");
            share
        }
        Some(c) => {
            assert!(share.currency() == c.from && currency == c.to, "the conversion is from the shares' currency");
            Money::new(share.amount() * c.rate, currency).round_half_even()
        }
    }
}

fn sum(amounts: impl Iterator<Item = Money>, currency: Currency) -> Money {
    amounts.fold(Money::zero(currency), |a, b| a.checked_add(b).expect("one currency"))
}

fn check_party(p: &Party, needs_vat_id: bool) -> Result<(), InvoiceError> {
    let missing = |field| InvoiceError::MissingAddress { party: p.name.clone(), field };
    let present = |v: &Option<String>| v.as_deref().is_some_and(|s| !s.trim().is_empty());
    if !present(&p.address) {
        return Err(missing("street address"));
    }
    if !present(&p.postcode) {
        return Err(missing("postcode"));
    }
    if !present(&p.city) {
        return Err(missing("city"));
    }
    match &p.vat_id {
        Some(id) => vat::check_vat_id(&p.country, id)
            .map_err(|message| InvoiceError::BadVatId { party: p.name.clone(), message }),
        None if needs_vat_id => Err(InvoiceError::MissingVatId { party: p.name.clone() }),
        None => Ok(()),
    }
}

/// Where an invoice stands: a draft (drafted for review, not numbered, not stored), then from
/// what was paid and credited against it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Status {
    Draft,
    Issued,
    PartlyPaid,
    Paid,
    Credited,
}

impl Status {
    pub fn name(self) -> &'static str {
        match self {
            Status::Draft => "draft",
            Status::Issued => "issued",
            Status::PartlyPaid => "partly paid",
            Status::Paid => "paid",
            Status::Credited => "credited",
        }
    }

    /// Credited in full; else paid, partly paid or not at all against what is still due.
    pub fn of(gross: Money, paid: Money, credited: Money) -> Status {
        let due = gross.amount() - credited.amount();
        if due <= Decimal::ZERO {
            Status::Credited
        } else if paid.amount() <= Decimal::ZERO {
            Status::Issued
        } else if paid.amount() < due {
            Status::PartlyPaid
        } else {
            Status::Paid
        }
    }
}

#[cfg(test)]
mod tests;
