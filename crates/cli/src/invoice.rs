//! `konsortio invoice ...`: issue, list, show, credit, pay and export invoices.

use std::io::Write;

use chrono::NaiveDate;
use std::collections::BTreeMap;

use konsortio_app::{App, AppError, Document, DraftBatch, InvoiceMode, IssueRequest, Status, Table};
use konsortio_core::Money;
use konsortio_i18n::{message, text};

use crate::print::{lang, money};
use crate::{print, say, ExportFormat, InvoiceCommand, Mode};

/// Columns of `invoice list` and of the drafts table (`cli-col-*`), and which are amounts.
const LIST_COLUMNS: [&str; 9] =
    ["number", "issued", "due", "recipient", "currency", "gross", "paid", "credited", "status"];
const LIST_AMOUNTS: [usize; 3] = [5, 6, 7];
const DRAFT_COLUMNS: [&str; 8] = ["recipient", "name", "lines", "currency", "net", "vat", "gross", "status"];
const DRAFT_AMOUNTS: [usize; 4] = [2, 4, 5, 6];

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
                let _ = writeln!(err, "{}", progress_line("cli-invoices-issuing", done, total));
                let _ = err.flush();
            })?;
            let (first, last) = (outcome.issued.first(), outcome.issued.last());
            let args = [
                ("count", outcome.issued.len().into()),
                ("first", first.cloned().unwrap_or_default().into()),
                ("last", last.cloned().unwrap_or_default().into()),
            ];
            say(out, &message(lang(), "cli-invoices-issued", &args))?;
            left_out(out, outcome.already_invoiced)
        }
        InvoiceCommand::List => {
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
                        print::grouped(&s.gross),
                        print::grouped(&s.paid),
                        print::grouped(&s.credited),
                        match &s.credits {
                            Some(n) => message(lang(), "cli-invoice-credits", &[("number", n.as_str().into())]),
                            None => status(s.status()),
                        },
                    ]
                })
                .collect();
            print::table_right(out, &Table { headers: print::headers(&LIST_COLUMNS), rows }, &LIST_AMOUNTS)
        }
        InvoiceCommand::Show { number } => show(out, &app.document(&number)?),
        InvoiceCommand::Credit { number, lines, date } => {
            let note = app.credit(&number, &lines, date_or_today(date.as_deref())?)?;
            let args = [
                ("note", note.number.as_str().into()),
                ("amount", money(&note.gross_total).into()),
                ("number", number.as_str().into()),
            ];
            say(out, &message(lang(), "cli-invoices-credit-issued", &args))
        }
        InvoiceCommand::Pay { number, amount, date, reference } => {
            let status = app.record_payment(&number, date_or_today(date.as_deref())?, &amount, reference.as_deref())?;
            let args = [("number", number.as_str().into()), ("status", self::status(status).into())];
            say(out, &message(lang(), "cli-invoices-payment", &args))
        }
        InvoiceCommand::Export { dir, format: ExportFormat::Csv, force } => {
            app.export_register_csv(&dir, force)?;
            let (invoices, lines) =
                (app.invoices()?.len(), app.documents()?.iter().map(|d| d.lines.len()).sum::<usize>());
            let args =
                [("invoices", invoices.into()), ("lines", lines.into()), ("dir", dir.display().to_string().into())];
            say(out, &message(lang(), "cli-invoices-register", &args))
        }
        InvoiceCommand::Export { dir, format, force } => {
            let mut progress = |done, total| {
                let _ = writeln!(err, "{}", progress_line("cli-invoices-exporting", done, total));
            };
            let (files, said) = match format {
                ExportFormat::Ubl => (app.export_ubl(&dir, force, &mut progress)?, "cli-invoices-ubl"),
                _ => (app.export_pdf(&dir, force, &mut progress)?, "cli-invoices-pdf"),
            };
            say(
                out,
                &message(lang(), said, &[("count", files.len().into()), ("dir", dir.display().to_string().into())]),
            )
        }
    }
}

/// A batch drafted for review: a row per document, then the totals per currency.
fn drafts(out: &mut dyn Write, batch: &DraftBatch) -> Result<(), AppError> {
    let rows = batch
        .drafts
        .iter()
        .map(|d| {
            vec![
                d.buyer.code.clone(),
                d.buyer.name.clone(),
                d.lines.len().to_string(),
                d.currency.to_string(),
                print::grouped(&d.net_total),
                print::grouped(&d.vat_total),
                print::grouped(&d.gross_total),
                status(Status::Draft),
            ]
        })
        .collect();
    print::table_right(out, &Table { headers: print::headers(&DRAFT_COLUMNS), rows }, &DRAFT_AMOUNTS)?;
    let mut totals: BTreeMap<String, Money> = BTreeMap::new();
    for d in &batch.drafts {
        let sum = totals.entry(d.currency.to_string()).or_insert_with(|| Money::zero(d.currency));
        *sum = sum.checked_add(d.gross_total).expect("one currency per entry");
    }
    let totals: Vec<String> = totals.iter().map(|(code, m)| format!("{code} {}", print::grouped(m))).collect();
    let totals = if totals.is_empty() { text(lang(), "cli-invoices-nothing") } else { totals.join(" + ") };
    say(
        out,
        &message(lang(), "cli-invoices-drafts", &[("count", batch.drafts.len().into()), ("totals", totals.into())]),
    )?;
    left_out(out, batch.already_invoiced)
}

/// "left out n shares already invoiced", when there are any.
fn left_out(out: &mut dyn Write, already_invoiced: usize) -> Result<(), AppError> {
    if already_invoiced == 0 {
        return Ok(());
    }
    say(out, &message(lang(), "cli-invoices-left-out", &[("count", already_invoiced.into())]))
}

/// "issued 250 of 3000" on stderr while a batch runs.
fn progress_line(id: &str, done: usize, total: usize) -> String {
    message(lang(), id, &[("done", done.into()), ("total", total.into())])
}

/// An invoice's status in the command's language (the desktop app's words).
fn status(status: Status) -> String {
    text(lang(), &format!("invoices-status-{}", status.name().replace(' ', "-")))
}

/// One document as text: heading, buyer, lines, VAT per category, totals, conversion, notes.
fn show(out: &mut dyn Write, d: &Document) -> Result<(), AppError> {
    let lang = lang();
    let title = match d.kind {
        konsortio_app::DocumentKind::Invoice => text(lang, "cli-invoice-title"),
        konsortio_app::DocumentKind::CreditNote => text(lang, "cli-credit-note-title"),
    };
    let dates = message(
        lang,
        "cli-show-dates",
        &[("issued", d.issue_date.to_string().into()), ("due", d.due_date.to_string().into())],
    );
    let mut buyer = d.buyer.name.clone();
    if d.buyer.code != d.buyer.name {
        buyer.push_str(&format!(" ({})", d.buyer.code));
    }
    buyer.push_str(&format!(", {}", d.buyer.country));
    if let Some(v) = &d.buyer.vat_id {
        buyer.push_str(&format!(", {} {v}", text(lang, "doc-vat-id")));
    }
    let mut lines = vec![
        format!("{title} {}  {dates}", d.number),
        message(lang, "cli-show-to", &[("buyer", buyer.into())]),
        format!("{}: {}", text(lang, "doc-payment-reference"), d.payment_reference),
    ];
    if let Some(c) = &d.credits {
        lines.push(format!("{} {} ({})", text(lang, "doc-credited-invoice"), c.number, c.issue_date));
    }
    for l in &d.lines {
        lines.push(format!(
            "{:>3}. {}  [{} {}%]  {}",
            l.id,
            l.description,
            l.vat.category,
            l.vat.rate.normalize(),
            money(&l.net)
        ));
    }
    for v in &d.vat {
        let args = [
            ("category", v.treatment.category.to_string().into()),
            ("rate", v.treatment.rate.normalize().to_string().into()),
            ("taxable", money(&v.taxable).into()),
            ("tax", money(&v.tax).into()),
        ];
        lines.push(message(lang, "cli-show-vat-line", &args));
    }
    let totals = [
        ("net", money(&d.net_total).into()),
        ("vat", money(&d.vat_total).into()),
        ("gross", money(&d.gross_total).into()),
    ];
    lines.push(message(lang, "cli-show-totals", &totals));
    if let Some(c) = &d.conversion {
        lines.push(format!("1 {} = {} {} ({}, {})", c.from, c.rate.normalize(), c.to, c.date, c.source));
    }
    if let Some(v) = &d.vat_national {
        let args = [("currency", v.currency().to_string().into()), ("amount", money(v).into())];
        lines.push(message(lang, "cli-show-vat-national", &args));
    }
    for reason in d.vat.iter().filter_map(|v| v.treatment.reason_in(lang.code())) {
        if !lines.iter().any(|l| l == reason) {
            lines.push(reason.to_string());
        }
    }
    say(out, &lines.join("\n"))
}

fn date_or_today(text: Option<&str>) -> Result<NaiveDate, AppError> {
    match text {
        None => Ok(chrono::Local::now().date_naive()),
        Some(t) => NaiveDate::parse_from_str(t, "%Y-%m-%d")
            .map_err(|_| AppError::Invalid(format!("--date '{t}' is not a date (YYYY-MM-DD)").into())),
    }
}
