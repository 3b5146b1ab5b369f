//! The UI's commands: each converts in, calls the application API, converts out. Work runs
//! off the window's thread, so a long recomputation never freezes the window.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use chrono::Datelike;
use konsortio_app::{default_database_path, Actor, App, AppError, InvoiceMode, IssueRequest, Kind, ScenarioText};
use tauri::ipc::Channel;
use tauri::{AppHandle, Manager, State};

use crate::dto::*;
use crate::menu;

/// The open database and its path.
pub struct Session {
    inner: Arc<Mutex<(App, PathBuf)>>,
}

impl Session {
    /// Opens the default database, seeding the demo consortium into a new one.
    pub fn open_default() -> Result<Session, CommandError> {
        let path = default_database_path();
        let app = open_seeded(&path)?;
        Ok(Session { inner: Arc::new(Mutex::new((app, path))) })
    }
}

fn open_seeded(path: &std::path::Path) -> Result<App, AppError> {
    let mut app = App::open(path, Actor::from_env())?;
    if app.is_empty()? {
        app.load_demo()?;
    }
    Ok(app)
}

/// Runs `f` on the open app on a worker thread.
pub(crate) async fn with_app<T: Send + 'static>(
    session: &State<'_, Session>,
    f: impl FnOnce(&mut App, &mut PathBuf) -> Result<T, AppError> + Send + 'static,
) -> Result<T, CommandError> {
    on_worker(session, move |app, path| f(app, path).map_err(CommandError::from)).await
}

/// As `with_app`, for a command that shapes its own errors.
pub(crate) async fn on_worker<T: Send + 'static>(
    session: &State<'_, Session>,
    f: impl FnOnce(&mut App, &mut PathBuf) -> Result<T, CommandError> + Send + 'static,
) -> Result<T, CommandError> {
    let inner = Arc::clone(&session.inner);
    tauri::async_runtime::spawn_blocking(move || {
        let mut guard = inner.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        let (app, path) = &mut *guard;
        f(app, path)
    })
    .await
    .map_err(|e| CommandError { code: "internal", message: e.to_string(), field: None })?
}

fn kind(name: &str) -> Result<Kind, AppError> {
    Kind::from_name(name).ok_or_else(|| AppError::Invalid(format!("unknown record kind '{name}'").into()))
}

fn this_year() -> i32 {
    chrono::Local::now().year()
}

#[tauri::command]
pub async fn app_info(session: State<'_, Session>) -> Result<Info, CommandError> {
    with_app(&session, |app, path| {
        let consortium = app.consortium()?;
        Ok(Info {
            database: path.display().to_string(),
            consortium: consortium.as_ref().map(|c| c.name.clone()),
            currency: consortium.map(|c| c.currency.to_string()),
            year: konsortio_app::DEMO_YEAR.max(this_year()),
            export_formats: EXPORT_FORMATS.to_vec(),
            vocabulary: Vocabulary::get(),
        })
    })
    .await
}

#[tauri::command]
pub async fn list(session: State<'_, Session>, kind_name: String) -> Result<TableDto, CommandError> {
    with_app(&session, move |app, _| Ok(app.list(kind(&kind_name)?)?.into())).await
}

#[tauri::command]
pub async fn save(session: State<'_, Session>, kind_name: String, values: Vec<String>) -> Result<(), CommandError> {
    with_app(&session, move |app, _| app.save(kind(&kind_name)?, &values)).await
}

#[tauri::command]
pub async fn delete(session: State<'_, Session>, kind_name: String, key: String) -> Result<(), CommandError> {
    with_app(&session, move |app, _| app.delete(kind(&kind_name)?, &key)).await
}

#[tauri::command]
pub async fn split(
    session: State<'_, Session>,
    deal: String,
    year: i32,
    rule: Option<String>,
) -> Result<SplitDto, CommandError> {
    with_app(&session, move |app, _| Ok(app.split(&deal, year, rule.as_deref())?.into())).await
}

#[tauri::command]
pub async fn explain(
    session: State<'_, Session>,
    deal: String,
    year: i32,
    member: String,
    rule: Option<String>,
) -> Result<Vec<konsortio_core::Step>, CommandError> {
    with_app(&session, move |app, _| Ok(steps(app.explain(&deal, year, &member, rule.as_deref())?))).await
}

#[tauri::command]
pub async fn compare(
    session: State<'_, Session>,
    deal: String,
    year: i32,
    scenarios: Vec<ScenarioText>,
) -> Result<ComparisonDto, CommandError> {
    with_app(&session, move |app, _| Ok(app.compare(&deal, year, &scenarios)?.into())).await
}

#[tauri::command]
pub async fn finalise(session: State<'_, Session>, deal: String, year: i32) -> Result<(), CommandError> {
    with_app(&session, move |app, _| app.finalise(&deal, year).map(|_| ())).await
}

#[tauri::command]
pub async fn renewals(session: State<'_, Session>) -> Result<Vec<RenewalDto>, CommandError> {
    with_app(&session, |app, _| {
        Ok(app.renewals(chrono::Local::now().date_naive())?.into_iter().map(Into::into).collect())
    })
    .await
}

#[tauri::command]
pub async fn member_shares(
    session: State<'_, Session>,
    member: String,
    year: i32,
) -> Result<Vec<MemberShareDto>, CommandError> {
    with_app(&session, move |app, _| Ok(app.member_shares(&member, year)?.into_iter().map(Into::into).collect())).await
}

/// Opens the database at a path the user chose in a dialog (an empty one stays empty: the
/// window offers to import a folder or load the demo).
#[tauri::command]
pub async fn open_database(app: AppHandle, session: State<'_, Session>, path: String) -> Result<(), CommandError> {
    let path = PathBuf::from(path);
    if !path.is_file() {
        return Err(AppError::NotFound { kind: "database", key: path.display().to_string() }.into());
    }
    switch_to(&app, &session, path).await
}

/// Creates a new, empty database at a path the user chose in a save dialog. An existing
/// file is never replaced: the user picks another name.
#[tauri::command]
pub async fn new_database(app: AppHandle, session: State<'_, Session>, path: String) -> Result<(), CommandError> {
    let path = PathBuf::from(path);
    if path.exists() {
        return Err(AppError::Exists { file: path.display().to_string() }.into());
    }
    switch_to(&app, &session, path).await
}

/// The window was switched to a language ("fi", "zh"...): the File menu's items and the
/// backend's errors speak it from now on.
#[tauri::command]
pub fn set_language(app: AppHandle, lang: String) -> Result<(), CommandError> {
    let lang = konsortio_i18n::Lang::from_code(&lang);
    crate::dto::set_error_language(lang);
    menu::speak(&app, lang).map_err(|e| CommandError { code: "internal", message: e.to_string(), field: None })
}

/// Opens the `index`-th database of File ▸ Open recent: only ever a path the user chose.
#[tauri::command]
pub async fn open_recent(app: AppHandle, session: State<'_, Session>, index: usize) -> Result<String, CommandError> {
    let path = menu::recent_path(&app, index)
        .ok_or_else(|| AppError::Invalid(format!("there is no recent database number {}", index + 1).into()))?;
    if !path.is_file() {
        menu::forget(&app, &path);
        return Err(AppError::NotFound { kind: "database", key: path.display().to_string() }.into());
    }
    switch_to(&app, &session, path.clone()).await?;
    Ok(path.display().to_string())
}

/// Opens `path` in place of the current database, remembers it in Open recent and names it
/// in the window's title.
async fn switch_to(app: &AppHandle, session: &State<'_, Session>, path: PathBuf) -> Result<(), CommandError> {
    let opened = path.clone();
    with_app(session, move |app, current| {
        *app = App::open(&opened, Actor::from_env())?;
        *current = opened;
        Ok(())
    })
    .await?;
    menu::remember(app, &path);
    if let Some(window) = app.get_webview_window("main") {
        let _ = window.set_title(&format!("Konsortio — {}", crate::recent::label(&path)));
    }
    Ok(())
}

/// Loads the demo consortium into the open database, if it is empty.
#[tauri::command]
pub async fn load_demo(session: State<'_, Session>) -> Result<(), CommandError> {
    with_app(&session, |app, path| {
        if !app.is_empty()? {
            let path = path.display().to_string();
            let text = format!("{path} already holds a consortium; the demo loads only into an empty database");
            let args = [("path", konsortio_core::explain::Value::text(path))];
            return Err(AppError::Invalid(konsortio_core::Step::said("err-demo-not-empty", text, args)));
        }
        app.load_demo().map(|_| ())
    })
    .await
}

/// Imports one CSV file the user chose in a dialog: all its records, or none.
#[tauri::command]
pub async fn import_csv(
    session: State<'_, Session>,
    kind_name: String,
    path: String,
) -> Result<ImportDto, CommandError> {
    with_app(&session, move |app, _| Ok(app.import(kind(&kind_name)?, std::path::Path::new(&path))?.into())).await
}

/// Imports a folder of CSV files named after their kinds, in one transaction.
#[tauri::command]
pub async fn import_folder(session: State<'_, Session>, path: String) -> Result<Vec<ImportDto>, CommandError> {
    with_app(&session, move |app, _| {
        Ok(app.import_dir(std::path::Path::new(&path))?.into_iter().map(Into::into).collect())
    })
    .await
}

/// The records of one kind whose `field` is `value` (a deal's offers or participants).
#[tauri::command]
pub async fn list_where(
    session: State<'_, Session>,
    kind_name: String,
    field: String,
    value: String,
) -> Result<TableDto, CommandError> {
    with_app(&session, move |app, _| Ok(app.list_where(kind(&kind_name)?, &field, &value)?.into())).await
}

/// Saves and deletes several records of one kind in one transaction (the participants picker).
#[tauri::command]
pub async fn save_many(
    session: State<'_, Session>,
    kind_name: String,
    save: Vec<Vec<String>>,
    delete: Vec<Vec<String>>,
) -> Result<(), CommandError> {
    with_app(&session, move |app, _| app.save_many(kind(&kind_name)?, &save, &delete)).await
}

/// Milliseconds since the program started, for the speed figures; printed to stderr with
/// the wall-clock time when KONSORTIO_TIMINGS is set (scripts/measure-desktop.sh reads it).
#[tauri::command]
pub fn timing(mark: String) -> u128 {
    let since_start = crate::started().elapsed().as_millis();
    if std::env::var_os("KONSORTIO_TIMINGS").is_some() {
        let epoch_ms = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_millis())
            .unwrap_or_default();
        eprintln!("konsortio-timing {mark} since_main_ms={since_start} epoch_ms={epoch_ms}");
    }
    since_start
}

/// Writes a consistent copy of the open database to a path the user chose in a dialog.
#[tauri::command]
pub async fn back_up(session: State<'_, Session>, path: String) -> Result<(), CommandError> {
    with_app(&session, move |app, _| app.back_up(std::path::Path::new(&path))).await
}

/// The invoice register: every invoice and credit note.
#[tauri::command]
pub async fn invoices(session: State<'_, Session>) -> Result<Vec<InvoiceRowDto>, CommandError> {
    with_app(&session, |app, _| Ok(app.invoices()?.into_iter().map(Into::into).collect())).await
}

/// One document with its status, payments and the lines credit notes have credited.
#[tauri::command]
pub async fn invoice_document(session: State<'_, Session>, number: String) -> Result<InvoiceDetailDto, CommandError> {
    with_app(&session, move |app, _| {
        let register = app.invoices()?;
        let summary = register
            .iter()
            .find(|s| s.number == number)
            .ok_or_else(|| AppError::NotFound { kind: "invoice", key: number.clone() })?;
        let mut credited_lines = Vec::new();
        for note in register.iter().filter(|s| s.credits.as_deref() == Some(number.as_str())) {
            credited_lines.extend(app.document(&note.number)?.lines.iter().map(|l| l.id));
        }
        Ok(InvoiceDetailDto {
            document: app.document(&number)?.into(),
            status: summary.status().name(),
            paid: summary.paid.into(),
            credited: summary.credited.into(),
            payments: app.payments(&number)?.into_iter().map(Into::into).collect(),
            credited_lines,
        })
    })
    .await
}

/// Drafts a batch for review, with every check issuing makes: nothing is numbered or stored.
#[tauri::command]
pub async fn draft_invoices(
    session: State<'_, Session>,
    year: i32,
    deal: Option<String>,
    mode: InvoiceMode,
    issue_date: String,
    explain: bool,
) -> Result<DraftBatchDto, CommandError> {
    with_app(&session, move |app, _| {
        let req = IssueRequest { year, deal, mode, issue_date: date_field("issue_date", &issue_date)?, explain };
        Ok(app.draft_invoices(&req)?.into())
    })
    .await
}

/// Issues a batch, reporting each stored chunk to the window through `on_progress`.
#[tauri::command]
pub async fn issue_invoices(
    session: State<'_, Session>,
    year: i32,
    deal: Option<String>,
    mode: InvoiceMode,
    issue_date: String,
    explain: bool,
    on_progress: Channel<Progress>,
) -> Result<IssueOutcomeDto, CommandError> {
    with_app(&session, move |app, _| {
        let req = IssueRequest { year, deal, mode, issue_date: date_field("issue_date", &issue_date)?, explain };
        let outcome = app.issue_invoices(&req, &mut |done, total| {
            // A window closed mid-batch only stops the reports, never the batch.
            let _ = on_progress.send(Progress { done, total });
        })?;
        Ok(outcome.into())
    })
    .await
}

/// Credits the chosen lines of an invoice (all not yet credited when `lines` is empty).
#[tauri::command]
pub async fn credit_invoice(
    session: State<'_, Session>,
    number: String,
    lines: Vec<u32>,
    issue_date: String,
) -> Result<DocumentDto, CommandError> {
    with_app(&session, move |app, _| Ok(app.credit(&number, &lines, date_field("issue_date", &issue_date)?)?.into()))
        .await
}

/// Records a payment; returns the invoice's status after it.
#[tauri::command]
pub async fn record_payment(
    session: State<'_, Session>,
    number: String,
    date: String,
    amount: String,
    reference: Option<String>,
) -> Result<&'static str, CommandError> {
    with_app(&session, move |app, _| {
        let reference = reference.as_deref().map(str::trim).filter(|r| !r.is_empty());
        Ok(app.record_payment(&number, date_field("date", &date)?, &amount, reference)?.name())
    })
    .await
}

/// The export formats offered: the accounting CSV, UBL e-invoices and PDFs.
const EXPORT_FORMATS: &[&str] = &["csv", "ubl", "pdf"];

/// Exports the register to a folder the user chose in a dialog. Existing files are never
/// overwritten unless `force`: the error code "exists" tells the UI to ask first.
#[tauri::command]
pub async fn export_invoices(
    session: State<'_, Session>,
    format: String,
    dir: String,
    force: bool,
    on_progress: Channel<Progress>,
) -> Result<ExportDto, CommandError> {
    on_worker(&session, move |app, _| {
        let folder = PathBuf::from(&dir);
        let mut progress = |done, total| {
            let _ = on_progress.send(Progress { done, total });
        };
        let files = match format.as_str() {
            "csv" => app.export_register_csv(&folder, force),
            "ubl" => app.export_ubl(&folder, force, &mut progress),
            "pdf" => app.export_pdf(&folder, force, &mut progress),
            other => Err(AppError::Invalid(
                format!("'{other}' is not an export format ({})", EXPORT_FORMATS.join(", ")).into(),
            )),
        }?;
        Ok(ExportDto { files: files.len(), dir })
    })
    .await
}

/// A date typed in a form, or an error naming its field.
fn date_field(field: &str, text: &str) -> Result<chrono::NaiveDate, AppError> {
    chrono::NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d").map_err(|_| AppError::Record {
        kind: "invoices".into(),
        field: field.into(),
        message: konsortio_core::Step::said(
            "err-field-date",
            format!("'{text}' is not a date (YYYY-MM-DD)"),
            [("value", konsortio_core::explain::Value::text(text))],
        ),
    })
}
