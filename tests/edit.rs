//! Editing one record (the desktop app's forms), the renewal calendar and a member's history,
//! on the demo consortium.

use chrono::NaiveDate;
use konsortio_app::{Actor, App, AppError, Kind, DEMO_YEAR};

fn demo() -> App {
    let mut app = App::in_memory(Actor { name: "test".into() }).unwrap();
    app.load_demo().unwrap();
    app
}

fn row(app: &App, kind: Kind, code: &str) -> Option<Vec<String>> {
    app.list(kind).unwrap().rows.into_iter().find(|r| r[0] == code)
}

/// A member's values with some fields changed, in the order of the list's headers.
fn member_with(app: &App, changes: &[(&str, &str)]) -> Vec<String> {
    let table = app.list(Kind::Members).unwrap();
    let mut values = table.rows[0].clone();
    values[0] = "FI-NEW".into();
    for (field, value) in changes {
        let i = table.headers.iter().position(|h| h == field).unwrap();
        values[i] = (*value).into();
    }
    values
}

#[test]
fn a_saved_member_is_listed_and_a_bad_field_is_named() {
    let mut app = demo();
    app.save(Kind::Members, &member_with(&app, &[("name", "Uusi kirjasto"), ("country", "FI")])).unwrap();
    assert_eq!(row(&app, Kind::Members, "FI-NEW").unwrap()[1], "Uusi kirjasto");

    // (field, bad value, the message's end)
    let cases = [
        ("country", "Suomi", "field 'country': 'Suomi' is not an ISO 3166 country code like FI"),
        ("join_date", "1.1.2026", "field 'join_date': '1.1.2026' is not a date (YYYY-MM-DD)"),
        ("currency", "EURO", "field 'currency': unknown currency code 'EURO' (expected an ISO 4217 code such as EUR)"),
    ];
    for (field, value, message) in cases {
        let err = app.save(Kind::Members, &member_with(&app, &[(field, value)])).unwrap_err();
        assert!(matches!(&err, AppError::Record { field: f, .. } if f == field), "{err}");
        assert_eq!(err.code(), "input");
        assert!(err.to_string().ends_with(message), "{err}");
    }
    assert_eq!(row(&app, Kind::Members, "FI-NEW").unwrap()[1], "Uusi kirjasto", "a refused save changes nothing");
}

#[test]
fn delete_is_refused_while_something_refers_to_the_record() {
    let mut app = demo();
    let member = app.list(Kind::Members).unwrap().rows[0][0].clone();
    let err = app.delete(Kind::Members, &member).unwrap_err().to_string();
    assert!(err.starts_with(&format!("member '{member}' cannot be deleted: ")), "{err}");
    assert!(err.contains("member_metrics") || err.contains("member metrics"), "{err}");
    assert!(row(&app, Kind::Members, &member).is_some());

    app.save(Kind::Members, &member_with(&app, &[])).unwrap();
    app.delete(Kind::Members, "FI-NEW").unwrap();
    assert!(row(&app, Kind::Members, "FI-NEW").is_none());
    assert_eq!(app.delete(Kind::Members, "FI-NEW").unwrap_err().code(), "not_found");
    let audit: Vec<String> = app.audit(2).unwrap().into_iter().map(|a| format!("{} {}", a.action, a.key)).collect();
    assert_eq!(audit, ["delete FI-NEW", "save FI-NEW"]);
}

#[test]
fn renewals_come_by_notice_deadline_with_overdue_ones_flagged() {
    let app = demo();
    let today = NaiveDate::from_ymd_opt(DEMO_YEAR, 11, 21).unwrap();
    let renewals = app.renewals(today).unwrap();
    assert!(renewals.len() >= 30, "every licence and deal: {}", renewals.len());
    let key = |r: &konsortio_app::Renewal| r.notice_deadline.unwrap_or(r.end_date);
    assert!(renewals.windows(2).all(|w| key(&w[0]) <= key(&w[1])), "sorted by deadline");
    for r in &renewals {
        assert_eq!(r.ended, r.end_date < today, "{}", r.code);
        assert_eq!(r.overdue, !r.ended && key(r) < today, "{}", r.code);
    }
    // The demo has deals that ended in 2025, licences past their notice for the end of 2026,
    // and deals running into 2027.
    assert!(renewals.iter().any(|r| r.ended) && renewals.iter().any(|r| r.overdue));
    assert!(renewals.iter().any(|r| !r.ended && !r.overdue));
}

#[test]
fn a_members_history_adds_up_to_its_splits() {
    let app = demo();
    let member = app.list(Kind::Members).unwrap().rows[0][0].clone();
    let shares = app.member_shares(&member, DEMO_YEAR).unwrap();
    assert!(shares.iter().any(|s| s.finalised && s.year < DEMO_YEAR), "earlier years are finalised");
    assert!(shares.iter().any(|s| !s.finalised && s.year == DEMO_YEAR), "this year is a draft");
    for s in &shares {
        let split = app.split(&s.deal, s.year, None).unwrap().split;
        let own = split.shares().find(|x| x.code == member).unwrap();
        assert_eq!((own.payable, own.funded), (s.payable, s.funded), "{} {}", s.deal, s.year);
    }
}
