//! One invoice per language, and a Finnish and a Chinese member's statement with the engine's
//! explanations, read back with pdftotext -layout and compared with tests/golden/<name>.txt.
//!
//! UPDATE_GOLDEN=1 rewrites the files; read the diff before committing it. A change of words
//! in locales/*.ftl shows here as a changed line of the invoice it prints on.

mod common;
#[path = "../../core/tests/kit/mod.rs"]
mod kit;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::{eur, golden_invoice, helsinki, party, seller};
use konsortio_core::explain;
use konsortio_pdf::{invoice_pdf, statement_pdf, Letterhead, Statement, StatementRow};

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

/// A member's statement of two deals, each explained by the engine: a hybrid deal (a funder
/// pays half, a flat fee, a floor; the member joined in July) and one priced per site in
/// dollars and split by days.
fn explained_statement(member: konsortio_core::invoice::Party) -> Statement {
    let language = member.language.clone();
    let deals = [
        (
            "HY-2026",
            "Hybrid deal",
            "price: total 100000
             funder: Ministry of Education
             rule: central: 50%; flat: 1000; shared: 60% fte + 40% equal; floor: 9000
             A fte=100 joined=2026-07-01\n B fte=300\n C fte=600",
            "A",
            ("9000.00", Some(("14689.47", "5689.47"))),
        ),
        (
            "PS-2026",
            "Per-site deal",
            "price: per-site 1=1000, 3=800\n rate: USD 0.9\n rule: prorata: days\n A\n B\n C joined=2026-07-01",
            "C",
            ("434.84", None),
        ),
    ];
    let rows = deals
        .into_iter()
        .map(|(deal, title, case, code, (share, funded))| StatementRow {
            deal: deal.into(),
            title: title.into(),
            resource: String::new(),
            share: eur(share),
            notional: funded.map(|(n, _)| eur(n)),
            funded: funded.map(|(_, f)| eur(f)),
            last_year: None,
            change: String::new(),
            cost_per_use: None,
            explanation: explain(&kit::input(case), code).unwrap().unwrap().steps,
        })
        .collect();
    Statement {
        consortium: seller(),
        member,
        year: 2026,
        language,
        currency: common::cur("EUR"),
        rows,
        total: eur("9434.84"),
    }
}

#[test]
fn member_statements_explain_shares_in_the_members_language() {
    let peking = konsortio_core::invoice::Party {
        language: "zh".into(),
        ..party("CN-PKU", "北京大学图书馆", "颐和园路5号", "100871", "北京", "CN")
    };
    for (language, member) in [("fi", helsinki()), ("zh", peking)] {
        let st = explained_statement(member);
        assert_eq!(st.language, language);
        let pdf = statement_pdf(&st).unwrap();
        check(&format!("statement-{language}"), &pdf_text(&pdf, &format!("statement-{language}")));
    }
}
