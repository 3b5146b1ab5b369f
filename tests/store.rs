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
    assert_eq!(view.split.shares, frozen.split.shares);
    // Re-running the engine on the frozen input gives the same shares, byte for byte.
    let again = konsortio_core::split(&view.input).unwrap();
    assert_eq!(serde_json::to_string(&again.shares).unwrap(), serde_json::to_string(&frozen.split.shares).unwrap());

    // Finalising again is refused, and the database will not let the split change.
    let err = app.finalise("D-HYB", 2026).unwrap_err().to_string();
    assert_eq!(err, "the split of D-HYB for 2026 is finalised and frozen");
    let store = Store::open(&path).unwrap();
    let sql_err = store.conn().execute("UPDATE split_shares SET payable_minor = 0", []).unwrap_err();
    assert!(sql_err.to_string().contains("a finalised split is frozen"), "{sql_err}");
    let audit = reopened.audit(5).unwrap();
    assert_eq!((audit[0].action.as_str(), audit[0].key.as_str()), ("import", "FI-A / 2025 / budget"));
    assert_eq!((audit[1].action.as_str(), audit[1].key.as_str()), ("finalise", "D-HYB / 2026"));
}

#[test]
fn a_tampered_split_is_caught_when_read() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("k.db");
    let mut app = App::open(&path, actor()).unwrap();
    app.import_dir(&root().join("tests/data/base")).unwrap();
    app.finalise("D-FTE", 2026).unwrap();
    let store = Store::open(&path).unwrap();
    store.conn().execute_batch("DROP TRIGGER split_shares_frozen_update; UPDATE split_shares SET payable_minor = payable_minor + 1 WHERE member = 'FI-A';").unwrap();
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
