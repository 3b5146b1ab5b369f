//! The native File menu: New, Open…, Open recent ▸, Save a copy / Back up…, Import…, Quit, in
//! the language the window speaks.
//! Each item tells the window what was chosen (the "menu" event); the window asks for a file
//! in a dialog and calls the command, so the menu and the window's own buttons share one path.

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use konsortio_i18n::{text, Lang};
use tauri::menu::{Menu, MenuBuilder, MenuEvent, MenuItemBuilder, Submenu, SubmenuBuilder};
use tauri::{AppHandle, Emitter, Manager, Wry};

use crate::recent::{self, Recent};

/// The recent list, and the "Open recent" submenu of the menu bar shown with its language.
pub struct RecentMenu {
    recent: Mutex<Recent>,
    shown: Mutex<(Submenu<Wry>, Lang)>,
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
/// In the system's language until the window says which one the user chose (`speak`).
pub fn install(app: &AppHandle) -> tauri::Result<()> {
    let lang = Lang::from_locale_vars(|name| std::env::var(name).ok());
    let recent = Recent::load(recent_file(app)?);
    let (menu, submenu) = build(app, lang, &recent)?;
    app.set_menu(menu)?;
    app.manage(RecentMenu { recent: Mutex::new(recent), shown: Mutex::new((submenu, lang)) });
    Ok(())
}

/// Shows the menu bar in `lang`, as the window switches language. It is built anew: GTK
/// does not redraw a renamed menu bar title.
pub fn speak(app: &AppHandle, lang: Lang) -> tauri::Result<()> {
    let Some(state) = app.try_state::<RecentMenu>() else { return Ok(()) };
    let recent = state.recent.lock().unwrap_or_else(|p| p.into_inner());
    let mut shown = state.shown.lock().unwrap_or_else(|p| p.into_inner());
    if shown.1 == lang {
        return Ok(());
    }
    let (menu, submenu) = build(app, lang, &recent)?;
    app.set_menu(menu)?;
    *shown = (submenu, lang);
    Ok(())
}

/// The menu bar in `lang` and its "Open recent" submenu.
fn build(app: &AppHandle, lang: Lang, recent: &Recent) -> tauri::Result<(Menu<Wry>, Submenu<Wry>)> {
    let submenu = SubmenuBuilder::with_id(app, "recent", text(lang, "menu-open-recent")).build()?;
    fill(app, &submenu, recent.paths(), lang)?;
    let item = |id: &str, key: &str, keys: Option<&str>| {
        let b = MenuItemBuilder::with_id(id, text(lang, key));
        match keys {
            Some(k) => b.accelerator(k).build(app),
            None => b.build(app),
        }
    };
    let file = SubmenuBuilder::new(app, text(lang, "menu-file"))
        .item(&item("new", "menu-new", Some("CmdOrCtrl+N"))?)
        .item(&item("open", "menu-open", Some("CmdOrCtrl+O"))?)
        .item(&submenu)
        .separator()
        .item(&item("back_up", "menu-back-up", Some("CmdOrCtrl+Shift+S"))?)
        .separator()
        .item(&item("import_file", "menu-import-file", None)?)
        .item(&item("import_folder", "menu-import-folder", None)?)
        .separator()
        .item(&item("quit", "menu-quit", Some("CmdOrCtrl+Q"))?)
        .build()?;
    Ok((MenuBuilder::new(app).item(&file).build()?, submenu))
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
    let shown = state.shown.lock().unwrap_or_else(|p| p.into_inner());
    if let Err(e) = fill(app, &shown.0, recent.paths(), shown.1) {
        eprintln!("konsortio: cannot update the Open recent menu: {e}");
    }
}

/// Replaces the submenu's items with one per path ("recent:0" ...), or a disabled "None yet".
fn fill(app: &AppHandle, submenu: &Submenu<Wry>, paths: &[PathBuf], lang: Lang) -> tauri::Result<()> {
    for item in submenu.items()? {
        submenu.remove(&item)?;
    }
    if paths.is_empty() {
        let none = MenuItemBuilder::with_id("recent:none", text(lang, "menu-recent-none")).enabled(false);
        submenu.append(&none.build(app)?)?;
    }
    for (i, path) in paths.iter().enumerate() {
        submenu.append(&MenuItemBuilder::with_id(format!("recent:{i}"), recent::label(path)).build(app)?)?;
    }
    Ok(())
}
