//! Issued invoices and credit notes: numbered inside the transaction that stores them, kept
//! whole as JSON, never changed; payments recorded against them.

use std::collections::HashSet;

use konsortio_core::invoice::{Document, DocumentKind, Status};
use konsortio_core::{Currency, Money};
use rusqlite::{params, Connection, OptionalExtension};

use crate::{Reads, StoreError, Tx};

/// Who issued a document and when.
pub struct Issuer<'a> {
    pub at: &'a str,
    pub by: &'a str,
}

/// One row of the invoice register, with what was paid and credited against it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InvoiceSummary {
    pub number: String,
    pub kind: DocumentKind,
    pub issue_date: String,
    pub due_date: String,
    pub recipient: String,
    pub currency: Currency,
    pub gross: Money,
    pub paid: Money,
    pub credited: Money,
    /// The invoice a credit note corrects.
    pub credits: Option<String>,
}

impl InvoiceSummary {
    /// Issued, partly paid, paid or credited (a credit note is simply issued).
    pub fn status(&self) -> Status {
        match self.kind {
            DocumentKind::Invoice => Status::of(self.gross, self.paid, self.credited),
            DocumentKind::CreditNote => Status::Issued,
        }
    }
}

/// A payment against an invoice.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Payment {
    pub date: String,
    pub amount: Money,
    pub reference: Option<String>,
}

fn kind_text(kind: DocumentKind) -> &'static str {
    match kind {
        DocumentKind::Invoice => "invoice",
        DocumentKind::CreditNote => "credit_note",
    }
}

impl Tx<'_> {
    /// Numbers a drafted document as the next of its series and stores it, each line billing
    /// its share to the buyer (a member's code or a funder's name). The number and the
    /// document are written by this one transaction, so a crash leaves neither, and the
    /// series has no gap.
    pub fn issue(&self, draft: Document, series: &str, by: &Issuer) -> Result<Document, StoreError> {
        let next: u64 = self
            .prepare_cached("SELECT COALESCE(MAX(seq), 0) + 1 FROM invoices WHERE series = ?1")?
            .query_row([series], |r| r.get(0))?;
        let doc = draft.issue(series, next);
        self.prepare_cached(
            "INSERT INTO invoices (kind, series, seq, number, issue_date, due_date, recipient, currency, gross_minor,
                credits, issued_at, issued_by, document) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
        )?
        .execute(params![
            kind_text(doc.kind),
            series,
            next,
            doc.number,
            doc.issue_date.to_string(),
            doc.due_date.to_string(),
            doc.buyer.code,
            doc.currency.code(),
            doc.gross_total.to_minor(),
            doc.credits.as_ref().map(|c| c.number.clone()),
            by.at,
            by.by,
            serde_json::to_string(&doc)?,
        ])?;
        let id = self.last_insert_rowid();
        let mut line = self.prepare_cached(
            "INSERT INTO invoice_lines (invoice, line, deal, year, billed, net_minor) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        )?;
        for l in &doc.lines {
            line.execute(params![id, l.id, l.deal, l.year, doc.buyer.code, l.net.to_minor()])?;
        }
        Ok(doc)
    }

    /// Records a payment against an invoice (not a credit note).
    pub fn record_payment(&self, number: &str, payment: &Payment, by: &Issuer) -> Result<(), StoreError> {
        let found: Option<(i64, String)> = self
            .prepare_cached("SELECT id, kind FROM invoices WHERE number = ?1")?
            .query_row([number], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?;
        let Some((id, kind)) = found.filter(|(_, k)| k == "invoice") else {
            return Err(StoreError::NoInvoice(number.to_string()));
        };
        debug_assert_eq!(kind, "invoice");
        self.prepare_cached(
            "INSERT INTO payments (invoice, date, amount_minor, reference, recorded_at, recorded_by)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        )?
        .execute(params![id, payment.date, payment.amount.to_minor(), payment.reference, by.at, by.by])?;
        Ok(())
    }
}

const SUMMARY: &str = "SELECT i.number, i.kind, i.issue_date, i.due_date, i.recipient, i.currency, i.gross_minor,
    (SELECT COALESCE(SUM(amount_minor), 0) FROM payments p WHERE p.invoice = i.id),
    (SELECT COALESCE(SUM(c.gross_minor), 0) FROM invoices c WHERE c.credits = i.number),
    i.credits FROM invoices i";

fn summaries(conn: &Connection, filter: &str, param: &str) -> Result<Vec<InvoiceSummary>, StoreError> {
    let sql = format!("{SUMMARY} {filter} ORDER BY i.series, i.seq");
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map(rusqlite::params_from_iter(Some(param).filter(|_| !filter.is_empty())), |r| {
        let code: String = r.get(5)?;
        let kind: String = r.get(1)?;
        Ok((r.get(0)?, kind, r.get(2)?, r.get(3)?, r.get(4)?, code, r.get(6)?, r.get(7)?, r.get(8)?, r.get(9)?))
    })?;
    let mut out = Vec::new();
    for row in rows {
        let (number, kind, issue_date, due_date, recipient, code, gross, paid, credited, credits): (
            String,
            String,
            String,
            String,
            String,
            String,
            i64,
            i64,
            i64,
            Option<String>,
        ) = row?;
        let currency = Currency::from_code(&code).map_err(|e| StoreError::Corrupt(e.to_string()))?;
        let kind = if kind == "invoice" { DocumentKind::Invoice } else { DocumentKind::CreditNote };
        out.push(InvoiceSummary {
            number,
            kind,
            issue_date,
            due_date,
            recipient,
            currency,
            gross: Money::from_minor(gross, currency),
            paid: Money::from_minor(paid, currency),
            credited: Money::from_minor(credited, currency),
            credits,
        });
    }
    Ok(out)
}

/// The invoice register's reads, for the store and an open transaction alike.
pub trait InvoiceReads: Reads {
    /// Every invoice and credit note, by series and number.
    fn invoices(&self) -> Result<Vec<InvoiceSummary>, StoreError> {
        summaries(self.conn(), "", "")
    }

    /// The documents of one recipient (a member's code or a funder's name).
    fn invoices_of(&self, recipient: &str) -> Result<Vec<InvoiceSummary>, StoreError> {
        summaries(self.conn(), "WHERE i.recipient = ?1", recipient)
    }

    /// A stored document by its number.
    fn document(&self, number: &str) -> Result<Option<Document>, StoreError> {
        let json: Option<String> = self
            .conn()
            .prepare_cached("SELECT document FROM invoices WHERE number = ?1")?
            .query_row([number], |r| r.get(0))
            .optional()?;
        Ok(json.map(|j| serde_json::from_str(&j)).transpose()?)
    }

    /// Every stored document, in number order within each series.
    fn documents(&self) -> Result<Vec<Document>, StoreError> {
        let mut stmt = self.conn().prepare_cached("SELECT document FROM invoices ORDER BY series, seq")?;
        let rows = stmt.query_map([], |r| r.get::<_, String>(0))?;
        rows.map(|j| Ok(serde_json::from_str(&j?)?)).collect()
    }

    /// The line ids of an invoice that credit notes have already credited.
    fn credited_lines(&self, number: &str) -> Result<Vec<u32>, StoreError> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT l.line FROM invoice_lines l JOIN invoices c ON c.id = l.invoice WHERE c.credits = ?1 ORDER BY l.line",
        )?;
        let rows = stmt.query_map([number], |r| r.get(0))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// (deal, billed party) pairs of `year` that stand invoiced: billed by invoices more
    /// often than credited by credit notes.
    fn invoiced_shares(&self, year: i32) -> Result<HashSet<(String, String)>, StoreError> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT l.deal, l.billed, SUM(CASE i.kind WHEN 'invoice' THEN 1 ELSE -1 END) FROM invoice_lines l
             JOIN invoices i ON i.id = l.invoice WHERE l.year = ?1 GROUP BY l.deal, l.billed",
        )?;
        let rows =
            stmt.query_map([year], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get::<_, i64>(2)?)))?;
        let mut out = HashSet::new();
        for row in rows {
            let (deal, billed, open) = row?;
            if open > 0 {
                out.insert((deal, billed));
            }
        }
        Ok(out)
    }

    fn payments(&self, number: &str) -> Result<Vec<Payment>, StoreError> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT p.date, p.amount_minor, p.reference, i.currency FROM payments p JOIN invoices i ON i.id = p.invoice
             WHERE i.number = ?1 ORDER BY p.date, p.id",
        )?;
        let rows = stmt.query_map([number], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?, r.get::<_, Option<String>>(2)?, r.get::<_, String>(3)?))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (date, minor, reference, code) = row?;
            let currency = Currency::from_code(&code).map_err(|e| StoreError::Corrupt(e.to_string()))?;
            out.push(Payment { date, amount: Money::from_minor(minor, currency), reference });
        }
        Ok(out)
    }
}

impl<T: Reads> InvoiceReads for T {}
