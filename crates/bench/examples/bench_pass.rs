//! The benchmark's consortium (konsortio-bench's lib: 3,000 members, 500 deals, 899,702
//! shares), split by the core alone, for instruction counts and for checking results byte for byte.
//!
//! `cargo run --release -p konsortio-bench --example bench_pass -- pass [N]`: N passes over
//! every deal (one by default; under `valgrind --tool=callgrind --toggle-collect=konsortio_core::split::split`
//! the count is the engine's). `-- dump FILE`: every share of every deal, the explanation of
//! every 97th member of each deal and the errors of altered deals, written to FILE.
//! `-- time [N]`: the least time of N passes on one thread and on two (system allocator).

use std::collections::BTreeMap;
use std::io::Write;
use std::sync::Arc;

use konsortio_bench::{consortium, member, Lcg, MEMBERS};
use konsortio_core::{explain, split, FundingRule, Metrics, SplitInput};

/// Variants of a deal that exercise other paths: shuffled, other rules, errors.
fn variants(input: &SplitInput, d: usize) -> Vec<SplitInput> {
    let mut out = Vec::new();
    let mut shuffled = input.clone();
    shuffled.participants.reverse();
    let n = shuffled.participants.len();
    shuffled.participants.swap(0, n / 2);
    out.push(shuffled);
    let codes: Vec<String> = input.participants.iter().take(3).map(|p| p.code.to_string()).collect();
    let extra = [
        format!("fixed: {}=1500, {}=2000; shared: 50% fte + 50% equal; floor@{}: 900", codes[0], codes[1], codes[2]),
        format!("shared: fte; ceiling@{}: 10; floor: 50", codes[2]),
        "shared: fte; floor: 100000".to_string(),
        "shared: fte; ceiling: 1".to_string(),
        "shared: usage avg 2; publish: 0.5%; prorata: months".to_string(),
        "central: 1000; shared: bands population (0=1, 100000=2.25); ceiling: 3% of fte".to_string(),
        "shared: income; floor: 300; ceiling: 3000; max-increase: 5%".to_string(),
        "shared: nonexistent".to_string(),
    ];
    let rule = &extra[d % extra.len()];
    if let Ok(parsed) = rule.parse::<FundingRule>().map_err(|e| eprintln!("{rule}: {e}")) {
        let mut other = input.clone();
        other.rule = parsed;
        // Participants carry only the metrics of the deal's own rule: give them all back.
        out.push(other);
    }
    out
}

fn dump(inputs: &[SplitInput], path: &str) {
    let mut out = std::io::BufWriter::new(std::fs::File::create(path).unwrap());
    let full = consortium_full();
    for (d, input) in inputs.iter().enumerate() {
        match split(input) {
            Ok(s) => {
                writeln!(out, "{} total {} funder {} list {:?}", input.deal, s.total, s.funder_part, s.list_price)
                    .unwrap();
                for (code, p, f) in s.shares_minor() {
                    writeln!(out, "{code} {p} {f}").unwrap();
                }
            }
            Err(e) => writeln!(out, "{} error {e}", input.deal).unwrap(),
        }
        for p in input.participants.iter().step_by(97) {
            let e = explain(input, &p.code);
            writeln!(
                out,
                "explain {} {}: {}",
                input.deal,
                p.code,
                serde_json::to_string(&e.map_err(|e| e.to_string())).unwrap()
            )
            .unwrap();
        }
        let mut with_all = input.clone();
        for p in &mut with_all.participants {
            p.metrics = full[&*p.code].clone();
        }
        for (v, variant) in variants(&with_all, d).iter().enumerate() {
            match split(variant) {
                Ok(s) => {
                    let shares: Vec<String> = s.shares_minor().map(|(c, p, f)| format!("{c}:{p}:{f}")).collect();
                    writeln!(out, "{} variant {v} {} {}: {}", input.deal, s.total, s.funder_part, shares.join(" "))
                        .unwrap();
                }
                Err(e) => writeln!(out, "{} variant {v} error {e}", input.deal).unwrap(),
            }
            for p in variant.participants.iter().step_by(211) {
                let e = explain(variant, &p.code);
                writeln!(
                    out,
                    "explain {} variant {v} {}: {}",
                    input.deal,
                    p.code,
                    serde_json::to_string(&e.map_err(|e| e.to_string())).unwrap()
                )
                .unwrap();
            }
        }
    }
}

fn consortium_full() -> BTreeMap<String, Arc<Metrics>> {
    let mut rng = Lcg(20261121);
    (0..MEMBERS).map(|i| member(&mut rng, i)).map(|p| (p.code.to_string(), p.metrics)).collect()
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let inputs = consortium();
    match args.get(1).map(String::as_str) {
        Some("dump") => dump(&inputs, &args[2]),
        Some("time") => {
            // The least time of N passes, on one thread and on two (each thread half the deals,
            // as the bench does): the least is what interference from other work leaves alone.
            let passes: usize = args.get(2).map_or(10, |n| n.parse().unwrap());
            let run = |inputs: &[SplitInput]| {
                for input in inputs {
                    let s = split(input).unwrap();
                    assert_eq!(s.paid_minor() + s.funder_part.to_minor(), s.total.to_minor());
                    std::hint::black_box(s);
                }
            };
            let least = |f: &dyn Fn()| {
                (0..passes)
                    .map(|_| {
                        let t = std::time::Instant::now();
                        f();
                        t.elapsed().as_secs_f64() * 1e3
                    })
                    .fold(f64::INFINITY, f64::min)
            };
            let one = least(&|| run(&inputs));
            let half = inputs.len() / 2;
            let two = least(&|| {
                std::thread::scope(|s| {
                    s.spawn(|| run(&inputs[..half]));
                    run(&inputs[half..]);
                })
            });
            println!("least of {passes}: {two:.1} ms on two threads, {one:.1} ms on one");
        }
        _ => {
            let passes: usize = args.get(2).map_or(1, |n| n.parse().unwrap());
            let t = std::time::Instant::now();
            for _ in 0..passes {
                for input in &inputs {
                    let s = split(input).unwrap();
                    assert_eq!(s.paid_minor() + s.funder_part.to_minor(), s.total.to_minor());
                    std::hint::black_box(s);
                }
            }
            eprintln!("{passes} passes: {:.1} ms a pass", t.elapsed().as_secs_f64() * 1e3 / passes as f64);
        }
    }
}
