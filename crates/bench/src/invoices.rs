//! Invoicing at scale: issue a year's invoices for 3,000 members, then export them as UBL
//! e-invoices and as PDFs, with the time and size of each step.

use std::path::Path;
use std::time::Instant;

use konsortio_app::{synthetic, Actor, App, AppError, InvoiceMode, IssueRequest};

const MEMBERS: usize = 3_000;

pub fn run() -> Result<(), AppError> {
    let dir = tempfile::tempdir().expect("temp dir");
    synthetic::write_invoicing_dataset(dir.path(), MEMBERS)?;
    let mut app = App::open(&dir.path().join("invoices.db"), Actor { name: "bench".into() })?;
    app.import_dir(dir.path())?;
    app.finalise("D", 2025)?;
    let req = IssueRequest {
        year: 2025,
        deal: None,
        mode: InvoiceMode::PerMember,
        issue_date: "2026-01-15".parse().expect("a date"),
        explain: false,
    };
    let t = Instant::now();
    let issued = app.issue_invoices(&req, &mut |_, _| {})?.issued.len();
    println!("issue {issued} invoices (drafted, numbered, stored): {:.0} ms", t.elapsed().as_secs_f64() * 1e3);

    let out = dir.path().join("ubl");
    let t = Instant::now();
    let files = app.export_ubl(&out, false, &mut |_, _| {})?;
    println!("export {} UBL e-invoices: {:.0} ms, {}", files.len(), t.elapsed().as_secs_f64() * 1e3, sizes(&files));

    let out = dir.path().join("pdf");
    let (t, cpu) = (Instant::now(), crate::usage::cpu_ms());
    let files = app.export_pdf(&out, false, &mut |_, _| {})?;
    let (wall, cpu) = (t.elapsed().as_secs_f64() * 1e3, crate::usage::cpu_ms() - cpu);
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    println!(
        "export {} PDF invoices (fonts embedded and subset; Finnish, Swedish, Turkish and Chinese names): {wall:.0} ms \
         on {threads} threads, {cpu} ms CPU, {}",
        files.len(),
        sizes(&files)
    );
    Ok(())
}

/// Smallest, mean and largest file size.
fn sizes(files: &[std::path::PathBuf]) -> String {
    let sizes: Vec<u64> = files.iter().map(|f| std::fs::metadata(Path::new(f)).map_or(0, |m| m.len())).collect();
    let (min, max) = (sizes.iter().min().copied().unwrap_or(0), sizes.iter().max().copied().unwrap_or(0));
    let mean = sizes.iter().sum::<u64>() / sizes.len().max(1) as u64;
    format!("{:.1} / {:.1} / {:.1} KB each (min / mean / max)", min as f64 / 1e3, mean as f64 / 1e3, max as f64 / 1e3)
}
