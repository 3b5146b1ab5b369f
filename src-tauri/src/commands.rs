//! The UI's commands: each converts in, calls the application API, converts out. Work runs
//! off the window's thread, so a long recomputation never freezes the window.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use chrono::Datelike;
use konsortio_app::{default_database_path, Actor, App, AppError, Kind, ScenarioText};
use tauri::State;

use crate::dto::*;

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
async fn with_app<T: Send + 'static>(
    session: &State<'_, Session>,
    f: impl FnOnce(&mut App, &mut PathBuf) -> Result<T, AppError> + Send + 'static,
) -> Result<T, CommandError> {
    let inner = Arc::clone(&session.inner);
    tauri::async_runtime::spawn_blocking(move || {
        let mut guard = inner.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        let (app, path) = &mut *guard;
        f(app, path).map_err(CommandError::from)
    })
    .await
    .map_err(|e| CommandError { code: "internal", message: e.to_string(), field: None })?
}

fn kind(name: &str) -> Result<Kind, AppError> {
    Kind::from_name(name).ok_or_else(|| AppError::Invalid(format!("unknown record kind '{name}'")))
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
) -> Result<Vec<String>, CommandError> {
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

/// Opens (or creates, seeded with the demo) the database at a path the user chose in a dialog.
#[tauri::command]
pub async fn open_database(session: State<'_, Session>, path: String) -> Result<(), CommandError> {
    with_app(&session, move |app, current| {
        let path = PathBuf::from(path);
        *app = open_seeded(&path)?;
        *current = path;
        Ok(())
    })
    .await
}

/// Writes a consistent copy of the open database to a path the user chose in a dialog.
#[tauri::command]
pub async fn back_up(session: State<'_, Session>, path: String) -> Result<(), CommandError> {
    with_app(&session, move |app, _| app.back_up(std::path::Path::new(&path))).await
}
