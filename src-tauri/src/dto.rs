//! What crosses to the UI: plain serialisable shapes of the application API's results.
//! Money crosses as exact decimal text with its currency, never as a float.

use konsortio_app::{
    AppError, Document, DocumentKind, DraftBatch, ImportSummary, InvoiceSummary, IssueOutcome, MemberShare, Payment,
    Renewal, SplitView, Table,
};
use konsortio_core::invoice::Party;
use konsortio_core::{Comparison, Explanation, Money, Step};
use konsortio_i18n::Lang;
use serde::Serialize;
use std::sync::atomic::{AtomicUsize, Ordering};

/// An error as the UI receives it: a stable code, the message, and the field it concerns.
#[derive(Debug, Serialize)]
pub struct CommandError {
    pub code: &'static str,
    pub message: String,
    pub field: Option<String>,
}

impl From<AppError> for CommandError {
    fn from(e: AppError) -> Self {
        let field = match &e {
            AppError::Record { field, .. } | AppError::Input { field, .. } | AppError::Field { field, .. } => {
                Some(field.clone())
            }
            // The file that would be overwritten: the UI asks, then tries again with force.
            AppError::Exists { file } => Some(file.clone()),
            _ => None,
        };
        CommandError { code: e.code(), message: konsortio_app::error_text(error_language(), &e), field }
    }
}

/// The language errors are put in: the window's (`set_language`), English until it says.
static ERROR_LANGUAGE: AtomicUsize = AtomicUsize::new(0);

pub fn set_error_language(lang: Lang) {
    let index = Lang::ALL.iter().position(|l| *l == lang).expect("a language Konsortio speaks");
    ERROR_LANGUAGE.store(index, Ordering::Relaxed);
}

fn error_language() -> Lang {
    Lang::ALL[ERROR_LANGUAGE.load(Ordering::Relaxed)]
}

#[derive(Serialize)]
pub struct Amount {
    /// Exact decimal text with the currency's decimals: "1234.50".
    pub amount: String,
    pub currency: String,
}

impl From<Money> for Amount {
    fn from(m: Money) -> Self {
        Amount { amount: m.plain(), currency: m.currency().code().to_string() }
    }
}

#[derive(Serialize)]
pub struct Info {
    pub database: String,
    pub consortium: Option<String>,
    pub currency: Option<String>,
    pub year: i32,
    /// The invoice export formats this build offers: "csv", "ubl" (and "pdf" once it exists).
    pub export_formats: Vec<&'static str>,
    pub vocabulary: Vocabulary,
}

/// The fixed value lists the forms offer as choices, from the core's record definitions.
#[derive(Serialize)]
pub struct Vocabulary {
    /// Licence terms (ERMI) whose value is a permission, in the core's order.
    pub permission_terms: &'static [&'static str],
    /// Licence terms whose value is free text or a number.
    pub text_terms: &'static [&'static str],
    /// The permission values: permitted_explicit, ..., silent, not_applicable.
    pub permissions: &'static [&'static str],
    pub member_kinds: &'static [&'static str],
    pub resource_kinds: &'static [&'static str],
}

impl Vocabulary {
    pub fn get() -> Vocabulary {
        use konsortio_core::records::{MEMBER_KINDS, PERMISSIONS, PERMISSION_TERMS, RESOURCE_KINDS, TEXT_TERMS};
        Vocabulary {
            permission_terms: PERMISSION_TERMS,
            text_terms: TEXT_TERMS,
            permissions: PERMISSIONS,
            member_kinds: MEMBER_KINDS,
            resource_kinds: RESOURCE_KINDS,
        }
    }
}

/// What an import stored: how many records of which kind.
#[derive(Serialize)]
pub struct ImportDto {
    pub kind: &'static str,
    pub records: usize,
}

impl From<ImportSummary> for ImportDto {
    fn from(s: ImportSummary) -> Self {
        ImportDto { kind: s.kind.name(), records: s.records }
    }
}

#[derive(Serialize)]
pub struct TableDto {
    pub headers: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

impl From<Table> for TableDto {
    fn from(t: Table) -> Self {
        TableDto { headers: t.headers, rows: t.rows }
    }
}

#[derive(Serialize)]
pub struct ShareDto {
    pub code: String,
    pub name: String,
    pub payable: Amount,
    pub funded: Amount,
    pub notional: Amount,
    pub last_year: Option<Amount>,
}

#[derive(Serialize)]
pub struct SplitDto {
    pub deal: String,
    pub year: i32,
    pub rule: String,
    pub total: Amount,
    pub funder_part: Amount,
    pub list_price: Option<Amount>,
    pub shares: Vec<ShareDto>,
    /// "2026-11-21T10:00:00Z by anna" when finalised.
    pub finalised: Option<String>,
}

impl From<SplitView> for SplitDto {
    fn from(v: SplitView) -> Self {
        let cur = v.input.currency;
        let shares = v
            .split
            .shares()
            .zip(&v.input.participants)
            .map(|(s, p)| ShareDto {
                code: s.code.to_string(),
                name: p.name.to_string(),
                payable: s.payable.into(),
                funded: s.funded.into(),
                notional: s.notional().into(),
                last_year: p.last_year.map(|d| Money::new(d, cur).into()),
            })
            .collect();
        SplitDto {
            deal: v.input.deal.clone(),
            year: v.input.year,
            rule: v.input.rule.to_string(),
            total: v.split.total.into(),
            funder_part: v.split.funder_part.into(),
            list_price: v.split.list_price.map(Into::into),
            shares,
            finalised: v.finalised.map(|(at, by)| format!("{at} by {by}")),
        }
    }
}

/// An explanation's steps as the UI gets them: `{ key, text, args }`, each arg typed
/// (`{ type: "money", amount, currency }`, `{ type: "count", count }`, ...; konsortio-core's
/// `explain::Value`). The UI puts a step in words with `t(key, args)`, or shows `text`
/// where the key has no message (decision 43).
pub fn steps(e: Explanation) -> Vec<Step> {
    e.steps
}

#[derive(Serialize)]
pub struct ComparisonRowDto {
    pub code: String,
    pub name: String,
    pub payable: Vec<Amount>,
    pub last_year: Option<Amount>,
    pub standalone: Option<Amount>,
}

#[derive(Serialize)]
pub struct ComparisonDto {
    pub scenarios: Vec<String>,
    pub totals: Vec<Amount>,
    /// The central funder's part under each scenario.
    pub funder_parts: Vec<Amount>,
    /// The offer's list price for the year, when it has one.
    pub list_price: Option<Amount>,
    pub rows: Vec<ComparisonRowDto>,
}

impl From<Comparison> for ComparisonDto {
    fn from(c: Comparison) -> Self {
        ComparisonDto {
            scenarios: c.scenarios,
            totals: c.splits.iter().map(|s| s.total.into()).collect(),
            funder_parts: c.splits.iter().map(|s| s.funder_part.into()).collect(),
            list_price: c.splits.first().and_then(|s| s.list_price).map(Into::into),
            rows: c
                .rows
                .into_iter()
                .map(|r| ComparisonRowDto {
                    code: r.code,
                    name: r.name,
                    payable: r.payable.into_iter().map(Into::into).collect(),
                    last_year: r.last_year.map(Into::into),
                    standalone: r.standalone.map(Into::into),
                })
                .collect(),
        }
    }
}

#[derive(Serialize)]
pub struct RenewalDto {
    pub kind: &'static str,
    pub code: String,
    pub title: String,
    pub end_date: String,
    pub notice_deadline: Option<String>,
    pub overdue: bool,
    pub ended: bool,
}

impl From<Renewal> for RenewalDto {
    fn from(r: Renewal) -> Self {
        RenewalDto {
            kind: r.kind,
            code: r.code,
            title: r.title,
            end_date: r.end_date.to_string(),
            notice_deadline: r.notice_deadline.map(|d| d.to_string()),
            overdue: r.overdue,
            ended: r.ended,
        }
    }
}

#[derive(Serialize)]
pub struct MemberShareDto {
    pub deal: String,
    pub title: String,
    pub year: i32,
    pub payable: Amount,
    pub funded: Amount,
    pub finalised: bool,
}

impl From<MemberShare> for MemberShareDto {
    fn from(s: MemberShare) -> Self {
        MemberShareDto {
            deal: s.deal,
            title: s.title,
            year: s.year,
            payable: s.payable.into(),
            funded: s.funded.into(),
            finalised: s.finalised,
        }
    }
}

/// One row of the invoice register.
#[derive(Serialize)]
pub struct InvoiceRowDto {
    pub number: String,
    /// "invoice" or "credit_note".
    pub kind: &'static str,
    pub issue_date: String,
    pub due_date: String,
    pub recipient: String,
    pub currency: String,
    pub gross: Amount,
    pub paid: Amount,
    pub credited: Amount,
    /// The invoice a credit note corrects.
    pub credits: Option<String>,
    /// "issued", "partly paid", "paid" or "credited".
    pub status: &'static str,
}

pub fn kind_name(kind: DocumentKind) -> &'static str {
    match kind {
        DocumentKind::Invoice => "invoice",
        DocumentKind::CreditNote => "credit_note",
    }
}

impl From<InvoiceSummary> for InvoiceRowDto {
    fn from(s: InvoiceSummary) -> Self {
        let status = s.status().name();
        InvoiceRowDto {
            number: s.number,
            kind: kind_name(s.kind),
            issue_date: s.issue_date,
            due_date: s.due_date,
            recipient: s.recipient,
            currency: s.currency.to_string(),
            gross: s.gross.into(),
            paid: s.paid.into(),
            credited: s.credited.into(),
            credits: s.credits,
            status,
        }
    }
}

#[derive(Serialize)]
pub struct PartyDto {
    pub code: String,
    pub name: String,
    pub address: Option<String>,
    pub postcode: Option<String>,
    pub city: Option<String>,
    pub country: String,
    pub vat_id: Option<String>,
    pub email: Option<String>,
}

impl From<Party> for PartyDto {
    fn from(p: Party) -> Self {
        PartyDto {
            code: p.code,
            name: p.name,
            address: p.address,
            postcode: p.postcode,
            city: p.city,
            country: p.country,
            vat_id: p.vat_id,
            email: p.email,
        }
    }
}

#[derive(Serialize)]
pub struct LineDto {
    pub id: u32,
    pub deal: String,
    pub year: i32,
    pub resource: String,
    pub period_start: String,
    pub period_end: String,
    pub description: String,
    /// The share in the split's currency, before any conversion.
    pub share: Amount,
    /// The line's net amount in the document's currency.
    pub net: Amount,
    /// EN 16931 category code: S, Z, E, AE, K, G, O.
    pub vat_category: &'static str,
    /// Percent as exact text: "14", "25.5".
    pub vat_rate: String,
    /// The share's explanation, steps as `steps` gives them.
    pub explanation: Vec<Step>,
}

#[derive(Serialize)]
pub struct VatDto {
    pub category: &'static str,
    pub rate: String,
    /// Why no VAT is charged, for the categories that need a reason.
    pub reason: Option<String>,
    pub taxable: Amount,
    pub tax: Amount,
}

#[derive(Serialize)]
pub struct ConversionDto {
    pub from: String,
    pub to: String,
    /// One `from` is `rate` of `to`, exact text.
    pub rate: String,
    pub date: String,
    pub source: String,
}

#[derive(Serialize)]
pub struct CreditedDto {
    pub number: String,
    pub issue_date: String,
}

/// An invoice or credit note as issued: parties, lines, VAT breakdown and totals.
#[derive(Serialize)]
pub struct DocumentDto {
    pub kind: &'static str,
    pub number: String,
    pub issue_date: String,
    pub due_date: String,
    pub currency: String,
    pub seller: PartyDto,
    pub iban: Option<String>,
    pub bic: Option<String>,
    pub buyer: PartyDto,
    pub buyer_reference: String,
    pub lines: Vec<LineDto>,
    pub vat: Vec<VatDto>,
    pub net_total: Amount,
    pub vat_total: Amount,
    pub gross_total: Amount,
    pub conversion: Option<ConversionDto>,
    /// The VAT in the seller's currency, when the document is in another one.
    pub vat_national: Option<Amount>,
    pub payment_reference: String,
    pub credits: Option<CreditedDto>,
    /// Words the law asks for, such as "Reverse charge".
    pub notes: Vec<String>,
}

impl From<Document> for DocumentDto {
    fn from(d: Document) -> Self {
        let lines = d
            .lines
            .into_iter()
            .map(|l| LineDto {
                id: l.id,
                deal: l.deal,
                year: l.year,
                resource: l.resource,
                period_start: l.period.start.to_string(),
                period_end: l.period.end.to_string(),
                description: l.description,
                share: l.share.into(),
                net: l.net.into(),
                vat_category: l.vat.category.code(),
                vat_rate: l.vat.rate.normalize().to_string(),
                explanation: l.explanation,
            })
            .collect();
        let vat = d
            .vat
            .into_iter()
            .map(|v| VatDto {
                category: v.treatment.category.code(),
                rate: v.treatment.rate.normalize().to_string(),
                reason: v.treatment.reason,
                taxable: v.taxable.into(),
                tax: v.tax.into(),
            })
            .collect();
        let (iban, bic) = d.bank.map_or((None, None), |b| (Some(b.iban), b.bic));
        DocumentDto {
            kind: kind_name(d.kind),
            number: d.number,
            issue_date: d.issue_date.to_string(),
            due_date: d.due_date.to_string(),
            currency: d.currency.to_string(),
            seller: d.seller.into(),
            iban,
            bic,
            buyer: d.buyer.into(),
            buyer_reference: d.buyer_reference,
            lines,
            vat,
            net_total: d.net_total.into(),
            vat_total: d.vat_total.into(),
            gross_total: d.gross_total.into(),
            conversion: d.conversion.map(|c| ConversionDto {
                from: c.from.to_string(),
                to: c.to.to_string(),
                rate: c.rate.normalize().to_string(),
                date: c.date.to_string(),
                source: c.source,
            }),
            vat_national: d.vat_national.map(Into::into),
            payment_reference: d.payment_reference,
            credits: d.credits.map(|c| CreditedDto { number: c.number, issue_date: c.issue_date.to_string() }),
            notes: d.notes,
        }
    }
}

#[derive(Serialize)]
pub struct PaymentDto {
    pub date: String,
    pub amount: Amount,
    pub reference: Option<String>,
}

impl From<Payment> for PaymentDto {
    fn from(p: Payment) -> Self {
        PaymentDto { date: p.date, amount: p.amount.into(), reference: p.reference }
    }
}

/// A document with where it stands: its register row's status, payments, and the lines
/// credit notes have already credited (those cannot be credited again).
#[derive(Serialize)]
pub struct InvoiceDetailDto {
    pub document: DocumentDto,
    pub status: &'static str,
    pub paid: Amount,
    pub credited: Amount,
    pub payments: Vec<PaymentDto>,
    pub credited_lines: Vec<u32>,
}

/// How far a long batch or export is, sent to the window as it goes.
#[derive(Clone, Serialize)]
pub struct Progress {
    pub done: usize,
    pub total: usize,
}

/// A batch drafted for review: the documents issuing would store, none numbered (their
/// `number` is empty), and how many shares an invoice already bills.
#[derive(Serialize)]
pub struct DraftBatchDto {
    pub drafts: Vec<DocumentDto>,
    pub already_invoiced: usize,
}

impl From<DraftBatch> for DraftBatchDto {
    fn from(b: DraftBatch) -> Self {
        DraftBatchDto { drafts: b.drafts.into_iter().map(Into::into).collect(), already_invoiced: b.already_invoiced }
    }
}

#[derive(Serialize)]
pub struct IssueOutcomeDto {
    pub issued: Vec<String>,
    pub already_invoiced: usize,
}

impl From<IssueOutcome> for IssueOutcomeDto {
    fn from(o: IssueOutcome) -> Self {
        IssueOutcomeDto { issued: o.issued, already_invoiced: o.already_invoiced }
    }
}

#[derive(Serialize)]
pub struct ExportDto {
    pub files: usize,
    pub dir: String,
}
