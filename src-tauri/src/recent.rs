//! The recently opened databases (File ▸ Open recent): at most five, newest first, kept as
//! JSON in the app's config folder. Only a path the user chose in a dialog is ever added,
//! so the menu can never open a file the user did not pick.

use std::path::{Path, PathBuf};

/// How many databases the menu remembers.
pub const MAX: usize = 5;

/// The remembered databases, newest first, and the file they are kept in.
#[derive(Debug)]
pub struct Recent {
    file: PathBuf,
    paths: Vec<PathBuf>,
}

impl Recent {
    /// Reads the list from `file`; a missing or unreadable file is an empty list (the menu
    /// is a convenience: it must never stop the app from starting).
    pub fn load(file: PathBuf) -> Recent {
        let paths = std::fs::read_to_string(&file)
            .ok()
            .and_then(|text| serde_json::from_str::<Vec<PathBuf>>(&text).ok())
            .unwrap_or_default()
            .into_iter()
            .filter(|p| p.is_absolute())
            .take(MAX)
            .collect();
        Recent { file, paths }
    }

    pub fn paths(&self) -> &[PathBuf] {
        &self.paths
    }

    /// Puts `path` first (once), drops the oldest beyond five, and writes the list.
    pub fn remember(&mut self, path: &Path) -> std::io::Result<()> {
        self.paths.retain(|p| p != path);
        self.paths.insert(0, path.to_path_buf());
        self.paths.truncate(MAX);
        self.save()
    }

    /// Forgets `path` (a database that is no longer there), and writes the list.
    pub fn forget(&mut self, path: &Path) -> std::io::Result<()> {
        self.paths.retain(|p| p != path);
        self.save()
    }

    /// Written to a temporary file first, then renamed: a crash never leaves half a list.
    fn save(&self) -> std::io::Result<()> {
        if let Some(dir) = self.file.parent() {
            std::fs::create_dir_all(dir)?;
        }
        let text = serde_json::to_string_pretty(&self.paths).map_err(std::io::Error::other)?;
        let tmp = self.file.with_extension("json.tmp");
        std::fs::write(&tmp, text)?;
        std::fs::rename(&tmp, &self.file)
    }
}

/// A menu label for a path: the file name, then the folder it is in.
pub fn label(path: &Path) -> String {
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => format!("{name} — {}", dir.display()),
        _ => name,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn temp_dir(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("konsortio-recent-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        dir
    }

    #[test]
    fn keeps_the_last_five_newest_first_without_repeats() {
        let dir = temp_dir("five");
        let file = dir.join("config").join("recent.json");
        let mut recent = Recent::load(file.clone());
        assert!(recent.paths().is_empty());
        for name in ["a", "b", "c", "d", "e", "f", "c"] {
            recent.remember(&dir.join(format!("{name}.db"))).unwrap();
        }
        let names: Vec<String> = Recent::load(file.clone())
            .paths()
            .iter()
            .map(|p| p.file_stem().unwrap().to_string_lossy().into_owned())
            .collect();
        assert_eq!(names, ["c", "f", "e", "d", "b"]);

        recent.forget(&dir.join("e.db")).unwrap();
        assert_eq!(Recent::load(file).paths().len(), 4);
        std::fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn a_broken_or_tampered_file_is_an_empty_list_or_loses_what_is_not_a_chosen_path() {
        let dir = temp_dir("broken");
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join("recent.json");
        std::fs::write(&file, "not json").unwrap();
        assert!(Recent::load(file.clone()).paths().is_empty());
        std::fs::write(
            &file,
            r#"["relative.db", "/tmp/a.db", "/tmp/b.db", "/tmp/c.db", "/tmp/d.db", "/tmp/e.db", "/tmp/f.db"]"#,
        )
        .unwrap();
        let loaded = Recent::load(file);
        assert_eq!(loaded.paths().len(), MAX);
        assert_eq!(loaded.paths()[0], Path::new("/tmp/a.db"));
        std::fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn labels_name_the_file_then_its_folder() {
        assert_eq!(label(Path::new("/home/anna/elc.db")), "elc.db — /home/anna");
    }
}
