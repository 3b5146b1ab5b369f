//! The application's errors: each names what the user must fix (file, line and field for input).

use std::path::Path;

use konsortio_core::explain::Value;
use konsortio_core::scenario::ScenarioError;
use konsortio_core::{SplitError, Step};
use konsortio_store::StoreError;
use thiserror::Error;

use crate::error_words::{counter_said, kind_value, not_found_said};

#[derive(Debug, Error)]
pub enum AppError {
    /// A bad value in an input file.
    #[error("{file} line {line}, field '{field}': {message}")]
    Input { file: String, line: u64, field: String, message: Step },
    /// A bad value in a settings file with named fields (the calculator's deal file).
    #[error("{file}, field '{field}': {message}")]
    Field { file: String, field: String, message: Step },
    /// A problem with a whole file (unreadable, missing column, not CSV).
    #[error("{file}: {message}")]
    File { file: String, message: Step },
    /// A file that is there already and would be overwritten: the user decides (--force).
    #[error("{file} already exists; not overwritten (use --force, or choose another folder)")]
    Exists { file: String },
    /// A bad value in one record (a form in the desktop app).
    #[error("{kind}, field '{field}': {message}")]
    Record { kind: String, field: String, message: Step },
    #[error("no {kind} '{key}'")]
    NotFound { kind: &'static str, key: String },
    #[error("{deal} {year}: {error}")]
    Split { deal: String, year: i32, error: SplitError },
    #[error("{deal} {year}: {error}")]
    Scenario { deal: String, year: i32, error: ScenarioError },
    #[error("{0}")]
    Invalid(Step),
    /// A document that cannot be drafted: names the party and what to fix.
    #[error("{party}: {error}")]
    Invoice { party: String, error: Box<konsortio_core::invoice::InvoiceError> },
    /// A document of a batch that could not be printed (a character no bundled font has in a
    /// name, address or description): found while drafting, before anything is numbered.
    #[error("{party}: {error}")]
    Unprintable { party: String, error: konsortio_pdf::PdfError },
    /// A document that cannot be drawn (a character no bundled font has).
    #[error(transparent)]
    Pdf(#[from] konsortio_pdf::PdfError),
    /// A usage report that cannot be read: names the file, row and column.
    #[error(transparent)]
    Usage(#[from] konsortio_counter::CounterError),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl AppError {
    /// A stable code for the kind of error, for the desktop app and scripts.
    pub fn code(&self) -> &'static str {
        match self {
            AppError::Input { .. } | AppError::Field { .. } | AppError::Record { .. } => "input",
            AppError::File { .. } => "file",
            AppError::Exists { .. } => "exists",
            AppError::NotFound { .. } => "not_found",
            AppError::Split { .. } | AppError::Scenario { .. } => "split",
            AppError::Invalid(_) => "invalid",
            AppError::Invoice { .. } | AppError::Unprintable { .. } => "invoice",
            AppError::Usage(_) => "usage",
            AppError::Pdf(_) => "pdf",
            AppError::Store(StoreError::TooNew { .. }) => "schema_too_new",
            AppError::Store(StoreError::Frozen { .. }) => "frozen",
            AppError::Store(StoreError::Referenced { .. }) => "referenced",
            AppError::Store(_) => "store",
        }
    }

    /// The error as one sentence each language can say, what is wrong inside where it is
    /// (decision 46). Its English text is the error's `Display`.
    pub fn said(&self) -> Step {
        let text = self.to_string();
        let t = |s: &str| Value::text(s);
        let detail = |step: Step| Value::detail(step);
        match self {
            AppError::Input { file, line, field, message } => Step::said(
                "err-at-line",
                text,
                [
                    ("file", t(file)),
                    ("line", Value::count(*line)),
                    ("field", t(field)),
                    ("detail", detail(message.clone())),
                ],
            ),
            AppError::Field { file, field, message } => Step::said(
                "err-at-field",
                text,
                [("file", t(file)), ("field", t(field)), ("detail", detail(message.clone()))],
            ),
            AppError::File { file, message } => {
                Step::said("err-in-file", text, [("file", t(file)), ("detail", detail(message.clone()))])
            }
            AppError::Exists { file } => Step::said("err-exists", text, [("file", t(file))]),
            AppError::Record { kind, field, message } => Step::said(
                "err-record",
                text,
                [("kind", kind_value(kind)), ("field", t(field)), ("detail", detail(message.clone()))],
            ),
            AppError::NotFound { kind, key } => not_found_said(text, kind, key),
            AppError::Split { deal, year, error } => Step::said(
                "err-deal-year",
                text,
                [("deal", t(deal)), ("year", Value::year(*year)), ("detail", detail(error.said()))],
            ),
            AppError::Scenario { deal, year, error } => {
                let scenario = Step::said(
                    "err-scenario",
                    error.to_string(),
                    [("scenario", t(&error.scenario)), ("detail", detail(error.error.said()))],
                );
                Step::said(
                    "err-deal-year",
                    text,
                    [("deal", t(deal)), ("year", Value::year(*year)), ("detail", detail(scenario))],
                )
            }
            AppError::Invalid(said) => said.clone(),
            AppError::Invoice { party, error } => {
                Step::said("err-party", text, [("party", t(party)), ("detail", detail(error.said()))])
            }
            AppError::Unprintable { party, error } => {
                Step::said("err-party", text, [("party", t(party)), ("detail", detail(pdf_said(error)))])
            }
            AppError::Pdf(error) => pdf_said(error),
            AppError::Usage(error) => counter_said(error),
            AppError::Store(error) => store_said(error),
        }
    }

    /// A request that cannot be done, in words each language can say: sentence form `key`
    /// (a message in locales/*.ftl), its English `text` and its values.
    pub(crate) fn invalid<const N: usize>(key: &str, text: String, args: [(&str, Value); N]) -> AppError {
        AppError::Invalid(Step::said(key, text, args))
    }

    pub(crate) fn io(path: &Path, e: std::io::Error) -> AppError {
        AppError::File { file: path.display().to_string(), message: e.to_string().into() }
    }
}

/// A PDF that cannot be drawn, as a sentence (a character no font has is the one users meet).
fn pdf_said(error: &konsortio_pdf::PdfError) -> Step {
    let text = error.to_string();
    match error {
        konsortio_pdf::PdfError::Uncovered { text: words, character } => Step::said(
            "err-pdf-uncovered",
            text,
            [
                ("character", Value::text(character.to_string())),
                ("code", Value::text(format!("{:04X}", u32::from(*character)))),
                ("text", Value::text(words)),
            ],
        ),
        _ => Step::english(text),
    }
}

/// A store's refusal as a sentence; a database's own failure keeps SQLite's English words.
fn store_said(error: &StoreError) -> Step {
    let text = error.to_string();
    let t = |s: &str| Value::text(s);
    match error {
        StoreError::TooNew { found, supported } => Step::said(
            "err-store-too-new",
            text,
            [("found", Value::count(*found)), ("supported", Value::count(*supported))],
        ),
        StoreError::Frozen { deal, year } => {
            Step::said("err-store-frozen", text, [("deal", t(deal)), ("year", Value::year(*year))])
        }
        StoreError::Referenced { kind, key } => {
            Step::said("err-store-referenced", text, [("kind", t(kind)), ("key", t(key))])
        }
        StoreError::NoInvoice(number) => Step::said("err-store-no-invoice", text, [("number", t(number))]),
        StoreError::BadRecord { kind, key, error } => Step::said(
            "err-store-bad-record",
            text,
            [
                ("kind", t(kind)),
                ("key", t(key)),
                ("field", t(&error.field)),
                ("detail", Value::detail(error.message.clone())),
            ],
        ),
        _ => Step::english(text),
    }
}

/// The error in `lang`: its sentence with every value written as that language writes it.
pub fn error_text(lang: konsortio_pdf::Lang, error: &AppError) -> String {
    konsortio_pdf::step_text(lang, &error.said())
}
