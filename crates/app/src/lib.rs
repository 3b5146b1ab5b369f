//! Konsortio's application API: the use cases that the CLI, the desktop app and tests all call.
//!
//! Plain Rust: it opens the store, reads and writes CSV, and runs the core. It knows nothing
//! of Tauri or of how a command line is parsed or printed.

mod calc;
mod csvio;
mod deals;
mod demo;
mod desktop_support;
mod edit;
mod error;
mod error_words;
mod exports;
mod invoicing;
mod pdfs;
mod statements;
pub mod synthetic;
mod usage;
mod views;

use std::path::Path;

use chrono::Datelike;

use konsortio_core::records::{Consortium, Deal};
use konsortio_store::{AuditEntry, Reads, Store};

pub use calc::{calc_explain, calc_input, calc_split};
pub use csvio::file_label;
pub use deals::{ScenarioText, SplitView};
pub use demo::DEMO_YEAR;
pub use error::{error_text, AppError};
pub use error_words::sushi_said;
pub use exports::{file_stem, neutralised, INVOICE_COLUMNS, LINE_COLUMNS};
pub use invoicing::{Document, DraftBatch, InvoiceMode, IssueOutcome, IssueRequest};
pub use konsortio_core::invoice::{DocumentKind, Status};
/// An explanation step in a language, as statements and invoices print it (decision 43).
pub use konsortio_pdf::step_text;
pub use konsortio_store::FrozenSplit;
pub use konsortio_store::{InvoiceSummary, Payment};
pub use konsortio_sushi::{ApiKey, Client as SushiClient, Pause as SushiPause, Settings as SushiSettings};
pub use statements::{MemberStatement, StatementLine};
pub use usage::{
    inspect_usage, CostPerUse, CostPerUseReport, Summary as UsageSummary, UnmatchedName, UsageImport,
    UsageImportSummary, UsageMapping, DEFAULT_METRIC, USAGE_COLUMNS,
};
pub use usage::{
    shown_key, ApiKeyChange, CredentialsInput, HarvestEvent, HarvestOutcome, HarvestRequest, MemberHarvest,
    SushiCredentials, SushiEndpoint, SushiEndpointView, SUSHI_COLUMNS,
};
pub use views::{MemberShare, Renewal};

/// Runs `$body` with `$R` bound to the record type of `$kind`: the one table from kinds to
/// record types, used by import, export, list and names alike.
macro_rules! with_record {
    ($kind:expr, $R:ident => $body:expr) => {{
        use konsortio_core::records::*;
        match $kind {
            $crate::Kind::Consortium => {
                type $R = Consortium;
                $body
            }
            $crate::Kind::Funders => {
                type $R = konsortio_core::invoice::records::Funder;
                $body
            }
            $crate::Kind::VatRates => {
                type $R = konsortio_core::invoice::records::VatRate;
                $body
            }
            $crate::Kind::ExchangeRates => {
                type $R = konsortio_core::invoice::records::FxRate;
                $body
            }
            $crate::Kind::Vendors => {
                type $R = Vendor;
                $body
            }
            $crate::Kind::Resources => {
                type $R = Resource;
                $body
            }
            $crate::Kind::Members => {
                type $R = Member;
                $body
            }
            $crate::Kind::Metrics => {
                type $R = MetricValue;
                $body
            }
            $crate::Kind::Licences => {
                type $R = Licence;
                $body
            }
            $crate::Kind::LicenceTerms => {
                type $R = LicenceTerm;
                $body
            }
            $crate::Kind::Amendments => {
                type $R = Amendment;
                $body
            }
            $crate::Kind::Deals => {
                type $R = Deal;
                $body
            }
            $crate::Kind::Offers => {
                type $R = OfferVersion;
                $body
            }
            $crate::Kind::Participations => {
                type $R = Participation;
                $body
            }
        }
    }};
}
pub(crate) use with_record;

/// The kinds of record that can be imported, exported and listed, in an order where each
/// kind's references come before it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Consortium,
    Funders,
    VatRates,
    ExchangeRates,
    Vendors,
    Resources,
    Members,
    Metrics,
    Licences,
    LicenceTerms,
    Amendments,
    Deals,
    Offers,
    Participations,
}

impl Kind {
    pub const ALL: [Kind; 14] = [
        Kind::Consortium,
        Kind::Funders,
        Kind::VatRates,
        Kind::ExchangeRates,
        Kind::Vendors,
        Kind::Resources,
        Kind::Members,
        Kind::Metrics,
        Kind::Licences,
        Kind::LicenceTerms,
        Kind::Amendments,
        Kind::Deals,
        Kind::Offers,
        Kind::Participations,
    ];

    /// The name used on the command line and as the CSV file's stem.
    pub fn name(self) -> &'static str {
        with_record!(self, R => R::KIND)
    }

    pub fn from_name(name: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.name() == name)
    }
}

/// A table of text cells: what `list` returns, ready for a CLI table, a CSV file or a grid.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Table {
    pub headers: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

/// The database the CLI and the desktop app open by default: $KONSORTIO_DB, else
/// konsortio.db in the platform's data directory.
pub fn default_database_path() -> std::path::PathBuf {
    std::env::var_os("KONSORTIO_DB").map(std::path::PathBuf::from).unwrap_or_else(|| {
        dirs::data_dir().unwrap_or_else(|| std::path::PathBuf::from(".")).join("konsortio").join("konsortio.db")
    })
}

/// Who is making changes, and when: recorded in the audit trail.
#[derive(Clone, Debug)]
pub struct Actor {
    pub name: String,
}

impl Actor {
    /// The operating-system user, or "konsortio".
    pub fn from_env() -> Actor {
        let name = std::env::var("USER").or_else(|_| std::env::var("USERNAME")).unwrap_or_else(|_| "konsortio".into());
        Actor { name }
    }
}

/// An open Konsortio database and the one who works on it.
pub struct App {
    store: Store,
    actor: Actor,
}

/// What an import did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportSummary {
    pub kind: Kind,
    pub records: usize,
}

impl App {
    /// Opens a database file (creating an empty one if there is none) and upgrades its schema.
    pub fn open(path: &Path, actor: Actor) -> Result<App, AppError> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|e| AppError::io(dir, e))?;
        }
        Ok(App { store: Store::open(path)?, actor })
    }

    pub fn in_memory(actor: Actor) -> Result<App, AppError> {
        Ok(App { store: Store::in_memory()?, actor })
    }

    /// True when the database holds no consortium yet (a new file).
    pub fn is_empty(&self) -> Result<bool, AppError> {
        Ok(self.store.consortium()?.is_none())
    }

    pub fn consortium(&self) -> Result<Option<Consortium>, AppError> {
        Ok(self.store.consortium()?)
    }

    /// Imports one CSV file of `kind`: all its records, or none of them.
    pub fn import(&mut self, kind: Kind, path: &Path) -> Result<ImportSummary, AppError> {
        let bytes = csvio::read_file(path)?;
        let name = csvio::file_label(path);
        let actor = self.actor.clone();
        self.store.write(|tx| csvio::import(tx, &actor, kind, &name, &bytes))
    }

    /// Loads a folder of CSV files named after their kinds (`members.csv`, ...), in one
    /// transaction: the whole folder is loaded, or nothing. Missing files are skipped.
    pub fn import_dir(&mut self, dir: &Path) -> Result<Vec<ImportSummary>, AppError> {
        let mut files = Vec::new();
        for kind in Kind::ALL {
            let path = dir.join(format!("{}.csv", kind.name()));
            if path.exists() {
                files.push((kind, csvio::file_label(&path), csvio::read_file(&path)?));
            }
        }
        if files.is_empty() {
            return Err(AppError::File {
                file: dir.display().to_string(),
                message: "holds none of the CSV files (members.csv, deals.csv, ...)".into(),
            });
        }
        let actor = self.actor.clone();
        self.store
            .write(|tx| files.iter().map(|(kind, name, bytes)| csvio::import(tx, &actor, *kind, name, bytes)).collect())
    }

    /// Loads the demo consortium (built into the program) and finalises the splits of the
    /// years before the demo's year, so that the demo year has last year to compare with.
    pub fn load_demo(&mut self) -> Result<Vec<ImportSummary>, AppError> {
        let actor = self.actor.clone();
        self.store.write(|tx| {
            let summary = demo::FILES
                .iter()
                .map(|(kind, name, bytes)| csvio::import(tx, &actor, *kind, name, bytes))
                .collect::<Result<Vec<_>, AppError>>()?;
            for deal in tx.all::<Deal>()? {
                for year in deal.start_date.year()..=deal.end_date.year().min(DEMO_YEAR - 1) {
                    deals::finalise_in(tx, &actor.name, &deal.code, year)?;
                }
            }
            Ok(summary)
        })
    }

    /// Writes every record of `kind` as CSV, with the documented columns.
    pub fn export(&self, kind: Kind, out: &mut dyn std::io::Write) -> Result<usize, AppError> {
        csvio::export(&self.store, kind, out)
    }

    /// Every record of `kind` as a table of text.
    pub fn list(&self, kind: Kind) -> Result<Table, AppError> {
        csvio::table(&self.store, kind)
    }

    /// The newest entries of the audit trail, newest first.
    pub fn audit(&self, limit: u32) -> Result<Vec<AuditEntry>, AppError> {
        Ok(self.store.audit_entries(limit)?)
    }

    /// Writes a consistent copy of the database to `path`.
    pub fn back_up(&self, path: &Path) -> Result<(), AppError> {
        if path.exists() {
            return Err(AppError::Exists { file: path.display().to_string() });
        }
        Ok(self.store.back_up(path)?)
    }

    pub fn schema_version(&self) -> Result<i64, AppError> {
        Ok(self.store.schema_version()?)
    }
}

/// The current time as recorded in the audit trail and on finalised splits (UTC, seconds).
fn now() -> String {
    chrono::Utc::now().format("%Y-%m-%dT%H:%M:%SZ").to_string()
}
