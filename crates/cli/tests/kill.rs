//! Kills a real `konsortio invoice issue` process half-way through a 3,000-invoice batch and
//! checks that the numbers it left have no gap and no duplicate, and that the batch, run
//! again, finishes the rest with the numbers that follow.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};

use konsortio_app::{Actor, App};

const MEMBERS: usize = 3000;

fn konsortio(db: &Path) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_konsortio"));
    c.arg("--db").arg(db);
    c
}

/// The sequence numbers of the stored invoices, in order, and how many went to each member.
fn numbers(db: &Path) -> (Vec<u64>, std::collections::BTreeMap<String, usize>) {
    let app = App::open(db, Actor { name: "test".into() }).unwrap();
    let mut per_member = std::collections::BTreeMap::new();
    let mut seqs = Vec::new();
    for s in app.invoices().unwrap() {
        let (series, seq) = s.number.rsplit_once('-').unwrap();
        assert_eq!(series, "2026");
        seqs.push(seq.parse().unwrap());
        *per_member.entry(s.recipient).or_insert(0) += 1;
    }
    (seqs, per_member)
}

#[test]
fn a_batch_killed_half_way_leaves_no_gap_and_finishes_when_run_again() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("k.db");
    konsortio_app::synthetic::write_invoicing_dataset(dir.path(), MEMBERS).unwrap();
    assert!(konsortio(&db).arg("import-dir").arg(dir.path()).stdout(Stdio::null()).status().unwrap().success());
    assert!(konsortio(&db).args(["finalise", "D", "--year", "2025"]).status().unwrap().success());

    let mut child = konsortio(&db)
        .args(["invoice", "issue", "--year", "2025", "--date", "2026-01-15"])
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut progress = BufReader::new(child.stderr.take().unwrap());
    let mut first = String::new();
    progress.read_line(&mut first).unwrap();
    assert!(first.starts_with("issued 100 of 3000"), "{first}");
    child.kill().unwrap(); // SIGKILL: no destructor, no rollback hook runs.
    let status = child.wait().unwrap();
    assert!(!status.success(), "the batch was killed, not finished");

    let (seqs, per_member) = numbers(&db);
    let n = seqs.len();
    assert!(n > 0 && n < MEMBERS, "killed half-way: {n} of {MEMBERS} stored");
    assert_eq!(n % 100, 0, "whole chunks only: {n}");
    assert_eq!(seqs, (1..=n as u64).collect::<Vec<_>>(), "no gap, no duplicate");
    assert!(per_member.values().all(|c| *c == 1));

    let out = konsortio(&db).args(["invoice", "issue", "--year", "2025", "--date", "2026-01-15"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let said = String::from_utf8(out.stdout).unwrap();
    assert!(said.contains(&format!("issued {} invoices: 2026-{:05} to 2026-03000", MEMBERS - n, n + 1)), "{said}");
    assert!(said.contains(&format!("left out {n} shares already invoiced")), "{said}");

    let (seqs, per_member) = numbers(&db);
    assert_eq!(seqs, (1..=MEMBERS as u64).collect::<Vec<_>>());
    assert_eq!(per_member.len(), MEMBERS);
    assert!(per_member.values().all(|c| *c == 1), "every member invoiced exactly once");
}
