//! Renders 3,000 sample invoices (five languages, Turkish and Chinese names) on 2 threads and
//! prints the time and the sizes; `--write DIR` also writes one PDF of each kind to look at.
//!
//! cargo run --release -p konsortio-pdf --example pdf_bench [-- --write DIR] [--docs N] [--threads N] [--lang zh]

#[path = "../tests/common/mod.rs"]
mod common;

use std::time::Instant;

use common::*;
use konsortio_core::invoice::{draft, Document, DocumentKind, DraftInput, Party};
use konsortio_core::Money;
use konsortio_pdf::{invoice_pdf, statement_pdf, Letterhead};

/// The buyers' languages, taken in turn unless `--lang` names one.
const LANGUAGES: [&str; 5] = ["fi", "sv", "en", "tr", "zh"];

/// Buyer `i` writing in `language`: Finnish, Swedish-speaking, English, Turkish or Chinese names.
fn buyer(i: usize, language: usize) -> Party {
    let n = i + 1;
    let mut p = match language {
        0 => Party { name: format!("Jyväskylän kaupunginkirjasto {n}"), ..helsinki() },
        1 => Party { name: format!("Åbo Akademis bibliotek, filial {n}"), ..abo() },
        2 => Party { name: format!("University of Example Library {n}"), language: "en".into(), ..helsinki() },
        3 => Party {
            name: format!("Çukurova Üniversitesi Kütüphanesi {n}"),
            city: Some("Adana – Sarıçam".into()),
            ..itu()
        },
        _ => Party { name: format!("复旦大学图书馆 第{n}分馆"), city: Some("上海".into()), ..pku() },
    };
    p.code = format!("M{n:04}");
    p
}

/// Invoice `i`: one to six lines of common resources, Finnish VAT or outside its scope.
fn invoice(i: usize, language: usize) -> Document {
    let b = buyer(i, language);
    let domestic = b.country == "FI";
    let resources = ["ScienceDirect", "Web of Science", "JSTOR", "IEEE Xplore", "SpringerLink", "Scopus"];
    let lines = (0..=(i % 6))
        .map(|k| {
            let share = Money::from_minor(50_000 + ((i * 7_919 + k * 104_729) % 4_000_000) as i64, cur("EUR"));
            let vat = if domestic { standard(["10", "14", "25.5"][k % 3]) } else { not_subject() };
            line(&format!("{} 2025, licence for {}", resources[k], b.code), resources[k], share, vat)
        })
        .collect();
    let input = DraftInput {
        kind: DocumentKind::Invoice,
        issue_date: "2025-02-01".parse().unwrap(),
        due_date: "2025-03-03".parse().unwrap(),
        currency: cur("EUR"),
        conversion: None,
        seller: seller(),
        bank: finnish_invoice().bank,
        buyer: b,
        lines,
        credits: None,
    };
    draft(input).unwrap().issue("2025", i as u64 + 1)
}

fn write_samples(dir: &str) {
    std::fs::create_dir_all(dir).unwrap();
    let plain = Letterhead::plain();
    let samples = [
        ("invoice-fi", finnish_invoice()),
        ("credit-note-en", english_reverse_charge_credit_note()),
        ("invoice-tr", turkish_invoice()),
        ("invoice-zh", chinese_invoice()),
        ("invoice-sv-sek", swedish_sek_invoice()),
        ("invoice-120-lines", long_invoice(120)),
    ];
    for (name, doc) in samples {
        std::fs::write(format!("{dir}/{name}.pdf"), invoice_pdf(&doc, &plain).unwrap()).unwrap();
    }
    let logo = Letterhead::with_logo(&tiny_png()).unwrap();
    std::fs::write(format!("{dir}/invoice-fi-logo.pdf"), invoice_pdf(&finnish_invoice(), &logo).unwrap()).unwrap();
    std::fs::write(format!("{dir}/statement-fi.pdf"), statement_pdf(&finnish_statement()).unwrap()).unwrap();
    println!("samples written to {dir}");
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if let Some(i) = args.iter().position(|a| a == "--write") {
        write_samples(args.get(i + 1).map(String::as_str).unwrap_or("artifacts/pdf"));
    }
    let number = |flag: &str, default: usize| {
        args.iter().position(|a| a == flag).and_then(|i| args.get(i + 1)).map_or(default, |n| n.parse().unwrap())
    };
    let (documents, threads) = (number("--docs", 3_000), number("--threads", 2));
    let only = args.iter().position(|a| a == "--lang").and_then(|i| args.get(i + 1));
    let only = only.map(|l| LANGUAGES.iter().position(|c| c == l).expect("--lang is one of fi sv en tr zh"));
    let docs: Vec<Document> = (0..documents).map(|i| invoice(i, only.unwrap_or(i % LANGUAGES.len()))).collect();
    let letterhead = Letterhead::plain();

    let start = Instant::now();
    let sizes: Vec<usize> = std::thread::scope(|s| {
        let workers: Vec<_> = (0..threads)
            .map(|t| {
                let (docs, letterhead) = (&docs, &letterhead);
                s.spawn(move || {
                    docs.iter()
                        .skip(t)
                        .step_by(threads)
                        .map(|d| invoice_pdf(d, letterhead).unwrap().len())
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        workers.into_iter().flat_map(|w| w.join().unwrap()).collect()
    });
    let elapsed = start.elapsed();

    let (min, max) = (sizes.iter().min().unwrap(), sizes.iter().max().unwrap());
    let avg = sizes.iter().sum::<usize>() / sizes.len();
    println!(
        "{documents} invoices on {threads} threads in {:.2} s ({:.2} ms each, fonts parsed on first use included)",
        elapsed.as_secs_f64(),
        elapsed.as_secs_f64() * 1000.0 / documents as f64
    );
    println!(
        "size per PDF: min {:.1} KB, avg {:.1} KB, max {:.1} KB",
        *min as f64 / 1024.0,
        avg as f64 / 1024.0,
        *max as f64 / 1024.0
    );

    // A central funder's invoice has a line per member.
    let funder = long_invoice(3_000);
    let start = Instant::now();
    let pdf = invoice_pdf(&funder, &letterhead).unwrap();
    let count = |needle: &[u8]| pdf.windows(needle.len()).filter(|w| *w == needle).count();
    let pages = count(b"/Type/Page") - count(b"/Type/Pages");
    println!(
        "one funder invoice of 3,000 lines: {pages} pages, {:.1} KB, in {:.2} s",
        pdf.len() as f64 / 1024.0,
        start.elapsed().as_secs_f64()
    );
}
