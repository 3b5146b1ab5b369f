//! Property tests: whatever bytes arrive (garbage, or a sample cut, flipped or split anew), the
//! parser answers with a report or a typed error, never a panic. PROPTEST_CASES raises the count
//! for a long local run; CI keeps the default modest.

use std::fs;
use std::path::PathBuf;

use konsortio_counter::{inspect, read_report};
use proptest::prelude::*;

fn samples() -> Vec<Vec<u8>> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/counter-samples");
    let fixtures = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut files = Vec::new();
    for folder in [dir, fixtures] {
        let mut names: Vec<PathBuf> = fs::read_dir(folder).unwrap().map(|e| e.unwrap().path()).collect();
        names.sort();
        files.extend(
            names.into_iter().filter(|p| !p.to_string_lossy().contains("openapi") && !p.ends_with("README.md")),
        );
    }
    files.into_iter().map(|p| fs::read(p).unwrap()).collect()
}

fn cases() -> u32 {
    std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(256)
}

/// One way to spoil a file.
#[derive(Debug, Clone)]
enum Mutation {
    Truncate(usize),
    Flip(usize, u8),
    Insert(usize, u8),
    Delete(usize),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    let separators =
        prop::sample::select(vec![b'\t', b',', b';', b'\n', b'\r', b'"', b'-', b'{', b'}', b'[', b':', 0xFF, b'0']);
    prop_oneof![
        any::<usize>().prop_map(Mutation::Truncate),
        (any::<usize>(), any::<u8>()).prop_map(|(at, byte)| Mutation::Flip(at, byte)),
        (any::<usize>(), separators).prop_map(|(at, byte)| Mutation::Insert(at, byte)),
        any::<usize>().prop_map(Mutation::Delete),
    ]
}

fn apply(bytes: &mut Vec<u8>, mutation: &Mutation) {
    if bytes.is_empty() {
        return;
    }
    match *mutation {
        Mutation::Truncate(at) => bytes.truncate(at % bytes.len()),
        Mutation::Flip(at, byte) => {
            let i = at % bytes.len();
            bytes[i] ^= byte | 1;
        }
        Mutation::Insert(at, byte) => bytes.insert(at % (bytes.len() + 1), byte),
        Mutation::Delete(at) => {
            bytes.remove(at % bytes.len());
        }
    }
}

/// The parse must return; a successful one must be self-consistent.
fn parse_never_panics(bytes: &[u8]) {
    if let Ok(report) = read_report("fuzz", bytes) {
        for row in &report.rows {
            if !row.months.is_empty() && report.format != konsortio_counter::Format::Json {
                assert_eq!(row.months.iter().map(|m| m.count).sum::<u64>(), row.total);
            }
            assert!(row.months.iter().all(|m| report.header.period.contains(m.month)));
        }
    }
    let _ = inspect("fuzz", bytes);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases()))]

    #[test]
    fn garbage_bytes(bytes in prop::collection::vec(any::<u8>(), 0..2048)) {
        parse_never_panics(&bytes);
    }

    #[test]
    fn garbage_after_a_real_header(tail in prop::collection::vec(any::<u8>(), 0..1024), which in any::<prop::sample::Index>()) {
        let all = samples();
        let sample = which.get(&all);
        let cut = sample.len().min(900);
        let bytes: Vec<u8> = sample[..cut].iter().copied().chain(tail).collect();
        parse_never_panics(&bytes);
    }

    #[test]
    fn mutated_samples(which in any::<prop::sample::Index>(), mutations in prop::collection::vec(mutation(), 1..6)) {
        let all = samples();
        let mut bytes = which.get(&all).clone();
        for m in &mutations {
            apply(&mut bytes, m);
        }
        parse_never_panics(&bytes);
    }
}
