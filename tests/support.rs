//! Test support: golden CLI transcripts (`$ konsortio ...` then the exact expected output),
//! and the small test consortium with a failing import's error.
//!
//! A golden file is a transcript. Each `$ konsortio ARGS` line runs the CLI in-process against
//! a fresh database for that file (`--db` is added), with `$ROOT` standing for the repository
//! root; the lines after it, up to the next command, are its expected standard output and
//! standard error. A failing command's exit code shows as `[exit N]`. Commands run in English
//! (`--lang en`) unless the line names a `--lang` itself. Run with
//! UPDATE_GOLDEN=1 to rewrite the files with what the CLI prints now, then read the diff.

use std::path::{Path, PathBuf};

pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("tests/ is in the repository").to_path_buf()
}

/// An app on an in-memory database holding the small test consortium of tests/data/base.
pub fn base_app() -> konsortio_app::App {
    let mut app = konsortio_app::App::in_memory(konsortio_app::Actor { name: "test".into() }).unwrap();
    app.import_dir(&root().join("tests/data/base")).unwrap();
    app
}

/// Imports `csv` as `kind` from a file called `file`: the error it must give.
pub fn import_error(
    app: &mut konsortio_app::App,
    kind: konsortio_app::Kind,
    file: &str,
    csv: &str,
) -> konsortio_app::AppError {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(file);
    std::fs::write(&path, csv).unwrap();
    app.import(kind, &path).map(|_| ()).expect_err(&format!("this {file} should fail:\n{csv}"))
}

/// Runs one CLI command line against `db` and returns what it printed.
pub fn run_cli(db: &Path, line: &str) -> String {
    let root = root();
    let mut args = vec!["konsortio".to_string(), "--db".into(), db.display().to_string()];
    // English unless the line asks for a language: a translator's LANG must not change a golden.
    if !line.contains("--lang") {
        args.extend(["--lang".into(), "en".into()]);
    }
    args.extend(split_words(&line.replace("$ROOT", &root.display().to_string())));
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let code = konsortio_cli::run(args, &mut out, &mut err);
    let mut text = String::from_utf8(out).expect("UTF-8 output");
    text.push_str(&String::from_utf8(err).expect("UTF-8 errors"));
    if code != 0 {
        text.push_str(&format!("[exit {code}]\n"));
    }
    let text = text.replace(&db.display().to_string(), "$DB");
    let text = text.replace(&format!(" by {}", konsortio_app::Actor::from_env().name), " by $USER");
    mask_timestamps(&text)
}

/// Replaces UTC timestamps (2026-11-21T20:24:28Z) with $TIME: they change on every run.
fn mask_timestamps(text: &str) -> String {
    let shape = |s: &[u8]| {
        s.len() >= 20
            && s[..20].iter().enumerate().all(|(i, b)| match i {
                4 | 7 => *b == b'-',
                10 => *b == b'T',
                13 | 16 => *b == b':',
                19 => *b == b'Z',
                _ => b.is_ascii_digit(),
            })
    };
    let bytes = text.as_bytes();
    let (mut out, mut i) = (Vec::with_capacity(bytes.len()), 0);
    while i < bytes.len() {
        if shape(&bytes[i..]) {
            out.extend_from_slice(b"$TIME");
            i += 20;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).expect("only ASCII was replaced")
}

/// Splits a command line into words, keeping "double-quoted words" together.
fn split_words(line: &str) -> Vec<String> {
    let (mut words, mut word, mut quoted) = (Vec::new(), String::new(), false);
    for ch in line.chars() {
        match ch {
            '"' => quoted = !quoted,
            c if c.is_whitespace() && !quoted => {
                if !word.is_empty() {
                    words.push(std::mem::take(&mut word));
                }
            }
            c => word.push(c),
        }
    }
    if !word.is_empty() {
        words.push(word);
    }
    words
}

/// Checks (or with UPDATE_GOLDEN=1 rewrites) one golden transcript.
pub fn check_golden(name: &str) {
    let path = root().join("tests/golden").join(name);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("golden.db");
    let mut actual = String::new();
    for block in text.split("\n$ ").enumerate().map(|(i, b)| if i == 0 { b.strip_prefix("$ ").unwrap_or(b) } else { b })
    {
        if block.trim().is_empty() {
            continue;
        }
        let command = block.lines().next().expect("a command line");
        let line = command
            .strip_prefix("konsortio")
            .unwrap_or_else(|| panic!("{name}: '{command}' does not start with konsortio"));
        actual.push_str(&format!("$ {command}\n{}", run_cli(&db, line)));
    }
    let expected = text.trim_end().to_string() + "\n";
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, &actual).expect("write golden file");
        return;
    }
    if actual != expected {
        let diff: Vec<String> = expected
            .lines()
            .zip(actual.lines().chain(std::iter::repeat("<missing>")))
            .filter(|(e, a)| e != a)
            .take(5)
            .map(|(e, a)| format!("  expected: {e}\n  actual:   {a}"))
            .collect();
        panic!("golden {name} differs (UPDATE_GOLDEN=1 rewrites it):\n{}\n\nwhole output:\n{actual}", diff.join("\n"));
    }
}
