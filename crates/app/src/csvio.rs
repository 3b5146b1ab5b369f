//! CSV in and out for every record kind: documented columns, one transaction per import.

use std::collections::HashMap;
use std::path::Path;

use konsortio_core::explain::{Step, Value};
use konsortio_core::records::{Fields, Record};
use konsortio_store::{AuditEntry, Reads, Store, Tx};

use crate::{now, with_record, Actor, AppError, ImportSummary, Kind, Table};

pub(crate) fn read_file(path: &Path) -> Result<Vec<u8>, AppError> {
    std::fs::read(path).map_err(|e| AppError::io(path, e))
}

/// The name an error message gives a file: its file name, as the user knows it.
pub fn file_label(path: &Path) -> String {
    path.file_name().map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned())
}

/// Dispatches on the kind to the typed import.
pub(crate) fn import(tx: &Tx, actor: &Actor, kind: Kind, file: &str, bytes: &[u8]) -> Result<ImportSummary, AppError> {
    let records = with_record!(kind, R => import_records::<R>(tx, actor, file, bytes)?);
    Ok(ImportSummary { kind, records })
}

/// A CSV file read into rows of text, with the line each row starts on.
pub(crate) struct CsvRows {
    pub headers: Vec<String>,
    pub rows: Vec<(u64, Vec<String>)>,
}

impl CsvRows {
    /// Parses CSV bytes (UTF-8, an optional byte-order mark, a header row).
    pub(crate) fn parse(file: &str, bytes: &[u8]) -> Result<CsvRows, AppError> {
        let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
        let mut reader = csv::ReaderBuilder::new().has_headers(true).from_reader(bytes);
        let headers: Vec<String> =
            reader.headers().map_err(|e| csv_error(file, &e))?.iter().map(|h| h.trim().to_string()).collect();
        if headers.iter().all(String::is_empty) {
            return Err(AppError::File {
                file: file.into(),
                message: Step::said("err-csv-empty", "is empty: expected a header row", []),
            });
        }
        let mut rows = Vec::new();
        for record in reader.records() {
            let record = record.map_err(|e| csv_error(file, &e))?;
            if record.iter().all(|c| c.trim().is_empty()) {
                continue;
            }
            let line = record.position().map_or(0, |p| p.line());
            rows.push((line, record.iter().map(str::to_string).collect()));
        }
        Ok(CsvRows { headers, rows })
    }

    /// Checks that the header has exactly the expected columns (in any order; those in
    /// `optional` may be left out) and returns, for each expected column, its position in
    /// the file, None for an optional column left out.
    pub(crate) fn columns(
        &self,
        file: &str,
        expected: &[&str],
        optional: &[&str],
    ) -> Result<Vec<Option<usize>>, AppError> {
        if let Some(unknown) = self.headers.iter().find(|h| !expected.contains(&h.as_str())) {
            return Err(AppError::Input {
                file: file.into(),
                line: 1,
                field: unknown.clone(),
                message: {
                    let expected = expected.join(", ");
                    let text = format!("unknown column (expected: {expected})");
                    Step::said("err-csv-unknown-column", text, [("expected", Value::text(expected))])
                },
            });
        }
        expected
            .iter()
            .map(|col| match self.headers.iter().position(|h| h == col) {
                Some(p) => Ok(Some(p)),
                None if optional.contains(col) => Ok(None),
                None => Err(AppError::Input {
                    file: file.into(),
                    line: 1,
                    field: (*col).into(),
                    message: Step::said("err-csv-missing-column", "missing column", []),
                }),
            })
            .collect()
    }
}

fn csv_error(file: &str, e: &csv::Error) -> AppError {
    let line = e.position().map_or(0, |p| p.line());
    let message = match e.kind() {
        csv::ErrorKind::UnequalLengths { expected_len, len, .. } => Step::said(
            "err-csv-row-length",
            format!("has {len} fields where the header has {expected_len}"),
            [("found", Value::count(*len)), ("expected", Value::count(*expected_len))],
        ),
        csv::ErrorKind::Utf8 { .. } => Step::said("err-csv-utf8", "is not valid UTF-8 text", []),
        _ => e.to_string().into(),
    };
    if line > 0 {
        AppError::Input { file: file.into(), line, field: "(row)".into(), message }
    } else {
        AppError::File { file: file.into(), message }
    }
}

fn import_records<R: Record>(tx: &Tx, actor: &Actor, file: &str, bytes: &[u8]) -> Result<usize, AppError> {
    let csv = CsvRows::parse(file, bytes)?;
    let positions = csv.columns(file, R::FIELDS, R::OPTIONAL)?;
    let mut first_line_of_key: HashMap<Vec<String>, u64> = HashMap::new();
    let at = now();
    for (line, cells) in &csv.rows {
        let values: Vec<String> = positions.iter().map(|p| p.map_or_else(String::new, |p| cells[p].clone())).collect();
        let input_error = |field: &str, message: Step| AppError::Input {
            file: file.into(),
            line: *line,
            field: field.into(),
            message,
        };
        let (record, key) = checked::<R>(tx, &values)?.map_err(|r| input_error(&r.field, r.message))?;
        if let Some(first) = first_line_of_key.insert(key.clone(), *line) {
            let key = key.join(" / ");
            let text = format!("duplicate key '{key}' (first on line {first})");
            let args = [("key", Value::text(key)), ("first", Value::count(first))];
            return Err(input_error(R::KEY[0], Step::said("err-csv-duplicate-key", text, args)));
        }
        tx.upsert(&record)?;
        tx.audit(&AuditEntry {
            at: at.clone(),
            actor: actor.name.clone(),
            action: "import".into(),
            kind: R::KIND.into(),
            key: key.join(" / "),
            detail: format!("{file} line {line}"),
        })?;
    }
    Ok(csv.rows.len())
}

/// Why a record's values were refused: the field and what is wrong with it.
pub(crate) struct Rejected {
    pub field: String,
    pub message: Step,
}

/// Reads a record from its values in `R::FIELDS` order and checks that every code it refers
/// to exists; gives the record and its key, or why it was refused.
pub(crate) fn checked<R: Record>(tx: &Tx, values: &[String]) -> Result<Result<(R, Vec<String>), Rejected>, AppError> {
    let record = match R::read(&Fields { names: R::FIELDS, values }) {
        Ok(r) => r,
        Err(e) => return Ok(Err(Rejected { field: e.field, message: e.message })),
    };
    let written = record.write();
    for (field, kind) in R::REFERENCES {
        let code = &written[field_index::<R>(field)];
        if !tx.exists(kind, code)? {
            let kind = singular(kind);
            let text = format!("no {kind} with code '{code}'");
            let args = [("kind", crate::error_words::kind_value(kind)), ("code", Value::text(code))];
            let message = Step::said("err-no-such-code", text, args);
            return Ok(Err(Rejected { field: (*field).to_string(), message }));
        }
    }
    let key = key_of::<R>(&written);
    Ok(Ok((record, key)))
}

fn key_of<R: Record>(written: &[String]) -> Vec<String> {
    R::KEY.iter().map(|k| written[field_index::<R>(k)].clone()).collect()
}

fn field_index<R: Record>(field: &str) -> usize {
    R::FIELDS.iter().position(|f| *f == field).expect("declared field")
}

pub(crate) fn singular(kind: &str) -> &str {
    kind.strip_suffix('s').unwrap_or(kind)
}

pub(crate) fn export(store: &Store, kind: Kind, out: &mut dyn std::io::Write) -> Result<usize, AppError> {
    let table = table(store, kind)?;
    let mut writer = csv::Writer::from_writer(out);
    let io = |e: csv::Error| AppError::File { file: "(output)".into(), message: e.to_string().into() };
    writer.write_record(&table.headers).map_err(io)?;
    for row in &table.rows {
        writer.write_record(row).map_err(io)?;
    }
    writer.flush().map_err(|e| AppError::File { file: "(output)".into(), message: e.to_string().into() })?;
    Ok(table.rows.len())
}

pub(crate) fn table(store: &Store, kind: Kind) -> Result<Table, AppError> {
    with_record!(kind, R => table_of::<R>(store))
}

fn table_of<R: Record>(store: &Store) -> Result<Table, AppError> {
    Ok(Table {
        headers: R::FIELDS.iter().map(|f| (*f).to_string()).collect(),
        rows: store.all::<R>()?.iter().map(Record::write).collect(),
    })
}
