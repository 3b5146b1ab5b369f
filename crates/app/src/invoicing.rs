//! Invoicing use cases: draft every document of a batch first (so a bad member stops the
//! batch before anything is numbered), then number and store them in chunks, each chunk
//! one transaction; credit notes, payments and the register.

use std::collections::BTreeMap;

use chrono::{Datelike, Days, NaiveDate};
use konsortio_core::explain::{Step, Value};
use konsortio_core::invoice::records::{rate_for, treatment_for, Funder, FxRate, VatRate};
use konsortio_core::invoice::{
    self, Bank, Conversion, DocumentKind, DraftInput, InvoiceError, LineInput, Party, Status,
};
use konsortio_core::records::{Consortium, Deal, Member, Resource};
use konsortio_core::{explain, Currency, Money};
use konsortio_store::{AuditEntry, FrozenSplit, InvoiceReads, InvoiceSummary, Issuer, Payment, Reads, Store};

pub use konsortio_core::invoice::Document;

use crate::{now, App, AppError};

/// Documents stored per transaction in a batch: a kill loses at most one chunk's work,
/// and never leaves a gap (the chunk's numbers and documents go together).
const CHUNK: usize = 100;

/// Whom a batch invoices.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum InvoiceMode {
    /// One invoice per participating member and deal, for what the member pays.
    PerMember,
    /// One invoice per deal to its funder, for the funder's part.
    Funder,
    /// One invoice per member for all its deals of the year.
    Consolidated,
}

/// A batch to issue: the finalised splits of `year` (of one deal, or all), as `mode` says.
#[derive(Clone, Debug)]
pub struct IssueRequest {
    pub year: i32,
    pub deal: Option<String>,
    pub mode: InvoiceMode,
    pub issue_date: NaiveDate,
    /// Attach each share's explanation to its line.
    pub explain: bool,
}

/// A batch drafted for review: every document it would issue, none numbered or stored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DraftBatch {
    pub drafts: Vec<Document>,
    /// Shares left out because an invoice already bills them.
    pub already_invoiced: usize,
}

/// What a batch did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IssueOutcome {
    pub issued: Vec<String>,
    /// Shares left out because an invoice already bills them.
    pub already_invoiced: usize,
}

impl App {
    /// Drafts a batch for review without numbering or storing anything: the documents
    /// `issue_invoices` would issue for the same request on the same data, each checked as
    /// issuing checks it (billing address, VAT id, VAT rate, exchange rate, printable text).
    pub fn draft_invoices(&self, req: &IssueRequest) -> Result<DraftBatch, AppError> {
        let (drafts, already_invoiced) = Drafting::read(&self.store, req)?.drafts(&self.store, req)?;
        Ok(DraftBatch { drafts, already_invoiced })
    }

    /// Issues a batch of invoices. Every document is drafted and checked first; then they
    /// are numbered and stored `CHUNK` at a time, calling `progress(done, total)` after each.
    pub fn issue_invoices(
        &mut self,
        req: &IssueRequest,
        progress: &mut dyn FnMut(usize, usize),
    ) -> Result<IssueOutcome, AppError> {
        let DraftBatch { drafts, already_invoiced } = self.draft_invoices(req)?;
        let series = req.issue_date.year().to_string();
        let mut issued = Vec::with_capacity(drafts.len());
        let total = drafts.len();
        for chunk in drafts.chunks(CHUNK) {
            let actor = self.actor.name.clone();
            let numbers = self.store.write(|tx| {
                let open = tx.invoiced_shares(req.year)?;
                let at = now();
                let mut numbers = Vec::new();
                for doc in chunk {
                    if doc.lines.iter().any(|l| open.contains(&(l.deal.clone(), doc.buyer.code.clone()))) {
                        return Err(AppError::invalid(
                            "err-invoice-meanwhile",
                            format!("{} was invoiced by someone else meanwhile: run the batch again", doc.buyer.name),
                            [("party", Value::text(&doc.buyer.name))],
                        ));
                    }
                    let doc = tx.issue(doc.clone(), &series, &Issuer { at: &at, by: &actor })?;
                    audit_issue(tx, &at, &actor, &doc)?;
                    numbers.push(doc.number);
                }
                Ok::<_, AppError>(numbers)
            })?;
            issued.extend(numbers);
            progress(issued.len(), total);
        }
        Ok(IssueOutcome { issued, already_invoiced })
    }

    /// Credits lines of an issued invoice (all that are not credited yet when `lines` is
    /// empty) with a credit note of the series `CN-{year}`; the shares it frees can be
    /// invoiced again.
    pub fn credit(&mut self, number: &str, lines: &[u32], issue_date: NaiveDate) -> Result<Document, AppError> {
        let actor = self.actor.name.clone();
        self.store.write(|tx| {
            let original =
                tx.document(number)?.ok_or_else(|| AppError::NotFound { kind: "invoice", key: number.into() })?;
            if original.kind != DocumentKind::Invoice {
                let text = format!("{number} is a credit note; only invoices are credited");
                return Err(AppError::invalid("err-credit-a-credit-note", text, [("number", Value::text(number))]));
            }
            let credited = tx.credited_lines(number)?;
            let note = invoice::credit_note(&original, lines, &credited, issue_date)
                .map_err(|error| AppError::Invoice { party: original.buyer.name.clone(), error: Box::new(error) })?;
            let at = now();
            let note = tx.issue(note, &format!("CN-{}", issue_date.year()), &Issuer { at: &at, by: &actor })?;
            audit_issue(tx, &at, &actor, &note)?;
            Ok(note)
        })
    }

    /// Records a payment against an invoice; more than is still due is refused.
    pub fn record_payment(
        &mut self,
        number: &str,
        date: NaiveDate,
        amount: &str,
        reference: Option<&str>,
    ) -> Result<Status, AppError> {
        let actor = self.actor.name.clone();
        self.store.write(|tx| {
            let summary = invoice_summary(tx, number)?;
            let amount = Money::parse(amount, summary.currency).map_err(|e| AppError::Record {
                kind: "payments".into(),
                field: "amount".into(),
                message: e.said(),
            })?;
            let due = summary.gross.amount() - summary.paid.amount() - summary.credited.amount();
            if amount.is_negative() || amount.is_zero() || amount.amount() > due {
                let due = Money::new(due, summary.currency);
                return Err(AppError::Record {
                    kind: "payments".into(),
                    field: "amount".into(),
                    message: Step::said(
                        "err-payment-amount",
                        format!("{amount} is not between 0 and the {due} still due on {number}"),
                        [
                            ("amount", Value::text(amount.to_string())),
                            ("due", Value::money(due)),
                            ("number", Value::text(number)),
                        ],
                    ),
                });
            }
            let at = now();
            let payment = Payment { date: date.to_string(), amount, reference: reference.map(Into::into) };
            tx.record_payment(number, &payment, &Issuer { at: &at, by: &actor })?;
            tx.audit(&AuditEntry {
                at,
                actor: actor.clone(),
                action: "payment".into(),
                kind: "invoices".into(),
                key: number.into(),
                detail: format!("{amount} on {date}"),
            })?;
            Ok(invoice_summary(tx, number)?.status())
        })
    }

    /// The register: every invoice and credit note, with payments and credits.
    pub fn invoices(&self) -> Result<Vec<InvoiceSummary>, AppError> {
        Ok(self.store.invoices()?)
    }

    pub fn document(&self, number: &str) -> Result<Document, AppError> {
        self.store.document(number)?.ok_or_else(|| AppError::NotFound { kind: "invoice", key: number.into() })
    }

    /// Every stored document, by series and number.
    pub fn documents(&self) -> Result<Vec<Document>, AppError> {
        Ok(self.store.documents()?)
    }

    pub fn payments(&self, number: &str) -> Result<Vec<Payment>, AppError> {
        Ok(self.store.payments(number)?)
    }
}

fn invoice_summary(r: &impl Reads, number: &str) -> Result<InvoiceSummary, AppError> {
    r.invoices()?
        .into_iter()
        .find(|s| s.number == number && s.kind == DocumentKind::Invoice)
        .ok_or_else(|| AppError::NotFound { kind: "invoice", key: number.into() })
}

fn audit_issue(tx: &konsortio_store::Tx, at: &str, actor: &str, doc: &Document) -> Result<(), AppError> {
    let what = match doc.kind {
        DocumentKind::Invoice => "issue".to_string(),
        DocumentKind::CreditNote => format!("credit {}", doc.credits.as_ref().map_or("", |c| c.number.as_str())),
    };
    tx.audit(&AuditEntry {
        at: at.into(),
        actor: actor.into(),
        action: what,
        kind: "invoices".into(),
        key: doc.number.clone(),
        detail: format!("{} {}", doc.buyer.code, doc.gross_total),
    })?;
    Ok(())
}

/// What drafting a batch reads once: the seller, the catalogue, the rates and the splits.
struct Drafting {
    consortium: Consortium,
    members: BTreeMap<String, Member>,
    funders: Vec<Funder>,
    deals: BTreeMap<String, Deal>,
    resources: BTreeMap<String, Resource>,
    vat_rates: Vec<VatRate>,
    fx_rates: Vec<FxRate>,
    splits: Vec<FrozenSplit>,
}

impl Drafting {
    fn read(store: &Store, req: &IssueRequest) -> Result<Drafting, AppError> {
        let consortium =
            store.consortium()?.ok_or_else(|| AppError::Invalid("the database has no consortium".into()))?;
        let deals: BTreeMap<String, Deal> = store.all::<Deal>()?.into_iter().map(|d| (d.code.clone(), d)).collect();
        let codes: Vec<String> = match &req.deal {
            Some(code) => {
                if !deals.contains_key(code) {
                    return Err(AppError::NotFound { kind: "deal", key: code.clone() });
                }
                vec![code.clone()]
            }
            None => store.finalised()?.into_iter().filter(|(_, y)| *y == req.year).map(|(d, _)| d).collect(),
        };
        let mut splits = Vec::new();
        for code in codes {
            let frozen = store.load_split(&code, req.year)?.ok_or_else(|| {
                AppError::invalid(
                    "err-invoice-not-final",
                    format!("the split of {code} for {} is not finalised: finalise it before invoicing", req.year),
                    [("deal", Value::text(&code)), ("year", Value::year(req.year))],
                )
            })?;
            splits.push(frozen);
        }
        if splits.is_empty() {
            let text = format!("no split of {} is finalised: nothing to invoice", req.year);
            return Err(AppError::invalid("err-invoice-none-final", text, [("year", Value::year(req.year))]));
        }
        Ok(Drafting {
            consortium,
            members: store.all::<Member>()?.into_iter().map(|m| (m.code.clone(), m)).collect(),
            funders: store.all::<Funder>()?,
            deals,
            resources: store.all::<Resource>()?.into_iter().map(|r| (r.code.clone(), r)).collect(),
            vat_rates: store.all::<VatRate>()?,
            fx_rates: store.all::<FxRate>()?,
            splits,
        })
    }

    /// Drafts every document of the batch, leaving out shares already invoiced; returns the
    /// drafts and how many shares were left out.
    fn drafts(&self, store: &Store, req: &IssueRequest) -> Result<(Vec<Document>, usize), AppError> {
        let open = store.invoiced_shares(req.year)?;
        let mut skipped = 0;
        // (recipient, lines) in a stable order: by member code or funder name, then deal.
        let mut by_recipient: BTreeMap<(String, String), Vec<LineInput>> = BTreeMap::new();
        for frozen in &self.splits {
            let deal = &self.deals[&frozen.input.deal];
            let billed: Vec<(String, Money, String)> = match req.mode {
                InvoiceMode::Funder => match &frozen.input.funder {
                    Some(funder) if !frozen.split.funder_part.is_zero() => {
                        vec![(funder.clone(), frozen.split.funder_part, String::new())]
                    }
                    _ => vec![],
                },
                InvoiceMode::PerMember | InvoiceMode::Consolidated => frozen
                    .split
                    .shares()
                    .filter(|s| !s.payable.is_zero())
                    .map(|s| (s.code.to_string(), s.payable, s.code.to_string()))
                    .collect(),
            };
            for (recipient, amount, member) in billed {
                if open.contains(&(deal.code.clone(), recipient.clone())) {
                    skipped += 1;
                    continue;
                }
                let group = if req.mode == InvoiceMode::PerMember { deal.code.clone() } else { String::new() };
                let line = self.line(frozen, deal, &recipient, amount, &member, req)?;
                by_recipient.entry((recipient, group)).or_default().push(line);
            }
        }
        let drafts = by_recipient
            .into_iter()
            .map(|((recipient, _), lines)| self.document(&recipient, req, lines))
            .collect::<Result<Vec<_>, _>>()?;
        Ok((drafts, skipped))
    }

    fn line(
        &self,
        frozen: &FrozenSplit,
        deal: &Deal,
        recipient: &str,
        amount: Money,
        member: &str,
        req: &IssueRequest,
    ) -> Result<LineInput, AppError> {
        let resource = &self.resources[&deal.resource];
        let country = self.party(recipient)?.country;
        let rate = treatment_for(&self.vat_rates, &country, &resource.kind, req.issue_date).ok_or_else(|| {
            self.error(
                recipient,
                InvoiceError::NoVatRate { country: country.clone(), kind: resource.kind.clone(), date: req.issue_date },
            )
        })?;
        let explanation = if req.explain && !member.is_empty() {
            explain(&frozen.input, member)
                .map_err(|error| AppError::Split { deal: deal.code.clone(), year: req.year, error })?
                .map(|e| e.steps)
                .unwrap_or_default()
        } else {
            Vec::new()
        };
        // In the recipient's language, as the rest of its document.
        let lang = konsortio_i18n::Lang::from_code(&self.party(recipient)?.language);
        let what = if member.is_empty() { "doc-line-funder-part" } else { "doc-line-share" };
        let args = [("title", deal.title.as_str().into()), ("year", req.year.to_string().into())];
        Ok(LineInput {
            deal: deal.code.clone(),
            year: req.year,
            resource: resource.name.clone(),
            period: frozen.input.period,
            description: konsortio_i18n::message(lang, what, &args),
            share: amount,
            vat: rate.treatment.clone(),
            explanation,
        })
    }

    fn document(&self, recipient: &str, req: &IssueRequest, lines: Vec<LineInput>) -> Result<Document, AppError> {
        let (buyer, currency) = (self.party(recipient)?, self.currency(recipient)?);
        let from = self.consortium.currency;
        let conversion = if currency == from {
            None
        } else {
            let rate = rate_for(&self.fx_rates, from, currency, req.issue_date).ok_or_else(|| {
                self.error(recipient, InvoiceError::NoExchangeRate { from, to: currency, date: req.issue_date })
            })?;
            Some(Conversion { from, to: currency, rate: rate.rate, date: rate.date, source: rate.source.clone() })
        };
        let c = &self.consortium;
        let due_date = req.issue_date.checked_add_days(Days::new(u64::from(c.payment_days))).expect("a date in range");
        let doc = invoice::draft(DraftInput {
            kind: DocumentKind::Invoice,
            issue_date: req.issue_date,
            due_date,
            currency,
            conversion,
            seller: seller(c),
            bank: c.iban.clone().map(|iban| Bank { iban, bic: c.bic.clone() }),
            buyer,
            lines,
            credits: None,
        })
        .map_err(|error| self.error(recipient, error))?;
        konsortio_pdf::check_printable(&doc)
            .map_err(|error| AppError::Unprintable { party: self.party_name(recipient), error })?;
        Ok(doc)
    }

    /// A member by code, else a funder by name, as a party to invoice.
    fn party(&self, recipient: &str) -> Result<Party, AppError> {
        if let Some(m) = self.members.get(recipient) {
            return Ok(member_party(m));
        }
        let f = self.funder(recipient)?;
        Ok(Party {
            code: f.name.clone(),
            name: f.name.clone(),
            address: f.address.clone(),
            postcode: f.postcode.clone(),
            city: f.city.clone(),
            country: f.country.clone(),
            vat_id: f.vat_id.clone(),
            email: f.email.clone(),
            language: f.language.clone(),
        })
    }

    fn currency(&self, recipient: &str) -> Result<Currency, AppError> {
        match self.members.get(recipient) {
            Some(m) => Ok(m.currency),
            None => Ok(self.funder(recipient)?.currency),
        }
    }

    fn funder(&self, name: &str) -> Result<&Funder, AppError> {
        self.funders.iter().find(|f| f.name == name).ok_or_else(|| {
            AppError::invalid(
                "err-funder-no-details",
                format!("funder '{name}' has no billing details: add it to funders (name, address, country, ...)"),
                [("funder", Value::text(name))],
            )
        })
    }

    fn error(&self, recipient: &str, error: InvoiceError) -> AppError {
        AppError::Invoice { party: self.party_name(recipient), error: Box::new(error) }
    }

    /// A member as "name (code)", a funder by its name.
    fn party_name(&self, recipient: &str) -> String {
        self.members.get(recipient).map_or(recipient.to_string(), |m| format!("{} ({})", m.name, m.code))
    }
}

/// A member as a party to a document.
pub(crate) fn member_party(m: &Member) -> Party {
    Party {
        code: m.code.clone(),
        name: m.name.clone(),
        address: m.address.clone(),
        postcode: m.postcode.clone(),
        city: m.city.clone(),
        country: m.country.clone(),
        vat_id: m.vat_id.clone(),
        email: m.email.clone(),
        language: m.language.clone(),
    }
}

/// The consortium as the seller on its documents.
pub(crate) fn seller(c: &Consortium) -> Party {
    Party {
        code: "consortium".into(),
        name: c.name.clone(),
        address: c.address.clone(),
        postcode: c.postcode.clone(),
        city: c.city.clone(),
        country: c.country.clone(),
        vat_id: c.vat_id.clone(),
        email: c.email.clone(),
        language: "en".into(),
    }
}
