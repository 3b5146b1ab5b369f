//! What a SUSHI request is made of: the endpoint, a member's credentials, the report and period,
//! and the request URL built from them, which shows itself with the API key masked.

use std::fmt;

use konsortio_counter::{Month, ReportId};
use serde::Serialize;

use crate::SushiError;

/// A vendor platform's COUNTER_SUSHI service, and which optional parameters it wants.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Endpoint {
    /// The short name the consortium gives it ("EBSCO", "JSTOR"): what errors name.
    pub code: String,
    /// The URL the `/reports/...` paths hang off, e.g. `https://sushi.example.org/counter/r51`.
    pub base_url: String,
    /// The platform name sent as `platform=` when the service serves several platforms.
    pub platform: Option<String>,
    pub wants_requestor_id: bool,
    pub wants_api_key: bool,
    pub wants_platform: bool,
}

impl Endpoint {
    /// "CODE (base URL)": how messages name the endpoint; never with a query, never a key.
    pub fn label(&self) -> String {
        format!("{} ({})", self.code, self.base_url)
    }
}

/// A member's credentials at one endpoint.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Credentials {
    pub customer_id: String,
    pub requestor_id: Option<String>,
    pub api_key: Option<ApiKey>,
}

/// An API key. It prints masked (`Debug` and `Display` alike); only [`ApiKey::expose`] gives the
/// key itself, and only the request URL calls it.
#[derive(Clone, PartialEq, Eq)]
pub struct ApiKey(String);

impl ApiKey {
    pub fn new(key: &str) -> ApiKey {
        ApiKey(key.to_string())
    }

    pub fn expose(&self) -> &str {
        &self.0
    }

    /// What may be shown of a key: its last four characters when it is long enough that they
    /// say little (16 characters or more), else nothing. Stored beside the key as its hint.
    pub fn hint(&self) -> String {
        let chars: Vec<char> = self.0.chars().collect();
        if chars.len() >= 16 {
            chars[chars.len() - 4..].iter().collect()
        } else {
            String::new()
        }
    }
}

/// A key shown as `••••1234` (its hint) or `•••• (set)`.
pub fn masked(hint: &str) -> String {
    if hint.is_empty() {
        "•••• (set)".to_string()
    } else {
        format!("••••{hint}")
    }
}

impl fmt::Debug for ApiKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "ApiKey({})", masked(&self.hint()))
    }
}

impl fmt::Display for ApiKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&masked(&self.hint()))
    }
}

/// A report of a period, first and last month included.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct ReportRequest {
    pub report: ReportId,
    pub begin: Month,
    pub end: Month,
}

impl ReportRequest {
    /// A Release 5 / 5.1 report id ("TR_J1", "tr_j1") and months as `YYYY-MM`.
    pub fn parse(report: &str, begin: &str, end: &str) -> Result<ReportRequest, SushiError> {
        let invalid = |message: String| SushiError::Request { message };
        let report = ReportId::parse_r5(report)
            .ok_or_else(|| invalid(format!("'{report}' is not a COUNTER Release 5 report id (TR_J1, DR, PR...)")))?;
        let begin = parse_month(begin).ok_or_else(|| invalid(format!("--from '{begin}' is not a month (YYYY-MM)")))?;
        let end = parse_month(end).ok_or_else(|| invalid(format!("--to '{end}' is not a month (YYYY-MM)")))?;
        if end < begin {
            return Err(invalid(format!("the period {begin} to {end} ends before it begins")));
        }
        Ok(ReportRequest { report, begin, end })
    }
}

fn parse_month(text: &str) -> Option<Month> {
    let (year, month) = text.trim().split_once('-')?;
    if year.len() != 4 || month.len() != 2 {
        return None;
    }
    Month::new(year.parse().ok()?, month.parse().ok()?)
}

/// The URL of one report request. `Display` and `Debug` show it with the API key masked;
/// [`RequestUrl::expose`] gives the URL to send.
#[derive(Clone, PartialEq, Eq)]
pub struct RequestUrl {
    url: String,
    shown: String,
}

impl RequestUrl {
    pub fn expose(&self) -> &str {
        &self.url
    }
}

impl fmt::Display for RequestUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.shown)
    }
}

impl fmt::Debug for RequestUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "RequestUrl({})", self.shown)
    }
}

/// `{base}/reports/{report}?customer_id=..&requestor_id=..&api_key=..&platform=..&begin_date=..&end_date=..`,
/// with the optional parameters the endpoint wants. A wanted credential that is missing is an
/// error naming the endpoint and the field.
pub fn request_url(
    endpoint: &Endpoint,
    credentials: &Credentials,
    request: &ReportRequest,
) -> Result<RequestUrl, SushiError> {
    check_base_url(endpoint)?;
    let missing = |field: &'static str| SushiError::MissingCredential { endpoint: endpoint.label(), field };
    let mut query: Vec<(&str, String, bool)> = vec![("customer_id", nonempty(&credentials.customer_id), false)];
    if endpoint.wants_requestor_id {
        let id = credentials
            .requestor_id
            .as_deref()
            .filter(|r| !r.trim().is_empty())
            .ok_or_else(|| missing("requestor_id"))?;
        query.push(("requestor_id", id.trim().to_string(), false));
    }
    if endpoint.wants_api_key {
        let key = credentials.api_key.as_ref().filter(|k| !k.expose().is_empty()).ok_or_else(|| missing("api_key"))?;
        query.push(("api_key", key.expose().to_string(), true));
    }
    if endpoint.wants_platform {
        let platform =
            endpoint.platform.as_deref().filter(|p| !p.trim().is_empty()).ok_or_else(|| missing("platform"))?;
        query.push(("platform", platform.trim().to_string(), false));
    }
    if query[0].1.is_empty() {
        return Err(missing("customer_id"));
    }
    query.push(("begin_date", request.begin.to_string(), false));
    query.push(("end_date", request.end.to_string(), false));
    let path =
        format!("{}/reports/{}", endpoint.base_url.trim_end_matches('/'), request.report.as_str().to_ascii_lowercase());
    let pairs = |mask: bool| -> String {
        let shown = |(name, value, secret): &(&str, String, bool)| {
            let value = if *secret && mask { "****".to_string() } else { encode(value) };
            format!("{name}={value}")
        };
        query.iter().map(shown).collect::<Vec<_>>().join("&")
    };
    Ok(RequestUrl { url: format!("{path}?{}", pairs(false)), shown: format!("{path}?{}", pairs(true)) })
}

fn nonempty(text: &str) -> String {
    text.trim().to_string()
}

/// Only http(s) URLs with a host, without a query or fragment of their own (the key goes in the
/// query this client builds, and nowhere else).
pub fn check_base_url(endpoint: &Endpoint) -> Result<(), SushiError> {
    let url = endpoint.base_url.trim();
    let bad = |why: &str| SushiError::BadEndpoint {
        endpoint: endpoint.code.clone(),
        message: format!("base URL '{url}' {why}"),
    };
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
        .ok_or_else(|| bad("does not begin with https:// or http://"))?;
    if rest.is_empty() || rest.starts_with('/') {
        return Err(bad("has no host"));
    }
    if url.contains(['?', '#']) || url.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(bad("has a query, a fragment or spaces; give the URL the /reports paths hang off"));
    }
    Ok(())
}

/// Percent-encodes a query value: RFC 3986's unreserved characters stay, all else is escaped.
pub(crate) fn encode(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for byte in value.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~".contains(&byte) {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn endpoint(wants: (bool, bool, bool)) -> Endpoint {
        Endpoint {
            code: "EX".into(),
            base_url: "https://sushi.example.org/r51/".into(),
            platform: Some("Example Platform".into()),
            wants_requestor_id: wants.0,
            wants_api_key: wants.1,
            wants_platform: wants.2,
        }
    }

    fn credentials() -> Credentials {
        Credentials {
            customer_id: "cust 1".into(),
            requestor_id: Some("req&1".into()),
            api_key: Some(ApiKey::new("k3y-0123456789abcdef")),
        }
    }

    fn tr_j1() -> ReportRequest {
        ReportRequest::parse("TR_J1", "2025-01", "2025-12").unwrap()
    }

    #[test]
    fn the_url_carries_what_the_endpoint_wants_and_shows_the_key_masked() {
        let url = request_url(&endpoint((true, true, true)), &credentials(), &tr_j1()).unwrap();
        assert_eq!(
            url.expose(),
            "https://sushi.example.org/r51/reports/tr_j1?customer_id=cust%201&requestor_id=req%261\
             &api_key=k3y-0123456789abcdef&platform=Example%20Platform&begin_date=2025-01&end_date=2025-12"
        );
        assert_eq!(
            url.to_string(),
            "https://sushi.example.org/r51/reports/tr_j1?customer_id=cust%201&requestor_id=req%261\
             &api_key=****&platform=Example%20Platform&begin_date=2025-01&end_date=2025-12"
        );
        assert!(!format!("{url:?}").contains("0123456789"));
        let plain = request_url(&endpoint((false, false, false)), &credentials(), &tr_j1()).unwrap();
        assert_eq!(
            plain.expose(),
            "https://sushi.example.org/r51/reports/tr_j1?customer_id=cust%201&begin_date=2025-01&end_date=2025-12"
        );
    }

    #[test]
    fn a_wanted_credential_that_is_missing_is_named() {
        let no_key = Credentials { api_key: None, ..credentials() };
        let err = request_url(&endpoint((false, true, false)), &no_key, &tr_j1()).unwrap_err();
        assert_eq!(
            err.to_string(),
            "EX (https://sushi.example.org/r51/): the credentials lack api_key, which this endpoint wants"
        );
        let no_customer = Credentials { customer_id: " ".into(), ..credentials() };
        let err = request_url(&endpoint((false, false, false)), &no_customer, &tr_j1()).unwrap_err();
        assert!(err.to_string().ends_with("lack customer_id, which this endpoint wants"), "{err}");
    }

    #[test]
    fn keys_print_masked() {
        let key = ApiKey::new("k3y-0123456789abcdef");
        assert_eq!((key.to_string(), format!("{key:?}")), ("••••cdef".into(), "ApiKey(••••cdef)".into()));
        assert_eq!(ApiKey::new("short").to_string(), "•••• (set)");
    }

    #[test]
    fn bad_base_urls_and_periods_are_refused() {
        for (url, why) in [
            ("sushi.example.org", "does not begin with https:// or http://"),
            ("https://", "has no host"),
            ("https://x.org/r51?api_key=1", "has a query"),
        ] {
            let e = Endpoint { base_url: url.into(), ..endpoint((false, false, false)) };
            let err = check_base_url(&e).unwrap_err().to_string();
            assert!(err.contains(why), "{url}: {err}");
        }
        for (report, from, to) in [
            ("TR_X", "2025-01", "2025-02"),
            ("TR", "2025-1", "2025-02"),
            ("TR", "2025-03", "2025-02"),
            ("JR1", "2025-01", "2025-02"),
        ] {
            assert!(ReportRequest::parse(report, from, to).is_err(), "{report} {from} {to}");
        }
    }
}
