//! Tauri's build step: embeds the configuration, capabilities and icons.
fn main() {
    tauri_build::build()
}
