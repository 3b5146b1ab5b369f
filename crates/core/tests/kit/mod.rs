//! Test kit: split cases written as small text tables, and their results rendered as text.

#![allow(dead_code)]

use std::collections::BTreeMap;
use std::str::FromStr;

use konsortio_core::{split, Currency, Offer, Participant, Period, Split, SplitInput};
use rust_decimal::Decimal;

pub fn d(s: &str) -> Decimal {
    Decimal::from_str(s).unwrap_or_else(|_| panic!("bad decimal {s}"))
}

/// Builds a split input from a case:
/// ```text
/// price: total 1000            (an offer pricing; `currency:` and `year:` lines are optional)
/// rule: shared: fte
/// A fte=100 budget@2024=5 joined=2026-04-01 last=300 standalone=900
/// ```
/// Metrics without `@year` are for the year before the split's year (2025 by default).
pub fn input(case: &str) -> SplitInput {
    let mut currency = "EUR".to_string();
    let mut year = 2026;
    let mut pricing = String::new();
    let mut rule = String::new();
    let mut funder = None;
    let mut rate = None;
    let mut member_lines = Vec::new();
    for line in case.lines().map(str::trim).filter(|l| !l.is_empty()) {
        match line.split_once(": ") {
            Some(("price", v)) => pricing = v.to_string(),
            Some(("rule", v)) => rule = v.to_string(),
            Some(("currency", v)) => currency = v.to_string(),
            Some(("year", v)) => year = v.parse().unwrap(),
            Some(("funder", v)) => funder = Some(v.to_string()),
            Some(("rate", v)) => rate = Some(v.to_string()),
            _ => member_lines.push(line),
        }
    }
    let cur = Currency::from_code(&currency).unwrap();
    let (offer_currency, rate) = match rate {
        Some(r) => {
            let (code, value) = r.split_once(' ').unwrap();
            let rate = konsortio_core::ExchangeRate {
                rate: d(value),
                date: "2025-12-31".parse().unwrap(),
                source: "ECB".into(),
            };
            (Currency::from_code(code).unwrap(), Some(rate))
        }
        None => (cur, None),
    };
    let offer = Offer {
        currency: offer_currency,
        list_price: None,
        pricing: pricing.parse().unwrap(),
        first_year: year,
        annual_cap_pct: None,
        index_pct: BTreeMap::new(),
        rate,
    };
    SplitInput {
        deal: "CASE".into(),
        year,
        period: Period::year(year),
        currency: cur,
        offer,
        funder,
        rule: rule.parse().unwrap_or_else(|e| panic!("{e}")),
        participants: member_lines.iter().map(|l| participant(l, year - 1)).collect(),
    }
}

fn participant(line: &str, metrics_year: i32) -> Participant {
    let mut words = line.split_whitespace();
    let code = words.next().unwrap().to_string();
    let mut p = Participant {
        name: format!("Member {code}").into(),
        code: code.into(),
        metrics: Default::default(),
        joined: None,
        left: None,
        last_year: None,
        standalone: None,
    };
    for word in words {
        let (key, value) = word.split_once('=').unwrap();
        match key {
            "joined" => p.joined = Some(value.parse().unwrap()),
            "left" => p.left = Some(value.parse().unwrap()),
            "last" => p.last_year = Some(d(value)),
            "standalone" => p.standalone = Some(d(value)),
            metric => {
                let (name, year) =
                    metric.split_once('@').map_or((metric, metrics_year), |(n, y)| (n, y.parse().unwrap()));
                std::sync::Arc::make_mut(&mut p.metrics).insert(name, year, d(value));
            }
        }
    }
    p
}

/// Renders a split as `CODE payable [+ funded]` lines and the totals.
pub fn render(split: &Split) -> String {
    let mut out = String::new();
    for s in split.shares() {
        if s.funded.is_zero() {
            out.push_str(&format!("{} {}\n", s.code, s.payable.plain()));
        } else {
            out.push_str(&format!("{} {} + {}\n", s.code, s.payable.plain(), s.funded.plain()));
        }
    }
    out.push_str(&format!("funder {} total {}\n", split.funder_part.plain(), split.total.plain()));
    out
}

/// Runs a case and compares the rendered result (or error) with `expected`.
pub fn check(case: &str, expected: &str) {
    let got = match split(&input(case)) {
        Ok(s) => render(&s),
        Err(e) => format!("error: {e}\n"),
    };
    let want: String = expected.lines().map(str::trim).filter(|l| !l.is_empty()).map(|l| format!("{l}\n")).collect();
    assert_eq!(got, want, "\ncase:\n{case}\n");
}
