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
    AppError::File { file: "(CSV output)".into(), message: e.to_string() }
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
        w.flush().map_err(|e| AppError::File { file: "invoices.csv".into(), message: e.to_string() })?;
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
        w.flush().map_err(|e| AppError::File { file: "invoice_lines.csv".into(), message: e.to_string() })?;
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
        let total = docs.len();
        let mut done = 0;
        for (chunk, paths) in docs.chunks(250).zip(paths.chunks(250)) {
            let rendered = render_all(chunk, render)?;
            for (bytes, path) in rendered.iter().zip(paths) {
                std::fs::write(path, bytes).map_err(|e| AppError::io(path, e))?;
            }
            done += chunk.len();
            progress(done, total);
        }
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

/// Renders documents on every core.
fn render_all(
    docs: &[Document],
    render: &(dyn Fn(&Document) -> Result<Vec<u8>, AppError> + Sync),
) -> Result<Vec<Vec<u8>>, AppError> {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get()).min(docs.len().max(1));
    let per = docs.len().div_ceil(threads).max(1);
    std::thread::scope(|s| {
        let handles: Vec<_> = docs
            .chunks(per)
            .map(|part| s.spawn(move || part.iter().map(render).collect::<Result<Vec<_>, _>>()))
            .collect();
        let mut out = Vec::with_capacity(docs.len());
        for h in handles {
            out.extend(h.join().expect("a rendering thread panicked")?);
        }
        Ok(out)
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
