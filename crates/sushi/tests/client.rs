//! The SUSHI client against a mock server on 127.0.0.1: the official sample reports, every SUSHI
//! exception it must handle, malformed answers, dropped and silent connections; the API key in
//! the request and nowhere else.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use konsortio_sushi::mock::{exception, MockServer, Reply};
use konsortio_sushi::{
    ApiKey, Client, Credentials, Endpoint, Fetched, Pause, ReportRequest, Settings, SushiError, Wait,
};

const KEY: &str = "s3cr3t-k3y-0123456789";

fn sample(name: &str) -> String {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/counter-samples");
    std::fs::read_to_string(dir.join(name)).expect("the COUNTER samples sit in ../shared/counter-samples")
}

/// The sample's own totals, as the counter parser adds them up from the file.
fn sample_totals(name: &str) -> std::collections::BTreeMap<String, u64> {
    konsortio_counter::inspect(name, sample(name).as_bytes()).unwrap().metrics
}

/// Records each wait instead of sleeping.
#[derive(Clone, Default)]
struct Recorded(Arc<Mutex<Vec<Duration>>>);

impl Pause for Recorded {
    fn pause(&self, wait: Duration) {
        self.0.lock().unwrap().push(wait);
    }
}

impl Recorded {
    fn seconds(&self) -> Vec<u64> {
        self.0.lock().unwrap().iter().map(Duration::as_secs).collect()
    }
}

fn settings() -> Settings {
    Settings { timeout: Duration::from_millis(500), proxy_from_env: false, ..Settings::default() }
}

fn client() -> (Client, Recorded) {
    let recorded = Recorded::default();
    (Client::new(settings(), Box::new(recorded.clone())), recorded)
}

fn endpoint(server: &MockServer) -> Endpoint {
    Endpoint {
        code: "MOCK".into(),
        base_url: server.base_url(),
        platform: Some("Sample Platform".into()),
        wants_requestor_id: true,
        wants_api_key: true,
        wants_platform: false,
    }
}

fn credentials(customer: &str) -> Credentials {
    Credentials { customer_id: customer.into(), requestor_id: Some("req-1".into()), api_key: Some(ApiKey::new(KEY)) }
}

fn year_2022(report: &str) -> ReportRequest {
    ReportRequest::parse(report, "2022-01", "2022-12").unwrap()
}

/// Serves `replies` to customer "C1", fetches TR_J1 2022 once and returns what came back, the
/// waits and the requests' targets.
fn fetch(replies: Vec<Reply>) -> (Result<Fetched, SushiError>, Vec<u64>, Vec<String>) {
    let server = MockServer::start(vec![("C1", replies)]);
    let (client, recorded) = client();
    let result = client.fetch(&endpoint(&server), &credentials("C1"), &year_2022("TR_J1"), &mut |_| {});
    let targets = server.seen().into_iter().map(|s| s.target).collect();
    (result, recorded.seconds(), targets)
}

fn error_text(result: Result<Fetched, SushiError>) -> String {
    let error = result.expect_err("an error");
    let text = error.to_string();
    assert!(!text.contains(KEY) && !format!("{error:?}").contains(KEY), "the key leaked: {text}");
    text
}

fn report(result: Result<Fetched, SushiError>) -> konsortio_sushi::Harvested {
    match result {
        Ok(Fetched::Report(report)) => *report,
        other => panic!("expected a report, got {other:?}"),
    }
}

#[test]
fn a_sample_report_comes_with_its_own_totals_and_the_request_carries_the_parameters() {
    let (result, waits, targets) = fetch(vec![Reply::ok(sample("r51_TR_J1.json"))]);
    let harvested = report(result);
    assert_eq!(harvested.metrics, sample_totals("r51_TR_J1.json"));
    assert_eq!(harvested.metrics.values().sum::<u64>(), sample_totals("r51_TR_J1.tsv").values().sum::<u64>());
    assert_eq!((harvested.rows, harvested.attempts, waits), (2, 1, vec![]));
    assert_eq!(harvested.warnings, Vec::<String>::new());
    assert_eq!(
        targets,
        vec![format!(
            "/r51/reports/tr_j1?customer_id=C1&requestor_id=req-1&api_key={KEY}&begin_date=2022-01&end_date=2022-12"
        )]
    );
}

#[test]
fn the_platform_parameter_goes_only_to_an_endpoint_that_wants_it() {
    let server = MockServer::start(vec![("C1", vec![Reply::ok(sample("r51_PR_P1.json"))])]);
    let (client, _) = client();
    let wants = Endpoint { wants_platform: true, wants_requestor_id: false, wants_api_key: false, ..endpoint(&server) };
    let fetched = client.fetch(&wants, &credentials("C1"), &year_2022("PR_P1"), &mut |_| {}).unwrap();
    assert!(matches!(fetched, Fetched::Report(_)));
    let seen = server.seen();
    assert_eq!(seen[0].path, "/r51/reports/pr_p1");
    let query: Vec<(&str, &str)> = seen[0].query.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    assert_eq!(
        query,
        [("begin_date", "2022-01"), ("customer_id", "C1"), ("end_date", "2022-12"), ("platform", "Sample Platform")]
    );
}

#[test]
fn release_5_reports_and_wrapped_reports_come_with_their_totals() {
    let (result, ..) = fetch(vec![Reply::ok(sample("r5_TR_J1.json"))]);
    let harvested = report(result);
    assert_eq!(harvested.metrics, sample_totals("r5_TR_J1.json"));
    assert_eq!(harvested.warnings, vec!["the report is for customer id cid-123456, not C1 as asked".to_string()]);

    let wrapped = format!("{{\"Report\": {}}}", sample("r51_TR_J1.json"));
    let (result, ..) = fetch(vec![Reply::ok(wrapped)]);
    assert_eq!(report(result).metrics, sample_totals("r51_TR_J1.json"));
}

#[test]
fn too_many_requests_backs_off_doubling_or_as_retry_after_says() {
    let busy = || Reply::exception(429, 1020, "Client has made too many requests");
    let busy_after =
        Reply::Body { status: 429, body: exception(1020, "Too many requests", None), retry_after: Some(3) };
    let replies = vec![busy(), busy(), busy_after, Reply::ok(sample("r51_TR_J1.json"))];
    let (result, waits, targets) = fetch(replies);
    let harvested = report(result);
    assert_eq!((harvested.attempts, targets.len()), (4, 4));
    assert_eq!(waits, vec![10, 20, 3], "10 s doubled, then the server's Retry-After");

    let (result, waits, targets) = fetch(vec![busy()]);
    let text = error_text(result);
    assert!(text.starts_with("MOCK (http://127.0.0.1:"), "{text}");
    assert!(
        text.ends_with("/r51): the server was still busy (too many requests) after 5 attempts; harvest again later"),
        "{text}"
    );
    assert_eq!((waits, targets.len()), (vec![10, 20, 40, 80], 5));
}

#[test]
fn waits_are_announced_before_they_start() {
    let server = MockServer::start(vec![(
        "C1",
        vec![Reply::exception(503, 1010, "Service Busy"), Reply::ok(sample("r51_TR_J1.json"))],
    )]);
    let (client, _) = client();
    let mut heard = Vec::new();
    let fetched =
        client.fetch(&endpoint(&server), &credentials("C1"), &year_2022("TR_J1"), &mut |w| heard.push(w.clone()));
    assert!(matches!(fetched, Ok(Fetched::Report(_))));
    assert_eq!(heard, vec![Wait { reason: "too many requests", attempt: 2, seconds: 10 }]);
}

#[test]
fn a_queued_report_is_handed_back_to_ask_again_later() {
    let server = MockServer::start(vec![(
        "C1",
        vec![Reply::exception(202, 1011, "Report Queued for Processing"), Reply::ok(sample("r51_TR_J1.json"))],
    )]);
    let (client, waits) = client();
    let (e, c, r) = (endpoint(&server), credentials("C1"), year_2022("TR_J1"));
    let first = client.fetch(&e, &c, &r, &mut |_| {}).unwrap();
    assert!(matches!(&first, Fetched::Queued { exceptions } if exceptions[0].code == 1011), "{first:?}");
    assert!(matches!(client.fetch(&e, &c, &r, &mut |_| {}).unwrap(), Fetched::Report(_)));
    assert_eq!(waits.seconds(), Vec::<u64>::new(), "the caller decides when to ask again");
}

#[test]
fn no_usage_is_a_result_not_an_error() {
    let header_3030 = r#"{"Report_Header": {"Release": "5.1", "Report_ID": "TR_J1", "Report_Name": "Journal Requests",
        "Report_Filters": {"Begin_Date": "2022-01-01", "End_Date": "2022-12-31"},
        "Exceptions": [{"Code": 3030, "Severity": "Error", "Message": "No Usage Available for Requested Dates"}]},
        "Report_Items": []}"#;
    let empty_items =
        sample("r51_TR_J1.json").replacen("\"Report_Items\": [", "\"Report_Items\": [], \"Ignored\": [", 1);
    for (name, reply, codes) in [
        ("a bare 3030", Reply::exception(200, 3030, "No Usage Available for Requested Dates"), vec![3030]),
        ("3030 in the header", Reply::ok(header_3030), vec![3030]),
        ("an empty Report_Items list", Reply::ok(empty_items), vec![]),
    ] {
        let (result, ..) = fetch(vec![reply]);
        match result {
            Ok(Fetched::NoUsage { exceptions }) => {
                assert_eq!(exceptions.iter().map(|e| e.code).collect::<Vec<_>>(), codes, "{name}")
            }
            other => panic!("{name}: {other:?}"),
        }
    }
}

#[test]
fn usage_not_ready_or_partial_is_a_report_with_a_warning() {
    let partial = sample("r51_TR_J1.json").replacen(
        "\"Report_Filters\"",
        &format!(
            "\"Exceptions\": [{}], \"Report_Filters\"",
            exception(3031, "Usage Not Ready for Requested Dates", Some(&format!("2022-12 not ready; api_key={KEY}")))
        ),
        1,
    );
    let (result, ..) = fetch(vec![Reply::ok(partial)]);
    let harvested = report(result);
    assert_eq!(harvested.metrics, sample_totals("r51_TR_J1.json"));
    assert_eq!(
        harvested.warnings,
        vec!["3031 Usage Not Ready for Requested Dates (2022-12 not ready; api_key=****)".to_string()]
    );
}

#[test]
fn authorisation_errors_name_the_endpoint_and_never_the_key() {
    let echo = format!("api_key={KEY} is not valid for customer C1");
    for (reply, expected) in [
        (
            Reply::exception(403, 2010, "Requestor is Not Authorized to Access Usage for Institution"),
            "not authorised: 2010 Requestor is Not Authorized to Access Usage for Institution; check the member's customer id, requestor id and API key",
        ),
        (
            Reply::status(401, exception(2020, "APIKey Invalid", Some(&echo))),
            "not authorised: 2020 APIKey Invalid (api_key=**** is not valid for customer C1); check the member's customer id, requestor id and API key",
        ),
        (
            Reply::status(401, format!("[{}]", exception(2000, "Requestor Not Authorized to Access Service", None))),
            "not authorised: 2000 Requestor Not Authorized to Access Service; check the member's customer id, requestor id and API key",
        ),
    ] {
        let (result, ..) = fetch(vec![reply]);
        let error = result.expect_err("an authorisation error");
        assert!(error.is_authorisation());
        let text = error_text(Err(error));
        assert!(text.starts_with("MOCK (http://127.0.0.1:") && text.ends_with(expected), "{text}");
    }
}

#[test]
fn malformed_answers_and_broken_connections_are_clear_errors() {
    let list = format!(
        "[{}, {}]",
        exception(3000, "Report Not Supported", None),
        exception(3050, "Parameter Not Recognized", None)
    );
    let cases = [
        (
            Reply::exception(400, 3020, "Invalid Date Arguments"),
            "the server refused the request (HTTP 400): 3020 Invalid Date Arguments",
        ),
        (
            Reply::status(200, list),
            "the server refused the request: 3000 Report Not Supported; 3050 Parameter Not Recognized",
        ),
        (
            Reply::status(500, "<html><body>Internal Server Error</body></html>"),
            "the server answered HTTP 500 without a COUNTER report or SUSHI exception",
        ),
        (
            Reply::ok("<html>down for maintenance</html>"),
            "the answer is no usable COUNTER report: MOCK TR_J1 2022-01 to 2022-12",
        ),
        (
            Reply::ok(r#"{"Report_Header": {"Release": "5.1", "Report_ID": "TR_J1""#),
            "the file ends in the middle (truncated?)",
        ),
        (
            Reply::ok(
                r#"{"Report_Header": {"Release": "5.1", "Report_ID": "TR_J1", "Report_Filters": {"Begin_Date": "2022-01-01", "End_Date": "2022-12-31"}}, "Report_Items": [{"Title": "T", "Platform": "P", "Attribute_Performance": [{"Performance": {"Total_Item_Requests": {"2023-01": 5}}}]}]}"#,
            ),
            "month 2023-01 lies outside the reporting period",
        ),
        (Reply::Drop, "the connection was dropped before a whole answer came"),
        (Reply::Silent, "no answer within 1 s (timed out)"),
    ];
    for (reply, expected) in cases {
        let text = error_text(fetch(vec![reply]).0);
        assert!(text.starts_with("MOCK (http://127.0.0.1:") && text.contains(expected), "{expected}: {text}");
    }
}

#[test]
fn a_refused_connection_names_the_endpoint() {
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let (client, _) = client();
    let e = Endpoint { base_url: format!("http://127.0.0.1:{port}/r51"), ..endpoint(&MockServer::start(vec![])) };
    let text = error_text(client.fetch(&e, &credentials("C1"), &year_2022("TR_J1"), &mut |_| {}));
    assert_eq!(text, format!("MOCK (http://127.0.0.1:{port}/r51): connection refused"));
}

/// A logger that keeps every line at every level, to show that none holds the key.
struct Keep(Mutex<Vec<String>>);

impl log::Log for Keep {
    fn enabled(&self, _: &log::Metadata) -> bool {
        true
    }
    fn log(&self, record: &log::Record) {
        self.0.lock().unwrap().push(format!("{} {}", record.level(), record.args()));
    }
    fn flush(&self) {}
}

static LOG: Keep = Keep(Mutex::new(Vec::new()));

#[test]
fn no_log_line_holds_the_key() {
    log::set_logger(&LOG).unwrap();
    log::set_max_level(log::LevelFilter::Trace);
    let (result, ..) = fetch(vec![Reply::exception(401, 2020, &format!("APIKey Invalid: {KEY}"))]);
    assert!(result.is_err());
    let (result, ..) = fetch(vec![Reply::ok(sample("r51_TR_J1.json"))]);
    assert!(result.is_ok());
    let lines = LOG.0.lock().unwrap().clone();
    assert!(lines.iter().any(|l| l.contains("/******")), "ureq's request line is logged, its query masked: {lines:#?}");
    let leaked: Vec<&String> = lines.iter().filter(|l| l.contains(KEY) || l.contains("api_key")).collect();
    assert!(leaked.is_empty(), "{leaked:#?}");
}
