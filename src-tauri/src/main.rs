//! The Konsortio desktop app: opens the default database (seeding the demo consortium on
//! first start) and serves the UI's commands.

#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

mod commands;
mod dto;
mod menu;
mod recent;
mod sushi;
mod usage;

static STARTED: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();

/// When `main` began: the speed figures count from here.
pub fn started() -> std::time::Instant {
    *STARTED.get_or_init(std::time::Instant::now)
}

/// WebKitGTK's DMA-BUF renderer hands each frame to the GPU driver. Without a GPU (no DRM
/// render node: a virtual machine, a remote session, Xvfb) that is Mesa's software llvmpipe,
/// and scrolling the 3,000-row member table took 78 ms a frame; without the renderer, 13 ms.
/// Set before GTK starts, only then, and only if the user has not chosen (DECISIONS 30).
fn software_gl_without_dmabuf() {
    let has_gpu = std::fs::read_dir("/dev/dri")
        .map(|dir| dir.flatten().any(|e| e.file_name().to_string_lossy().starts_with("renderD")))
        .unwrap_or(false);
    if !has_gpu && std::env::var_os("WEBKIT_DISABLE_DMABUF_RENDERER").is_none() {
        std::env::set_var("WEBKIT_DISABLE_DMABUF_RENDERER", "1");
    }
}

fn main() {
    started();
    software_gl_without_dmabuf();
    let state = commands::Session::open_default().unwrap_or_else(|e| {
        eprintln!("konsortio: cannot open the database: {}", e.message);
        std::process::exit(1);
    });
    tauri::Builder::default()
        .plugin(tauri_plugin_dialog::init())
        .manage(state)
        .manage(sushi::HarvestStop::default())
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
            commands::draft_invoices,
            commands::issue_invoices,
            commands::credit_invoice,
            commands::record_payment,
            commands::export_invoices,
            usage::inspect_usage,
            usage::import_usage,
            usage::usage_imports,
            usage::delete_usage_import,
            usage::usage_mappings,
            usage::map_usage,
            usage::unmap_usage,
            usage::unmatched_usage,
            usage::cost_per_use,
            usage::export_usage_csv,
            usage::usage_pdf,
            usage::statement_pdf,
            sushi::sushi_endpoints,
            sushi::add_sushi_endpoint,
            sushi::remove_sushi_endpoint,
            sushi::sushi_credentials,
            sushi::set_sushi_credentials,
            sushi::remove_sushi_credentials,
            sushi::harvest_sushi,
            sushi::stop_harvest,
            commands::set_language,
        ])
        .run(tauri::generate_context!())
        .expect("the Tauri runtime starts");
}
