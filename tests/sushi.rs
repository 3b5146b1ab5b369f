//! SUSHI harvesting end to end (issue 5) against a mock SUSHI server on 127.0.0.1 that the tests
//! start: the official samples imported with their own totals, each member's result apart from
//! the others', the exceptions and malformed answers, re-harvesting that replaces, the CLI, the
//! credentials CSV, the version 6 upgrade; and the API key in no output, error or audit line.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use konsortio_app::{
    Actor, ApiKey, ApiKeyChange, App, CredentialsInput, HarvestEvent, HarvestOutcome, HarvestRequest, Kind,
    MemberHarvest, SushiClient, SushiEndpoint, SushiPause, SushiSettings,
};
use konsortio_store::{Reads, Store, SCHEMA_VERSION};
use konsortio_sushi::mock::{exception, MockServer, Reply};
use konsortio_tests::{root, run_cli};

const KEY: &str = "k3y-ABCDEF-0123456789";

fn actor() -> Actor {
    Actor { name: "test".into() }
}

fn sample(name: &str) -> String {
    std::fs::read_to_string(root().join("../shared/counter-samples").join(name)).expect("the COUNTER samples")
}

fn sample_totals(name: &str) -> std::collections::BTreeMap<String, u64> {
    konsortio_app::inspect_usage(&root().join("../shared/counter-samples").join(name)).unwrap().metrics
}

const CONSORTIUM: &[(&str, &str)] = &[
    ("consortium.csv", "name,country,currency,vat_id,address,email\nTest Consortium,FI,EUR,,,\n"),
    ("vendors.csv", "code,name,country,currency,vat_id,email\nV,Vendor,NL,EUR,,\n"),
    (
        "members.csv",
        "code,name,kind,country,city,address,postcode,vat_id,language,currency,join_date,leave_date,email\n\
         A,Library A,university,FI,,,,,fi,EUR,2010-01-01,,\n\
         B,Library B,university,FI,,,,,fi,EUR,2010-01-01,,\n\
         C,Library C,university,FI,,,,,fi,EUR,2010-01-01,,\n",
    ),
];

/// Records each wait instead of sleeping.
#[derive(Clone, Default)]
struct Recorded(Arc<Mutex<Vec<u64>>>);

impl SushiPause for Recorded {
    fn pause(&self, wait: Duration) {
        self.0.lock().unwrap().push(wait.as_secs());
    }
}

struct Fixture {
    dir: tempfile::TempDir,
    app: App,
    server: MockServer,
    waits: Recorded,
    client: SushiClient,
}

impl Fixture {
    /// Members A, B and C with credentials at the endpoint MOCK, served `scripts` by customer id
    /// (A's is "cust-A"...).
    fn new(scripts: Vec<(&str, Vec<Reply>)>) -> Fixture {
        let dir = tempfile::tempdir().unwrap();
        for (name, text) in CONSORTIUM {
            std::fs::write(dir.path().join(name), text).unwrap();
        }
        let mut app = App::open(&dir.path().join("k.db"), actor()).unwrap();
        app.import_dir(dir.path()).unwrap();
        let server = MockServer::start(scripts);
        app.add_sushi_endpoint(&endpoint(&server.base_url())).unwrap();
        for member in ["A", "B", "C"] {
            app.set_sushi_credentials(&credentials(member, ApiKeyChange::Set(ApiKey::new(KEY)))).unwrap();
        }
        let waits = Recorded::default();
        let settings =
            SushiSettings { timeout: Duration::from_secs(2), proxy_from_env: false, ..SushiSettings::default() };
        let client = SushiClient::new(settings, Box::new(waits.clone()));
        Fixture { dir, app, server, waits, client }
    }

    fn harvest(&mut self, member: Option<&str>) -> (Vec<MemberHarvest>, Vec<HarvestEvent>) {
        let mut events = Vec::new();
        let results =
            self.app.harvest_with(&self.client, &tr_j1_2022(member), &mut |e| events.push(e.clone())).unwrap();
        let text = format!("{results:?} {events:?} {}", serde_json::to_string(&results).unwrap());
        assert!(!text.contains(KEY), "the key leaked: {text}");
        (results, events)
    }

    fn imports_of(&self, member: &str) -> Vec<konsortio_app::UsageImport> {
        self.app.usage_imports().unwrap().into_iter().filter(|i| i.member == member).collect()
    }

    fn db(&self) -> PathBuf {
        self.dir.path().join("k.db")
    }
}

fn endpoint(base_url: &str) -> SushiEndpoint {
    SushiEndpoint {
        code: "MOCK".into(),
        vendor: "V".into(),
        base_url: base_url.into(),
        platform: String::new(),
        wants_requestor_id: true,
        wants_api_key: true,
        wants_platform: false,
    }
}

fn credentials(member: &str, api_key: ApiKeyChange) -> CredentialsInput {
    CredentialsInput {
        member: member.into(),
        endpoint: "MOCK".into(),
        customer_id: format!("cust-{member}"),
        requestor_id: Some("consortium-1".into()),
        api_key,
    }
}

fn tr_j1_2022(member: Option<&str>) -> HarvestRequest {
    HarvestRequest {
        endpoint: "MOCK".into(),
        report: "TR_J1".into(),
        begin: "2022-01".into(),
        end: "2022-12".into(),
        member: member.map(str::to_string),
    }
}

/// Each member's status and, for an import, its metrics' totals; else the message.
fn outcomes(results: &[MemberHarvest]) -> Vec<(String, &'static str, String)> {
    results
        .iter()
        .map(|r| {
            let detail = match &r.outcome {
                HarvestOutcome::Imported { summary, warnings } => format!("{:?} {warnings:?}", summary.metrics),
                HarvestOutcome::NoUsage { message }
                | HarvestOutcome::Queued { message }
                | HarvestOutcome::Unauthorised { message }
                | HarvestOutcome::Failed { message }
                | HarvestOutcome::Stopped { message } => message.text.clone(),
            };
            (r.member.clone(), r.outcome.status(), detail)
        })
        .collect()
}

#[test]
fn a_stopped_harvest_finishes_the_member_being_asked_and_asks_no_other() {
    let mut f = Fixture::new(vec![
        ("cust-A", vec![Reply::ok(sample("r51_TR_J1.json"))]),
        ("cust-B", vec![Reply::ok(sample("r51_TR_J1.json"))]),
        ("cust-C", vec![Reply::ok(sample("r51_TR_J1.json"))]),
    ]);
    // The user presses Stop while A is being asked.
    let stop = std::cell::Cell::new(false);
    let mut events = Vec::new();
    let results = f
        .app
        .harvest_through(&f.client, &tr_j1_2022(None), &|| stop.get(), &mut |e| {
            if matches!(e, HarvestEvent::Asking { .. }) {
                stop.set(true);
            }
            events.push(e.clone());
        })
        .unwrap();
    let found: Vec<(String, &str)> = outcomes(&results).into_iter().map(|(m, s, _)| (m, s)).collect();
    assert_eq!(found, [("A".into(), "imported"), ("B".into(), "stopped"), ("C".into(), "stopped")]);
    assert_eq!(f.server.seen().len(), 1, "only A was asked");
    assert_eq!(f.imports_of("A").len(), 1);
    assert!(f.imports_of("B").is_empty() && f.imports_of("C").is_empty());
    let done: Vec<String> = events
        .iter()
        .filter_map(|e| match e {
            HarvestEvent::Finished { member, status, done, total } => Some(format!("{done}/{total} {member} {status}")),
            _ => None,
        })
        .collect();
    assert_eq!(done, ["1/3 A imported", "2/3 B stopped", "3/3 C stopped"]);
}

#[test]
fn every_member_is_harvested_apart_and_imports_carry_the_samples_own_totals() {
    let mut f = Fixture::new(vec![
        ("cust-A", vec![Reply::ok(sample("r51_TR_J1.json"))]),
        ("cust-B", vec![Reply::exception(403, 2010, "Requestor is Not Authorized to Access Usage for Institution")]),
        (
            "cust-C",
            vec![Reply::exception(202, 1011, "Report Queued for Processing"), Reply::ok(sample("r51_TR_J1.json"))],
        ),
    ]);
    let (results, events) = f.harvest(None);
    let totals = sample_totals("r51_TR_J1.json");
    let found = outcomes(&results);
    assert_eq!(found[0], ("A".into(), "imported", format!("{totals:?} []")));
    assert_eq!(found[1].1, "not authorised");
    assert!(found[1].2.ends_with("/r51): not authorised: 2010 Requestor is Not Authorized to Access Usage for Institution; check the member's customer id, requestor id and API key"), "{}", found[1].2);
    assert_eq!(found[2], ("C".into(), "imported", format!("{totals:?} []")));
    assert_eq!(f.waits.0.lock().unwrap().clone(), vec![60], "one wait for the queued report, not one per member");

    // The database holds the sample's own totals, for A and C, and nothing for B.
    for member in ["A", "C"] {
        let imports = f.imports_of(member);
        assert_eq!(imports.len(), 1);
        assert_eq!(f.app.usage_totals(imports[0].id).unwrap(), totals);
        assert_eq!(imports[0].file, "MOCK TR_J1 2022-01 to 2022-12 (SUSHI)");
        assert_eq!(
            (imports[0].begin.to_string(), imports[0].end.to_string()),
            ("2022-01-01".into(), "2022-12-31".into())
        );
    }
    assert!(f.imports_of("B").is_empty());

    // The requests: A, B and C, then C again; each with its parameters.
    let seen = f.server.seen();
    let customers: Vec<&str> = seen.iter().map(|s| s.query["customer_id"].as_str()).collect();
    assert_eq!(customers, ["cust-A", "cust-B", "cust-C", "cust-C"]);
    assert_eq!(
        seen[0].target,
        format!("/r51/reports/tr_j1?customer_id=cust-A&requestor_id=consortium-1&api_key={KEY}&begin_date=2022-01&end_date=2022-12")
    );
    assert!(results[0].request.ends_with("/r51/reports/tr_j1?customer_id=cust-A&requestor_id=consortium-1&api_key=****&begin_date=2022-01&end_date=2022-12"));

    // Progress: each member asked, the wait for the queued report, C asked again, all finished.
    let lines: Vec<String> = events
        .iter()
        .map(|e| match e {
            HarvestEvent::Asking { member, attempt } => format!("asking {member} {attempt}"),
            HarvestEvent::Waiting { member, reason, seconds, .. } => format!("waiting {member:?} {reason} {seconds}"),
            HarvestEvent::Finished { member, status, done, total } => format!("{done}/{total} {member} {status}"),
        })
        .collect();
    assert_eq!(
        lines,
        [
            "asking A 1",
            "1/3 A imported",
            "asking B 1",
            "2/3 B not authorised",
            "asking C 1",
            "waiting None 1 report(s) queued for processing 60",
            "asking C 2",
            "3/3 C imported",
        ]
    );
}

#[test]
fn harvesting_the_same_report_again_replaces_it() {
    let mut f = Fixture::new(vec![("cust-A", vec![Reply::ok(sample("r5_TR_J1.json"))])]);
    let (first, _) = f.harvest(Some("A"));
    let (again, _) = f.harvest(Some("A"));
    let HarvestOutcome::Imported { summary, warnings } = &again[0].outcome else { panic!("{again:?}") };
    assert_eq!(summary.replaced.len(), 1, "{summary:?}");
    assert_eq!(warnings, &["the report is for customer id cid-123456, not cust-A as asked".to_string()]);
    assert_eq!(first.len(), 1);
    let imports = f.imports_of("A");
    assert_eq!(imports.len(), 1);
    assert_eq!(f.app.usage_totals(imports[0].id).unwrap(), sample_totals("r5_TR_J1.json"));
}

#[test]
fn exceptions_and_malformed_answers_give_each_member_a_result_and_write_nothing_half() {
    let busy = Reply::exception(429, 1020, "Client has made too many requests");
    let partial = sample("r51_TR_J1.json").replacen(
        "\"Report_Filters\"",
        &format!(
            "\"Exceptions\": [{}], \"Report_Filters\"",
            exception(3031, "Usage Not Ready for Requested Dates", Some("2022-12"))
        ),
        1,
    );
    let wrapped = format!("{{\"Report\": {}}}", sample("r51_TR_J1.json"));
    let empty_items =
        sample("r51_TR_J1.json").replacen("\"Report_Items\": [", "\"Report_Items\": [], \"Ignored\": [", 1);
    let list = format!(
        "[{}, {}]",
        exception(3000, "Report Not Supported", None),
        exception(3050, "Parameter Not Recognized", None)
    );
    let cases: Vec<(Vec<Reply>, &str, &str)> = vec![
        (vec![busy, Reply::ok(sample("r51_TR_J1.json"))], "imported", "Total_Item_Requests"),
        (
            vec![Reply::exception(200, 3030, "No Usage Available for Requested Dates")],
            "no usage",
            "3030 No Usage Available for Requested Dates",
        ),
        (vec![Reply::ok(partial)], "imported", "3031 Usage Not Ready for Requested Dates (2022-12)"),
        (vec![Reply::ok(wrapped)], "imported", "Unique_Item_Requests"),
        (vec![Reply::ok(empty_items)], "no usage", "the report lists no usage"),
        (
            vec![Reply::exception(400, 3000, "Report Not Supported")],
            "failed",
            "refused the request (HTTP 400): 3000 Report Not Supported",
        ),
        (vec![Reply::ok(list)], "failed", "3000 Report Not Supported; 3050 Parameter Not Recognized"),
        (
            vec![Reply::status(
                401,
                format!("[{}]", exception(2020, "APIKey Invalid", Some(&format!("api_key={KEY}")))),
            )],
            "not authorised",
            "2020 APIKey Invalid (api_key=****)",
        ),
        (
            vec![Reply::status(500, "<html>Internal Server Error</html>")],
            "failed",
            "answered HTTP 500 without a COUNTER report or SUSHI exception",
        ),
        (vec![Reply::Drop], "failed", "the connection was dropped before a whole answer came"),
    ];
    for (replies, status, detail) in cases {
        let mut f = Fixture::new(vec![("cust-A", replies)]);
        let (results, _) = f.harvest(Some("A"));
        let (_, found, text) = outcomes(&results).remove(0);
        assert_eq!(found, status, "{detail}: {text}");
        assert!(text.contains(detail), "{detail}: {text}");
        let imported = usize::from(status == "imported");
        assert_eq!(f.imports_of("A").len(), imported, "{detail}");
        if imported == 1 {
            assert_eq!(f.app.usage_totals(f.imports_of("A")[0].id).unwrap(), sample_totals("r51_TR_J1.json"));
        }
    }
}

#[test]
fn a_report_queued_on_every_attempt_gives_up_after_the_rounds() {
    let mut f = Fixture::new(vec![("cust-A", vec![Reply::exception(202, 1011, "Report Queued for Processing")])]);
    let (results, _) = f.harvest(Some("A"));
    assert_eq!(
        outcomes(&results)[0],
        (
            "A".into(),
            "queued",
            "still queued after 6 attempts (1011 Report Queued for Processing); harvest again later".into()
        )
    );
    assert_eq!(f.waits.0.lock().unwrap().clone(), vec![60; 5]);
    assert_eq!(f.server.seen().len(), 6);
}

#[test]
fn bad_requests_are_errors_before_anything_is_asked() {
    let mut f = Fixture::new(vec![]);
    for (request, expected) in [
        (HarvestRequest { report: "TR_X".into(), ..tr_j1_2022(None) }, "'TR_X' is not a COUNTER Release 5 report id"),
        (
            HarvestRequest { end: "2021-12".into(), ..tr_j1_2022(None) },
            "the period 2022-01 to 2021-12 ends before it begins",
        ),
        (HarvestRequest { endpoint: "NONE".into(), ..tr_j1_2022(None) }, "no SUSHI endpoint 'NONE'"),
        (tr_j1_2022(Some("Z")), "no SUSHI credentials 'Z at MOCK'"),
    ] {
        let err = f.app.harvest_with(&f.client, &request, &mut |_| {}).unwrap_err().to_string();
        assert!(err.contains(expected), "{err}");
    }
    assert!(f.server.seen().is_empty());
}

#[test]
fn the_cli_harvests_and_never_prints_the_key() {
    let f = Fixture::new(vec![
        ("cust-A", vec![Reply::ok(sample("r51_TR_J1.json"))]),
        ("cust-B", vec![Reply::status(401, exception(2020, "APIKey Invalid", Some(&format!("key {KEY} unknown"))))]),
        ("cust-C", vec![Reply::exception(200, 3030, "No Usage Available for Requested Dates")]),
    ]);
    let db = f.db();
    drop(f.app);
    let mut all = String::new();
    let mut cli = |line: &str| {
        let text = run_cli(&db, line);
        all.push_str(&text);
        text
    };
    let harvest = cli("usage harvest MOCK --report tr_j1 --from 2022-01 --to 2022-12");
    let port = f.server.base_url().replace("http://127.0.0.1:", "").replace("/r51", "");
    let harvest = harvest.replace(&port, "PORT");
    let totals = sample_totals("r51_TR_J1.json");
    let expected = format!(
        "member  result          rows  detail\n\
         A       imported           2  Total_Item_Requests {}, Unique_Item_Requests {}\n\
         B       not authorised        MOCK (http://127.0.0.1:PORT/r51): not authorised: 2020 APIKey Invalid (key **** unknown); check the member's customer id, requestor id and API key\n\
         C       no usage              3030 No Usage Available for Requested Dates\n\
         (3 rows)\n\
         asking for A's report\n1 of 3: A imported\nasking for B's report\n2 of 3: B not authorised\nasking for C's report\n3 of 3: C no usage\n",
        totals["Total_Item_Requests"], totals["Unique_Item_Requests"]
    );
    assert_eq!(harvest, expected);
    let show = cli("usage sushi show MOCK");
    assert_eq!(
        show.replace(&port, "PORT"),
        "MOCK: V at http://127.0.0.1:PORT/r51\nplatform: (none)\nsends: customer_id, requestor_id, api_key\n\
         member  customer id  requestor id  api key\n\
         A       cust-A       consortium-1  ••••6789\n\
         B       cust-B       consortium-1  ••••6789\n\
         C       cust-C       consortium-1  ••••6789\n\
         (3 rows)\n"
    );
    cli("usage sushi credentials C MOCK --customer-id cust-C2 --requestor-id consortium-1 --api-key short");
    assert!(cli("usage sushi show MOCK").contains("C       cust-C2      consortium-1  •••• (set)"));
    for line in [
        "usage sushi list",
        "usage list",
        "audit --limit 50",
        "export members",
        "usage harvest MOCK --report TR_J1 --from 2022-01 --to 2022-12 --json",
    ] {
        cli(line);
    }
    assert!(
        all.contains("sushi_credentials") && all.contains("api key ••••6789"),
        "the audit trail names the change: {all}"
    );
    assert!(!all.contains(KEY), "the key leaked: {all}");
}

#[test]
fn the_cli_harvests_in_the_command_language() {
    let f = Fixture::new(vec![
        ("cust-A", vec![Reply::ok(sample("r51_TR_J1.json")), Reply::ok(sample("r51_TR_J1.json"))]),
        ("cust-B", vec![Reply::status(401, exception(2020, "APIKey Invalid", None))]),
        ("cust-C", vec![Reply::exception(200, 3030, "No Usage Available for Requested Dates")]),
    ]);
    let db = f.db();
    drop(f.app);
    // The table on standard output, then the progress on standard error.
    let first = run_cli(&db, "usage harvest MOCK --report TR_J1 --from 2022-01 --to 2022-12 --lang fi");
    assert!(first.starts_with("jäsen  tulos        rivejä  tiedot\n"), "{first}");
    for words in [
        "\nA      tuotu             2  Total_Item_Requests ",
        "\nB      ei oikeutta          MOCK (",
        "\nC      ei käyttöä           3030 No Usage Available",
        "\n(3 riviä)\npyydetään jäsenen A raporttia\n1/3: A tuotu\n",
        "\n3/3: C ei käyttöä\n",
    ] {
        assert!(first.contains(words), "{words:?} in {first}");
    }
    let again = run_cli(&db, "usage harvest MOCK --report TR_J1 --from 2022-01 --to 2022-12 --member A --lang zh");
    assert!(again.starts_with("成员馆  结果    行数  详情\nA       已导入     2  Total_Item_Requests "), "{again}");
    assert!(
        again.contains("3792；已替换 MOCK TR_J1 ") && again.ends_with("（1 行）\n正在请求 A 的报告\n1/1：A 已导入\n"),
        "{again}"
    );
    assert!(!format!("{first}{again}").contains(KEY));
}

#[test]
fn endpoints_and_credentials_are_checked_and_removed_with_care() {
    let mut f = Fixture::new(vec![]);
    let mut bad = endpoint("ftp://x.org");
    let err = f.app.add_sushi_endpoint(&bad).unwrap_err().to_string();
    assert!(err.contains("field 'base_url'") && err.contains("does not begin with https:// or http://"), "{err}");
    bad = SushiEndpoint { vendor: "NOPE".into(), ..endpoint("https://x.org/r51") };
    assert_eq!(f.app.add_sushi_endpoint(&bad).unwrap_err().to_string(), "no vendor 'NOPE'");
    let no_key = CredentialsInput { member: "A".into(), ..credentials("A", ApiKeyChange::Clear) };
    let err = f.app.set_sushi_credentials(&no_key).unwrap_err().to_string();
    assert_eq!(err, "SUSHI credentials, field 'api_key': is missing, and MOCK wants one");
    let kept = f.app.set_sushi_credentials(&credentials("A", ApiKeyChange::Keep)).unwrap();
    assert!(kept.has_api_key && kept.api_key_hint == "6789", "{kept:?}");
    let err = f.app.remove_sushi_endpoint("MOCK", false).unwrap_err().to_string();
    assert_eq!(err, "3 member(s) have credentials at MOCK; remove them too with --with-credentials");
    assert!(f.app.delete(Kind::Members, "A").is_err(), "a member with credentials is referred to");
    assert_eq!(f.app.remove_sushi_endpoint("MOCK", true).unwrap(), 3);
    assert!(f.app.sushi_endpoints().unwrap().is_empty());
}

#[test]
fn a_credentials_csv_imports_whole_or_not_at_all() {
    let mut f = Fixture::new(vec![]);
    let good = f.dir.path().join("sushi.csv");
    std::fs::write(
        &good,
        format!("member,endpoint,customer_id,requestor_id,api_key\nA,MOCK,new-A,consortium-1,{KEY}\nB,MOCK,new-B,consortium-1,\n"),
    )
    .unwrap();
    assert_eq!(f.app.import_sushi_credentials(&good).unwrap(), 2);
    let stored = f.app.sushi_credentials("MOCK").unwrap();
    let customers: Vec<(&str, &str, bool)> =
        stored.iter().map(|c| (c.member.as_str(), c.customer_id.as_str(), c.has_api_key)).collect();
    assert_eq!(customers, [("A", "new-A", true), ("B", "new-B", true), ("C", "cust-C", true)], "B kept its key");

    for (text, expected) in [
        (
            "member,endpoint,customer_id,requestor_id,api_key\nA,MOCK,x,r,\nZ,MOCK,y,r,\n",
            "sushi.csv line 3, field 'member': no member 'Z'",
        ),
        (
            "member,endpoint,customer_id,requestor_id,api_key\nA,MOCK,x,r,\nB,MOCK,,r,\n",
            "sushi.csv line 3, field 'customer_id': is empty; every SUSHI request names the customer",
        ),
        (
            "member,endpoint,customer_id,requestor_id,api_key\nA,NONE,x,r,\n",
            "sushi.csv line 2, field 'endpoint': no SUSHI endpoint 'NONE' (add it with usage sushi add)",
        ),
        (
            "member,endpoint,customer_id,requestor_id,api_key\nA,MOCK,x,,\n",
            "sushi.csv line 2, field 'requestor_id': is empty, and MOCK wants one",
        ),
        (
            "member,endpoint,customer_id,requestor_id,api_key\nA,MOCK,x,r,\nA,MOCK,y,r,\n",
            "sushi.csv line 3, field 'endpoint': A at MOCK appears twice in the file",
        ),
        (
            "member,endpoint,customer,requestor_id,api_key\n",
            "sushi.csv: the columns must be member,endpoint,customer_id,requestor_id,api_key",
        ),
    ] {
        let bad = f.dir.path().join("sushi.csv");
        std::fs::write(&bad, text).unwrap();
        let err = f.app.import_sushi_credentials(&bad).unwrap_err().to_string();
        assert!(err.starts_with(expected), "{err}");
        let unchanged: Vec<String> =
            f.app.sushi_credentials("MOCK").unwrap().into_iter().map(|c| c.customer_id).collect();
        assert_eq!(unchanged, ["new-A", "new-B", "cust-C"], "{expected}: nothing written");
    }
}

#[test]
fn a_version_6_file_upgrades_and_takes_endpoints() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v6.db");
    {
        let store = Store::open_at(&path, 6).unwrap();
        store
            .conn()
            .execute_batch("INSERT INTO vendors (code, name, country, currency) VALUES ('EB', 'EBSCO', 'US', 'USD');")
            .unwrap();
        assert!(store.conn().prepare("SELECT * FROM sushi_endpoints").is_err(), "version 6 has no SUSHI");
    }
    let mut app = App::open(&path, actor()).unwrap();
    assert_eq!((app.schema_version().unwrap(), SCHEMA_VERSION), (8, 8));
    let e = SushiEndpoint { code: "EB".into(), vendor: "EB".into(), ..endpoint("https://sushi.example.org/r51/") };
    app.add_sushi_endpoint(&e).unwrap();
    let stored = app.sushi_endpoints().unwrap();
    assert_eq!((stored[0].endpoint.base_url.as_str(), stored[0].members), ("https://sushi.example.org/r51", 0));
}
