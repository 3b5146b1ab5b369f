//! COUNTER usage in the database (issue 5): imports of the official samples with their own
//! totals, re-imports that replace, bad files that write nothing, membership dates, the
//! mapping of vendors' names, cost per use, usage as a split basis and the usage CSV.

use std::path::PathBuf;

use konsortio_app::{Actor, App, Kind};
use konsortio_store::{Reads, Store, SCHEMA_VERSION};
use konsortio_tests::root;

fn actor() -> Actor {
    Actor { name: "test".into() }
}

fn samples() -> PathBuf {
    root().join("../shared/counter-samples")
}

/// A small consortium written out here: members A, B and C since 2010, D since 15 July 2023;
/// a journal package on JournalHost shared equally in 2023 (D pro rata), and a deal of 2024
/// on the same package whose rule the tests choose.
const CONSORTIUM: &[(&str, &str)] = &[
    ("consortium.csv", "name,country,currency,vat_id,address,email\nTest Consortium,FI,EUR,,,\n"),
    ("vendors.csv", "code,name,country,currency,vat_id,email\nV,Vendor,NL,EUR,,\n"),
    (
        "resources.csv",
        "code,vendor,name,kind,platform,counter_platform,counter_database\n\
         R-J,V,Journal Package,ejournals,JournalHost,JournalHost,\n\
         R-B,V,Book Package,ebooks,JournalHost,JournalHost,\n\
         R-X,V,Another Package,ejournals,OtherHost,OtherHost,\n",
    ),
    (
        "members.csv",
        "code,name,kind,country,city,address,postcode,vat_id,language,currency,join_date,leave_date,email\n\
         A,Library A,university,FI,,,,,fi,EUR,2010-01-01,,\n\
         B,Library B,university,FI,,,,,fi,EUR,2010-01-01,,\n\
         C,Library C,university,FI,,,,,fi,EUR,2010-01-01,,\n\
         D,Library D,public,FI,,,,,fi,EUR,2023-07-15,,\n",
    ),
    (
        "deals.csv",
        "code,resource,title,start_date,end_date,participation,funder,rule\n\
         D-J,R-J,Journals 2023,2023-01-01,2023-12-31,closed,,shared: equal\n\
         D-U,R-J,Journals 2024,2024-01-01,2024-12-31,open,,shared: equal\n",
    ),
    (
        "offers.csv",
        "deal,version,date,currency,list_price,pricing,annual_cap_pct,index_pct,rate,rate_date,rate_source,note\n\
         D-J,1,2022-10-01,EUR,,total 3000,,,,,,\n\
         D-U,1,2023-10-01,EUR,,total 10000,,,,,,\n",
    ),
    ("participations.csv", "deal,member,joined,left\nD-U,A,,\nD-U,B,,\nD-U,D,,\n"),
];

struct Fixture {
    dir: tempfile::TempDir,
    app: App,
}

impl Fixture {
    fn new() -> Fixture {
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().join("data");
        std::fs::create_dir(&data).unwrap();
        for (name, text) in CONSORTIUM {
            std::fs::write(data.join(name), text).unwrap();
        }
        let mut app = App::open(&dir.path().join("k.db"), actor()).unwrap();
        app.import_dir(&data).unwrap();
        Fixture { dir, app }
    }

    /// Writes a report into the fixture's folder and returns its path.
    fn file(&self, name: &str, text: &str) -> PathBuf {
        let path = self.dir.path().join(name);
        std::fs::write(&path, text).unwrap();
        path
    }
}

/// A Release 5.1 TR_J1 of `year` on `platform`: per row the title, the metric and twelve
/// monthly counts.
fn tr_j1(platform: &str, year: i32, rows: &[(&str, &str, [u64; 12])]) -> String {
    let rows: Vec<(&str, &str, &[u64])> = rows.iter().map(|(t, m, c)| (*t, *m, &c[..])).collect();
    tr_j1_from(platform, (year, 1), &rows)
}

/// A TR_J1 whose period starts in the month `start` (year, 1-12) and runs as many months as
/// the rows give counts for.
fn tr_j1_from(platform: &str, start: (i32, u32), rows: &[(&str, &str, &[u64])]) -> String {
    const NAMES: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    let months: Vec<(i32, u32)> = (0..rows[0].2.len() as u32)
        .map(|i| (start.0 + ((start.1 - 1 + i) / 12) as i32, (start.1 - 1 + i) % 12 + 1))
        .collect();
    let (last_year, last_month) = *months.last().unwrap();
    let end = chrono::NaiveDate::from_ymd_opt(last_year + i32::from(last_month == 12), last_month % 12 + 1, 1).unwrap()
        - chrono::Days::new(1);
    let headings: Vec<String> = months.iter().map(|(y, m)| format!("{}-{y}", NAMES[*m as usize - 1])).collect();
    let mut text = format!(
        "Report_Name\tJournal Requests (Controlled)\nReport_ID\tTR_J1\nRelease\t5.1\nInstitution_Name\tTest\n\
         Institution_ID\t\nMetric_Types\tTotal_Item_Requests; Unique_Item_Requests\n\
         Report_Filters\tData_Type=Journal; Access_Type=Controlled; Access_Method=Regular\nReport_Attributes\t\n\
         Exceptions\t\nReporting_Period\tBegin_Date={}-{:02}-01; End_Date={end}\nCreated\t2025-02-01T00:00:00Z\n\
         Created_By\tTest\nRegistry_Record\t\n\n\
         Title\tPublisher\tPublisher_ID\tPlatform\tDOI\tProprietary_ID\tPrint_ISSN\tOnline_ISSN\tURI\tMetric_Type\tReporting_Period_Total\t{}\n",
        start.0,
        start.1,
        headings.join("\t")
    );
    for (title, metric, counts) in rows {
        let total: u64 = counts.iter().sum();
        let counts: Vec<String> = counts.iter().map(u64::to_string).collect();
        text.push_str(&format!("{title}\tP\t\t{platform}\t\t\t\t\t\t{metric}\t{total}\t{}\n", counts.join("\t")));
    }
    text
}

const A_UNIQUE: [u64; 12] = [30, 30, 30, 30, 30, 30, 30, 30, 40, 40, 40, 40];
const B_UNIQUE: [u64; 12] = [0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 2, 0];
const D_UNIQUE: [u64; 12] = [10; 12];

fn double(counts: [u64; 12]) -> [u64; 12] {
    counts.map(|n| n * 2)
}

/// Each member's 2023 report of JournalHost: a journal's Unique_Item_Requests as in the
/// constants above, Total_Item_Requests twice that.
fn import_2023(f: &mut Fixture) {
    for (member, unique) in [("A", A_UNIQUE), ("B", B_UNIQUE), ("D", D_UNIQUE)] {
        let text = tr_j1(
            "JournalHost",
            2023,
            &[("Journal 1", "Total_Item_Requests", double(unique)), ("Journal 1", "Unique_Item_Requests", unique)],
        );
        let path = f.file(&format!("{member}_2023.tsv"), &text);
        f.app.import_usage(member, &path).unwrap();
    }
}

fn sum(counts: &[u64]) -> u64 {
    counts.iter().sum()
}

#[test]
fn a_version_5_file_upgrades_and_takes_usage() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v5.db");
    {
        let store = Store::open_at(&path, 5).unwrap();
        store
            .conn()
            .execute_batch(
                "INSERT INTO members (code, name, kind, country, language, currency, join_date)
                 VALUES ('FI-HY', 'Helsingin yliopisto', 'university', 'FI', 'fi', 'EUR', '1998-01-01');",
            )
            .unwrap();
        assert!(store.conn().prepare("SELECT * FROM usage_imports").is_err(), "version 5 has no usage");
    }
    let mut app = App::open(&path, actor()).unwrap();
    assert_eq!((app.schema_version().unwrap(), SCHEMA_VERSION), (8, 8));
    let summary = app.import_usage("FI-HY", &samples().join("r51_TR_J1.tsv")).unwrap();
    assert_eq!(summary.rows, 2);
    assert_eq!(app.list(Kind::Members).unwrap().rows[0][1], "Helsingin yliopisto");
}

/// Every official sample imports with exactly the totals its Reporting_Period_Total columns
/// give (what `inspect` adds up), and the TSV, JSON and Excel forms of a report store the same.
#[test]
fn the_official_samples_import_with_their_own_totals() {
    let mut f = Fixture::new();
    let mut files: Vec<PathBuf> = std::fs::read_dir(samples())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| matches!(p.extension().and_then(|e| e.to_str()), Some("tsv" | "json" | "xlsx")))
        .filter(|p| !p.file_name().unwrap().to_string_lossy().contains("openapi"))
        .collect();
    files.sort();
    assert!(files.len() >= 20, "{files:?}");
    let mut by_report = std::collections::BTreeMap::new();
    for (i, path) in files.iter().enumerate() {
        let expected = konsortio_app::inspect_usage(path).unwrap().metrics;
        // Each file as its own member's, so that one form does not replace another.
        let member = format!("M{i}");
        let csv = format!(
            "code,name,kind,country,city,address,postcode,vat_id,language,currency,join_date,leave_date,email\n\
             {member},Sample member,university,FI,,,,,fi,EUR,2000-01-01,,\n"
        );
        f.app.import(Kind::Members, &f.file("members.csv", &csv)).unwrap();
        let summary = f.app.import_usage(&member, path).unwrap();
        let import = f.app.usage_imports().unwrap().into_iter().find(|i| i.member == member).unwrap();
        let stored = f.app.usage_totals(import.id).unwrap();
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        assert_eq!(stored, expected, "{name}: the database's totals");
        assert_eq!(summary.metrics, expected, "{name}: the summary's totals");
        let report = name.split('.').next().unwrap().to_string();
        if let Some(first) = by_report.insert(report.clone(), stored.clone()) {
            assert_eq!(first, stored, "{report}: the forms differ");
        }
    }
    assert_eq!(by_report.len(), 14, "{:?}", by_report.keys());
}

#[test]
fn re_importing_a_report_replaces_it() {
    let mut f = Fixture::new();
    let path = samples().join("r51_TR.tsv");
    let first = f.app.import_usage("A", &path).unwrap();
    assert!(first.replaced.is_empty());
    let again = f.app.import_usage("A", &samples().join("r51_TR.json")).unwrap();
    assert_eq!(again.replaced.len(), 1, "the JSON form of the same report replaces the TSV");
    assert!(again.replaced[0].starts_with("r51_TR.tsv ("), "{:?}", again.replaced);
    let imports = f.app.usage_imports().unwrap();
    assert_eq!(imports.len(), 1);
    assert_eq!(f.app.usage_totals(imports[0].id).unwrap(), first.metrics, "not doubled");
    // Another member's, another report's and another platform's reports stay.
    f.app.import_usage("B", &path).unwrap();
    f.app.import_usage("A", &samples().join("r51_TR_J1.tsv")).unwrap();
    f.app
        .import_usage("A", &f.file("other.tsv", &tr_j1("OtherHost", 2022, &[("J", "Unique_Item_Requests", [1; 12])])))
        .unwrap();
    assert_eq!(f.app.usage_imports().unwrap().len(), 4);
    // No rows are left over from the replaced import: the chunks hold the imports' rows exactly.
    let store = Store::open(&f.dir.path().join("k.db")).unwrap();
    let sum = |sql: &str| -> i64 { store.conn().query_row(sql, [], |r| r.get(0)).unwrap() };
    assert_eq!(sum("SELECT SUM(rows) FROM usage_counts"), sum("SELECT SUM(rows) FROM usage_imports"));
}

#[test]
fn a_report_covering_an_earlier_one_replaces_it_and_one_overlapping_it_is_refused() {
    let mut f = Fixture::new();
    let first_half = tr_j1_from("JournalHost", (2023, 1), &[("J", "Unique_Item_Requests", &[1; 6])]);
    f.app.import_usage("A", &f.file("h1.tsv", &first_half)).unwrap();
    let year = f.file("year.tsv", &tr_j1("JournalHost", 2023, &[("J", "Unique_Item_Requests", [2; 12])]));
    assert_eq!(f.app.import_usage("A", &year).unwrap().replaced.len(), 1, "the year covers the half year");
    let across = tr_j1_from("JournalHost", (2023, 7), &[("J", "Unique_Item_Requests", &[3; 12])]);
    let err = f.app.import_usage("A", &f.file("across.tsv", &across)).unwrap_err().to_string();
    assert_eq!(
        err,
        "across.tsv: TR_J1 JournalHost of A covers 2023-07-01 to 2024-06-30, which overlaps the import of year.tsv \
         covering 2023-01-01 to 2023-12-31; import a report for the same period (or one that covers it) to replace it"
    );
    let imports = f.app.usage_imports().unwrap();
    assert_eq!((imports.len(), imports[0].file.as_str()), (1, "year.tsv"));
    // The next year's report follows on.
    let next = f.file("next.tsv", &tr_j1("JournalHost", 2024, &[("J", "Unique_Item_Requests", [4; 12])]));
    assert!(f.app.import_usage("A", &next).unwrap().replaced.is_empty());
}

#[test]
fn a_bad_file_writes_nothing_and_names_file_row_and_column() {
    let mut f = Fixture::new();
    let good =
        tr_j1("JournalHost", 2023, &[("J1", "Unique_Item_Requests", [1; 12]), ("J2", "Unique_Item_Requests", [2; 12])]);
    f.app.import_usage("A", &f.file("good.tsv", &good)).unwrap();
    let before = f.app.usage_imports().unwrap();
    // The same report again, with a bad count on its last row: the earlier import stays whole.
    let bad = good.replacen("\t2\t2\t2\n", "\t2\tx2\t2\n", 1);
    assert_ne!(bad, good);
    let err = f.app.import_usage("A", &f.file("bad.tsv", &bad)).unwrap_err();
    assert_eq!(err.code(), "usage");
    assert_eq!(err.to_string(), "bad.tsv, row 17, column 22 (Nov-2023): \"x2\" is not a count");
    assert_eq!(f.app.usage_imports().unwrap(), before);
    assert_eq!(f.app.usage_totals(before[0].id).unwrap()["Unique_Item_Requests"], 36);
    // A file cut short, and an unknown member, write nothing either.
    let cut = &good[..good.len() - 10];
    assert!(f.app.import_usage("B", &f.file("cut.tsv", cut)).is_err());
    let err = f.app.import_usage("NOBODY", &samples().join("r51_TR_J1.tsv")).unwrap_err().to_string();
    assert_eq!(err, "no member 'NOBODY'");
    assert_eq!(f.app.usage_imports().unwrap(), before);
    assert!(f.app.audit(1).unwrap()[0].key.starts_with("A / TR_J1"), "the last audit entry is the good import");
}

#[test]
fn usage_outside_the_membership_is_stored_but_left_out() {
    let mut f = Fixture::new();
    import_2023(&mut f);
    let d = f.app.usage_imports().unwrap().into_iter().find(|i| i.member == "D").unwrap();
    assert_eq!(f.app.usage_totals(d.id).unwrap()["Unique_Item_Requests"], 120, "stored as the file gives it");
    // D joined on 15 July 2023: July counts (a month with any day of membership), June does not.
    let text = tr_j1("JournalHost", 2023, &[("Journal 1", "Unique_Item_Requests", D_UNIQUE)]);
    let summary = f.app.import_usage("D", &f.file("D_again.tsv", &text)).unwrap();
    assert_eq!(summary.outside_membership["Unique_Item_Requests"], 60);
    let basis = f.app.usage_basis("R-J", None, 2023, 2023).unwrap();
    let d = basis.iter().find(|m| m.member == "D").unwrap();
    assert_eq!((d.metric.as_str(), d.value.to_string()), ("usage_unique_item_requests", "60".into()));
}

#[test]
fn a_mapping_is_remembered_and_applies_to_reports_before_and_after() {
    let mut f = Fixture::new();
    let report = |platform: &str| tr_j1(platform, 2023, &[("J", "Unique_Item_Requests", [5; 12])]);
    let first = f.app.import_usage("A", &f.file("a.tsv", &report("Journal Host Inc."))).unwrap();
    assert!(first.matched.is_empty());
    assert_eq!(first.unmatched.len(), 1);
    assert_eq!(first.unmatched[0].platform.as_deref(), Some("Journal Host Inc."));
    let unmatched = f.app.unmatched_usage().unwrap();
    assert_eq!((unmatched.len(), unmatched[0].members), (1, 1));
    assert!(f.app.usage_basis("R-J", None, 2023, 2023).unwrap().is_empty());

    f.app.map_usage("journal host   INC.", "R-J").unwrap();
    assert!(f.app.unmatched_usage().unwrap().is_empty(), "the earlier import matches now");
    assert_eq!(f.app.usage_basis("R-J", None, 2023, 2023).unwrap()[0].value.to_string(), "60");

    // Remembered: another session, another member's report matches on import.
    let mut again = App::open(&f.dir.path().join("k.db"), actor()).unwrap();
    let mappings = again.usage_mappings().unwrap();
    assert_eq!((mappings[0].name.as_str(), mappings[0].resource.as_str()), ("journal host   INC.", "R-J"));
    let second = again.import_usage("B", &f.file("b.tsv", &report("Journal Host Inc."))).unwrap();
    assert_eq!(second.matched.get("R-J"), Some(&1));
    assert!(second.unmatched.is_empty());
    assert_eq!(again.map_usage("X", "NO-SUCH").unwrap_err().to_string(), "no resource 'NO-SUCH'");
    again.unmap_usage("Journal Host Inc.").unwrap();
    assert_eq!(again.unmatched_usage().unwrap()[0].members, 2);
}

#[test]
fn a_platform_shared_by_two_resources_is_told_apart_by_data_type_or_report_or_listed_as_ambiguous() {
    let mut f = Fixture::new();
    let on_host =
        |file: &str| std::fs::read_to_string(samples().join(file)).unwrap().replace("Platform 1", "JournalHost");
    // A Release 5 PR_P1 of JournalHost: journals (R-J) or books (R-B)? Nothing says.
    let summary = f.app.import_usage("A", &f.file("pr5.tsv", &on_host("r5_PR_P1.tsv"))).unwrap();
    assert!(summary.matched.is_empty());
    assert_eq!(summary.unmatched[0].candidates, ["R-B", "R-J"]);
    // The 5.1 PR_P1 breaks usage down by Data_Type: Article and Book tell, Audiovisual does not.
    let summary = f.app.import_usage("A", &f.file("pr51.tsv", &on_host("r51_PR_P1.tsv"))).unwrap();
    assert_eq!((summary.matched.get("R-J"), summary.matched.get("R-B")), (Some(&6), Some(&8)), "{summary:?}");
    assert!(summary.unmatched.iter().all(|u| u.candidates == ["R-B", "R-J"]));
    // A TR_J1 says journals.
    let journals = f
        .app
        .import_usage("A", &f.file("j.tsv", &tr_j1("JournalHost", 2022, &[("J", "Unique_Item_Requests", [1; 12])])));
    assert_eq!(journals.unwrap().matched.get("R-J"), Some(&1));
}

/// Cost per use, worked out by hand. D-J 2023: 3,000.00 EUR shared equally by A, B, C and D,
/// D pro rata from July (6 of 12 months): weights 1, 1, 1, 0.5, so 857.142857... each and
/// 428.571428...; the largest remainder gives the cent to A (equal remainders: the smaller code).
#[test]
fn cost_per_use_by_hand() {
    let mut f = Fixture::new();
    f.app.finalise("D-J", 2023).unwrap();
    import_2023(&mut f);
    assert_eq!((sum(&A_UNIQUE), sum(&B_UNIQUE), sum(&D_UNIQUE[6..])), (400, 3, 60));
    // member, share, Unique_Item_Requests, cost per use, Total_Item_Requests, cost per use
    let expected = [
        ("A", "857.15", "400", "2.1429", "800", "1.0714"), // 2.142875 rounds up; 1.0714375 down
        ("B", "857.14", "3", "285.7133", "6", "142.8567"),
        ("C", "857.14", "-", "-", "-", "-"), // no report: no uses, no cost per use
        ("D", "428.57", "60", "7.1428", "120", "3.5714"), // July to December only
    ];
    let unique = f.app.cost_per_use(2023, None, None).unwrap();
    let total = f.app.cost_per_use(2023, Some("total_item_requests"), None).unwrap();
    assert_eq!((unique.metric.as_str(), total.metric.as_str()), ("Unique_Item_Requests", "Total_Item_Requests"));
    let text = |v: Option<String>| v.unwrap_or_else(|| "-".into());
    for (row, (u, t)) in expected.iter().zip(unique.members.iter().zip(&total.members)) {
        let got = (
            u.member.as_deref().unwrap(),
            u.share.unwrap().to_string(),
            text(u.uses.map(|n| n.to_string())),
            text(u.cost_per_use.map(|c| c.to_string())),
            text(t.uses.map(|n| n.to_string())),
            text(t.cost_per_use.map(|c| c.to_string())),
        );
        assert_eq!(got, (row.0, row.1.into(), row.2.into(), row.3.into(), row.4.into(), row.5.into()));
        assert_eq!((&*u.resource, u.deal.as_deref(), u.year), ("R-J", Some("D-J"), 2023));
    }
    assert_eq!(unique.members.len(), 4);
    // Consortium-wide: the price over all uses, 3000 / 463 and 3000 / 926.
    let whole = |r: &konsortio_app::CostPerUseReport| {
        let c = &r.consortium[0];
        (c.member.is_none(), c.share.unwrap().to_string(), c.uses, c.cost_per_use.unwrap().to_string())
    };
    assert_eq!(whole(&unique), (true, "3000.00".into(), Some(463), "6.4795".into()));
    assert_eq!(whole(&total), (true, "3000.00".into(), Some(926), "3.2397".into()));
    // A member's statement shows its uses and cost per use next to its share.
    let statement = f.app.statement("A", 2023).unwrap();
    let line = &statement.lines[0];
    assert_eq!((line.uses, line.cost_per_use.map(|c| c.to_string())), (Some(400), Some("2.1429".into())));
    let statement = f.app.statement("C", 2023).unwrap();
    assert_eq!((statement.lines[0].uses, statement.lines[0].cost_per_use), (None, None));
    let only_b = f.app.cost_per_use(2023, None, Some("B")).unwrap();
    assert_eq!((only_b.members.len(), only_b.consortium.len()), (1, 1));
    assert_eq!(f.app.cost_per_use(2023, Some("Hits"), None).unwrap_err().code(), "invalid");
    assert_eq!(f.app.cost_per_use(2023, None, Some("Z")).unwrap_err().to_string(), "no member 'Z'");
}

/// A split whose rule reads `usage_unique_item_requests` from the imported reports equals the
/// split whose rule reads `usage` entered by hand with the same numbers.
#[test]
fn a_usage_split_from_imported_reports_equals_one_from_entered_metrics() {
    let mut f = Fixture::new();
    import_2023(&mut f);
    let imported = f.app.split("D-U", 2024, Some("shared: usage_unique_item_requests; floor: 100")).unwrap();
    let metrics =
        f.file("member_metrics.csv", "member,year,metric,value\nA,2023,usage,400\nB,2023,usage,3\nD,2023,usage,60\n");
    f.app.import(Kind::Metrics, &metrics).unwrap();
    let entered = f.app.split("D-U", 2024, Some("shared: usage; floor: 100")).unwrap();
    assert_eq!(imported.split.shares().collect::<Vec<_>>(), entered.split.shares().collect::<Vec<_>>());
    let shares: Vec<String> = imported.split.shares().map(|s| format!("{} {}", s.code, s.payable.plain())).collect();
    // B's 10,000 × 3 / 463 = 64.79 is raised to the floor; A and D share the other 9,900 by 400 : 60.
    assert_eq!(shares, ["A 8608.70", "B 100.00", "D 1291.30"]);
    let a = &imported.input.participants[0];
    assert_eq!(a.metrics.get("usage_unique_item_requests", 2023).unwrap().to_string(), "400");

    // Averages leave out years without reports; a member without any is named.
    let avg = f.app.split("D-U", 2024, Some("shared: usage_total_item_requests avg 3")).unwrap();
    assert_eq!(avg.split.shares().len(), 3);
    let err = f.app.split("D-J", 2024, None);
    assert!(err.is_err(), "D-J runs in 2023 only");
    let rule = "shared: usage_unique_item_requests; metrics-year: 2024";
    let err = f.app.split("D-U", 2024, Some(rule)).unwrap_err().to_string();
    assert!(err.contains(" A") && err.contains("usage_unique_item_requests") && err.contains("2024"), "{err}");
    let err = f.app.split("D-U", 2024, Some("shared: usage_hits")).unwrap_err().to_string();
    assert!(err.starts_with("'usage_hits' names no COUNTER metric"), "{err}");
    // A derived name cannot be entered by hand.
    let bad = f.file("member_metrics.csv", "member,year,metric,value\nA,2023,usage_unique_item_requests,1\n");
    let err = f.app.import(Kind::Metrics, &bad).unwrap_err().to_string();
    assert_eq!(
        err,
        "member_metrics.csv line 2, field 'metric': 'usage_unique_item_requests' is derived from imported COUNTER reports and cannot be entered (docs/RULES.md)"
    );

    // Finalised, the split freezes the counts it read: a later import does not move it.
    let frozen = f.app.finalise("D-U", 2024).unwrap();
    let text = tr_j1("JournalHost", 2023, &[("Journal 1", "Unique_Item_Requests", [100; 12])]);
    f.app.import_usage("B", &f.file("B_more.tsv", &text)).unwrap();
    assert_eq!(
        f.app.split("D-U", 2024, None).unwrap().split.shares().collect::<Vec<_>>(),
        frozen.split.shares().collect::<Vec<_>>()
    );
}

#[test]
fn the_usage_csv_has_shares_uses_and_neutralised_cells() {
    let mut f = Fixture::new();
    f.app.finalise("D-J", 2023).unwrap();
    import_2023(&mut f);
    // Usage of a resource with no finalised share is listed too; a formula-like name is neutralised.
    let other = tr_j1("OtherHost", 2023, &[("J", "Unique_Item_Requests", [1; 12])]);
    f.app.import_usage("A", &f.file("other.tsv", &other)).unwrap();
    let resources = f.file(
        "resources.csv",
        "code,vendor,name,kind,platform,counter_platform,counter_database\nR-X,V,=HYPERLINK(\"x\"),ejournals,OtherHost,OtherHost,\n",
    );
    f.app.import(Kind::Resources, &resources).unwrap();
    let mut out = Vec::new();
    let n = f.app.export_usage(2023, None, &mut out).unwrap();
    let text = String::from_utf8(out).unwrap();
    assert_eq!(n, 6);
    assert_eq!(
        text,
        "year,scope,member,member_name,resource,resource_name,deal,metric,uses,currency,share,cost_per_use\n\
         2023,member,A,Library A,R-J,Journal Package,D-J,Unique_Item_Requests,400,EUR,857.15,2.1429\n\
         2023,member,A,Library A,R-X,\"'=HYPERLINK(\"\"x\"\")\",,Unique_Item_Requests,12,EUR,,\n\
         2023,member,B,Library B,R-J,Journal Package,D-J,Unique_Item_Requests,3,EUR,857.14,285.7133\n\
         2023,member,C,Library C,R-J,Journal Package,D-J,Unique_Item_Requests,,EUR,857.14,\n\
         2023,member,D,Library D,R-J,Journal Package,D-J,Unique_Item_Requests,60,EUR,428.57,7.1428\n\
         2023,consortium,,,R-J,Journal Package,D-J,Unique_Item_Requests,463,EUR,3000.00,6.4795\n"
    );
}

#[test]
fn a_member_with_usage_cannot_be_deleted() {
    let mut f = Fixture::new();
    f.app.import_usage("C", &samples().join("r51_TR_J1.tsv")).unwrap();
    let err = f.app.delete(Kind::Members, "C").unwrap_err().to_string();
    assert_eq!(err, "member 'C' cannot be deleted: 1 usage imports refer to it");
    let id = f.app.usage_imports().unwrap()[0].id;
    f.app.delete_usage_import(id).unwrap();
    f.app.delete(Kind::Members, "C").unwrap();
}

/// The PDF's text as poppler's pdftotext reads it (poppler-utils: scripts/system-packages.sh).
fn pdf_text(pdf: &[u8], dir: &std::path::Path) -> String {
    let path = dir.join("report.pdf");
    std::fs::write(&path, pdf).unwrap();
    let out = std::process::Command::new("pdftotext")
        .args(["-layout", path.to_str().unwrap(), "-"])
        .output()
        .expect("pdftotext runs: install poppler-utils");
    String::from_utf8(out.stdout).unwrap().replace('\u{a0}', " ")
}

#[test]
fn the_usage_report_pdf_has_the_table_and_the_ranking() {
    let mut f = Fixture::new();
    f.app.finalise("D-J", 2023).unwrap();
    import_2023(&mut f);
    let whole = pdf_text(&f.app.usage_pdf(2023, None, None).unwrap(), f.dir.path());
    for expected in [
        "Usage and cost per use 2023",
        "The consortium as a whole",
        "Price (EUR)",
        "R-J · D-J",
        "3,000.00",
        "463",
        "6.4795",
        "Deals ranked by cost per use",
    ] {
        assert!(whole.contains(expected), "{expected:?} missing in:\n{whole}");
    }
    // A member's report, in its language (Finnish: decimal comma).
    let a = pdf_text(&f.app.usage_pdf(2023, Some("Total_Item_Requests"), Some("A")).unwrap(), f.dir.path());
    for expected in ["Library A", "Total_Item_Requests", "Share (EUR)", "857,15", "800", "1,0714"] {
        assert!(a.contains(expected), "{expected:?} missing in:\n{a}");
    }
}
