//! `konsortio invoice ...`: issue, list, show, credit, pay and export invoices.

use std::io::Write;

use chrono::NaiveDate;
use std::collections::BTreeMap;

use konsortio_app::{App, AppError, Document, DraftBatch, InvoiceMode, IssueRequest, Status, Table};
use konsortio_core::Money;

use crate::{print, say, ExportFormat, InvoiceCommand, Mode};

pub(crate) fn run(
    app: &mut App,
    command: InvoiceCommand,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<(), AppError> {
    match command {
        InvoiceCommand::Issue { year, deal, mode, date, explain, dry_run } => {
            let mode = match mode {
                Mode::PerMember => InvoiceMode::PerMember,
                Mode::Funder => InvoiceMode::Funder,
                Mode::Consolidated => InvoiceMode::Consolidated,
            };
            let req = IssueRequest { year, deal, mode, issue_date: date_or_today(date.as_deref())?, explain };
            if dry_run {
                return drafts(out, &app.draft_invoices(&req)?);
            }
            let outcome = app.issue_invoices(&req, &mut |done, total| {
                let _ = writeln!(err, "issued {done} of {total}");
                let _ = err.flush();
            })?;
            let (first, last) = (outcome.issued.first(), outcome.issued.last());
            let range = match (first, last) {
                (Some(a), Some(b)) if a != b => format!(": {a} to {b}"),
                (Some(a), _) => format!(": {a}"),
                _ => String::new(),
            };
            let n = outcome.issued.len();
            say(out, &format!("issued {n} invoice{}{range}", if n == 1 { "" } else { "s" }))?;
            if outcome.already_invoiced > 0 {
                say(out, &format!("left out {} shares already invoiced", outcome.already_invoiced))?;
            }
            Ok(())
        }
        InvoiceCommand::List => {
            let headers = ["number", "issued", "due", "recipient", "currency", "gross", "paid", "credited", "status"];
            let rows = app
                .invoices()?
                .iter()
                .map(|s| {
                    vec![
                        s.number.clone(),
                        s.issue_date.clone(),
                        s.due_date.clone(),
                        s.recipient.clone(),
                        s.currency.to_string(),
                        s.gross.grouped(),
                        s.paid.grouped(),
                        s.credited.grouped(),
                        match &s.credits {
                            Some(n) => format!("credits {n}"),
                            None => s.status().name().to_string(),
                        },
                    ]
                })
                .collect();
            print::table(out, &Table { headers: headers.iter().map(|h| h.to_string()).collect(), rows })
        }
        InvoiceCommand::Show { number } => show(out, &app.document(&number)?),
        InvoiceCommand::Credit { number, lines, date } => {
            let note = app.credit(&number, &lines, date_or_today(date.as_deref())?)?;
            say(out, &format!("issued credit note {} for {} of {number}", note.number, note.gross_total))
        }
        InvoiceCommand::Pay { number, amount, date, reference } => {
            let status = app.record_payment(&number, date_or_today(date.as_deref())?, &amount, reference.as_deref())?;
            say(out, &format!("recorded; {number} is {}", status.name()))
        }
        InvoiceCommand::Export { dir, format: ExportFormat::Csv, force } => {
            app.export_register_csv(&dir, force)?;
            let (invoices, lines) =
                (app.invoices()?.len(), app.documents()?.iter().map(|d| d.lines.len()).sum::<usize>());
            say(out, &format!("exported {invoices} invoices and {lines} lines to {}", dir.display()))
        }
        InvoiceCommand::Export { dir, format, force } => {
            let mut progress = |done, total| {
                let _ = writeln!(err, "exported {done} of {total}");
            };
            let (files, what) = match format {
                ExportFormat::Ubl => (app.export_ubl(&dir, force, &mut progress)?, "e-invoices"),
                _ => (app.export_pdf(&dir, force, &mut progress)?, "PDFs"),
            };
            say(out, &format!("exported {} {what} to {}", files.len(), dir.display()))
        }
    }
}

/// A batch drafted for review: a row per document, then the totals per currency.
fn drafts(out: &mut dyn Write, batch: &DraftBatch) -> Result<(), AppError> {
    let headers = ["recipient", "name", "lines", "currency", "net", "VAT", "gross", "status"];
    let rows = batch
        .drafts
        .iter()
        .map(|d| {
            vec![
                d.buyer.code.clone(),
                d.buyer.name.clone(),
                d.lines.len().to_string(),
                d.currency.to_string(),
                d.net_total.grouped(),
                d.vat_total.grouped(),
                d.gross_total.grouped(),
                Status::Draft.name().to_string(),
            ]
        })
        .collect();
    print::table(out, &Table { headers: headers.iter().map(|h| h.to_string()).collect(), rows })?;
    let mut totals: BTreeMap<String, Money> = BTreeMap::new();
    for d in &batch.drafts {
        let sum = totals.entry(d.currency.to_string()).or_insert_with(|| Money::zero(d.currency));
        *sum = sum.checked_add(d.gross_total).expect("one currency per entry");
    }
    let totals: Vec<String> = totals.iter().map(|(code, m)| format!("{code} {}", m.grouped())).collect();
    let n = batch.drafts.len();
    say(
        out,
        &format!(
            "{n} draft{} totalling {}; nothing numbered or stored",
            if n == 1 { "" } else { "s" },
            if totals.is_empty() { "nothing".to_string() } else { totals.join(" + ") }
        ),
    )?;
    if batch.already_invoiced > 0 {
        say(out, &format!("left out {} shares already invoiced", batch.already_invoiced))?;
    }
    Ok(())
}

fn show(out: &mut dyn Write, d: &Document) -> Result<(), AppError> {
    let title = match d.kind {
        konsortio_app::DocumentKind::Invoice => "Invoice",
        konsortio_app::DocumentKind::CreditNote => "Credit note",
    };
    let mut text = format!(
        "{title} {}  issued {}  due {}\nTo: {}{}, {}{}\nPayment reference: {}\n",
        d.number,
        d.issue_date,
        d.due_date,
        d.buyer.name,
        if d.buyer.code == d.buyer.name { String::new() } else { format!(" ({})", d.buyer.code) },
        d.buyer.country,
        d.buyer.vat_id.as_ref().map_or(String::new(), |v| format!(", VAT id {v}")),
        d.payment_reference
    );
    if let Some(c) = &d.credits {
        text.push_str(&format!("Credits invoice {} of {}\n", c.number, c.issue_date));
    }
    for l in &d.lines {
        text.push_str(&format!(
            "{:>3}. {}  [{} {}%]  {}\n",
            l.id,
            l.description,
            l.vat.category,
            l.vat.rate.normalize(),
            l.net
        ));
    }
    for v in &d.vat {
        text.push_str(&format!(
            "VAT {} {}% on {}: {}\n",
            v.treatment.category,
            v.treatment.rate.normalize(),
            v.taxable,
            v.tax
        ));
    }
    text.push_str(&format!("Net {}  VAT {}  Total {}", d.net_total, d.vat_total, d.gross_total));
    if let Some(c) = &d.conversion {
        text.push_str(&format!("\n1 {} = {} {} ({}, {})", c.from, c.rate.normalize(), c.to, c.date, c.source));
    }
    if let Some(v) = &d.vat_national {
        text.push_str(&format!("\nVAT in {}: {v}", v.currency()));
    }
    for n in &d.notes {
        text.push_str(&format!("\n{n}"));
    }
    say(out, &text)
}

fn date_or_today(text: Option<&str>) -> Result<NaiveDate, AppError> {
    match text {
        None => Ok(chrono::Local::now().date_naive()),
        Some(t) => NaiveDate::parse_from_str(t, "%Y-%m-%d")
            .map_err(|_| AppError::Invalid(format!("--date '{t}' is not a date (YYYY-MM-DD)"))),
    }
}
