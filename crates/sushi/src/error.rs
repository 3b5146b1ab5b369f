//! What can go wrong with a SUSHI request, each naming the endpoint (by its code and base URL,
//! never by a URL with a query, so never with a key). Server texts in here are already redacted.

use konsortio_counter::Exception;
use serde::Serialize;

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum SushiError {
    /// A report id or period the user typed that is not one.
    #[error("{message}")]
    Request { message: String },
    #[error("endpoint {endpoint}: {message}")]
    BadEndpoint { endpoint: String, message: String },
    #[error("{endpoint}: the credentials lack {field}, which this endpoint wants")]
    MissingCredential { endpoint: String, field: &'static str },
    /// SUSHI exceptions 2000 to 2999: the member's credentials or the requestor's rights.
    #[error("{endpoint}: not authorised: {}; check the member's customer id, requestor id and API key", list(.exceptions))]
    Unauthorised { endpoint: String, exceptions: Vec<Exception> },
    /// 1020 Too Many Requests (or 1000/1010, service unavailable or busy) on every attempt.
    #[error(
        "{endpoint}: the server was still busy (too many requests) after {attempts} attempts; harvest again later"
    )]
    Busy { endpoint: String, attempts: u32 },
    /// Any other SUSHI exception that stops the request (3000 report not supported, 3020
    /// invalid dates...).
    #[error("{endpoint}: the server refused the request{}: {}", status_text(*.status), list(.exceptions))]
    Refused { endpoint: String, status: u16, exceptions: Vec<Exception> },
    /// An HTTP error without a SUSHI exception in its body.
    #[error("{endpoint}: the server answered HTTP {status} without a COUNTER report or SUSHI exception")]
    Http { endpoint: String, status: u16 },
    #[error("{endpoint}: no answer within {seconds} s (timed out)")]
    Timeout { endpoint: String, seconds: u64 },
    #[error("{endpoint}: {message}")]
    Connection { endpoint: String, message: String },
    /// A 2xx answer that is no COUNTER report (the parser's error, naming the JSON pointer).
    #[error("{endpoint}: the answer is no usable COUNTER report: {message}")]
    Malformed { endpoint: String, message: String },
}

impl SushiError {
    /// Whether the member's credentials (or the consortium's rights) are to blame.
    pub fn is_authorisation(&self) -> bool {
        matches!(self, SushiError::Unauthorised { .. })
    }
}

fn status_text(status: u16) -> String {
    if status == 200 {
        String::new()
    } else {
        format!(" (HTTP {status})")
    }
}

/// Exceptions as "2010 Requestor is Not Authorized... (customer 123)", joined by "; ".
pub fn list(exceptions: &[Exception]) -> String {
    let texts: Vec<String> = exceptions.iter().map(describe).collect();
    texts.join("; ")
}

/// One exception as its code, message and data.
pub fn describe(e: &Exception) -> String {
    match e.data.as_deref().filter(|d| !d.trim().is_empty()) {
        Some(data) => format!("{} {} ({data})", e.code, e.message),
        None => format!("{} {}", e.code, e.message),
    }
}
