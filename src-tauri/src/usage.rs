//! The UI's usage commands (COUNTER reports, mappings, cost per use, usage and statement
//! files): each converts in, calls the application API on a worker thread, converts out.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use konsortio_app::{
    AppError, CostPerUseReport, UnmatchedName, UsageImport, UsageImportSummary, UsageMapping, UsageSummary,
};
use serde::Serialize;
use tauri::State;

use crate::commands::{with_app, Session};
use crate::dto::CommandError;

/// An imported report, with the total of each metric its file gave when listed.
#[derive(Serialize)]
pub struct UsageImportDto {
    pub id: i64,
    pub member: String,
    pub release: String,
    pub report_id: String,
    pub begin: String,
    pub end: String,
    pub platform: String,
    pub file: String,
    pub format: String,
    pub rows: u64,
    pub imported_at: String,
    pub totals: BTreeMap<String, u64>,
}

impl UsageImportDto {
    fn new(i: UsageImport, totals: BTreeMap<String, u64>) -> Self {
        UsageImportDto {
            id: i.id,
            member: i.member,
            release: i.release,
            report_id: i.report_id,
            begin: i.begin.to_string(),
            end: i.end.to_string(),
            platform: i.platform,
            file: i.file,
            format: i.format,
            rows: i.rows,
            imported_at: i.imported_at,
            totals,
        }
    }
}

/// What a COUNTER file is, without touching the database. Runs on a worker of its own: it
/// needs no database, so it never waits for one.
#[tauri::command]
pub async fn inspect_usage(path: String) -> Result<UsageSummary, CommandError> {
    tauri::async_runtime::spawn_blocking(move || konsortio_app::inspect_usage(Path::new(&path)))
        .await
        .map_err(|e| CommandError { code: "internal", message: e.to_string(), field: None })?
        .map_err(|e| field(e, "file"))
}

/// Imports a member's COUNTER report: all of it or nothing.
#[tauri::command]
pub async fn import_usage(
    session: State<'_, Session>,
    member: String,
    path: String,
) -> Result<UsageImportSummary, CommandError> {
    with_fields(&session, move |app, _| app.import_usage(&member, Path::new(&path))).await
}

/// Every imported report with its totals.
#[tauri::command]
pub async fn usage_imports(session: State<'_, Session>) -> Result<Vec<UsageImportDto>, CommandError> {
    with_app(&session, |app, _| {
        let imports = app.usage_imports()?;
        imports.into_iter().map(|i| Ok(UsageImportDto::new(i.clone(), app.usage_totals(i.id)?))).collect()
    })
    .await
}

#[tauri::command]
pub async fn delete_usage_import(session: State<'_, Session>, id: i64) -> Result<UsageImportDto, CommandError> {
    with_app(&session, move |app, _| Ok(UsageImportDto::new(app.delete_usage_import(id)?, BTreeMap::new()))).await
}

#[tauri::command]
pub async fn usage_mappings(session: State<'_, Session>) -> Result<Vec<UsageMapping>, CommandError> {
    with_app(&session, |app, _| app.usage_mappings()).await
}

#[tauri::command]
pub async fn map_usage(session: State<'_, Session>, name: String, resource: String) -> Result<(), CommandError> {
    with_fields(&session, move |app, _| app.map_usage(&name, &resource)).await
}

#[tauri::command]
pub async fn unmap_usage(session: State<'_, Session>, name: String) -> Result<(), CommandError> {
    with_app(&session, move |app, _| app.unmap_usage(&name)).await
}

#[tauri::command]
pub async fn unmatched_usage(session: State<'_, Session>) -> Result<Vec<UnmatchedName>, CommandError> {
    with_app(&session, |app, _| app.unmatched_usage()).await
}

/// Cost per use of a year's finalised shares (every member's, or one's) and consortium-wide.
#[tauri::command]
pub async fn cost_per_use(
    session: State<'_, Session>,
    year: i32,
    metric: Option<String>,
    member: Option<String>,
) -> Result<CostPerUseReport, CommandError> {
    with_fields(&session, move |app, _| app.cost_per_use(year, metric.as_deref(), member.as_deref())).await
}

/// Writes the usage CSV of a year to a path the user chose in a save dialog; an existing file
/// only with `force` (the error code "exists" tells the UI to ask first).
#[tauri::command]
pub async fn export_usage_csv(
    session: State<'_, Session>,
    year: i32,
    metric: Option<String>,
    path: String,
    force: bool,
) -> Result<(), CommandError> {
    with_app(&session, move |app, _| {
        let mut bytes = Vec::new();
        app.export_usage(year, metric.as_deref(), &mut bytes)?;
        write_new(&PathBuf::from(path), &bytes, force)
    })
    .await
}

/// Writes the usage report PDF of a year (consortium-wide, or one member's) as `export_usage_csv` does.
#[tauri::command]
pub async fn usage_pdf(
    session: State<'_, Session>,
    year: i32,
    metric: Option<String>,
    member: Option<String>,
    path: String,
    force: bool,
) -> Result<(), CommandError> {
    with_app(&session, move |app, _| {
        let pdf = app.usage_pdf(year, metric.as_deref(), member.as_deref())?;
        write_new(&PathBuf::from(path), &pdf, force)
    })
    .await
}

/// Writes a member's statement of a year as a PDF, as `export_usage_csv` does.
#[tauri::command]
pub async fn statement_pdf(
    session: State<'_, Session>,
    member: String,
    year: i32,
    path: String,
    force: bool,
) -> Result<(), CommandError> {
    with_app(&session, move |app, _| {
        let pdf = app.statement_pdf(&member, year)?;
        write_new(&PathBuf::from(path), &pdf, force)
    })
    .await
}

/// Writes `bytes` (already rendered: a failed render writes nothing) to `path`, which must not
/// exist unless `force`.
fn write_new(path: &Path, bytes: &[u8], force: bool) -> Result<(), AppError> {
    if path.exists() && !force {
        return Err(AppError::Exists { file: path.display().to_string() });
    }
    std::fs::write(path, bytes)
        .map_err(|e| AppError::File { file: path.display().to_string(), message: e.to_string().into() })
}

/// As `with_app`, naming the form field an error concerns: the member, the resource or the file.
async fn with_fields<T: Send + 'static>(
    session: &State<'_, Session>,
    f: impl FnOnce(&mut konsortio_app::App, &mut PathBuf) -> Result<T, AppError> + Send + 'static,
) -> Result<T, CommandError> {
    crate::commands::on_worker(session, move |app, path| {
        f(app, path).map_err(|e| {
            let which = match &e {
                AppError::NotFound { kind: "member", .. } => "member",
                AppError::NotFound { kind: "resource", .. } => "resource",
                AppError::Usage(_) | AppError::File { .. } => "file",
                AppError::Invalid(m)
                    if matches!(m.key.as_str(), "err-usage-metric-type" | "err-usage-derived-metric") =>
                {
                    "metric"
                }
                _ => return CommandError::from(e),
            };
            field(e, which)
        })
    })
    .await
}

fn field(e: AppError, name: &str) -> CommandError {
    CommandError { field: Some(name.to_string()), ..CommandError::from(e) }
}
