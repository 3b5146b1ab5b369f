//! Property tests of the split engine's invariants over generated deals.

mod kit;

use std::collections::BTreeMap;

use konsortio_core::{split, Split, SplitInput};
use proptest::prelude::*;
use rust_decimal::Decimal;

const RULES: &[&str] = &[
    "",
    "shared: fte",
    "flat: 100; shared: fte",
    "shared: 20% equal + 40% fte + 40% budget",
    "shared: bands fte (0=1, 5000=2, 20000=3.5)",
    "shared: fte; floor: 50",
    "shared: fte; ceiling: 5% of budget",
    "shared: fte; publish: 0.1%",
    "central: 75%; shared: fte",
    "central: full; shared: 80% fte + 20% equal",
    "central: cap 2000; shared: fte; floor: 10",
    "central: 1234.56; shared: fte; prorata: days",
];

/// Rules proportional to fte alone, with the same bounds for everyone.
const PROPORTIONAL: &[&str] =
    &["shared: fte", "flat: 100; shared: fte", "shared: fte; floor: 50", "central: 75%; shared: fte"];

fn deal() -> impl Strategy<Value = SplitInput> {
    deal_with(RULES, 4)
}

/// Generated deals: 1 to 40 members, one in `late_one_in` joining late, a rule from `rules`.
fn deal_with(rules: &'static [&'static str], late_one_in: u32) -> impl Strategy<Value = SplitInput> {
    let member = (1u64..2_000_000, 0u32..3, 1u64..50_000_000, 0u32..late_one_in);
    (prop::collection::vec(member, 1..40), 1i64..10_000_000_000, 0..rules.len()).prop_map(
        move |(members, price_cents, rule)| {
            let mut case = format!("price: total {}\n rule: {}\n", Decimal::new(price_cents, 2), rules[rule]);
            for (i, (fte, fte_dp, budget, join)) in members.iter().enumerate() {
                let joined = if *join == 1 { " joined=2026-05-17" } else { "" };
                let fte = Decimal::new(*fte as i64, *fte_dp);
                case.push_str(&format!("M{i:03} fte={fte} budget={budget}{joined}\n"));
            }
            kit::input(&case)
        },
    )
}

fn payable_by_code(s: &Split) -> BTreeMap<String, (i64, i64)> {
    s.shares.iter().map(|x| (x.code.to_string(), (x.payable.to_minor(), x.funded.to_minor()))).collect()
}

fn fte(input: &SplitInput, i: usize) -> Decimal {
    input.participants[i].metrics.get("fte", 2025).unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn shares_and_funder_add_up_exactly_and_none_is_negative(input in deal()) {
        if let Ok(s) = split(&input) {
            let paid: i64 = s.shares.iter().map(|x| x.payable.to_minor()).sum();
            let funded: i64 = s.shares.iter().map(|x| x.funded.to_minor()).sum();
            prop_assert_eq!(paid + funded, s.total.to_minor());
            prop_assert_eq!(funded, s.funder_part.to_minor());
            prop_assert!(s.shares.iter().all(|x| !x.payable.is_negative() && !x.funded.is_negative()));
        }
    }

    #[test]
    fn member_order_does_not_matter(input in deal(), seed in any::<u64>()) {
        let mut shuffled = input.clone();
        let n = shuffled.participants.len();
        for i in (1..n).rev() {
            let j = (seed.wrapping_mul(6364136223846793005).wrapping_add(i as u64) % (i as u64 + 1)) as usize;
            shuffled.participants.swap(i, j);
        }
        match (split(&input), split(&shuffled)) {
            (Ok(a), Ok(b)) => prop_assert_eq!(payable_by_code(&a), payable_by_code(&b)),
            (Err(a), Err(b)) => prop_assert_eq!(a.to_string().len() > 0, b.to_string().len() > 0),
            (a, b) => prop_assert!(false, "one order failed: {:?} / {:?}", a.err(), b.err()),
        }
    }

    #[test]
    fn a_bigger_weight_never_pays_less(input in deal_with(PROPORTIONAL, 1)) {
        if let Ok(s) = split(&input) {
            for i in 0..s.shares.len() {
                for j in 0..s.shares.len() {
                    if fte(&input, i) > fte(&input, j) {
                        prop_assert!(s.shares[i].notional().amount() >= s.shares[j].notional().amount(),
                            "{} has more fte but pays less", s.shares[i].code);
                    }
                }
            }
        }
    }
}
