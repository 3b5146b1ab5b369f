//! Benchmark on a fixed generated consortium: 3,000 members, 500 deals, mixed rules with bounds.
//!
//! Prints the time to compute all splits, to write them all to SQLite (with their frozen
//! inputs) and to read them back, the room they take there, and the peak memory; then invoicing at scale (invoices.rs)
//! and usage (usage.rs). Run: `cargo run --release -p konsortio-bench`
//! (`-- --splits-only`, `-- --invoices-only` or `-- --usage-only` for one part; the splits'
//! part is the three figures: compute, write and read back, peak memory).

mod invoices;
mod usage;

use std::time::Instant;

use konsortio_bench::{consortium, DEALS, MEMBERS, RULES};
use konsortio_core::{split, Split, SplitInput};
use konsortio_store::{FrozenSplit, Reads, Store, StoreError};

/// The app's allocator: glibc's returns freed memory to the kernel and faults it back in on
/// every batch of splits, which costs more than the splits themselves.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Splits every deal, checks each adds up to its total, and returns how many it split.
fn compute(inputs: &[SplitInput]) -> usize {
    inputs
        .iter()
        .map(|i| {
            let s = split(i).unwrap();
            assert_eq!(s.paid_minor() + s.funder_part.to_minor(), s.total.to_minor());
            std::hint::black_box(s);
        })
        .count()
}

/// The median time of three runs of `run`, which returns the number of splits it computed.
fn median_of_3(mut run: impl FnMut() -> usize) -> std::time::Duration {
    let mut times: Vec<std::time::Duration> = (0..3)
        .map(|_| {
            let t = Instant::now();
            assert_eq!(run(), DEALS);
            t.elapsed()
        })
        .collect();
    times.sort();
    times[1]
}

fn peak_rss_mb() -> String {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status.lines().find(|l| l.starts_with("VmHWM")).map_or("n/a".into(), |l| {
        l.split_whitespace().nth(1).map_or("n/a".into(), |kb| format!("{} MB", kb.parse::<u64>().unwrap_or(0) / 1024))
    })
}

/// mimalloc's `mi_option_purge_delay` (mimalloc.h, v2): how long freed memory is kept before
/// it goes back to the kernel.
const MI_OPTION_PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    // Keep freed memory for reuse: returned to the kernel 10 ms after each batch of splits
    // frees it, it comes back as fresh zeroed pages on the next (decision 23).
    // SAFETY: set once, before any other thread exists.
    unsafe { libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, -1) };
    if std::env::args().any(|a| a == "--invoices-only") {
        return Ok(invoices::run()?);
    }
    if std::env::args().any(|a| a == "--usage-only") {
        return Ok(usage::run()?);
    }
    splits()?;
    if std::env::args().any(|a| a == "--splits-only") {
        return Ok(());
    }
    invoices::run()?;
    Ok(usage::run()?)
}

fn splits() -> Result<(), StoreError> {
    let t = Instant::now();
    let inputs = consortium();
    let shares: usize = inputs.iter().map(|i| i.participants.len()).sum();
    println!(
        "dataset: {MEMBERS} members, {DEALS} deals, {shares} shares, built in {:.0} ms",
        t.elapsed().as_secs_f64() * 1e3
    );

    // A first run warms the caches and the allocator; the figures are the median of three.
    let t = Instant::now();
    let splits: Vec<Split> = inputs.iter().map(|i| split(i).expect("feasible bench rules")).collect();
    let first_run = t.elapsed();
    // The timed runs use each split as it comes (checking that it adds up) and let it go, as
    // the app does when it stores or shows them one deal at a time; the first run's splits
    // are kept for the store below.
    let one_thread = median_of_3(|| compute(&inputs));
    let two_threads = median_of_3(|| {
        let half = inputs.len() / 2;
        std::thread::scope(|s| {
            let first = s.spawn(|| compute(&inputs[..half]));
            compute(&inputs[half..]) + first.join().unwrap()
        })
    });
    println!(
        "compute all splits: {:.1} ms on two threads, {:.1} ms on one (median of 3; the first, cold run took {:.1} ms)",
        two_threads.as_secs_f64() * 1e3,
        one_thread.as_secs_f64() * 1e3,
        first_run.as_secs_f64() * 1e3,
    );
    for (r, rule) in RULES.iter().enumerate() {
        let t = Instant::now();
        let deals: Vec<&SplitInput> = inputs.iter().skip(r).step_by(RULES.len()).collect();
        for input in &deals {
            split(input).unwrap();
        }
        println!("  {:>7.1} ms for {} deals: {rule}", t.elapsed().as_secs_f64() * 1e3, deals.len());
    }

    let t = Instant::now();
    let json: usize = inputs.iter().map(|i| serde_json::to_string(i).expect("serialisable").len()).sum();
    println!("serialise all frozen inputs to JSON: {:.0} ms, {} MB", t.elapsed().as_secs_f64() * 1e3, json / 1_000_000);
    let peak_before_store = peak_rss_mb();
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("bench.db");
    let mut store = Store::open(&path)?;
    catalogue(&mut store, &inputs)?;
    // Finalising moves the input and its split into the frozen record; so does the bench.
    let frozen: Vec<FrozenSplit> = inputs.into_iter().zip(splits).map(freeze).collect();
    let t = Instant::now();
    store.write(|tx| frozen.iter().try_for_each(|f| tx.insert_split(f)))?;
    let write = t.elapsed();
    let read = read_back(&store, &frozen)?;
    println!(
        "write all splits with frozen inputs: {:.0} ms; read them back (checked): {:.0} ms; together {:.0} ms",
        write.as_secs_f64() * 1e3,
        read.as_secs_f64() * 1e3,
        (write + read).as_secs_f64() * 1e3
    );
    print_sizes(&store, &path)?;
    println!("peak memory (VmHWM): {} ({peak_before_store} before writing and reading)", peak_rss_mb());
    Ok(())
}

/// The members and deals the frozen splits refer to.
fn catalogue(store: &mut Store, inputs: &[SplitInput]) -> Result<(), StoreError> {
    store.conn().execute_batch(
        "INSERT INTO vendors VALUES ('V','V','FI','EUR',NULL,NULL); INSERT INTO resources VALUES ('R','V','R','database',NULL,NULL,NULL);",
    )?;
    store.write(|tx| {
        for i in 0..MEMBERS {
            tx.execute("INSERT INTO members (code, name, kind, country, language, currency, join_date) VALUES (?1, 'm', 'university', 'FI', 'fi', 'EUR', '2020-01-01')", [format!("M{i:04}")])?;
        }
        for input in inputs {
            tx.execute("INSERT INTO deals VALUES (?1, 'R', 't', '2026-01-01', '2026-12-31', 'closed', NULL, NULL)", [&input.deal])?;
        }
        Ok::<_, StoreError>(())
    })
}

fn freeze((input, split): (SplitInput, Split)) -> FrozenSplit {
    FrozenSplit {
        input,
        split,
        engine_version: 1,
        finalised_at: "2026-11-21T00:00:00Z".into(),
        finalised_by: "bench".into(),
    }
}

/// Reads every split back (timed) and checks it is the one written (not timed).
fn read_back(store: &Store, frozen: &[FrozenSplit]) -> Result<std::time::Duration, StoreError> {
    let mut read = std::time::Duration::ZERO;
    for written in frozen {
        let t = Instant::now();
        let loaded = store.load_split(&written.input.deal, written.input.year)?.expect("written");
        read += t.elapsed();
        assert!(
            loaded.input == written.input && loaded.split.shares().eq(written.split.shares()),
            "{} read back differs",
            written.input.deal
        );
    }
    Ok(read)
}

/// What the frozen splits take in the database: pages of their tables and indexes.
fn print_sizes(store: &Store, path: &std::path::Path) -> Result<(), StoreError> {
    let pages = |tables: &str| -> Result<f64, StoreError> {
        let sql = format!("SELECT COALESCE(SUM(d.pgsize), 0) FROM dbstat d JOIN sqlite_schema s ON s.name = d.name WHERE s.tbl_name IN ({tables})");
        Ok(store.conn().query_row(&sql, [], |r| r.get::<_, i64>(0))? as f64 / 1e6)
    };
    let snapshots: i64 = store.conn().query_row("SELECT COUNT(*) FROM member_snapshots", [], |r| r.get(0))?;
    store.conn().query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
    let file = std::fs::metadata(path).map_or(0, |m| m.len()) as f64 / 1e6;
    println!(
        "frozen splits in the database: {:.1} MB (splits with packed shares {:.1}, {snapshots} member snapshots {:.1}); database file {file:.1} MB",
        pages("'splits', 'member_snapshots'")?,
        pages("'splits'")?,
        pages("'member_snapshots'")?,
    );
    Ok(())
}
