//! The split engine on small cases whose shares are worked out by hand and written out.

mod kit;
use kit::check;

#[test]
fn equal_shares_leave_the_odd_cent_to_the_first_code() {
    check("price: total 100\n A\n B\n C", "A 33.34\n B 33.33\n C 33.33\n funder 0.00 total 100.00");
}

#[test]
fn proportional_to_one_metric() {
    check(
        "price: total 1000\n rule: shared: fte\n A fte=100\n B fte=300\n C fte=600",
        "A 100.00\n B 300.00\n C 600.00\n funder 0.00 total 1000.00",
    );
}

#[test]
fn flat_fee_then_the_rest_by_population() {
    // 3 × 1,000 flat; 7,000 by population 10/30/60 %.
    check(
        "price: total 10000\n rule: flat: 1000; shared: population\n A population=10000\n B population=30000\n C population=60000",
        "A 1700.00\n B 3100.00\n C 5200.00\n funder 0.00 total 10000.00",
    );
}

#[test]
fn weighted_mix_income_research_fte() {
    // income 80,000 at 60/30/10 %; research 10,000 at 10/30/60 %; fte 10,000 at 25/50/25 %.
    check(
        "price: total 100000
         rule: shared: 80% income + 10% research_income + 10% fte
         A income=600 research_income=100 fte=1000
         B income=300 research_income=300 fte=2000
         C income=100 research_income=600 fte=1000",
        "A 51500.00\n B 32000.00\n C 16500.00\n funder 0.00 total 100000.00",
    );
}

#[test]
fn weighted_mix_with_an_equal_part() {
    // equal 6,000 (2,000 each); fte 12,000 at 10/20/70 %; budget 12,000 at 10/10/80 %.
    check(
        "price: total 30000
         rule: shared: 20% equal + 40% fte + 40% budget
         A fte=100 budget=1000
         B fte=200 budget=1000
         C fte=700 budget=8000",
        "A 4400.00\n B 5600.00\n C 20000.00\n funder 0.00 total 30000.00",
    );
}

#[test]
fn bands_weigh_by_the_band_of_the_metric() {
    // weights 1, 2, 3.5, 2 (8.5 in all); B and D tie on the remainder: B's code comes first.
    check(
        "price: total 13000
         rule: shared: bands fte (0=1, 5000=2, 20000=3.5)
         A fte=1000\n B fte=5000\n C fte=25000\n D fte=19999.99",
        "A 1529.41\n B 3058.83\n C 5352.94\n D 3058.82\n funder 0.00 total 13000.00",
    );
}

#[test]
fn fixed_negotiated_amount_and_the_rest_among_the_others() {
    check(
        "price: total 20000\n rule: shared: fte; fixed: A=5000\n A fte=999\n B fte=100\n C fte=300",
        "A 5000.00\n B 3750.00\n C 11250.00\n funder 0.00 total 20000.00",
    );
}

#[test]
fn published_percentages_are_applied_as_published() {
    // 33.333… % each, published to 0.1 %: 33.4 / 33.3 / 33.3 (adding up to 100 %).
    check(
        "price: total 1000\n rule: shared: fte; publish: 0.1%\n A fte=1\n B fte=1\n C fte=1",
        "A 334.00\n B 333.00\n C 333.00\n funder 0.00 total 1000.00",
    );
}

#[test]
fn floor_raises_a_member_and_the_others_pay_the_difference() {
    // A's 50 is raised to 200; 800 left for B and C at 350:600.
    check(
        "price: total 1000\n rule: shared: fte; floor: 200\n A fte=50\n B fte=350\n C fte=600",
        "A 200.00\n B 294.74\n C 505.26\n funder 0.00 total 1000.00",
    );
}

#[test]
fn ceiling_as_a_percentage_of_budget() {
    // B's 250 is capped at 2 % of 10,000 = 200; 800 left for A and C at 100:800.
    check(
        "price: total 1000
         rule: shared: fte; ceiling: 2% of budget
         A fte=100 budget=100000\n B fte=300 budget=10000\n C fte=800 budget=100000",
        "A 88.89\n B 200.00\n C 711.11\n funder 0.00 total 1000.00",
    );
}

#[test]
fn increase_limited_against_last_year() {
    // 366.67 each; A may pay at most 300 + 10 % = 330; B's limit 550 does not bind; C had no share.
    check(
        "price: total 1100\n rule: shared: equal; max-increase: 10%\n A last=300\n B last=500\n C",
        "A 330.00\n B 385.00\n C 385.00\n funder 0.00 total 1100.00",
    );
}

#[test]
fn full_central_funding_still_shows_notional_shares() {
    check(
        "price: total 90000\n rule: central: full; shared: fte\n funder: Ministry\n A fte=1\n B fte=2",
        "A 0.00 + 30000.00\n B 0.00 + 60000.00\n funder 90000.00 total 90000.00",
    );
}

#[test]
fn hybrid_percentage_then_shared() {
    // The funder pays 75,000; members share 25,000 at 1:3 and the funder's part is attributed 1:3.
    check(
        "price: total 100000\n rule: central: 75%; shared: fte\n A fte=1\n B fte=3",
        "A 6250.00 + 18750.00\n B 18750.00 + 56250.00\n funder 75000.00 total 100000.00",
    );
}

#[test]
fn hybrid_fixed_amount_then_equal() {
    check(
        "price: total 100000\n rule: central: 30000\n A\n B\n C",
        "A 23333.34 + 10000.00\n B 23333.33 + 10000.00\n C 23333.33 + 10000.00\n funder 30000.00 total 100000.00",
    );
}

#[test]
fn funder_pays_up_to_a_cap_per_member() {
    // notional 10,000 / 20,000 / 70,000; the funder pays each up to 20,000.
    check(
        "price: total 100000\n rule: central: cap 20000; shared: fte\n A fte=1\n B fte=2\n C fte=7",
        "A 0.00 + 10000.00\n B 0.00 + 20000.00\n C 50000.00 + 20000.00\n funder 50000.00 total 100000.00",
    );
}

#[test]
fn late_joiner_pays_pro_rata_by_months() {
    // C joins on 1 July: weight 6/12; 12,000 over weights 1 + 1 + 0.5.
    check(
        "price: total 12000\n A\n B\n C joined=2026-07-01",
        "A 4800.00\n B 4800.00\n C 2400.00\n funder 0.00 total 12000.00",
    );
}

#[test]
fn late_joiner_pays_pro_rata_by_days() {
    // C takes part 184 of 365 days.
    check(
        "price: total 12000\n rule: prorata: days\n A\n B\n C joined=2026-07-01",
        "A 4792.12\n B 4792.12\n C 2415.76\n funder 0.00 total 12000.00",
    );
}

#[test]
fn withdrawal_renormalises_the_others() {
    // C leaves after March: weight 3/12; the others carry the rest.
    check(
        "price: total 9000\n A\n B\n C left=2026-03-31",
        "A 4000.00\n B 4000.00\n C 1000.00\n funder 0.00 total 9000.00",
    );
}

#[test]
fn per_site_tier_in_a_foreign_currency() {
    // 3 sites × 800 USD = 2,400 USD at 0.9 = 2,160 EUR.
    check(
        "price: per-site 1=1000, 3=800\n rate: USD 0.9\n A\n B\n C",
        "A 720.00\n B 720.00\n C 720.00\n funder 0.00 total 2160.00",
    );
}

#[test]
fn usage_averaged_over_three_years() {
    // A: (100 + 200 + 300) / 3 = 200; B has only 2025: 600.
    check(
        "price: total 800\n rule: shared: usage avg 3\n A usage@2023=100 usage@2024=200 usage@2025=300\n B usage@2025=600",
        "A 200.00\n B 600.00\n funder 0.00 total 800.00",
    );
}

#[test]
fn currency_without_minor_units() {
    check("currency: JPY\n price: total 1000\n A\n B\n C", "A 334\n B 333\n C 333\n funder 0 total 1000");
}

#[test]
fn bad_rules_and_inputs_are_errors_not_wrong_answers() {
    let cases = [
        ("price: total 1000\n rule: floor: 500\n A\n B\n C",
         "error: impossible bounds: the floors add up to 1,500.00 EUR, more than the 1,000.00 EUR to share"),
        ("price: total 1000\n rule: ceiling: 300\n A\n B\n C",
         "error: impossible bounds: the ceilings add up to 900.00 EUR, less than the 1,000.00 EUR to share"),
        ("price: total 1000\n rule: floor@A: 400; ceiling@A: 300\n A\n B",
         "error: impossible bounds: member A has a floor of 400.00 EUR above its ceiling of 300.00 EUR"),
        ("price: total 1000\n rule: shared: fte\n A fte=0\n B fte=0",
         "error: the weights of 'fte' add up to zero: no participant has a positive value, so nothing can be shared by it"),
        ("price: total 1000\n rule: shared: fte\n A fte=1\n B",
         "error: member B has no 'fte' for 2025"),
        ("price: total 1000\n rule: shared: fte\n A fte=1\n B fte=-1",
         "error: member B has a negative 'fte' (-1) for 2025"),
        ("price: total 1000\n rule: fixed: A=2000\n A\n B",
         "error: the fixed amounts add up to 2,000.00 EUR, more than the 1,000.00 EUR to share"),
        ("price: total 1000\n rule: flat: 600\n A\n B",
         "error: the flat fees add up to 1,200.00 EUR, more than the 1,000.00 EUR left to share"),
        ("price: total 1000\n rule: floor@Z: 10\n A\n B",
         "error: the rule names member Z in 'floor@', but it does not take part"),
        ("currency: JPY\n price: total 1000\n rule: flat: 10.5\n A",
         "error: rule amount 10.5 has more decimals than JPY allows"),
        ("price: per-site 5=100\n A\n B",
         "error: the deal needs at least 5 participants and has 2: it falls through"),
        ("price: total 1000\n A\n A", "error: member A takes part twice"),
        ("price: total 1000\n A joined=2027-02-01",
         "error: member A does not take part in 2026-01-01..2026-12-31 (it takes part from 2027-02-01 to the end)"),
    ];
    for (case, expected) in cases {
        check(case, expected);
    }
}
