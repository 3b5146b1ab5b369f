//! The Konsortio desktop app: opens the default database (seeding the demo consortium on
//! first start) and serves the UI's commands.

#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

mod commands;
mod dto;
mod menu;
mod recent;

static STARTED: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();

/// When `main` began: the speed figures count from here.
pub fn started() -> std::time::Instant {
    *STARTED.get_or_init(std::time::Instant::now)
}

fn main() {
    started();
    // WebKitGTK's DMA-BUF renderer paints each frame through the GPU driver; where that is
    // software (Mesa llvmpipe: a virtual machine, Xvfb) scrolling the member table took
    // 78 ms a frame, without it 13 ms, and some GPU drivers show a blank window with it.
    // Set before GTK starts, and only if the user has not chosen (docs/DECISIONS.md 30).
    if std::env::var_os("WEBKIT_DISABLE_DMABUF_RENDERER").is_none() {
        std::env::set_var("WEBKIT_DISABLE_DMABUF_RENDERER", "1");
    }
    let state = commands::Session::open_default().unwrap_or_else(|e| {
        eprintln!("konsortio: cannot open the database: {}", e.message);
        std::process::exit(1);
    });
    tauri::Builder::default()
        .plugin(tauri_plugin_dialog::init())
        .manage(state)
        .setup(|app| Ok(menu::install(app.handle())?))
        .on_menu_event(menu::on_event)
        .invoke_handler(tauri::generate_handler![
            commands::app_info,
            commands::list,
            commands::save,
            commands::delete,
            commands::split,
            commands::explain,
            commands::compare,
            commands::finalise,
            commands::renewals,
            commands::member_shares,
            commands::open_database,
            commands::new_database,
            commands::open_recent,
            commands::load_demo,
            commands::import_csv,
            commands::import_folder,
            commands::list_where,
            commands::save_many,
            commands::timing,
            commands::back_up,
            commands::invoices,
            commands::invoice_document,
            commands::issue_invoices,
            commands::credit_invoice,
            commands::record_payment,
            commands::export_invoices,
        ])
        .run(tauri::generate_context!())
        .expect("the Tauri runtime starts");
}
