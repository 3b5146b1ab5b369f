//! The application's errors: each names what the user must fix (file, line and field for input).

use std::path::Path;

use konsortio_core::scenario::ScenarioError;
use konsortio_core::SplitError;
use konsortio_store::StoreError;
use thiserror::Error;

#[derive(Debug, Error)]
pub enum AppError {
    /// A bad value in an input file.
    #[error("{file} line {line}, field '{field}': {message}")]
    Input { file: String, line: u64, field: String, message: String },
    /// A bad value in a settings file with named fields (the calculator's deal file).
    #[error("{file}, field '{field}': {message}")]
    Field { file: String, field: String, message: String },
    /// A problem with a whole file (unreadable, missing column, not CSV).
    #[error("{file}: {message}")]
    File { file: String, message: String },
    /// A file that is there already and would be overwritten: the user decides (--force).
    #[error("{file} already exists; not overwritten (use --force, or choose another folder)")]
    Exists { file: String },
    /// A bad value in one record (a form in the desktop app).
    #[error("{kind}, field '{field}': {message}")]
    Record { kind: String, field: String, message: String },
    #[error("no {kind} '{key}'")]
    NotFound { kind: &'static str, key: String },
    #[error("{deal} {year}: {error}")]
    Split { deal: String, year: i32, error: SplitError },
    #[error("{deal} {year}: {error}")]
    Scenario { deal: String, year: i32, error: ScenarioError },
    #[error("{0}")]
    Invalid(String),
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

    pub(crate) fn io(path: &Path, e: std::io::Error) -> AppError {
        AppError::File { file: path.display().to_string(), message: e.to_string() }
    }
}
