//! The store: migrations, frozen splits reproduced after metrics change, the layering rule.

use konsortio_app::{Actor, App, Kind};
use konsortio_store::{Reads, Store, StoreError, SCHEMA_VERSION};
use konsortio_tests::root;

fn actor() -> Actor {
    Actor { name: "test".into() }
}

#[test]
fn an_older_file_is_upgraded_and_keeps_its_data() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.db");
    {
        let store = Store::open_at(&path, 1).unwrap();
        assert_eq!(store.schema_version().unwrap(), 1);
        store
            .conn()
            .execute_batch(
                "INSERT INTO members (code, name, kind, country, language, currency, join_date)
             VALUES ('TR-ODTU', 'Orta Doğu Teknik Üniversitesi', 'university', 'TR', 'tr', 'TRY', '2005-01-01');",
            )
            .unwrap();
        assert!(store.conn().prepare("SELECT * FROM splits").is_err(), "version 1 has no splits table");
    }
    let app = App::open(&path, actor()).unwrap();
    assert_eq!(app.schema_version().unwrap(), SCHEMA_VERSION);
    let members = app.list(Kind::Members).unwrap();
    assert_eq!(members.rows[0][1], "Orta Doğu Teknik Üniversitesi");
}

#[test]
fn a_newer_file_is_refused_clearly() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("new.db");
    rusqlite::Connection::open(&path).unwrap().pragma_update(None, "user_version", 99).unwrap();
    let err = App::open(&path, actor()).err().unwrap().to_string();
    assert_eq!(err, format!("this database was written by a newer Konsortio (schema version 99); this version reads up to {SCHEMA_VERSION}: please update Konsortio"));
}

#[test]
fn a_finalised_split_is_frozen_and_reproduced_after_metrics_change() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("k.db");
    let mut app = App::open(&path, actor()).unwrap();
    app.import_dir(&root().join("tests/data/base")).unwrap();
    let frozen = app.finalise("D-HYB", 2026).unwrap();
    assert_eq!(frozen.split.total.plain(), "39600.00", "44,000 USD at 0.9");

    // The metrics change after finalising; the frozen split does not.
    let metrics = dir.path().join("member_metrics.csv");
    std::fs::write(&metrics, "member,year,metric,value\nFI-A,2025,budget,99000000\n").unwrap();
    app.import(Kind::Metrics, &metrics).unwrap();
    let draft = app.split_input("D-HYB", 2026, None).unwrap();
    assert_ne!(draft, frozen.input, "the live input sees the new budget");

    let reopened = App::open(&path, actor()).unwrap();
    let view = reopened.split("D-HYB", 2026, None).unwrap();
    assert!(view.finalised.is_some());
    assert_eq!(view.input, frozen.input);
    assert_eq!(view.split.shares().collect::<Vec<_>>(), frozen.split.shares().collect::<Vec<_>>());
    // Re-running the engine on the frozen input gives the same shares, byte for byte.
    let again = konsortio_core::split(&view.input).unwrap();
    let shares = |s: &konsortio_core::Split| serde_json::to_string(&s.shares().collect::<Vec<_>>()).unwrap();
    assert_eq!(shares(&again), shares(&frozen.split));

    // Finalising again is refused, and the database will not let the split change.
    let err = app.finalise("D-HYB", 2026).unwrap_err().to_string();
    assert_eq!(err, "the split of D-HYB for 2026 is finalised and frozen");
    let store = Store::open(&path).unwrap();
    let sql_err = store.conn().execute("UPDATE splits SET total_minor = 0", []).unwrap_err();
    assert!(sql_err.to_string().contains("a finalised split is frozen"), "{sql_err}");
    let audit = reopened.audit(5).unwrap();
    assert_eq!((audit[0].action.as_str(), audit[0].key.as_str()), ("import", "FI-A / 2025 / budget"));
    assert_eq!((audit[1].action.as_str(), audit[1].key.as_str()), ("finalise", "D-HYB / 2026"));
}

#[test]
fn records_read_by_one_field_are_those_of_the_whole_table_with_that_value() {
    use konsortio_core::records::{MetricValue, Participation};
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("k.db");
    App::open(&path, actor()).unwrap().import_dir(&root().join("fixtures/demo")).unwrap();
    let store = Store::open(&path).unwrap();
    let all = store.all::<Participation>().unwrap();
    for deal in ["SD-2426", "ELSBOOKS-2025", "NO-SUCH-DEAL"] {
        let expected: Vec<&Participation> = all.iter().filter(|p| p.deal == deal).collect();
        let found = store.all_where::<Participation>("deal", deal).unwrap();
        assert_eq!(found.iter().collect::<Vec<_>>(), expected, "{deal}");
    }
    let fte = store.all_where::<MetricValue>("metric", "fte").unwrap();
    assert!(!fte.is_empty() && fte.iter().all(|m| m.metric == "fte"));
    let count = store.all::<MetricValue>().unwrap().iter().filter(|m| m.metric == "fte").count();
    assert_eq!(fte.len(), count);
}

#[test]
fn a_tampered_split_is_caught_when_read() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("k.db");
    let mut app = App::open(&path, actor()).unwrap();
    app.import_dir(&root().join("tests/data/base")).unwrap();
    app.finalise("D-FTE", 2026).unwrap();
    let store = Store::open(&path).unwrap();
    store
        .conn()
        .execute_batch("DROP TRIGGER splits_frozen_update; UPDATE splits SET total_minor = total_minor + 1;")
        .unwrap();
    let err = store.load_split("D-FTE", 2026).unwrap_err();
    assert!(matches!(err, StoreError::Corrupt(_)), "{err}");
}

/// The core must never learn about SQLite, Tauri or files: it stays pure.
#[test]
fn the_core_depends_on_no_database_and_no_gui() {
    let out = std::process::Command::new(env!("CARGO"))
        .args(["tree", "-p", "konsortio-core", "-e", "normal", "--prefix", "none", "--offline"])
        .current_dir(root())
        .output()
        .expect("cargo tree runs");
    let tree = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    for forbidden in ["rusqlite", "tauri", "csv ", "printpdf"] {
        assert!(!tree.contains(forbidden), "konsortio-core depends on {forbidden}:\n{tree}");
    }
    assert!(tree.contains("rust_decimal"), "{tree}");
}

// ---- Frozen splits stored normalised (schema version 3, decision 22) ----

mod frozen {
    use std::sync::Arc;

    use konsortio_core::{
        Currency, ExchangeRate, Metrics, Money, Offer, Participant, Period, Pricing, Split, SplitInput, Tier,
    };
    use konsortio_store::{FrozenSplit, Reads, Store, StoreError};
    use rust_decimal::Decimal;

    fn d(text: &str) -> Decimal {
        text.parse().unwrap()
    }

    fn metrics(entries: &[(&str, i32, &str)]) -> Arc<Metrics> {
        Arc::new(entries.iter().map(|(name, year, value)| (name, *year, d(value))).collect())
    }

    fn participant(code: &str, name: &str, metrics: &Arc<Metrics>) -> Participant {
        Participant {
            code: code.into(),
            name: name.into(),
            metrics: Arc::clone(metrics),
            joined: None,
            left: None,
            last_year: None,
            standalone: None,
        }
    }

    fn offer(currency: Currency, pricing: Pricing) -> Offer {
        Offer {
            currency,
            list_price: None,
            pricing,
            first_year: 2026,
            annual_cap_pct: None,
            index_pct: Default::default(),
            rate: None,
        }
    }

    /// Inputs that use every field: dates, decimals of several scales, Unicode, metrics
    /// shared by `Arc` and equal by content, empty metrics, three currencies, no participants.
    fn varied_inputs() -> Vec<SplitInput> {
        let (eur, jpy, kwd) = ["EUR", "JPY", "KWD"].map(|c| Currency::from_code(c).unwrap()).into();
        let fte = metrics(&[("fte", 2024, "1000"), ("fte", 2025, "1200.50"), ("income", 2025, "0.10")]);
        let same_as_fte = metrics(&[("fte", 2024, "1000"), ("fte", 2025, "1200.50"), ("income", 2025, "0.10")]);
        let none = metrics(&[]);
        let usage = metrics(&[("usage", 2023, "7"), ("usage", 2024, "0"), ("usage", 2025, "123456789.123456")]);
        let mut full_offer = offer(eur, Pricing::Total(d("12000.50")));
        full_offer.list_price = Some(d("5000.00"));
        full_offer.annual_cap_pct = Some(d("3.5"));
        full_offer.index_pct = [(2026, d("2.10")), (2027, d("-0.5"))].into();
        full_offer.rate =
            Some(ExchangeRate { rate: d("0.9123"), date: "2026-01-02".parse().unwrap(), source: "ECB".into() });
        let everything = Participant {
            joined: "2026-04-01".parse().ok(),
            left: "2026-10-31".parse().ok(),
            last_year: Some(d("800.00")),
            standalone: Some(d("1500.000")),
            ..participant("FI-A", "Åbo Akademis bibliotek", &fte)
        };
        let tiers = vec![Tier { from: 1, amount: d("900") }, Tier { from: 3, amount: d("750.25") }];
        vec![
            SplitInput {
                deal: "D-A".into(),
                year: 2026,
                period: Period::year(2026),
                currency: eur,
                offer: full_offer,
                funder: Some("Opetus- ja kulttuuriministeriö".into()),
                rule: "central: 75%; shared: 80% income + 20% fte; floor: 100; prorata: months".parse().unwrap(),
                participants: vec![
                    everything,
                    participant("TR-B", "Boğaziçi \"Üniversitesi\"", &none),
                    Participant { last_year: Some(d("0")), ..participant("CN-P", "北京大学", &same_as_fte) },
                    Participant { left: "2026-01-01".parse().ok(), ..participant("SE-C", "北京大学", &fte) },
                ],
            },
            SplitInput {
                deal: "D-B".into(),
                year: 2027,
                period: Period { start: "2027-03-01".parse().unwrap(), end: "2027-09-30".parse().unwrap() },
                currency: jpy,
                offer: offer(jpy, Pricing::PerSite(tiers)),
                funder: None,
                rule: "shared: usage avg 3".parse().unwrap(),
                participants: vec![participant("SE-C", "Chalmers", &usage), participant("FI-A", "Åbo", &usage)],
            },
            SplitInput {
                deal: "D-C".into(),
                year: 2026,
                period: Period::year(2026),
                currency: kwd,
                offer: offer(kwd, Pricing::Total(d("1"))),
                funder: None,
                rule: "shared: equal".parse().unwrap(),
                participants: vec![],
            },
        ]
    }

    /// `split` with its shares (code, payable, funded) changed by `change`.
    fn reshaped(split: &Split, change: impl FnOnce(&mut Vec<(Arc<str>, Money, Money)>)) -> Split {
        let mut shares: Vec<(Arc<str>, Money, Money)> =
            split.shares().map(|s| (Arc::from(s.code), s.payable, s.funded)).collect();
        change(&mut shares);
        Split::new(split.total, split.funder_part, split.list_price, shares).expect("amounts in the split's currency")
    }

    /// A split of `input` that adds up: member i pays 100 × (i + 1) minor units, the funder i × 7.
    fn frozen(input: SplitInput) -> FrozenSplit {
        let cur = input.currency;
        let shares: Vec<(Arc<str>, i64, i64)> =
            (0i64..).zip(&input.participants).map(|(i, p)| (p.code.clone(), 100 * (i + 1), 7 * i)).collect();
        let funded: i64 = shares.iter().map(|s| s.2).sum();
        let total = shares.iter().map(|s| s.1).sum::<i64>() + funded;
        let split = Split::from_minor(Money::from_minor(total, cur), Money::from_minor(funded, cur), None, shares);
        FrozenSplit {
            input,
            split,
            engine_version: 7,
            finalised_at: "2026-11-21T10:00:00Z".into(),
            finalised_by: "Åsa".into(),
        }
    }

    /// The members and deals that `varied_inputs` name.
    const CATALOGUE: &str = "
        INSERT INTO vendors VALUES ('V', 'V', 'FI', 'EUR', NULL, NULL);
        INSERT INTO resources VALUES ('R', 'V', 'R', 'database', NULL, NULL, NULL);
        INSERT INTO members (code, name, kind, country, language, currency, join_date) VALUES
            ('FI-A', 'a', 'university', 'FI', 'fi', 'EUR', '2020-01-01'),
            ('TR-B', 'b', 'university', 'TR', 'tr', 'TRY', '2020-01-01'),
            ('CN-P', 'p', 'university', 'CN', 'zh', 'CNY', '2020-01-01'),
            ('SE-C', 'c', 'university', 'SE', 'sv', 'SEK', '2020-01-01');
        INSERT INTO deals VALUES ('D-A', 'R', 't', '2026-01-01', '2027-12-31', 'closed', NULL, NULL),
            ('D-B', 'R', 't', '2026-01-01', '2027-12-31', 'closed', NULL, NULL),
            ('D-C', 'R', 't', '2026-01-01', '2027-12-31', 'closed', NULL, NULL);";

    /// Equal as values and as text: `Decimal` equality ignores scale, the text does not.
    fn assert_same(loaded: &FrozenSplit, written: &FrozenSplit) {
        assert_eq!(loaded, written);
        assert_eq!(serde_json::to_string(loaded).unwrap(), serde_json::to_string(written).unwrap());
    }

    fn snapshot_count(store: &Store) -> i64 {
        store.conn().query_row("SELECT COUNT(*) FROM member_snapshots", [], |r| r.get(0)).unwrap()
    }

    #[test]
    fn a_frozen_split_reads_back_exactly_as_written() {
        let mut store = Store::in_memory().unwrap();
        store.conn().execute_batch(CATALOGUE).unwrap();
        let written: Vec<FrozenSplit> = varied_inputs().into_iter().map(frozen).collect();
        store.write(|tx| written.iter().try_for_each(|f| tx.insert_split(f))).unwrap();
        for w in &written {
            assert_same(&store.load_split(&w.input.deal, w.input.year).unwrap().unwrap(), w);
        }
        assert_eq!(snapshot_count(&store), 5, "CN-P and SE-C in D-A have the same name and equal metrics");
        let a = store.load_split("D-A", 2026).unwrap().unwrap().input.participants;
        assert!(Arc::ptr_eq(&a[2].metrics, &a[3].metrics), "equal snapshots come back shared");
        let payable = store.finalised_payable("D-A", 2026).unwrap();
        assert_eq!(payable, [("FI-A", 100), ("TR-B", 200), ("CN-P", 300), ("SE-C", 400)].map(|(c, m)| (c.into(), m)));
        assert_eq!(store.finalised_payable("D-A", 2025).unwrap(), []);
        assert_eq!(store.load_split("D-A", 2025).unwrap(), None);
    }

    #[test]
    fn equal_member_snapshots_are_stored_once_across_transactions() {
        let mut store = Store::in_memory().unwrap();
        store.conn().execute_batch(CATALOGUE).unwrap();
        let [a, b, _]: [SplitInput; 3] = varied_inputs().try_into().unwrap();
        let mut later = SplitInput { year: 2027, ..a.clone() };
        later.participants.iter_mut().for_each(|p| p.metrics = Arc::new((*p.metrics).clone()));
        for input in [a, later, b] {
            store.write(|tx| tx.insert_split(&frozen(input))).unwrap();
        }
        assert_eq!(snapshot_count(&store), 5);
    }

    #[test]
    fn a_split_that_does_not_fit_its_input_or_the_members_is_refused() {
        let mut store = Store::in_memory().unwrap();
        store.conn().execute_batch(CATALOGUE).unwrap();
        let good = frozen(varied_inputs().remove(1));
        let mut not_a_member = good.clone();
        not_a_member.input.participants[1].code = "XX-NONE".into();
        not_a_member.split = reshaped(&good.split, |s| s[1].0 = "XX-NONE".into());
        let mut twice = good.clone();
        twice.input.participants[1].code = "SE-C".into();
        twice.split = reshaped(&good.split, |s| s[1].0 = "SE-C".into());
        let mut reordered = good.clone();
        reordered.split = reshaped(&good.split, |s| s.reverse());
        let mut off_by_one = good.clone();
        off_by_one.split.total = Money::from_minor(off_by_one.split.total.to_minor() + 1, off_by_one.input.currency);
        for (bad, says) in [
            (not_a_member, "names XX-NONE, who is not a member"),
            (twice, "names SE-C twice"),
            (reordered, "does not match its input's participants"),
            (off_by_one, "split shares add up to"),
        ] {
            let err = store.write(|tx| tx.insert_split(&bad)).unwrap_err();
            assert!(matches!(err, StoreError::Corrupt(_)) && err.to_string().contains(says), "{err}");
        }
        store.write(|tx| tx.insert_split(&good)).unwrap();
        let err = store.write(|tx| tx.insert_split(&good)).unwrap_err();
        assert_eq!(err.to_string(), "the split of D-B for 2027 is finalised and frozen");
    }

    #[test]
    fn a_member_named_by_a_finalised_split_cannot_be_deleted() {
        let mut store = Store::in_memory().unwrap();
        store.conn().execute_batch(CATALOGUE).unwrap();
        store.write(|tx| tx.insert_split(&frozen(varied_inputs().remove(1)))).unwrap();
        let err = store.write(|tx| tx.delete("members", "code", "SE-C")).unwrap_err();
        assert!(matches!(err, StoreError::Referenced { .. }), "{err}");
        assert!(store.write(|tx| tx.delete("members", "code", "TR-B")).unwrap(), "in no finalised split");
    }

    #[test]
    fn damaged_packed_shares_are_an_error_not_a_number() {
        let mut store = Store::in_memory().unwrap();
        store.conn().execute_batch(CATALOGUE).unwrap();
        store.write(|tx| tx.insert_split(&frozen(varied_inputs().remove(0)))).unwrap();
        store
            .conn()
            .execute_batch("DROP TRIGGER splits_frozen_update; UPDATE splits SET shares = substr(shares, 1, 20);")
            .unwrap();
        let err = store.load_split("D-A", 2026).unwrap_err();
        assert!(matches!(err, StoreError::Corrupt(_)), "{err}");
    }

    /// Writes `frozen` as schema version 2 did: the whole input as JSON, a row per share.
    fn write_v2(store: &Store, f: &FrozenSplit) {
        let (input, s) = (&f.input, &f.split);
        store
            .conn()
            .execute(
                "INSERT INTO splits (deal, year, engine_version, input_json, currency, total_minor, funder_minor, finalised_at, finalised_by)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                rusqlite::params![
                    input.deal,
                    input.year,
                    f.engine_version,
                    serde_json::to_string(input).unwrap(),
                    s.total.currency().code(),
                    s.total.to_minor(),
                    s.funder_part.to_minor(),
                    f.finalised_at,
                    f.finalised_by
                ],
            )
            .unwrap();
        for (position, share) in s.shares().enumerate() {
            store
                .conn()
                .execute(
                    "INSERT INTO split_shares (deal, year, member, position, payable_minor, funded_minor) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                    rusqlite::params![input.deal, input.year, share.code, position, share.payable.to_minor(), share.funded.to_minor()],
                )
                .unwrap();
        }
    }

    #[test]
    fn a_version_2_file_with_json_inputs_is_upgraded_and_reads_the_same() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("v2.db");
        let written: Vec<FrozenSplit> = varied_inputs().into_iter().map(frozen).collect();
        let mut tampered = frozen(SplitInput { year: 2027, ..varied_inputs().remove(0) });
        tampered.split = reshaped(&tampered.split, |s| s[0].1 = Money::from_minor(1, tampered.input.currency));
        {
            let store = Store::open_at(&path, 2).unwrap();
            store.conn().execute_batch(CATALOGUE).unwrap();
            written.iter().chain([&tampered]).for_each(|f| write_v2(&store, f));
        }
        let store = Store::open(&path).unwrap();
        assert_eq!(store.schema_version().unwrap(), konsortio_store::SCHEMA_VERSION);
        for w in &written {
            assert_same(&store.load_split(&w.input.deal, w.input.year).unwrap().unwrap(), w);
        }
        let err = store.load_split("D-A", 2027).unwrap_err();
        assert!(
            matches!(err, StoreError::Corrupt(_)),
            "a tampered split moves as it is and is caught on reading: {err}"
        );
        assert_eq!(store.finalised().unwrap().len(), 4);
        assert_eq!(snapshot_count(&store), 5);
        for old in ["split_shares", "splits_v2", "split_shares_v2"] {
            assert!(store.conn().prepare(&format!("SELECT * FROM {old}")).is_err(), "{old} is dropped");
        }
        let err = store.conn().execute("UPDATE splits SET total_minor = 0", []).unwrap_err();
        assert!(err.to_string().contains("a finalised split is frozen"), "{err}");
        let err = store.conn().execute("DELETE FROM member_snapshots", []).unwrap_err();
        assert!(err.to_string().contains("a finalised split is frozen"), "{err}");
        let mut store = store;
        let err = store.write(|tx| tx.delete("members", "code", "CN-P")).unwrap_err();
        assert!(matches!(err, StoreError::Referenced { .. }), "moved splits still keep their members: {err}");
    }
}
