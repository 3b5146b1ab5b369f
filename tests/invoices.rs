//! Invoices from the demo consortium: errors before anything is numbered, issued documents
//! that the database refuses to change, and e-invoices the official EN 16931 and Peppol
//! validation artefacts accept (scripts/validate-ubl.sh).

use std::path::Path;
use std::process::Command;

use chrono::NaiveDate;
use konsortio_app::{Actor, App, AppError, InvoiceMode, IssueRequest, Kind};

fn demo() -> App {
    let mut app = App::in_memory(Actor { name: "test".into() }).unwrap();
    app.load_demo().unwrap();
    app
}

fn date(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn request(deal: Option<&str>, mode: InvoiceMode) -> IssueRequest {
    IssueRequest { year: 2025, deal: deal.map(Into::into), mode, issue_date: date("2026-01-15"), explain: false }
}

fn issue(app: &mut App, deal: Option<&str>, mode: InvoiceMode) -> Result<Vec<String>, AppError> {
    Ok(app.issue_invoices(&request(deal, mode), &mut |_, _| {})?.issued)
}

/// Changes fields of a record through the same path as the app's forms.
fn edit(app: &mut App, kind: Kind, key: &str, changes: &[(&str, &str)]) {
    let table = app.list(kind).unwrap();
    let mut row = table.rows.iter().find(|r| r[0] == key).unwrap().clone();
    for (field, value) in changes {
        let i = table.headers.iter().position(|h| h == field).unwrap();
        row[i] = value.to_string();
    }
    app.save(kind, &row).unwrap();
}

#[test]
fn a_bad_member_or_a_missing_rate_stops_the_batch_before_anything_is_numbered() {
    // (what is changed, the error's message)
    let cases: Vec<(Box<dyn Fn(&mut App)>, &str)> = vec![
        (
            Box::new(|a| edit(a, Kind::Members, "FI-TAU", &[("postcode", "")])),
            "Tampereen yliopisto (FI-TAU): Tampereen yliopisto has no postcode: an invoice needs the buyer's and the seller's full billing address",
        ),
        (
            Box::new(|a| edit(a, Kind::Members, "SE-KTH", &[("vat_id", "")])),
            "Kungliga Tekniska högskolan (SE-KTH): Kungliga Tekniska högskolan has no VAT id, which a reverse-charge invoice must show",
        ),
        (
            Box::new(|a| edit(a, Kind::Members, "FI-HY", &[("vat_id", "FI1234")])),
            "Helsingin yliopisto (FI-HY): Helsingin yliopisto's VAT id is not valid: 'FI1234' is not a Finnish VAT number (FI and 8 digits)",
        ),
        (
            Box::new(|a| edit(a, Kind::Members, "FI-HY", &[("currency", "JPY")])),
            "Helsingin yliopisto (FI-HY): no exchange rate from EUR to JPY on or before 2026-01-15: add one to exchange_rates",
        ),
    ];
    for (change, message) in cases {
        let mut app = demo();
        change(&mut app);
        let err = issue(&mut app, Some("ELSBOOKS-2025"), InvoiceMode::PerMember).unwrap_err();
        assert_eq!(err.to_string(), message);
        assert_eq!(err.code(), "invoice");
        assert!(app.invoices().unwrap().is_empty(), "nothing numbered after: {message}");
    }
    let mut app = demo();
    let mut before_any_rate = request(Some("ELSBOOKS-2025"), InvoiceMode::PerMember);
    before_any_rate.issue_date = date("2009-06-01");
    let err = app.issue_invoices(&before_any_rate, &mut |_, _| {}).unwrap_err();
    assert_eq!(
        err.to_string(),
        "Aalto-yliopisto (FI-AALTO): no VAT rate for ebooks sold to a buyer in FI on 2009-06-01: add one to vat_rates"
    );
    let err = issue(&mut app, Some("EBSCOBOOKS-2026"), InvoiceMode::PerMember).unwrap_err();
    assert_eq!(err.to_string(), "the split of EBSCOBOOKS-2026 for 2025 is not finalised: finalise it before invoicing");
    assert!(app.invoices().unwrap().is_empty());
}

#[test]
fn issued_documents_and_payments_cannot_be_changed_or_leave_a_gap() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("k.db");
    {
        let mut app = App::open(&db, Actor { name: "test".into() }).unwrap();
        app.load_demo().unwrap();
        issue(&mut app, Some("ELSBOOKS-2025"), InvoiceMode::PerMember).unwrap();
        app.record_payment("2026-00001", date("2026-02-01"), "5.00", None).unwrap();
    }
    let conn = rusqlite::Connection::open(&db).unwrap();
    let refused = [
        "UPDATE invoices SET gross_minor = 1 WHERE number = '2026-00001'",
        "DELETE FROM invoices WHERE number = '2026-00012'",
        "UPDATE invoice_lines SET net_minor = 1",
        "DELETE FROM payments",
        "INSERT INTO invoices (kind, series, seq, number, issue_date, due_date, recipient, currency, gross_minor,
            issued_at, issued_by, document) VALUES ('invoice', '2026', 14, '2026-00014', '2026-01-15', '2026-01-15',
            'FI-HY', 'EUR', 1, 'now', 'me', '{}')",
    ];
    for sql in refused {
        let err = conn.execute(sql, []).unwrap_err().to_string();
        assert!(err.contains("never") || err.contains("without gaps"), "{sql}: {err}");
    }
}

#[test]
fn a_draft_batch_is_what_issuing_then_stores_with_numbers_and_nothing_before() {
    let mut app = demo();
    let req = request(Some("ELSBOOKS-2025"), InvoiceMode::PerMember);
    let batch = app.draft_invoices(&req).unwrap();
    assert_eq!((batch.drafts.len(), batch.already_invoiced), (12, 0));
    assert!(batch.drafts.iter().all(|d| d.number.is_empty() && d.payment_reference.is_empty()));
    assert!(app.invoices().unwrap().is_empty(), "drafting numbers and stores nothing");

    let issued = app.issue_invoices(&req, &mut |_, _| {}).unwrap().issued;
    for (seq, (draft, number)) in batch.drafts.into_iter().zip(&issued).enumerate() {
        assert_eq!(draft.issue("2026", seq as u64 + 1), app.document(number).unwrap(), "{number}");
    }
    let again = app.draft_invoices(&req).unwrap();
    assert_eq!((again.drafts.len(), again.already_invoiced), (0, 12));
}

#[test]
fn shares_are_invoiced_once_until_a_credit_note_frees_them() {
    let mut app = demo();
    let first = issue(&mut app, Some("ELSBOOKS-2025"), InvoiceMode::PerMember).unwrap();
    assert_eq!(first.len(), 12);
    assert!(issue(&mut app, Some("ELSBOOKS-2025"), InvoiceMode::PerMember).unwrap().is_empty());
    let note = app.credit("2026-00003", &[], date("2026-02-01")).unwrap();
    assert_eq!(note.number, "CN-2026-00001");
    assert_eq!(issue(&mut app, Some("ELSBOOKS-2025"), InvoiceMode::PerMember).unwrap(), ["2026-00013"]);
    let reissued = app.document("2026-00013").unwrap();
    assert_eq!(
        (reissued.buyer.code.as_str(), reissued.gross_total),
        ("FI-JYU", app.document("2026-00003").unwrap().gross_total)
    );

    // A consolidated invoice per member takes every other share of 2025 in one document.
    let consolidated = issue(&mut app, None, InvoiceMode::Consolidated).unwrap();
    let hy = consolidated.iter().map(|n| app.document(n).unwrap()).find(|d| d.buyer.code == "FI-HY").unwrap();
    assert!(hy.lines.len() > 1 && hy.lines.iter().all(|l| l.deal != "ELSBOOKS-2025"), "{:?}", hy.line_ids());
}

#[test]
fn the_accounting_csv_has_its_columns_and_no_formula_cells() {
    let mut app = demo();
    edit(&mut app, Kind::Members, "FI-TAU", &[("name", "=HYPERLINK(\"http://x\")")]);
    issue(&mut app, Some("ELSBOOKS-2025"), InvoiceMode::PerMember).unwrap();
    let (mut invoices, mut lines) = (Vec::new(), Vec::new());
    assert_eq!(app.export_invoices_csv(&mut invoices, &mut lines).unwrap(), (12, 12));
    let invoices = String::from_utf8(invoices).unwrap();
    assert_eq!(invoices.lines().next().unwrap(), konsortio_app::INVOICE_COLUMNS.join(","));
    let tau = invoices.lines().find(|l| l.contains("FI-TAU")).unwrap();
    assert!(tau.contains(",\"'=HYPERLINK(\"\"http://x\"\")\",FI,"), "{tau}");
    let hy = invoices.lines().find(|l| l.contains("FI-HY")).unwrap();
    assert!(hy.contains(",EUR,8085.11,1131.92,9217.03,0.00,0.00,issued,,RF"), "{hy}");
}

/// Writes the documents as UBL and runs the official validation artefacts over them.
fn validate(dir: &Path, docs: &[konsortio_app::Document], peppol: bool) -> (bool, String) {
    let mut files = Vec::new();
    for d in docs {
        let path = dir.join(format!("{}.xml", d.number));
        std::fs::write(&path, konsortio_einvoice::ubl(d)).unwrap();
        files.push(path);
    }
    let root = konsortio_tests::root();
    let mut command = Command::new("bash");
    command.arg(root.join("scripts/validate-ubl.sh"));
    if !peppol {
        command.arg("--no-peppol");
    }
    let out = command.args(&files).output().unwrap();
    (out.status.success(), format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr)))
}

#[test]
fn e_invoices_pass_the_official_en16931_and_peppol_validation() {
    let mut app = demo();
    // A Finnish member billed in SEK: VAT charged, and stated in EUR too (TaxCurrencyCode).
    edit(&mut app, Kind::Members, "FI-AALTO", &[("currency", "SEK")]);
    let mut req = request(Some("ELSBOOKS-2025"), InvoiceMode::PerMember);
    req.explain = true;
    app.issue_invoices(&req, &mut |_, _| {}).unwrap();
    issue(&mut app, Some("SD-2426"), InvoiceMode::Funder).unwrap(); // a Finnish funder, S 10 %
    issue(&mut app, Some("SCOPUS-CN-2426"), InvoiceMode::Funder).unwrap(); // a Chinese funder, O, CNY
    app.credit("2026-00002", &[], date("2026-02-01")).unwrap();
    let docs = app.documents().unwrap();
    let by = |code: &str| docs.iter().find(|d| d.buyer.code == code).unwrap();
    assert!(by("FI-AALTO").vat_national.is_some(), "the SEK invoice states its VAT in EUR");
    assert_eq!(by("SE-KTH").vat[0].treatment.category.code(), "AE");
    assert_eq!(by("TR-ITU").vat[0].treatment.category.code(), "O");
    assert_eq!(docs.len(), 15);

    // Peppol needs an electronic address of a known scheme; a Chinese party has none, so
    // its e-invoice meets EN 16931 only.
    let dir = tempfile::tempdir().unwrap();
    let (peppol, cen_only): (Vec<_>, Vec<_>) = docs.iter().cloned().partition(|d| d.buyer.country != "CN");
    assert_eq!((peppol.len(), cen_only.len()), (14, 1));
    for (docs, peppol) in [(peppol, true), (cen_only, false)] {
        let (ok, report) = validate(dir.path(), &docs, peppol);
        assert!(ok, "{report}");
        assert_eq!(report.lines().filter(|l| l.starts_with("PASS")).count(), docs.len(), "{report}");
    }

    // The validator does reject: a document whose VAT does not add up fails.
    let mut broken = by("FI-JYU").clone();
    broken.vat_total = broken.net_total;
    let (ok, report) = validate(dir.path(), &[broken], true);
    assert!(!ok && report.contains("BR-CO-"), "{report}");
}

#[test]
fn a_member_statement_lists_every_deal_of_the_year_with_last_year_and_the_explanation() {
    let app = demo();
    let st = app.statement("FI-HY", 2025).unwrap();
    let deals: Vec<&str> = st.lines.iter().map(|l| l.deal.as_str()).collect();
    let expected: Vec<String> =
        app.member_shares("FI-HY", 2025).unwrap().into_iter().filter(|s| s.year == 2025).map(|s| s.deal).collect();
    assert_eq!(deals, expected);
    let sd = st.lines.iter().find(|l| l.deal == "SD-2426").unwrap();
    let split = app.split("SD-2426", 2025, None).unwrap().split;
    let share = split.shares().find(|s| s.code == "FI-HY").unwrap();
    assert_eq!((sd.payable, sd.funded, sd.finalised), (share.payable, share.funded, true));
    let last = app.split("SD-2426", 2024, None).unwrap().split;
    assert_eq!(sd.last_year, Some(last.shares().find(|s| s.code == "FI-HY").unwrap().payable));
    assert_eq!(sd.change().unwrap(), sd.payable.checked_sub(sd.last_year.unwrap()).unwrap());
    assert!(!sd.funded.is_zero() && sd.explanation.len() > 3, "{:?}", sd.explanation);
    let total = st.lines.iter().fold(0, |a, l| a + l.payable.to_minor());
    assert_eq!(st.total_payable().to_minor(), total);
    assert!(matches!(app.statement("NOPE", 2025), Err(AppError::NotFound { .. })));
}

#[test]
fn pdfs_are_written_small_and_a_name_no_font_has_stops_the_batch_before_numbering() {
    let mut app = demo();
    issue(&mut app, Some("ELSBOOKS-2025"), InvoiceMode::PerMember).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let files = app.export_pdf(dir.path(), false, &mut |_, _| {}).unwrap();
    assert_eq!(files.len(), 12);
    for f in &files {
        let size = std::fs::metadata(f).unwrap().len();
        assert!(size > 5_000 && size < 40_000, "{}: {size} bytes", f.display());
    }
    let err = app.export_pdf(dir.path(), false, &mut |_, _| {}).unwrap_err();
    assert_eq!(err.code(), "exists");

    let statement = app.statement_pdf("TR-ITU", 2025).unwrap();
    assert!(statement.starts_with(b"%PDF"));

    // A name no bundled font can draw stops the batch while drafting, before any number is
    // taken, not at export; what was issued before the rename still prints.
    let before = app.invoices().unwrap().len();
    edit(&mut app, Kind::Members, "FI-HY", &[("name", "Helsingin yliopisto 📚")]);
    let err = issue(&mut app, Some("SD-2426"), InvoiceMode::PerMember).unwrap_err();
    assert_eq!(err.code(), "invoice");
    assert_eq!(
        err.to_string(),
        "Helsingin yliopisto 📚 (FI-HY): no bundled font has the character '📚' (U+1F4DA) in \"Helsingin yliopisto 📚\": \
         change the text, or add a font that covers it to konsortio-pdf"
    );
    assert_eq!(app.invoices().unwrap().len(), before, "nothing numbered");
    let hy = app.invoices().unwrap().into_iter().find(|s| s.recipient == "FI-HY").unwrap();
    assert!(app.document_pdf(&hy.number).is_ok());
    assert_eq!(app.statement_pdf("FI-HY", 2025).unwrap_err().code(), "pdf");
}
