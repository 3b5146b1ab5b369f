//! Explanations read as a member would: every step with its numbers, ending in what it pays.

mod kit;
use konsortio_core::explain;

#[test]
fn hybrid_share_explained_step_by_step() {
    let input = kit::input(
        "price: total 100000
         funder: Ministry of Education
         rule: central: 50%; flat: 1000; shared: 60% fte + 40% equal; floor: 9000
         A fte=100 joined=2026-07-01
         B fte=300
         C fte=600",
    );
    let text = explain(&input, "A").unwrap().unwrap().to_string();
    let expected = [
        " 1. You take part 6 of the period's 12 months (from 2026-07-01 to its end): your weight counts 6/12.",
        " 2. Consortium price: 100,000.00 EUR.",
        " 3. The price to split for 2026 is 100,000.00 EUR, among 3 participants.",
        " 4. Ministry of Education pays 50% of the price: 50,000.00 EUR.",
        " 5. Members share the remaining 50,000.00 EUR.",
        " 6. Flat fee: 1,000.00 EUR × your pro-rata factor 0.5 = 500.00 EUR.",
        " 7. Flat fees of 1,000.00 EUR per member take 2,500.00 EUR; 47,500.00 EUR is left for the formula.",
        " 8. Your fte in 2025: 100.",
        " 9. 60% of the amount (28,500.00 EUR) goes by fte: your weight 50 of 950 in all = 5.2632% → 1,500.00 EUR.",
        "10. 40% of the amount (19,000.00 EUR) goes by equal: your weight 0.5 of 2.5 in all = 20% → 3,800.00 EUR.",
        "11. Your floor: 9,000.00 EUR.",
        "12. The formula gives you 5,800.00 EUR, below your floor: you pay the floor, 9,000.00 EUR.",
        "13. Exact share 9000 rounded to 9,000.00 EUR: every share is rounded down to the minor unit and the units left over go to the largest remainders, so the shares add up exactly to 50,000.00 EUR.",
        "14. Ministry of Education's 50,000.00 EUR is attributed to members by their formula shares of the whole price: yours is 11.3789% → 5,689.47 EUR.",
        "15. You pay 9,000.00 EUR; Ministry of Education pays 5,689.47 EUR for you; your notional share is 14,689.47 EUR.",
    ]
    .map(|l| format!("{l}\n"))
    .concat();
    assert_eq!(text, expected);
}

#[test]
fn explaining_an_unknown_member_gives_nothing() {
    let input = kit::input("price: total 100\n A\n B");
    assert_eq!(explain(&input, "Z").unwrap(), None);
}
