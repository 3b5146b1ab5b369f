//! The benchmark's fixed generated consortium (3,000 members, 500 deals, mixed rules with
//! bounds), shared by the benchmark and its engine-only example (examples/bench_pass.rs).

use std::collections::BTreeMap;

use konsortio_core::{Currency, FundingRule, Metrics, Offer, Participant, Period, SplitInput};
use rust_decimal::Decimal;

pub const MEMBERS: usize = 3_000;
pub const DEALS: usize = 500;
pub const RULES: &[&str] = &[
    "shared: fte",
    "central: 75%; shared: 80% income + 10% research_income + 10% fte; floor: 100",
    "flat: 200; shared: population; prorata: days",
    "shared: 20% equal + 40% fte + 40% budget; ceiling: 2% of budget",
    "shared: bands fte (0=1, 5000=2, 20000=3.5); floor: 200",
    "central: cap 2000; shared: fte; max-increase: 10%",
    "shared: fte; publish: 0.01%",
    "central: full; shared: usage avg 3",
];

/// A small deterministic generator, so every run measures the same data.
pub struct Lcg(pub u64);

impl Lcg {
    pub fn next(&mut self, below: u64) -> u64 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        (self.0 >> 33) % below
    }
}

pub fn member(rng: &mut Lcg, i: usize) -> Participant {
    let mut metrics = Metrics::new();
    let fte = 50 + rng.next(40_000);
    let mut put = |name: &str, year: i32, v: u64| {
        metrics.insert(name, year, Decimal::from(v));
    };
    put("fte", 2025, fte);
    put("budget", 2025, 200_000 + fte * 90);
    put("income", 2025, fte * 15_000 + rng.next(1_000_000));
    put("research_income", 2025, rng.next(50_000_000));
    put("population", 2025, 10_000 + rng.next(600_000));
    for year in 2023..=2025 {
        put("usage", year, rng.next(900_000));
    }
    Participant {
        code: format!("M{i:04}").into(),
        name: format!("Member library {i}").into(),
        metrics: std::sync::Arc::new(metrics),
        joined: (i % 97 == 0).then(|| "2026-04-01".parse().unwrap()),
        left: None,
        last_year: Some(Decimal::new(80_000 + rng.next(100_000) as i64, 2)),
        standalone: None,
    }
}

pub fn consortium() -> Vec<SplitInput> {
    let mut rng = Lcg(20261121);
    let members: Vec<Participant> = (0..MEMBERS).map(|i| member(&mut rng, i)).collect();
    let eur = Currency::from_code("EUR").unwrap();
    // As the app does, each participant carries only the metrics its deal's rule reads (that
    // is what a finalised split freezes); members of deals with the same rule share them.
    let rules: Vec<FundingRule> = RULES.iter().map(|r| r.parse().unwrap()).collect();
    let by_rule: Vec<Vec<Participant>> =
        rules.iter().map(|rule| members.iter().map(|m| only_needed(m, rule)).collect()).collect();
    (0..DEALS)
        .map(|d| {
            let rule = d % RULES.len();
            let mut participants: Vec<Participant> =
                by_rule[rule].iter().filter(|_| rng.next(100) < 60).cloned().collect();
            // Held as the store reads them: exactly as many as there are (a filtered collect
            // grows by doubling and would hold a third more than it needs).
            participants.shrink_to_fit();
            let price = Decimal::from(participants.len() as u64 * (900 + rng.next(400)));
            SplitInput {
                deal: format!("D{d:03}"),
                year: 2026,
                period: Period::year(2026),
                currency: eur,
                offer: Offer {
                    currency: eur,
                    list_price: Some(Decimal::from(5000)),
                    pricing: konsortio_core::Pricing::Total(price),
                    first_year: 2026,
                    annual_cap_pct: None,
                    index_pct: BTreeMap::new(),
                    rate: None,
                },
                funder: Some("Ministry".into()),
                rule: rules[rule].clone(),
                participants,
            }
        })
        .collect()
}

pub fn only_needed(member: &Participant, rule: &FundingRule) -> Participant {
    let needed = rule.metrics_needed();
    let mut metrics = (*member.metrics).clone();
    metrics.retain(|name| needed.contains_key(name));
    Participant { metrics: std::sync::Arc::new(metrics), ..member.clone() }
}
