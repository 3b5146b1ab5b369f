//! Invoice exports: the register and its lines as CSV for accounting (stable columns, cells
//! neutralised against spreadsheet formulas), and documents written one file each.

use std::borrow::Cow;
use std::io::Write;
use std::path::{Path, PathBuf};

use konsortio_core::invoice::Document;
use konsortio_store::InvoiceSummary;

use crate::{App, AppError};

/// Columns of invoices.csv, one row per invoice or credit note (docs/CSV.md).
pub const INVOICE_COLUMNS: &[&str] = &[
    "number",
    "kind",
    "issue_date",
    "due_date",
    "recipient",
    "buyer_name",
    "buyer_country",
    "buyer_vat_id",
    "currency",
    "net",
    "vat",
    "gross",
    "paid",
    "credited",
    "status",
    "credits",
    "payment_reference",
];

/// Columns of invoice_lines.csv, one row per line.
pub const LINE_COLUMNS: &[&str] = &[
    "number",
    "line",
    "deal",
    "year",
    "resource",
    "description",
    "period_start",
    "period_end",
    "vat_category",
    "vat_rate",
    "net",
    "currency",
    "share",
    "share_currency",
];

/// A cell a spreadsheet will not run: text that begins with = + - @, a tab or a carriage
/// return gets a leading apostrophe. Amounts here are never negative, so none is touched.
pub fn neutralised(cell: &str) -> Cow<'_, str> {
    match cell.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => Cow::Owned(format!("'{cell}")),
        _ => Cow::Borrowed(cell),
    }
}

fn write_row(w: &mut csv::Writer<&mut dyn Write>, cells: &[String]) -> Result<(), AppError> {
    w.write_record(cells.iter().map(|c| neutralised(c).into_owned())).map_err(csv_error)
}

fn csv_error(e: csv::Error) -> AppError {
    AppError::File { file: "(CSV output)".into(), message: e.to_string().into() }
}

impl App {
    /// Writes invoices.csv and invoice_lines.csv; returns the number of rows of each.
    pub fn export_invoices_csv(
        &self,
        invoices: &mut dyn Write,
        lines: &mut dyn Write,
    ) -> Result<(usize, usize), AppError> {
        let summaries = self.invoices()?;
        let docs = self.documents()?;
        let mut w = csv::Writer::from_writer(invoices);
        w.write_record(INVOICE_COLUMNS).map_err(csv_error)?;
        for (s, d) in summaries.iter().zip(&docs) {
            assert_eq!(s.number, d.number, "the register and the documents are in the same order");
            write_row(&mut w, &invoice_row(s, d))?;
        }
        w.flush().map_err(|e| AppError::File { file: "invoices.csv".into(), message: e.to_string().into() })?;
        let mut w = csv::Writer::from_writer(lines);
        w.write_record(LINE_COLUMNS).map_err(csv_error)?;
        let mut n = 0;
        for d in &docs {
            for l in &d.lines {
                let row = vec![
                    d.number.clone(),
                    l.id.to_string(),
                    l.deal.clone(),
                    l.year.to_string(),
                    l.resource.clone(),
                    l.description.clone(),
                    l.period.start.to_string(),
                    l.period.end.to_string(),
                    l.vat.category.code().to_string(),
                    l.vat.rate.normalize().to_string(),
                    l.net.plain(),
                    d.currency.to_string(),
                    l.share.plain(),
                    l.share.currency().to_string(),
                ];
                write_row(&mut w, &row)?;
                n += 1;
            }
        }
        w.flush().map_err(|e| AppError::File { file: "invoice_lines.csv".into(), message: e.to_string().into() })?;
        Ok((summaries.len(), n))
    }

    /// Writes invoices.csv and invoice_lines.csv into `dir`.
    pub fn export_register_csv(&self, dir: &Path, force: bool) -> Result<Vec<PathBuf>, AppError> {
        let paths = vec![dir.join("invoices.csv"), dir.join("invoice_lines.csv")];
        refuse_overwrite(&paths, force)?;
        std::fs::create_dir_all(dir).map_err(|e| AppError::io(dir, e))?;
        let (mut invoices, mut lines) = (Vec::new(), Vec::new());
        self.export_invoices_csv(&mut invoices, &mut lines)?;
        for (path, bytes) in paths.iter().zip([invoices, lines]) {
            std::fs::write(path, bytes).map_err(|e| AppError::io(path, e))?;
        }
        Ok(paths)
    }

    /// Writes every document as a UBL 2.1 e-invoice `{number}.xml` in `dir`.
    pub fn export_ubl(
        &self,
        dir: &Path,
        force: bool,
        progress: &mut dyn FnMut(usize, usize),
    ) -> Result<Vec<PathBuf>, AppError> {
        self.export_documents(dir, "xml", force, &|d| Ok(konsortio_einvoice::ubl(d).into_bytes()), progress)
    }

    /// Writes each document as a file `{number}.{ext}` in `dir` with `render`, calling
    /// `progress(done, total)`; an existing file is an error unless `force`, checked for
    /// every file before any is written.
    pub fn export_documents(
        &self,
        dir: &Path,
        ext: &str,
        force: bool,
        render: &(dyn Fn(&Document) -> Result<Vec<u8>, AppError> + Sync),
        progress: &mut dyn FnMut(usize, usize),
    ) -> Result<Vec<PathBuf>, AppError> {
        std::fs::create_dir_all(dir).map_err(|e| AppError::io(dir, e))?;
        let docs = self.documents()?;
        let paths: Vec<PathBuf> = docs.iter().map(|d| dir.join(format!("{}.{ext}", file_stem(&d.number)))).collect();
        refuse_overwrite(&paths, force)?;
        render_and_write(&docs, &paths, render, progress)?;
        Ok(paths)
    }
}

/// The first of `paths` that exists, as an error, unless `force`.
fn refuse_overwrite(paths: &[PathBuf], force: bool) -> Result<(), AppError> {
    match paths.iter().find(|p| p.exists()) {
        Some(p) if !force => Err(AppError::Exists { file: p.display().to_string() }),
        _ => Ok(()),
    }
}

/// Renders and writes the documents on every core, each worker taking the next document
/// as soon as it is free (no batch waits for its slowest member, and no core idles while
/// another writes). `progress` is called on this thread; the first failing document (in
/// document order, whatever the timing) is the error, and no document is started after it.
fn render_and_write<T: Sync>(
    docs: &[T],
    paths: &[PathBuf],
    render: &(dyn Fn(&T) -> Result<Vec<u8>, AppError> + Sync),
    progress: &mut dyn FnMut(usize, usize),
) -> Result<(), AppError> {
    use std::sync::atomic::{AtomicUsize, Ordering};
    let total = docs.len();
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get()).min(total.max(1));
    let next = AtomicUsize::new(0);
    let (sent, received) = std::sync::mpsc::channel::<(usize, Result<(), AppError>)>();
    std::thread::scope(|s| {
        for _ in 0..threads {
            let (sent, next) = (sent.clone(), &next);
            s.spawn(move || loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some((doc, path)) = docs.get(i).zip(paths.get(i)) else { break };
                let written =
                    render(doc).and_then(|bytes| std::fs::write(path, bytes).map_err(|e| AppError::io(path, e)));
                let failed = written.is_err();
                if sent.send((i, written)).is_err() || failed {
                    // Stop every worker: none starts a document after a failure.
                    next.store(total, Ordering::Relaxed);
                    break;
                }
            });
        }
        drop(sent);
        let mut done = 0;
        let mut first_error: Option<(usize, AppError)> = None;
        for (i, written) in received {
            match written {
                Ok(()) => {
                    done += 1;
                    if done % 100 == 0 || done == total {
                        progress(done, total);
                    }
                }
                Err(e) if first_error.as_ref().is_none_or(|(at, _)| i < *at) => first_error = Some((i, e)),
                Err(_) => {}
            }
        }
        first_error.map_or(Ok(()), |(_, e)| Err(e))
    })
}

/// A file name from a document number: letters, digits, - and _ only.
pub fn file_stem(number: &str) -> String {
    let stem: String =
        number.chars().map(|c| if c.is_ascii_alphanumeric() || c == '-' || c == '_' { c } else { '_' }).collect();
    if stem.trim_matches('_').is_empty() {
        "document".into()
    } else {
        stem
    }
}

fn invoice_row(s: &InvoiceSummary, d: &Document) -> Vec<String> {
    vec![
        s.number.clone(),
        d.kind.type_code().to_string(),
        s.issue_date.clone(),
        s.due_date.clone(),
        s.recipient.clone(),
        d.buyer.name.clone(),
        d.buyer.country.clone(),
        d.buyer.vat_id.clone().unwrap_or_default(),
        d.currency.to_string(),
        d.net_total.plain(),
        d.vat_total.plain(),
        d.gross_total.plain(),
        s.paid.plain(),
        s.credited.plain(),
        s.status().name().to_string(),
        s.credits.clone().unwrap_or_default(),
        d.payment_reference.clone(),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Renders item `n` as its number, or fails for the items in `failing`.
    fn numbers(failing: &'static [usize]) -> impl Fn(&usize) -> Result<Vec<u8>, AppError> + Sync {
        move |n| {
            if failing.contains(n) {
                Err(AppError::Invalid(format!("item {n}").into()))
            } else {
                Ok(n.to_string().into_bytes())
            }
        }
    }

    #[test]
    fn every_document_is_written_to_its_own_path_with_progress_to_the_total() {
        let dir = tempfile::tempdir().unwrap();
        let items: Vec<usize> = (0..250).collect();
        let paths: Vec<PathBuf> = items.iter().map(|n| dir.path().join(format!("{n}.txt"))).collect();
        let mut calls = Vec::new();
        render_and_write(&items, &paths, &numbers(&[]), &mut |done, total| calls.push((done, total))).unwrap();
        for (n, path) in items.iter().zip(&paths) {
            assert_eq!(std::fs::read_to_string(path).unwrap(), n.to_string());
        }
        assert_eq!(calls, [(100, 250), (200, 250), (250, 250)]);
    }

    #[test]
    fn the_first_failing_document_in_order_is_the_error_whatever_the_timing() {
        let dir = tempfile::tempdir().unwrap();
        let items: Vec<usize> = (0..400).collect();
        let paths: Vec<PathBuf> = items.iter().map(|n| dir.path().join(format!("{n}.txt"))).collect();
        for _ in 0..20 {
            let err = render_and_write(&items, &paths, &numbers(&[311, 97, 98]), &mut |_, _| {}).unwrap_err();
            assert_eq!(err.to_string(), "item 97");
        }
        assert!(!paths[399].exists(), "no document is started long after a failure");
    }

    #[test]
    fn formula_cells_are_neutralised_and_others_kept() {
        let cases = [
            ("=HYPERLINK(\"x\")", "'=HYPERLINK(\"x\")"),
            ("+358", "'+358"),
            ("-1", "'-1"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\tx", "'\tx"),
            ("\rx", "'\rx"),
            ("Åbo Akademi", "Åbo Akademi"),
            ("12.50", "12.50"),
            ("", ""),
        ];
        for (cell, want) in cases {
            assert_eq!(neutralised(cell), want);
        }
    }

    #[test]
    fn file_names_are_sanitised() {
        let cases = [
            ("2026-00001", "2026-00001"),
            ("CN-2026-00002", "CN-2026-00002"),
            ("../x/y", "___x_y"),
            ("..", "document"),
        ];
        for (number, stem) in cases {
            assert_eq!(file_stem(number), stem);
        }
    }
}
