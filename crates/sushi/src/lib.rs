//! A COUNTER_SUSHI client: builds a report's request URL, fetches it over HTTP(S) and says what
//! the answer means (a report, no usage, queued, too busy, not authorised, refused, broken).
//!
//! It knows HTTP and the SUSHI API, and reads answers with konsortio-counter; it knows nothing of
//! the store or of members: the caller passes an endpoint, credentials and a report request.
//!
//! # The API key
//!
//! [`ApiKey`] and [`RequestUrl`] print masked; the key leaves this crate only in the query of the
//! request it sends. Server texts (exception messages and data, parser errors) are redacted of
//! the key before they reach an error or a warning: some servers echo the request. The HTTP
//! client (ureq) writes a request's query only to a trace-level log, and this crate caps the `log`
//! crate at debug level (its `max_level_debug` feature), so no log line can hold it either.
//!
//! # Retries
//!
//! 1020 Too Many Requests (and 1000/1010, service unavailable or busy) is retried here, after a
//! back-off that doubles each time or what the server's Retry-After asks, a bounded number of
//! times. 1011 Report Queued is handed back ([`Fetched::Queued`]): the caller asks again later,
//! after the other members, so one wait serves them all. Waiting goes through a [`Pause`], which
//! tests replace so that they never sleep.

mod answer;
mod error;
#[cfg(feature = "mock")]
pub mod mock;
mod request;

use std::collections::BTreeMap;
use std::time::Duration;

pub use answer::{answer, Answer, Probe};
pub use error::{describe, list, SushiError};
pub use konsortio_counter::{Exception, Header};
pub use request::{check_base_url, masked, request_url, ApiKey, Credentials, Endpoint, ReportRequest, RequestUrl};
use serde::Serialize;

/// How long to wait, and how often to try.
#[derive(Clone, Debug)]
pub struct Settings {
    pub connect_timeout: Duration,
    /// For a whole request, answer included: servers build large reports while the client waits.
    pub timeout: Duration,
    /// Further attempts after 1020 Too Many Requests (or 1000/1010).
    pub busy_retries: u32,
    /// The first back-off; it doubles on each further attempt.
    pub busy_delay: Duration,
    /// No wait is longer, whatever a Retry-After asks.
    pub max_delay: Duration,
    /// Rounds of asking again for reports that were queued (1011), and the wait before each.
    pub queued_retries: u32,
    pub queued_delay: Duration,
    /// The largest answer read, in bytes.
    pub max_body: u64,
    /// Use the proxy that HTTPS_PROXY / ALL_PROXY name (off in tests on 127.0.0.1).
    pub proxy_from_env: bool,
}

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            connect_timeout: Duration::from_secs(20),
            timeout: Duration::from_secs(600),
            busy_retries: 4,
            busy_delay: Duration::from_secs(10),
            max_delay: Duration::from_secs(300),
            queued_retries: 5,
            queued_delay: Duration::from_secs(60),
            max_body: 1 << 30,
            proxy_from_env: true,
        }
    }
}

/// Waits between attempts; [`Sleep`] really sleeps, tests pass one that only records.
pub trait Pause: Send + Sync {
    fn pause(&self, wait: Duration);
}

/// The real pause: the thread sleeps.
pub struct Sleep;

impl Pause for Sleep {
    fn pause(&self, wait: Duration) {
        std::thread::sleep(wait);
    }
}

/// Why the client is about to wait, before it does.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Wait {
    /// "too many requests" or "report queued".
    pub reason: &'static str,
    /// The attempt about to be made after the wait (2 for the first retry).
    pub attempt: u32,
    pub seconds: u64,
}

/// A report fetched and read through once.
#[derive(Clone, Debug)]
pub struct Harvested {
    /// The answer's body: the caller imports it as it would a file.
    pub body: Vec<u8>,
    pub header: Header,
    pub rows: u64,
    pub metrics: BTreeMap<String, u64>,
    /// The report's own exceptions (3031 usage not ready, 3040 partial data...) and other doubts,
    /// redacted; the usage is imported all the same.
    pub warnings: Vec<String>,
    pub attempts: u32,
}

/// What one fetch gave.
#[derive(Clone, Debug)]
pub enum Fetched {
    Report(Box<Harvested>),
    /// 3030 No Usage Available, or a report without items: nothing to import, no error.
    NoUsage {
        exceptions: Vec<Exception>,
    },
    /// 1011 Report Queued: ask again later.
    Queued {
        exceptions: Vec<Exception>,
    },
}

/// A SUSHI client: an HTTP agent, its settings and how it waits.
pub struct Client {
    agent: ureq::Agent,
    settings: Settings,
    pause: Box<dyn Pause>,
}

impl Default for Client {
    fn default() -> Client {
        Client::new(Settings::default(), Box::new(Sleep))
    }
}

impl Client {
    pub fn new(settings: Settings, pause: Box<dyn Pause>) -> Client {
        let mut config = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .timeout_connect(Some(settings.connect_timeout))
            .timeout_global(Some(settings.timeout))
            .user_agent(concat!("Konsortio/", env!("CARGO_PKG_VERSION")));
        if !settings.proxy_from_env {
            config = config.proxy(None);
        }
        Client { agent: config.build().into(), settings, pause }
    }

    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// Waits, as the settings' pause does (the caller's wait between rounds of queued reports).
    pub fn pause(&self, wait: Duration) {
        self.pause.pause(wait);
    }

    /// Fetches one report, backing off and asking again while the server is busy. `on_wait` hears
    /// of each wait before it starts.
    pub fn fetch(
        &self,
        endpoint: &Endpoint,
        credentials: &Credentials,
        request: &ReportRequest,
        on_wait: &mut dyn FnMut(&Wait),
    ) -> Result<Fetched, SushiError> {
        let url = request_url(endpoint, credentials, request)?;
        let secret = Secret(credentials.api_key.as_ref());
        let label = format!("{} {} {} to {}", endpoint.code, request.report.as_str(), request.begin, request.end);
        let mut attempt = 1;
        loop {
            let (status, retry_after, body) = self.get(endpoint, &url, &secret)?;
            match answer(&label, status, &body) {
                Answer::Report(probe) => {
                    return Ok(Fetched::Report(Box::new(harvested(probe, body, credentials, &secret, attempt))))
                }
                Answer::NoUsage(exceptions) => {
                    return Ok(Fetched::NoUsage { exceptions: secret.redact_all(exceptions) })
                }
                Answer::Queued(exceptions) => return Ok(Fetched::Queued { exceptions: secret.redact_all(exceptions) }),
                Answer::Busy(_) if attempt <= self.settings.busy_retries => {
                    let delay = self.back_off(attempt, retry_after);
                    attempt += 1;
                    on_wait(&Wait { reason: "too many requests", attempt, seconds: delay.as_secs() });
                    self.pause.pause(delay);
                }
                Answer::Busy(_) => return Err(SushiError::Busy { endpoint: endpoint.label(), attempts: attempt }),
                Answer::Unauthorised(exceptions) => {
                    return Err(SushiError::Unauthorised {
                        endpoint: endpoint.label(),
                        exceptions: secret.redact_all(exceptions),
                    })
                }
                Answer::Refused(exceptions) => {
                    let exceptions = secret.redact_all(exceptions);
                    return Err(SushiError::Refused { endpoint: endpoint.label(), status, exceptions });
                }
                Answer::Http => return Err(SushiError::Http { endpoint: endpoint.label(), status }),
                Answer::Malformed(error) => {
                    return Err(SushiError::Malformed {
                        endpoint: endpoint.label(),
                        message: secret.redact(&error.to_string()),
                    })
                }
            }
        }
    }

    /// The wait before attempt `attempt + 1`: what Retry-After asks, else the first back-off
    /// doubled for each attempt made; never more than the settings' maximum.
    fn back_off(&self, attempt: u32, retry_after: Option<Duration>) -> Duration {
        let doubled = self.settings.busy_delay.saturating_mul(1 << (attempt - 1).min(16));
        retry_after.unwrap_or(doubled).min(self.settings.max_delay)
    }

    /// One GET: the status, the Retry-After in seconds, and the body.
    fn get(
        &self,
        endpoint: &Endpoint,
        url: &RequestUrl,
        secret: &Secret,
    ) -> Result<(u16, Option<Duration>, Vec<u8>), SushiError> {
        let failed = |e: ureq::Error| self.transport_error(endpoint, e, secret);
        let mut response = self.agent.get(url.expose()).header("Accept", "application/json").call().map_err(failed)?;
        let status = response.status().as_u16();
        let retry_after = response
            .headers()
            .get("retry-after")
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.trim().parse::<u64>().ok())
            .map(Duration::from_secs);
        let body = response.body_mut().with_config().limit(self.settings.max_body).read_to_vec().map_err(failed)?;
        Ok((status, retry_after, body))
    }

    fn transport_error(&self, endpoint: &Endpoint, error: ureq::Error, secret: &Secret) -> SushiError {
        use std::io::ErrorKind as Io;
        let connection = |message: String| SushiError::Connection { endpoint: endpoint.label(), message };
        let timeout =
            || SushiError::Timeout { endpoint: endpoint.label(), seconds: self.settings.timeout.as_secs().max(1) };
        match error {
            ureq::Error::Timeout(_) => timeout(),
            ureq::Error::Io(e) if matches!(e.kind(), Io::TimedOut | Io::WouldBlock) => timeout(),
            ureq::Error::Io(e) if e.kind() == Io::ConnectionRefused => connection("connection refused".into()),
            ureq::Error::Io(e)
                if matches!(
                    e.kind(),
                    Io::ConnectionReset | Io::ConnectionAborted | Io::UnexpectedEof | Io::BrokenPipe
                ) =>
            {
                connection("the connection was dropped before a whole answer came".into())
            }
            ureq::Error::HostNotFound => {
                connection("the host is not found (check the base URL and the network)".into())
            }
            ureq::Error::ConnectionFailed => connection("cannot connect (connection refused or unreachable)".into()),
            ureq::Error::BodyExceedsLimit(limit) => SushiError::Malformed {
                endpoint: endpoint.label(),
                message: format!("the answer is larger than {} MB", limit >> 20),
            },
            ureq::Error::Tls(what) => connection(format!("TLS failed: {what}")),
            // Other texts may quote the request: never shown without the key taken out.
            other => connection(secret.redact(&other.to_string())),
        }
    }
}

/// The report and its warnings: the header's exceptions, and a customer id other than the one
/// asked for.
fn harvested(probe: Box<Probe>, body: Vec<u8>, credentials: &Credentials, secret: &Secret, attempts: u32) -> Harvested {
    let Probe { header, rows, metrics } = *probe;
    let mut warnings: Vec<String> = header.exceptions.iter().map(|e| secret.redact(&describe(e))).collect();
    if let Some(customer) = header.customer_id.as_deref().filter(|c| c.trim() != credentials.customer_id.trim()) {
        warnings.push(secret.redact(&format!(
            "the report is for customer id {customer}, not {} as asked",
            credentials.customer_id.trim()
        )));
    }
    Harvested { body, header, rows, metrics, warnings, attempts }
}

/// `text` with the key in it (as it is, or percent-encoded) replaced by `****`: for any text
/// that may quote a request or a server's answer before it is shown or stored.
pub fn redact(text: &str, key: Option<&ApiKey>) -> String {
    Secret(key).redact(text)
}

/// The key to take out of any text from the server before it is shown.
struct Secret<'a>(Option<&'a ApiKey>);

impl Secret<'_> {
    /// The text with the key (as it is, and as it travels percent-encoded) replaced by `****`.
    fn redact(&self, text: &str) -> String {
        let Some(key) = self.0.map(ApiKey::expose).filter(|k| !k.is_empty()) else {
            return text.to_string();
        };
        let mut out = text.replace(key, "****");
        let encoded = request::encode(key);
        if encoded != key {
            out = out.replace(&encoded, "****");
        }
        out
    }

    fn redact_all(&self, exceptions: Vec<Exception>) -> Vec<Exception> {
        let redact = |t: Option<String>| t.map(|t| self.redact(&t));
        exceptions
            .into_iter()
            .map(|e| Exception {
                code: e.code,
                message: self.redact(&e.message),
                severity: e.severity,
                data: redact(e.data),
                help_url: redact(e.help_url),
            })
            .collect()
    }
}
