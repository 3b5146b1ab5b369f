//! Property tests of the split engine's invariants over generated deals.

mod kit;

use std::collections::BTreeMap;

use konsortio_core::{split, Currency, Money, MoneyError, Split, SplitError, SplitInput};
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
    s.shares().map(|x| (x.code.to_string(), (x.payable.to_minor(), x.funded.to_minor()))).collect()
}

fn fte(input: &SplitInput, i: usize) -> Decimal {
    input.participants[i].metrics.get("fte", 2025).unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn shares_and_funder_add_up_exactly_and_none_is_negative(input in deal()) {
        if let Ok(s) = split(&input) {
            let paid: i64 = s.shares().map(|x| x.payable.to_minor()).sum();
            let funded: i64 = s.shares().map(|x| x.funded.to_minor()).sum();
            prop_assert_eq!(paid + funded, s.total.to_minor());
            prop_assert_eq!(funded, s.funder_part.to_minor());
            prop_assert!(s.shares().all(|x| !x.payable.is_negative() && !x.funded.is_negative()));
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
            for i in 0..s.shares().len() {
                for j in 0..s.shares().len() {
                    if fte(&input, i) > fte(&input, j) {
                        prop_assert!(s.share(i).notional().amount() >= s.share(j).notional().amount(),
                            "{} has more fte but pays less", s.share(i).code);
                    }
                }
            }
        }
    }
}

/// A split of the given shares (in minor units of `currency`), its total their sum.
fn split_of(rows: &[(std::sync::Arc<str>, Money, Money)], currency: Currency) -> Result<Split, MoneyError> {
    let zero = Money::zero(currency);
    Split::new(zero, zero, None, rows.iter().cloned())
}

proptest! {
    #[test]
    fn shares_read_back_as_the_money_they_were_made_of(
        amounts in prop::collection::vec((0i64.., 0i64..), 1..20),
        code in prop::sample::select(vec!["EUR", "JPY", "KWD"]),
    ) {
        let cur = Currency::from_code(code).unwrap();
        let rows: Vec<(std::sync::Arc<str>, Money, Money)> = amounts
            .iter()
            .enumerate()
            .map(|(i, (p, f))| (format!("M{i}").into(), Money::from_minor(*p, cur), Money::from_minor(*f, cur)))
            .collect();
        let split = split_of(&rows, cur).unwrap();
        let back: Vec<(std::sync::Arc<str>, Money, Money)> =
            split.shares().map(|s| (s.code.into(), s.payable, s.funded)).collect();
        prop_assert_eq!(&back, &rows);
        let json = serde_json::to_string(&split).unwrap();
        prop_assert_eq!(serde_json::from_str::<Split>(&json).unwrap(), split);
    }

    #[test]
    fn amounts_beyond_i64_minor_units_are_refused_not_wrapped(beyond in 1i64.., cents in 0i64..100) {
        let eur = Currency::from_code("EUR").unwrap();
        let too_big = Money::new(Decimal::from(i64::MAX) / Decimal::ONE_HUNDRED + Decimal::from(beyond) + Decimal::new(cents, 2), eur);
        prop_assert_eq!(split_of(&[("A".into(), too_big, Money::zero(eur))], eur), Err(MoneyError::Overflow));
        let case = format!("price: total {}\n rule: shared: equal\nA\nB\n", too_big.amount());
        let refused = |case: &str| matches!(split(&kit::input(case)), Err(SplitError::AmountTooLarge { .. }));
        prop_assert!(refused(&case), "{}", case);
        let fixed = format!("price: total 100\n rule: shared: equal; fixed: A={}\nA\nB\n", too_big.amount());
        prop_assert!(refused(&fixed), "{}", fixed);
    }
}

#[test]
fn a_split_serialises_as_it_did_before_its_shares_were_packed() {
    let eur = Currency::from_code("EUR").unwrap();
    let m = |minor| Money::from_minor(minor, eur);
    let split = Split::new(m(1000), m(250), None, [("FI-HY".into(), m(750), m(250))]).unwrap();
    let json = r#"{"total":{"amount":"10.00","currency":"EUR"},"funder_part":{"amount":"2.50","currency":"EUR"},"list_price":null,"shares":[{"code":"FI-HY","payable":{"amount":"7.50","currency":"EUR"},"funded":{"amount":"2.50","currency":"EUR"}}]}"#;
    assert_eq!(serde_json::to_string(&split).unwrap(), json);
    assert_eq!(serde_json::from_str::<Split>(json).unwrap(), split);
    let other = json.replacen(
        r#""payable":{"amount":"7.50","currency":"EUR"}"#,
        r#""payable":{"amount":"7.50","currency":"SEK"}"#,
        1,
    );
    assert!(serde_json::from_str::<Split>(&other).is_err(), "a share in another currency");
}
