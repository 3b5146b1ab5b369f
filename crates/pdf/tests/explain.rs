//! Explanations in the reader's language: every sentence form the engine can emit has a
//! message in every language, the English messages say what the engine's English text says,
//! and a Finnish or Chinese member reads each step with its own numbers.

#[path = "../../core/tests/kit/mod.rs"]
mod kit;

use konsortio_core::explain::{Step, KEYS, PHRASES};
use konsortio_core::{explain, SplitInput};
use konsortio_pdf::labels::{step_as_engine_writes, step_text};
use konsortio_pdf::Lang;

/// Hybrid: a funder pays half, a flat fee, two components, a floor; A joins mid-year.
const HYBRID: &str = "price: total 100000
    funder: Ministry of Education
    rule: central: 50%; flat: 1000; shared: 60% fte + 40% equal; floor: 9000
    A fte=100 joined=2026-07-01
    B fte=300
    C fte=600";

/// Pro rata by days, in a foreign currency priced per site.
const PRORATA: &str = "price: per-site 1=1000, 3=800
    rate: USD 0.9
    rule: prorata: days
    A
    B
    C joined=2026-07-01";

/// Cases that between them emit nearly every sentence form (split_cases.rs has them all).
const CASES: &[&str] = &[
    HYBRID,
    PRORATA,
    "price: total 20000\n rule: shared: fte; fixed: A=5000\n A fte=999\n B fte=100\n C fte=300",
    "price: total 1000\n rule: shared: fte; publish: 0.1%\n A fte=1\n B fte=1\n C fte=1",
    "price: total 13000\n rule: shared: bands fte (0=1, 5000=2, 20000=3.5)\n A fte=1000\n B fte=5000\n C fte=25000",
    "price: total 1000\n rule: shared: fte; ceiling: 2% of budget\n A fte=100 budget=100000\n B fte=300 budget=10000\n C fte=800 budget=100000",
    "price: total 1100\n rule: shared: equal; max-increase: 10%\n A last=300\n B last=500\n C",
    "price: total 1000\n rule: shared: fte; ceiling: 400\n A fte=1\n B fte=1\n C fte=8",
    "price: total 1000\n rule: shared: fte; ceiling: 500; ceiling@A: 300\n A fte=5\n B fte=1\n C fte=4",
    "price: total 1000\n rule: shared: fte; floor: 10\n A fte=1\n B fte=1",
    "price: total 90000\n rule: central: full; shared: fte\n A fte=1\n B fte=2",
    "price: total 100000\n rule: central: 30000\n A\n B\n C",
    "price: total 100000\n rule: central: cap 20000; shared: fte\n A fte=1\n B fte=2\n C fte=7",
    "price: total 12000\n A\n B\n C left=2026-03-31",
    "price: total 800\n rule: shared: usage avg 3\n A usage@2023=100 usage@2024=200 usage@2025=300\n B usage@2025=600",
];

fn steps(input: &SplitInput, member: &str) -> Vec<Step> {
    explain(input, member).unwrap().unwrap().steps
}

fn every_step() -> Vec<Step> {
    let mut all = Vec::new();
    for case in CASES {
        let input = kit::input(case);
        for p in &input.participants {
            all.extend(steps(&input, &p.code));
        }
    }
    all
}

fn has_message(lang: Lang, key: &str) -> bool {
    lang.source().lines().any(|l| l.strip_prefix(key).is_some_and(|rest| rest.trim_start().starts_with('=')))
}

#[test]
fn every_key_the_engine_can_emit_has_a_message_in_every_language() {
    let mut missing = Vec::new();
    for lang in Lang::ALL {
        for key in KEYS.iter().chain(PHRASES) {
            if !has_message(lang, key) {
                missing.push(format!("{}.ftl lacks {key}", lang.code()));
            }
        }
    }
    assert!(missing.is_empty(), "{}", missing.join("\n"));
    // And no explain- message is left over from a sentence form the engine no longer has.
    let english: Vec<&str> = Lang::En
        .source()
        .lines()
        .filter_map(|l| l.split_once(" =").map(|(k, _)| k).filter(|k| k.starts_with("explain-")))
        .collect();
    for key in english {
        assert!(KEYS.contains(&key) || PHRASES.contains(&key), "en.ftl has {key}, which explain::KEYS lacks");
    }
}

#[test]
fn the_cases_emit_nearly_every_sentence_form() {
    let seen: Vec<String> = every_step().into_iter().map(|s| s.key).collect();
    // Tiers by count and yearly rises are priced in pricing.rs's own tests.
    let elsewhere = ["explain-price-by-count", "explain-price-rise"];
    let unseen: Vec<&&str> = KEYS.iter().filter(|k| !seen.iter().any(|s| s == **k) && !elsewhere.contains(k)).collect();
    assert!(unseen.is_empty(), "no case emits {unseen:?}");
}

#[test]
fn english_messages_say_what_the_engine_says() {
    for step in every_step() {
        // The engine says "from its start" where the messages name the period's first day.
        if step.key.starts_with("explain-prorata-") {
            continue;
        }
        assert_eq!(step_as_engine_writes(&step), step.text, "{}", step.key);
    }
}

/// The steps of `member` in `case`, in `lang`.
fn read(case: &str, member: &str, lang: Lang) -> Vec<String> {
    steps(&kit::input(case), member).iter().map(|s| step_text(lang, s)).collect()
}

fn assert_says(lines: &[String], expected: &[&str]) {
    for e in expected {
        assert!(lines.iter().any(|l| l == e), "no step\n  {e}\nin\n  {}", lines.join("\n  "));
    }
}

#[test]
fn a_finnish_member_reads_its_hybrid_share_in_finnish() {
    // Finnish amounts, percentages and dates; "tasajako" for the equal part.
    assert_says(
        &read(HYBRID, "A", Lang::Fi),
        &[
            "Olet mukana 6 kuukautta jakson 12 kuukaudesta (1.7.2026–31.12.2026): painostasi otetaan huomioon 6/12.",
            "Vuoden 2026 jaettava hinta on 100\u{a0}000,00\u{a0}€, ja se jaetaan 3 osallistujan kesken.",
            "Hinnasta 50\u{a0}% maksaa Ministry of Education: 50\u{a0}000,00\u{a0}€.",
            "Kiinteä perusmaksu: 1\u{a0}000,00\u{a0}€ × osallistumisaikasi kerroin 0,5 = 500,00\u{a0}€.",
            "Summasta 40\u{a0}% (19\u{a0}000,00\u{a0}€) jaetaan jakoperusteella tasajako: painosi 0,5 kaikkien yhteensä 2,5 painosta = 20\u{a0}% → 3\u{a0}800,00\u{a0}€.",
            "Kaavan mukaan osuutesi olisi 5\u{a0}800,00\u{a0}€, mikä alittaa alarajasi: maksat alarajan, 9\u{a0}000,00\u{a0}€.",
            "Maksat 9\u{a0}000,00\u{a0}€; Ministry of Education maksaa puolestasi 5\u{a0}689,47\u{a0}€; laskennallinen osuutesi on 14\u{a0}689,47\u{a0}€.",
        ],
    );
}

#[test]
fn a_chinese_member_reads_its_hybrid_share_in_chinese() {
    assert_says(
        &read(HYBRID, "A", Lang::Zh),
        &[
            "您参与了本期 12 个月中的 6 个月（2026年7月1日 至 2026年12月31日）：您的权重按 6/12 计算。",
            "2026 年待分摊的价格为 EUR\u{a0}100,000.00，由 3 个参与成员分摊。",
            "Ministry of Education 支付价格的 50%：EUR\u{a0}50,000.00。",
            "金额的 40%（EUR\u{a0}19,000.00）按平均分摊：您的权重为 0.5，总权重为 2.5，占 20% → EUR\u{a0}3,800.00。",
            "按公式您的份额为 EUR\u{a0}5,800.00，低于您的下限：您支付下限 EUR\u{a0}9,000.00。",
            "您支付 EUR\u{a0}9,000.00；Ministry of Education 为您支付 EUR\u{a0}5,689.47；您的名义份额为 EUR\u{a0}14,689.47。",
        ],
    );
}

#[test]
fn pro_rata_by_days_in_a_foreign_currency_in_finnish_and_chinese() {
    // (language, the steps C reads: joined on 1 July, 184 of 365 days, priced in dollars)
    let cases = [
        (
            Lang::Fi,
            [
                "Olet mukana 184 päivää jakson 365 päivästä (1.7.2026–31.12.2026): painostasi otetaan huomioon 184/365.",
                "Organisaatiokohtainen hinta 3 osallistujalle (hintaporras alkaen 3 osallistujasta): 800,00\u{a0}USD × 3 = 2\u{a0}400,00\u{a0}USD.",
                "Muunnettu kurssilla 0,9 EUR / USD (ECB, 31.12.2025): 2\u{a0}160,00\u{a0}€.",
                "Maksat 434,84\u{a0}€.",
            ],
        ),
        (
            Lang::Zh,
            [
                "您参与了本期 365 天中的 184 天（2026年7月1日 至 2026年12月31日）：您的权重按 184/365 计算。",
                "按单位计价，共 3 个参与成员（适用 3 个成员起的价格档）：USD\u{a0}800.00 × 3 = USD\u{a0}2,400.00。",
                "按 0.9 EUR/USD 的汇率换算（ECB，2025年12月31日）：EUR\u{a0}2,160.00。",
                "您支付 EUR\u{a0}434.84。",
            ],
        ),
    ];
    for (lang, expected) in cases {
        assert_says(&read(PRORATA, "C", lang), &expected);
    }
}

#[test]
fn an_unnamed_funder_is_named_in_the_readers_language() {
    let case = "price: total 100000\n rule: central: cap 20000; shared: fte\n A fte=1\n B fte=2\n C fte=7";
    // (language, what C reads about the cap)
    let cases = [
        (Lang::En, "The central funder pays each member's share up to 20,000.00 EUR: 20,000.00 EUR of yours; you pay the rest, 50,000.00 EUR."),
        (Lang::Fi, "Jokaisen jäsenen osuudesta maksaa keskusrahoittaja enintään 20\u{a0}000,00\u{a0}€: sinun osuudestasi 20\u{a0}000,00\u{a0}€; maksat loput, 50\u{a0}000,00\u{a0}€."),
        (Lang::Zh, "中央资助方 为每个成员支付最多 EUR\u{a0}20,000.00 的份额：为您支付 EUR\u{a0}20,000.00；其余 EUR\u{a0}50,000.00 由您支付。"),
    ];
    for (lang, expected) in cases {
        assert_says(&read(case, "C", lang), &[expected]);
    }
}

#[test]
fn a_step_stored_without_a_sentence_form_prints_its_english_text() {
    // An invoice issued before steps had keys stored plain strings; an old key has no message.
    // (konsortio-core's tests read both back from JSON.)
    let old = [
        Step::english("You pay 10.00 EUR."),
        Step { key: "central".into(), ..Step::english("X pays a fixed 5.00 EUR.") },
    ];
    for lang in Lang::ALL {
        let printed: Vec<String> = old.iter().map(|s| step_text(lang, s)).collect();
        assert_eq!(printed, ["You pay 10.00 EUR.", "X pays a fixed 5.00 EUR."], "{lang:?}");
    }
}
