//! Golden CLI transcripts under tests/golden: each file is commands and their exact output.

use konsortio_tests::check_golden;

#[test]
fn calculator() {
    check_golden("calc.txt");
}

#[test]
fn demo_consortium() {
    check_golden("demo.txt");
}

#[test]
fn invoices() {
    check_golden("invoices.txt");
}

#[test]
fn usage_reports() {
    check_golden("usage.txt");
}

#[test]
fn usage_imported_matched_and_costed() {
    check_golden("usage_import.txt");
}

#[test]
fn languages_other_than_english() {
    check_golden("languages.txt");
}
