//! The native File menu: New, Open…, Open recent ▸, Save a copy / Back up…, Import…, Quit.
//! Each item tells the window what was chosen (the "menu" event); the window asks for a file
//! in a dialog and calls the command, so the menu and the window's own buttons share one path.

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use tauri::menu::{Menu, MenuBuilder, MenuEvent, MenuItemBuilder, Submenu, SubmenuBuilder};
use tauri::{AppHandle, Emitter, Manager, Wry};

use crate::recent::{self, Recent};

/// The recent list and the submenu that shows it.
pub struct RecentMenu {
    recent: Mutex<Recent>,
    submenu: Submenu<Wry>,
}

/// Where the recent list is kept: $KONSORTIO_CONFIG_DIR (tests), else the app's config folder.
fn recent_file(app: &AppHandle) -> tauri::Result<PathBuf> {
    let dir = match std::env::var_os("KONSORTIO_CONFIG_DIR") {
        Some(dir) => PathBuf::from(dir),
        None => app.path().app_config_dir()?,
    };
    Ok(dir.join("recent.json"))
}

/// Builds the menu bar and keeps the recent list's state for the commands.
pub fn install(app: &AppHandle) -> tauri::Result<()> {
    let recent = Recent::load(recent_file(app)?);
    let submenu = SubmenuBuilder::with_id(app, "recent", "Open recent").build()?;
    fill(app, &submenu, recent.paths())?;
    let item = |id: &str, text: &str, keys: Option<&str>| {
        let b = MenuItemBuilder::with_id(id, text);
        match keys {
            Some(k) => b.accelerator(k).build(app),
            None => b.build(app),
        }
    };
    let file = SubmenuBuilder::new(app, "File")
        .item(&item("new", "New…", Some("CmdOrCtrl+N"))?)
        .item(&item("open", "Open…", Some("CmdOrCtrl+O"))?)
        .item(&submenu)
        .separator()
        .item(&item("back_up", "Save a copy / Back up…", Some("CmdOrCtrl+Shift+S"))?)
        .separator()
        .item(&item("import_file", "Import CSV file…", None)?)
        .item(&item("import_folder", "Import folder of CSV files…", None)?)
        .separator()
        .item(&item("quit", "Quit", Some("CmdOrCtrl+Q"))?)
        .build()?;
    let menu: Menu<Wry> = MenuBuilder::new(app).item(&file).build()?;
    app.set_menu(menu)?;
    app.manage(RecentMenu { recent: Mutex::new(recent), submenu });
    Ok(())
}

/// Tells the window which item was chosen ("recent:N" for the N-th recent database).
pub fn on_event(app: &AppHandle, event: MenuEvent) {
    let id = event.id().as_ref();
    if id == "quit" {
        app.exit(0);
        return;
    }
    if let Some(window) = app.get_webview_window("main") {
        let _ = window.emit("menu", id);
    }
}

/// The recent database at `index`, as the menu showed it.
pub fn recent_path(app: &AppHandle, index: usize) -> Option<PathBuf> {
    let state = app.state::<RecentMenu>();
    let recent = state.recent.lock().unwrap_or_else(|p| p.into_inner());
    recent.paths().get(index).cloned()
}

/// Puts a database the user opened first in the list and the menu. A list that cannot be
/// written only costs the menu entry, never the open.
pub fn remember(app: &AppHandle, path: &Path) {
    update(app, |recent| recent.remember(path));
}

/// Drops a database that is no longer there.
pub fn forget(app: &AppHandle, path: &Path) {
    update(app, |recent| recent.forget(path));
}

fn update(app: &AppHandle, change: impl FnOnce(&mut Recent) -> std::io::Result<()>) {
    let Some(state) = app.try_state::<RecentMenu>() else { return };
    let mut recent = state.recent.lock().unwrap_or_else(|p| p.into_inner());
    if let Err(e) = change(&mut recent) {
        eprintln!("konsortio: cannot keep the recent databases: {e}");
    }
    if let Err(e) = fill(app, &state.submenu, recent.paths()) {
        eprintln!("konsortio: cannot update the Open recent menu: {e}");
    }
}

/// Replaces the submenu's items with one per path ("recent:0" ...), or a disabled "None yet".
fn fill(app: &AppHandle, submenu: &Submenu<Wry>, paths: &[PathBuf]) -> tauri::Result<()> {
    for item in submenu.items()? {
        submenu.remove(&item)?;
    }
    if paths.is_empty() {
        submenu.append(&MenuItemBuilder::with_id("recent:none", "No recent databases").enabled(false).build(app)?)?;
    }
    for (i, path) in paths.iter().enumerate() {
        submenu.append(&MenuItemBuilder::with_id(format!("recent:{i}"), recent::label(path)).build(app)?)?;
    }
    Ok(())
}
