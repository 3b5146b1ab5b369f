//! Invoices, credit notes and statements rendered and read back with poppler's pdftotext.

mod common;

use std::path::PathBuf;
use std::process::Command;

use common::*;
use konsortio_pdf::{invoice_pdf, statement_pdf, Letterhead, PdfError};

/// Where a test's PDF is written for poppler to read (and for people to look at).
fn out_path(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("pdf");
    std::fs::create_dir_all(&dir).unwrap();
    dir.join(format!("{name}.pdf"))
}

fn poppler(tool: &str, args: &[&str]) -> String {
    let out = Command::new(tool).args(args).output().unwrap_or_else(|e| {
        panic!("{tool} did not run ({e}): install poppler-utils (scripts/system-packages.sh --test does)")
    });
    assert!(out.status.success(), "{tool} {args:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

/// The PDF's text, pages `first..=last`, with non-breaking spaces as plain ones for matching.
fn text_of(pdf: &[u8], name: &str, pages: Option<(usize, usize)>) -> String {
    let path = out_path(name);
    std::fs::write(&path, pdf).unwrap();
    let path = path.to_str().unwrap();
    let (f, l) = pages.map(|(f, l)| (f.to_string(), l.to_string())).unwrap_or(("1".into(), "0".into()));
    let mut args = vec!["-f", &f];
    if pages.is_some() {
        args.extend(["-l", &l]);
    }
    args.extend([path, "-"]);
    poppler("pdftotext", &args).replace('\u{a0}', " ")
}

fn page_count(pdf: &[u8], name: &str) -> usize {
    let path = out_path(name);
    std::fs::write(&path, pdf).unwrap();
    let info = poppler("pdfinfo", &[path.to_str().unwrap()]);
    let pages = info.lines().find_map(|l| l.strip_prefix("Pages:")).expect("pdfinfo prints the page count");
    pages.trim().parse().unwrap()
}

fn assert_has(text: &str, expected: &[&str]) {
    let missing: Vec<&&str> = expected.iter().filter(|e| !text.contains(**e)).collect();
    assert!(missing.is_empty(), "missing {missing:?} in:\n{text}");
}

#[test]
fn a_finnish_invoice_speaks_finnish_and_adds_up() {
    let pdf = invoice_pdf(&finnish_invoice(), &Letterhead::plain()).unwrap();
    let text = text_of(&pdf, "fi-invoice", None);
    assert_has(
        &text,
        &[
            "LASKU",
            "2025-00007",
            "Eräpäivä",
            "3.3.2025",
            "Helsingin yliopiston kirjasto",
            "Kansallinen e-aineistokonsortio",
            "ScienceDirect Freedom Collection",
            "12 345,67",
            "10 %",
            "ALV-erittely",
            "Veroton yhteensä",
            "13 345,71 €",
            "1 374,58 €",
            "Maksettava yhteensä",
            "14 720,29 €",
            "FI21 1234 5600 0007 85",
            "NDEAFIHH",
            "Sopimuksen hinta 1 250 000,00 €",
            "Sivu 1/1",
        ],
    );
    assert!(!text.contains("FINLAND"), "a domestic buyer's address has no country line");
}

#[test]
fn an_english_credit_note_names_the_invoice_and_the_reverse_charge() {
    let pdf = invoice_pdf(&english_reverse_charge_credit_note(), &Letterhead::plain()).unwrap();
    let text = text_of(&pdf, "en-credit-note", None);
    assert_has(
        &text,
        &[
            "CREDIT NOTE",
            "CN-2025-00003",
            "Credits invoice",
            "2025-00041, 2025-02-01",
            "KTH Royal Institute of Technology Library",
            "SWEDEN",
            "VAT id SE202100305401",
            "Scopus 2025",
            "15,300.50",
            "Reverse charge",
            "Total credited",
            "EUR 15,300.50",
        ],
    );
    assert!(!text.contains("Web of Science"), "only the credited line is on the credit note");
    assert!(!text.contains("Payment details"), "a credit note asks for no payment");
}

#[test]
fn a_turkish_buyer_keeps_its_dotted_capital_i() {
    let pdf = invoice_pdf(&turkish_invoice(), &Letterhead::plain()).unwrap();
    let text = text_of(&pdf, "tr-invoice", None);
    assert_has(
        &text,
        &[
            "FATURA",
            "İstanbul Teknik Üniversitesi Mustafa İnan",
            "Kütüphanesi",
            "Ayazağa Kampüsü, Sarıyer",
            "34469 İstanbul",
            "TÜRKİYE",
            "Ğüşiöç",
            "32.222,21 €",
            "Finlandiya KDV'sine tabi değildir",
            "Son ödeme tarihi",
            "03.03.2025",
        ],
    );
}

#[test]
fn a_chinese_buyer_is_drawn_with_the_cjk_font() {
    let pdf = invoice_pdf(&chinese_invoice(), &Letterhead::plain()).unwrap();
    let text = text_of(&pdf, "zh-invoice", None);
    assert_has(
        &text,
        &[
            "发票",
            "不征收芬兰增值税",
            "北京大学图书馆",
            "海淀区颐和园路5号",
            "100871 北京",
            "中国知网 汉字数据库",
            "EUR 23,322.10",
            "CHINA",
        ],
    );
}

#[test]
fn a_swedish_invoice_in_sek_states_the_rate_and_the_vat_in_euros() {
    let pdf = invoice_pdf(&swedish_sek_invoice(), &Letterhead::plain()).unwrap();
    let text = text_of(&pdf, "sv-sek-invoice", None);
    assert_has(
        &text,
        &[
            "FAKTURA",
            "Åbo Akademis bibliotek",
            "Växelkurs: 1 EUR = 11,4567 SEK, 2025-01-31, ECB reference rate",
            "Moms i nationell valuta: 340,00 €",
            "Att betala",
            "19 170,83 SEK",
        ],
    );
}

#[test]
fn a_character_no_font_covers_is_an_error_not_a_blank() {
    let mut doc = finnish_invoice();
    doc.buyer.name = "Tasdawit n Tizi Wezzu ⵜⴰⵙⴷⴰⵡⵉⵜ".into();
    let err = invoice_pdf(&doc, &Letterhead::plain()).unwrap_err();
    assert_eq!(err, PdfError::Uncovered { text: "Tasdawit n Tizi Wezzu ⵜⴰⵙⴷⴰⵡⵉⵜ".into(), character: 'ⵜ' });
    assert!(err.to_string().contains("U+2D5C"), "{err}");

    let mut doc = finnish_invoice();
    doc.lines[1].description = "Ebook Central 📚".into();
    assert!(matches!(invoice_pdf(&doc, &Letterhead::plain()), Err(PdfError::Uncovered { character: '📚', .. })));
}

#[test]
fn a_one_page_invoice_is_small() {
    for (name, doc) in [("fi", finnish_invoice()), ("zh", chinese_invoice()), ("tr", turkish_invoice())] {
        let pdf = invoice_pdf(&doc, &Letterhead::plain()).unwrap();
        assert_eq!(page_count(&pdf, &format!("{name}-size")), 1, "{name}");
        assert!(pdf.len() < 40_000, "{name}: {} bytes", pdf.len());
    }
}

#[test]
fn a_long_invoice_continues_on_more_pages_with_the_header_repeated() {
    let doc = long_invoice(120);
    let pdf = invoice_pdf(&doc, &Letterhead::plain()).unwrap();
    let pages = page_count(&pdf, "long-invoice");
    assert!(pages >= 3, "120 lines on {pages} pages");
    let page2 = text_of(&pdf, "long-invoice", Some((2, 2)));
    assert_has(
        &page2,
        &[
            "Kansallinen e-aineistokonsortio",
            "INVOICE 2025-00900",
            "Opetus- ja kulttuuriministeriö",
            "Description",
            "Net (EUR)",
            &format!("Page 2 of {pages}"),
        ],
    );
    let all = text_of(&pdf, "long-invoice", None);
    for i in 1..=120 {
        assert!(all.contains(&format!("Member {i:03}:")), "line {i} is missing");
    }
    let last = text_of(&pdf, "long-invoice", Some((pages, pages)));
    assert_has(
        &last,
        &[
            "Total to pay",
            &konsortio_pdf::format::money(&doc.gross_total, konsortio_pdf::Lang::En).replace('\u{a0}', " "),
        ],
    );
}

#[test]
fn a_logo_is_placed_and_a_bad_one_is_refused() {
    let letterhead = Letterhead::with_logo(&tiny_png()).unwrap();
    let pdf = invoice_pdf(&finnish_invoice(), &letterhead).unwrap();
    let path = out_path("logo");
    std::fs::write(&path, &pdf).unwrap();
    let images = poppler("pdfimages", &["-list", path.to_str().unwrap()]);
    assert_eq!(images.lines().count(), 3, "one image under the two heading lines:\n{images}");
    assert!(matches!(Letterhead::with_logo(b"not a png"), Err(PdfError::Logo(_))));
}

#[test]
fn a_member_statement_shows_shares_funding_and_how_they_were_computed() {
    let pdf = statement_pdf(&finnish_statement()).unwrap();
    let text = text_of(&pdf, "fi-statement", None);
    assert_has(
        &text,
        &[
            "Kustannuserittely 2025",
            "Helsingin yliopiston kirjasto",
            "ScienceDirect Freedom Collection",
            "20 000,00",
            "15 000,00",
            "5 000,00",
            "4 800,00",
            "+4,2 %",
            "0,42",
            "Hinta per käyttö: Unique_Item_Requests",
            "Yhteensä",
            "6 176,00 €",
            "Näin osuudet laskettiin",
            "Jäsen maksaa 5 000,00 €.",
        ],
    );
}

#[test]
fn every_language_prints_its_own_words() {
    // (language, invoice title, statement heading)
    let cases = [
        ("en", "INVOICE", "Cost statement 2025"),
        ("fi", "LASKU", "Kustannuserittely 2025"),
        ("sv", "FAKTURA", "Kostnadsspecifikation 2025"),
        ("tr", "FATURA", "Maliyet dökümü 2025"),
        ("zh", "发票", "2025 年费用明细"),
    ];
    for (language, title, heading) in cases {
        let mut doc = finnish_invoice();
        doc.buyer.language = language.into();
        let text = text_of(&invoice_pdf(&doc, &Letterhead::plain()).unwrap(), &format!("lang-{language}"), None);
        assert_has(
            &text,
            &[
                title,
                &konsortio_pdf::format::money(&doc.gross_total, konsortio_pdf::Lang::from_code(language))
                    .replace('\u{a0}', " "),
            ],
        );
        let mut st = finnish_statement();
        st.language = language.into();
        let text = text_of(&statement_pdf(&st).unwrap(), &format!("statement-{language}"), None);
        assert_has(&text, &[heading]);
    }
}

#[test]
fn long_texts_wrap_inside_their_blocks() {
    let mut doc = swedish_sek_invoice();
    doc.buyer.language = "en".into();
    doc.seller.name =
        "Kansallinen elektronisten aineistojen hankintakonsortio, Kansalliskirjaston palveluyksikkö".into();
    doc.seller.address = Some("Unioninkatu 36, Kansalliskirjaston päärakennus, kolmas kerros, huone 312".into());
    doc.buyer.name = "Åbo Akademis bibliotek och Svenska handelshögskolans bibliotek i Helsingfors och Vasa".into();
    doc.lines[0].description =
        "JSTOR Arts & Sciences I–XV, Life Sciences, Business I–IV and the Primary Sources collections, \
                                licensed for all campuses and remote users for the calendar year"
            .into();
    doc.lines[0].explanation = (1..=4)
        .map(|i| format!("Step {i}: the share of a long explanation {}", "that wraps ".repeat(12)).into())
        .collect();
    let pdf = invoice_pdf(&doc, &Letterhead::with_logo(&tiny_png()).unwrap()).unwrap();
    let text = text_of(&pdf, "long-texts", None);
    assert_has(&text, &["hankintakonsortio,", "Vasa", "licensed for all campuses", "Step 4:", "Total to pay"]);
}

#[test]
fn a_vat_reason_is_checked_in_the_words_the_buyers_language_prints() {
    let mut doc = chinese_invoice();
    assert_eq!(konsortio_pdf::check_printable(&doc), Ok(()));
    // Only the Chinese translation of the reason has a character no bundled font covers.
    for v in &mut doc.vat {
        v.treatment.reasons.insert("zh".into(), "不征收增值税 ⵜ".into());
    }
    let err = konsortio_pdf::check_printable(&doc).unwrap_err();
    assert!(matches!(err, konsortio_pdf::PdfError::Uncovered { character: 'ⵜ', .. }), "{err:?}");
}
