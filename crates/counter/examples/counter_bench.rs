//! Benchmark: a 200,000-row TR_J1 (100,000 titles × 2 metrics × 12 months) written to a temporary file,
//! parsed streaming row by row; prints the time and the peak resident memory (VmHWM).
//!
//! `cargo run --release -p konsortio-counter --example counter_bench [titles]`

use std::time::Instant;

use konsortio_counter::{for_each_row, synthetic};

fn main() {
    let titles: u32 = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(100_000);
    let path = std::env::temp_dir().join(format!("konsortio-counter-bench-{}.tsv", std::process::id()));
    let mut out = std::io::BufWriter::new(std::fs::File::create(&path).expect("create the temporary report"));
    synthetic::write_tr_j1_tsv(titles, &mut out).expect("write the temporary report");
    drop(out);
    let size_mb = std::fs::metadata(&path).unwrap().len() as f64 / 1e6;
    println!("TR_J1: {titles} titles, {} rows, {size_mb:.1} MB on disk; before parsing: {}", titles * 2, peak_rss());

    let file = std::fs::File::open(&path).unwrap();
    let started = Instant::now();
    let (mut rows, mut total) = (0u64, 0u64);
    let result = for_each_row("bench.tsv", std::io::BufReader::new(file), |row| {
        rows += 1;
        total += row.total;
    });
    let elapsed = started.elapsed();
    std::fs::remove_file(&path).ok();
    let (format, header) = result.expect("the synthetic report parses");
    assert_eq!(rows, u64::from(titles) * 2);
    println!(
        "parsed {rows} rows ({format:?}, {} {}) in {:.3} s ({:.0} rows/s), sum of totals {total}; peak RSS {}",
        header.report_id,
        header.release.as_str(),
        elapsed.as_secs_f64(),
        rows as f64 / elapsed.as_secs_f64(),
        peak_rss(),
    );
}

/// VmHWM from /proc/self/status: the most memory the process has held at once.
fn peak_rss() -> String {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find(|l| l.starts_with("VmHWM"))
        .map_or("unknown".into(), |l| l.split_whitespace().skip(1).collect::<Vec<_>>().join(" "))
}
