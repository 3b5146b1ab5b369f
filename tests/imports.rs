//! CSV imports: bad input gets an error naming file, line and field, and nothing is written.

use konsortio_app::{Actor, App, Kind};
use konsortio_tests::{base_app as base, import_error, root};

#[test]
fn bad_files_name_file_line_and_field_and_write_nothing() {
    let member_header =
        "code,name,kind,country,city,address,postcode,vat_id,language,currency,join_date,leave_date,email\n";
    let good_member = "NEW-1,Ege Üniversitesi,university,TR,İzmir,,,,tr,TRY,2020-01-01,,\n";
    // (kind, file name, content, expected error)
    let cases = [
        (Kind::Members, "members.csv", "code,name,kind,country\nX,Y,public,FI\n".to_string(),
         "members.csv line 1, field 'city': missing column"),
        (Kind::Members, "members.csv", format!("{member_header}{good_member}NEW-2,Bad,public,FI,,,,,fi,EUR,2020-02-30,,\n"),
         "members.csv line 3, field 'join_date': '2020-02-30' is not a date (YYYY-MM-DD)"),
        (Kind::Members, "members.csv", format!("{member_header}{good_member}{good_member}"),
         "members.csv line 3, field 'code': duplicate key 'NEW-1' (first on line 2)"),
        (Kind::Members, "members.csv", format!("{member_header}{good_member}NEW-3,Short,public\n"),
         "members.csv line 3, field '(row)': has 3 fields where the header has 13"),
        (Kind::Metrics, "member_metrics.csv", "member,year,metric,value\nFI-A,2024,fte,5900\nFI-A,2024,budget,lots\n".into(),
         "member_metrics.csv line 3, field 'value': 'lots' is not a number"),
        (Kind::Metrics, "member_metrics.csv", "member,year,metric,value\nFI-A,2024,fte,5900\nXX-9,2024,fte,1\n".into(),
         "member_metrics.csv line 3, field 'member': no member with code 'XX-9'"),
        (Kind::Participations, "participations.csv", "deal,member,joined,left\nD-HYB,FI-D,,\nD-HYB,NOPE,,\n".into(),
         "participations.csv line 3, field 'member': no member with code 'NOPE'"),
        (Kind::Offers, "offers.csv",
         "deal,version,date,currency,list_price,pricing,annual_cap_pct,index_pct,rate,rate_date,rate_source,note\nD-FTE,2,2025-11-01,EUR,,total -5,,,,,,\n".into(),
         "offers.csv line 2, field 'pricing': 'total -5' is not a pricing: -5 is not a positive amount"),
        (Kind::Offers, "offers.csv",
         "deal,version,date,currency,list_price,pricing,annual_cap_pct,index_pct,rate,rate_date,rate_source,note\nD-FTE,2,2025-11-01,EURO,,total 5,,,,,,\n".into(),
         "offers.csv line 2, field 'currency': unknown currency code 'EURO' (expected an ISO 4217 code such as EUR)"),
        (Kind::Deals, "deals.csv",
         "code,resource,title,start_date,end_date,participation,funder,rule\nD-NEW,R1,New,2026-01-01,2026-12-31,open,,shared: 50% fte + 40% budget\n".into(),
         "deals.csv line 2, field 'rule': rule clause 'shared: 50% fte + 40% budget': the component percentages add up to 90%, not 100%"),
        (Kind::Vendors, "vendors.csv", "code,name,country,currency,vat_id,email,phone\nV,N,FI,EUR,,,\n".into(),
         "vendors.csv line 1, field 'phone': unknown column (expected: code, name, country, currency, vat_id, email)"),
        (Kind::Vendors, "vendors.csv", String::new(), "vendors.csv: is empty: expected a header row"),
    ];
    for (kind, file, csv, expected) in cases {
        let mut app = base();
        let before = app.list(kind).unwrap().rows.len();
        let err = import_error(&mut app, kind, file, &csv).to_string();
        assert_eq!(err, expected);
        assert_eq!(app.list(kind).unwrap().rows.len(), before, "{file}: something was written");
    }
}

#[test]
fn invalid_utf8_is_reported_with_its_line() {
    let mut app = base();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("vendors.csv");
    std::fs::write(&path, b"code,name,country,currency,vat_id,email\nV1,Good,FI,EUR,,\nV2,Bad \xff name,FI,EUR,,\n")
        .unwrap();
    let err = app.import(Kind::Vendors, &path).unwrap_err().to_string();
    assert_eq!(err, "vendors.csv line 3, field '(row)': is not valid UTF-8 text");
    assert_eq!(app.list(Kind::Vendors).unwrap().rows.len(), 2);
}

#[test]
fn a_bad_file_in_a_folder_import_writes_nothing_of_the_folder() {
    let dir = tempfile::tempdir().unwrap();
    for entry in std::fs::read_dir(root().join("tests/data/base")).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), dir.path().join(entry.file_name())).unwrap();
    }
    std::fs::write(dir.path().join("participations.csv"), "deal,member,joined,left\nD-HYB,GHOST,,\n").unwrap();
    let mut app = App::in_memory(Actor { name: "test".into() }).unwrap();
    let err = app.import_dir(dir.path()).unwrap_err().to_string();
    assert_eq!(err, "participations.csv line 2, field 'member': no member with code 'GHOST'");
    assert!(app.is_empty().unwrap(), "the consortium from the same folder was written");
    assert_eq!(app.list(Kind::Members).unwrap().rows.len(), 0);
}

#[test]
fn export_then_import_gives_the_same_records() {
    let app = base();
    for kind in Kind::ALL {
        let mut csv = Vec::new();
        app.export(kind, &mut csv).unwrap();
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(format!("{}.csv", kind.name()));
        std::fs::write(&path, &csv).unwrap();
        let mut again = base();
        again.import(kind, &path).unwrap();
        assert_eq!(again.list(kind).unwrap(), app.list(kind).unwrap(), "{}", kind.name());
    }
}

#[test]
fn split_errors_for_data_that_cannot_be_split() {
    let mut app = base();
    // A USD offer with no rate: a currency mismatch is an error, not a guess.
    let dir = tempfile::tempdir().unwrap();
    let offers = dir.path().join("offers.csv");
    std::fs::write(&offers, "deal,version,date,currency,list_price,pricing,annual_cap_pct,index_pct,rate,rate_date,rate_source,note\nD-FTE,2,2025-11-01,USD,,total 60000,,,,,,\n").unwrap();
    app.import(Kind::Offers, &offers).unwrap();
    let err = app.split("D-FTE", 2026, None).unwrap_err().to_string();
    assert_eq!(
        err,
        "D-FTE 2026: the offer is in USD and the consortium works in EUR: the offer needs an exchange rate"
    );
    // Weights that add up to zero.
    let err = app.split("D-HYB", 2026, Some("shared: usage")).unwrap_err().to_string();
    assert_eq!(err, "D-HYB 2026: member CN-C has no 'usage' for 2025");
    let metrics = dir.path().join("member_metrics.csv");
    std::fs::write(&metrics, "member,year,metric,value\nFI-A,2025,usage,0\nTR-B,2025,usage,0\nCN-C,2025,usage,0\n")
        .unwrap();
    app.import(Kind::Metrics, &metrics).unwrap();
    let err = app.split("D-HYB", 2026, Some("shared: usage")).unwrap_err().to_string();
    assert_eq!(err, "D-HYB 2026: the weights of 'usage' add up to zero: no participant has a positive value, so nothing can be shared by it");
}
