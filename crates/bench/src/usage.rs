//! Usage at scale: a generated 200,000-row TR_J1 imported into the database, streaming (time
//! and peak memory), then cost per use of 3,000 members × 500 resources: the splits of the
//! fixed consortium finalised, and each member's usage of every database it takes part in.

// AppError is the app's one error type (invoices.rs returns it too).
#![allow(clippy::result_large_err)]

use std::time::Instant;

use konsortio_app::{synthetic, Actor, App, AppError};
use konsortio_core::split;
use konsortio_store::{FrozenSplit, ItemFields, NewImport, Store, StoreError};

const TITLES: u32 = 100_000;

pub fn run() -> Result<(), AppError> {
    let part = std::env::var("KONSORTIO_BENCH_USAGE").unwrap_or_default();
    if part != "cost" {
        import()?;
    }
    if part != "import" {
        cost_per_use()?;
    }
    Ok(())
}

/// Imports the synthetic TR_J1 through the app, as `konsortio usage import` does.
fn import() -> Result<(), AppError> {
    let dir = tempfile::tempdir().expect("temp dir");
    let report = dir.path().join("tr_j1.tsv");
    let mut out = std::io::BufWriter::new(std::fs::File::create(&report).expect("create the report"));
    synthetic::write_tr_j1_tsv(TITLES, &mut out).expect("write the report");
    drop(out);
    let size_mb = std::fs::metadata(&report).map_or(0, |m| m.len()) as f64 / 1e6;
    let mut app = App::open(&dir.path().join("usage.db"), Actor { name: "bench".into() })?;
    let members = dir.path().join("members.csv");
    std::fs::write(
        &members,
        "code,name,kind,country,city,address,postcode,vat_id,language,currency,join_date,leave_date,email\n\
         M,Member,university,FI,,,,,fi,EUR,2000-01-01,,\n",
    )
    .expect("write members.csv");
    app.import(konsortio_app::Kind::Members, &members)?;
    let before = super::peak_rss_mb();
    let (t, cpu) = (Instant::now(), cpu_ms());
    let summary = app.import_usage("M", &report)?;
    let (first, first_cpu) = (t.elapsed(), cpu_ms() - cpu);
    let after_first = super::peak_rss_mb();
    let (t, cpu) = (Instant::now(), cpu_ms());
    let again = app.import_usage("M", &report)?;
    let (replace, replace_cpu) = (t.elapsed(), cpu_ms() - cpu);
    assert_eq!((summary.rows, again.replaced.len()), (u64::from(TITLES) * 2, 1));
    println!(
        "import a TR_J1 of {} rows ({size_mb:.1} MB): {:.0} ms ({first_cpu} ms CPU); again, replacing it: {:.0} ms \
         ({replace_cpu} ms CPU); peak memory {after_first} after the first ({before} before), {} after both",
        summary.rows,
        first.as_secs_f64() * 1e3,
        replace.as_secs_f64() * 1e3,
        super::peak_rss_mb()
    );
    Ok(())
}

/// 500 deals on 500 databases of one aggregator platform, their 2026 splits finalised; each
/// member's DR for 2026 counts two metrics for every database it takes part in.
fn cost_per_use() -> Result<(), AppError> {
    let t = Instant::now();
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("cost.db");
    let inputs = super::consortium();
    let mut store = Store::open(&path)?;
    catalogue(&mut store, inputs.len())?;
    let frozen: Vec<FrozenSplit> =
        inputs.into_iter().map(|i| (split(&i).expect("feasible"), i)).map(|(s, i)| super::freeze((i, s))).collect();
    store.write(|tx| frozen.iter().try_for_each(|f| tx.insert_split(f)))?;
    let rows = usage(&mut store, &frozen)?;
    drop(store);
    let shares: usize = frozen.iter().map(|f| f.split.shares().len()).sum();
    println!(
        "cost-per-use dataset: {} members, {} resources, {shares} finalised shares, {rows} usage rows, built in {:.1} s",
        super::MEMBERS,
        frozen.len(),
        t.elapsed().as_secs_f64()
    );
    drop(frozen);
    let app = App::open(&path, Actor { name: "bench".into() })?;
    let (mut times, mut cpu) = (Vec::new(), Vec::new());
    let mut counted = 0;
    for _ in 0..3 {
        let (t, c) = (Instant::now(), cpu_ms());
        let report = app.cost_per_use(2026, None, None)?;
        times.push(t.elapsed());
        cpu.push(cpu_ms() - c);
        counted = report.members.len() + report.consortium.len();
        assert_eq!(report.members.len(), shares);
        assert!(report.members.iter().all(|r| r.uses.is_some()));
    }
    let first = times[0];
    times.sort();
    cpu.sort();
    println!(
        "cost per use of {} members × {} resources ({counted} rows): {:.0} ms, {} ms CPU (medians of 3; the first \
         took {:.0} ms); peak memory {}",
        super::MEMBERS,
        super::DEALS,
        times[1].as_secs_f64() * 1e3,
        cpu[1],
        first.as_secs_f64() * 1e3,
        super::peak_rss_mb()
    );
    Ok(())
}

/// Members, one resource per deal (database `Database N` on platform `Aggregator`), deals.
fn catalogue(store: &mut Store, deals: usize) -> Result<(), StoreError> {
    store.write(|tx| {
        tx.execute_batch(
            "INSERT INTO consortium (id, name, country, currency) VALUES (1, 'Bench', 'FI', 'EUR');
             INSERT INTO vendors VALUES ('V','V','FI','EUR',NULL,NULL);",
        )?;
        for i in 0..super::MEMBERS {
            tx.execute(
                "INSERT INTO members (code, name, kind, country, language, currency, join_date)
                 VALUES (?1, 'm', 'university', 'FI', 'fi', 'EUR', '2020-01-01')",
                [format!("M{i:04}")],
            )?;
        }
        for d in 0..deals {
            tx.execute(
                "INSERT INTO resources VALUES (?1, 'V', ?2, 'database', 'Aggregator', 'Aggregator', ?2)",
                [format!("R{d:03}"), format!("Database {d}")],
            )?;
            tx.execute(
                "INSERT INTO deals VALUES (?1, ?2, 't', '2026-01-01', '2026-12-31', 'closed', NULL, NULL)",
                [format!("D{d:03}"), format!("R{d:03}")],
            )?;
        }
        Ok(())
    })
}

/// Each member's DR of 2026: Unique_Item_Requests and Total_Item_Requests by month for each
/// database of a deal it takes part in. Written straight through the store (the import path
/// is measured above). Returns the number of rows.
fn usage(store: &mut Store, frozen: &[FrozenSplit]) -> Result<u64, StoreError> {
    let mut databases: Vec<Vec<usize>> = vec![Vec::new(); super::MEMBERS];
    for (d, f) in frozen.iter().enumerate() {
        for share in f.split.shares() {
            let member: usize = share.code[1..].parse().expect("M0000");
            databases[member].push(d);
        }
    }
    let names: Vec<String> = (0..frozen.len()).map(|d| format!("Database {d}")).collect();
    let mut rows = 0;
    store.write(|tx| {
        for (m, list) in databases.iter().enumerate() {
            let code = format!("M{m:04}");
            let import = NewImport {
                member: &code,
                release: "5.1",
                report_id: "DR",
                begin: "2026-01-01".parse().expect("a date"),
                end: "2026-12-31".parse().expect("a date"),
                file: "dr.tsv",
                institution_name: None,
                institution_id: None,
                imported_at: "2027-01-15T00:00:00Z",
                imported_by: "bench",
            };
            let mut writer = tx.usage_writer(&import)?;
            for &d in list {
                let mut item: ItemFields = [None; 11];
                (item[0], item[1], item[4]) = (Some("Database"), Some(names[d].as_str()), Some("Aggregator"));
                for (metric, divisor) in [("Total_Item_Requests", 1), ("Unique_Item_Requests", 2)] {
                    let months: Vec<(i32, u64)> = (0..12)
                        .map(|i| (2026 * 12 + i, ((m * 7 + d * 13 + i as usize) % 97) as u64 / divisor))
                        .collect();
                    writer.add(&item, metric, &months, months.iter().map(|x| x.1).sum())?;
                    rows += 1;
                }
            }
            writer.finish("tsv", None)?;
        }
        Ok::<_, StoreError>(())
    })?;
    Ok(rows)
}

/// The CPU time this process has used (user and system), in milliseconds: a figure that other
/// processes on a shared machine move less than the wall clock.
pub(crate) fn cpu_ms() -> u64 {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    // The fields after the command's closing parenthesis; utime and stime are the 12th and 13th.
    let fields: Vec<&str> = stat.rsplit_once(')').map_or("", |(_, rest)| rest).split_whitespace().collect();
    let ticks: u64 = fields.get(11..13).map_or(0, |f| f.iter().filter_map(|t| t.parse::<u64>().ok()).sum());
    ticks * 10 // USER_HZ is 100 on Linux
}
