//! One invoice per language, read back with pdftotext -layout and compared with tests/golden/invoice-<lang>.txt.
//!
//! UPDATE_GOLDEN=1 rewrites the files; read the diff before committing it. A change of words
//! in locales/*.ftl shows here as a changed line of the invoice it prints on.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::golden_invoice;
use konsortio_pdf::{invoice_pdf, Letterhead};

fn pdf_text(pdf: &[u8], name: &str) -> String {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("pdf-golden");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(format!("{name}.pdf"));
    std::fs::write(&path, pdf).unwrap();
    let out = Command::new("pdftotext").args(["-layout", path.to_str().unwrap(), "-"]).output().unwrap_or_else(|e| {
        panic!("pdftotext did not run ({e}): install poppler-utils (scripts/system-packages.sh --test does)")
    });
    assert!(out.status.success(), "pdftotext: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

fn check(name: &str, actual: &str) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden").join(format!("{name}.txt"));
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    if expected != actual {
        let diff: Vec<String> = expected
            .lines()
            .zip(actual.lines().chain(std::iter::repeat("<missing>")))
            .filter(|(e, a)| e != a)
            .take(5)
            .map(|(e, a)| format!("  expected: {e}\n  actual:   {a}"))
            .collect();
        panic!("{name} differs (UPDATE_GOLDEN=1 rewrites it):\n{}\n\nwhole text:\n{actual}", diff.join("\n"));
    }
}

#[test]
fn one_invoice_per_language_prints_its_golden_text() {
    for language in ["en", "fi", "sv", "tr", "zh"] {
        let pdf = invoice_pdf(&golden_invoice(language), &Letterhead::plain()).unwrap();
        check(&format!("invoice-{language}"), &pdf_text(&pdf, &format!("invoice-{language}")));
    }
}

#[test]
fn the_legal_mentions_are_in_the_goldens() {
    // (language, the reverse-charge mention its invoice must carry)
    let cases = [
        ("en", "Reverse charge"),
        ("fi", "Käännetty verovelvollisuus"),
        ("sv", "Omvänd skattskyldighet"),
        ("tr", "Reverse charge"),
        ("zh", "Reverse charge"),
    ];
    for (language, mention) in cases {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("tests/golden/invoice-{language}.txt"));
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.contains(mention), "{language}: no '{mention}' in\n{text}");
    }
}
