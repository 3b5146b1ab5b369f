//! SUSHI endpoints and members' credentials: add, list, remove, and `sushi.csv` of many members'
//! credentials at once. The API key goes in and is never given back: reads show its hint.

use std::path::Path;

use konsortio_core::records::Member;
use konsortio_store::{AuditEntry, KeyChange, Reads, SushiReads, Tx};
pub use konsortio_store::{SushiCredentials, SushiEndpoint};
use konsortio_sushi::{masked, ApiKey};
use serde::Serialize;

use crate::csvio::{file_label, read_file};
use crate::error_words::{not_found_said, sushi_said};
use crate::{now, App, AppError};
use konsortio_core::explain::{Step, Value};

/// An endpoint and how many members have credentials there.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct SushiEndpointView {
    #[serde(flatten)]
    pub endpoint: SushiEndpoint,
    pub members: usize,
}

/// What to do with a member's API key when its credentials are stored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ApiKeyChange {
    /// Keep the stored key (none for new credentials).
    Keep,
    Clear,
    Set(ApiKey),
}

/// A member's credentials at an endpoint, as the user gives them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CredentialsInput {
    pub member: String,
    pub endpoint: String,
    pub customer_id: String,
    pub requestor_id: Option<String>,
    pub api_key: ApiKeyChange,
}

/// How a stored key shows: `••••1234`, `•••• (set)`, or empty when there is none.
pub fn shown_key(credentials: &SushiCredentials) -> String {
    if credentials.has_api_key {
        masked(&credentials.api_key_hint)
    } else {
        String::new()
    }
}

impl App {
    /// Every SUSHI endpoint, by code, with how many members have credentials there.
    pub fn sushi_endpoints(&self) -> Result<Vec<SushiEndpointView>, AppError> {
        let r = &self.store;
        r.sushi_endpoints()?
            .into_iter()
            .map(|endpoint| Ok(SushiEndpointView { members: r.sushi_credentials(&endpoint.code)?.len(), endpoint }))
            .collect()
    }

    /// Adds an endpoint, or changes the one with the same code (its credentials stay).
    pub fn add_sushi_endpoint(&mut self, endpoint: &SushiEndpoint) -> Result<(), AppError> {
        let endpoint = checked_endpoint(endpoint)?;
        let actor = self.actor.name.clone();
        self.store.write(|tx| {
            if !tx.exists("vendors", &endpoint.vendor)? {
                return Err(AppError::NotFound { kind: "vendor", key: endpoint.vendor.clone() });
            }
            tx.put_sushi_endpoint(&endpoint)?;
            let wants = wanted(&endpoint);
            let detail = format!("{} {}, wants {}", endpoint.vendor, endpoint.base_url, wants);
            audit(tx, &actor, "put", "sushi_endpoints", &endpoint.code, &detail)
        })
    }

    /// Removes an endpoint; one where members have credentials only `with_credentials`, and then
    /// their credentials go too. Returns how many members' credentials went.
    pub fn remove_sushi_endpoint(&mut self, code: &str, with_credentials: bool) -> Result<usize, AppError> {
        let actor = self.actor.name.clone();
        self.store.write(|tx| {
            tx.sushi_endpoint(code)?.ok_or_else(|| AppError::NotFound { kind: "SUSHI endpoint", key: code.into() })?;
            let members = tx.sushi_credentials(code)?.len();
            if members > 0 && !with_credentials {
                let text =
                    format!("{members} member(s) have credentials at {code}; remove them too with --with-credentials");
                let args = [("count", Value::count(members)), ("endpoint", Value::text(code))];
                return Err(AppError::invalid("err-sushi-endpoint-in-use", text, args));
            }
            tx.delete_sushi_endpoint(code)?;
            audit(
                tx,
                &actor,
                "delete",
                "sushi_endpoints",
                code,
                &format!("and the credentials of {members} member(s)"),
            )?;
            Ok(members)
        })
    }

    /// The credentials stored for an endpoint, by member, the API keys as hints only.
    pub fn sushi_credentials(&self, endpoint: &str) -> Result<Vec<SushiCredentials>, AppError> {
        if self.store.sushi_endpoint(endpoint)?.is_none() {
            return Err(AppError::NotFound { kind: "SUSHI endpoint", key: endpoint.into() });
        }
        Ok(self.store.sushi_credentials(endpoint)?)
    }

    /// Stores a member's credentials at an endpoint (replacing earlier ones; the key as told).
    pub fn set_sushi_credentials(&mut self, input: &CredentialsInput) -> Result<SushiCredentials, AppError> {
        let actor = self.actor.name.clone();
        self.store.write(|tx| {
            let put = put_credentials(tx, input, &|field, message| AppError::Record {
                kind: "SUSHI credentials".into(),
                field: field.into(),
                message,
            })?;
            audit_credentials(tx, &actor, &put)?;
            Ok(put)
        })
    }

    /// Forgets a member's credentials at an endpoint.
    pub fn remove_sushi_credentials(&mut self, member: &str, endpoint: &str) -> Result<(), AppError> {
        let actor = self.actor.name.clone();
        self.store.write(|tx| {
            if !tx.delete_sushi_credentials(member, endpoint)? {
                return Err(AppError::NotFound { kind: "SUSHI credentials", key: format!("{member} at {endpoint}") });
            }
            audit(tx, &actor, "delete", "sushi_credentials", &format!("{member} / {endpoint}"), "")
        })
    }

    /// Imports `sushi.csv` (member, endpoint, customer_id, requestor_id, api_key): every line, or
    /// none; errors name the file, line and field. An empty api_key keeps a stored key.
    pub fn import_sushi_credentials(&mut self, path: &Path) -> Result<usize, AppError> {
        let bytes = read_file(path)?;
        let file = file_label(path);
        let actor = self.actor.name.clone();
        self.store.write(|tx| import_csv(tx, &actor, &file, &bytes))
    }
}

/// The columns of `sushi.csv`, in order (docs/CSV.md).
pub const SUSHI_COLUMNS: [&str; 5] = ["member", "endpoint", "customer_id", "requestor_id", "api_key"];

fn import_csv(tx: &Tx, actor: &str, file: &str, bytes: &[u8]) -> Result<usize, AppError> {
    let whole = |message: Step| AppError::File { file: file.into(), message };
    let mut reader = csv::ReaderBuilder::new().trim(csv::Trim::All).from_reader(bytes);
    // The CSV reader's own words stay English.
    let headers = reader.headers().map_err(|e| whole(e.to_string().into()))?.clone();
    let columns: Vec<&str> = headers.iter().map(|h| h.trim_start_matches('\u{feff}')).collect();
    if columns != SUSHI_COLUMNS {
        let (expected, found) = (SUSHI_COLUMNS.join(","), columns.join(","));
        let text = format!("the columns must be {expected}, found {found}");
        let args = [("expected", Value::text(expected)), ("found", Value::text(found))];
        return Err(whole(Step::said("err-sushi-csv-columns", text, args)));
    }
    let mut seen = std::collections::HashSet::new();
    let mut count = 0;
    for (i, record) in reader.records().enumerate() {
        let line = i as u64 + 2;
        let record = record.map_err(|e| {
            let args = [("line", Value::count(line)), ("reason", Value::text(e.to_string()))];
            whole(Step::said("err-sushi-csv-line", format!("line {line}: {e}"), args))
        })?;
        let at = |field: &str, message: Step| AppError::Input { file: file.into(), line, field: field.into(), message };
        let cell = |n: usize| record.get(n).unwrap_or("").to_string();
        let input = CredentialsInput {
            member: cell(0),
            endpoint: cell(1),
            customer_id: cell(2),
            requestor_id: Some(cell(3)).filter(|r| !r.is_empty()),
            api_key: match cell(4).as_str() {
                "" => ApiKeyChange::Keep,
                key => ApiKeyChange::Set(ApiKey::new(key)),
            },
        };
        if !seen.insert((input.member.clone(), input.endpoint.clone())) {
            let (member, endpoint) = (&input.member, &input.endpoint);
            let text = format!("{member} at {endpoint} appears twice in the file");
            let args = [("member", Value::text(member)), ("endpoint", Value::text(endpoint))];
            return Err(at("endpoint", Step::said("err-sushi-csv-twice", text, args)));
        }
        let put = put_credentials(tx, &input, &at)?;
        audit_credentials(tx, actor, &put)?;
        count += 1;
    }
    Ok(count)
}

/// Checks and stores one member's credentials; `fail(field, message)` makes the error.
fn put_credentials(
    tx: &Tx,
    input: &CredentialsInput,
    fail: &dyn Fn(&str, Step) -> AppError,
) -> Result<SushiCredentials, AppError> {
    if !tx.all::<Member>()?.iter().any(|m| m.code == input.member) {
        let text = format!("no member '{}'", input.member);
        return Err(fail("member", not_found_said(text, "member", &input.member)));
    }
    let endpoint = tx.sushi_endpoint(&input.endpoint)?.ok_or_else(|| {
        let text = format!("no SUSHI endpoint '{}' (add it with usage sushi add)", input.endpoint);
        fail("endpoint", Step::said("err-sushi-no-endpoint", text, [("endpoint", Value::text(&input.endpoint))]))
    })?;
    let customer_id = input.customer_id.trim();
    if customer_id.is_empty() {
        let text = "is empty; every SUSHI request names the customer";
        return Err(fail("customer_id", Step::said("err-sushi-customer-empty", text, [])));
    }
    let requestor_id = input.requestor_id.as_deref().unwrap_or("").trim();
    if endpoint.wants_requestor_id && requestor_id.is_empty() {
        let text = format!("is empty, and {} wants one", endpoint.code);
        let args = [("endpoint", Value::text(&endpoint.code))];
        return Err(fail("requestor_id", Step::said("err-sushi-requestor-empty", text, args)));
    }
    let hint;
    let key = match &input.api_key {
        ApiKeyChange::Keep => KeyChange::Keep,
        ApiKeyChange::Clear => KeyChange::Clear,
        ApiKeyChange::Set(key) if key.expose().trim().is_empty() => {
            return Err(fail("api_key", Step::said("err-sushi-key-empty", "is empty (to remove a key, clear it)", [])))
        }
        ApiKeyChange::Set(key) if key.expose().chars().any(|c| c.is_whitespace() || c.is_control()) => {
            let text = "holds spaces or control characters (pasted with a line break?)";
            return Err(fail("api_key", Step::said("err-sushi-key-spaces", text, [])));
        }
        ApiKeyChange::Set(key) => {
            hint = key.hint();
            KeyChange::Set { key: key.expose(), hint: &hint }
        }
    };
    tx.put_sushi_credentials(&input.member, &endpoint.code, customer_id, requestor_id, key)?;
    let stored = tx.sushi_credentials(&endpoint.code)?.into_iter().find(|c| c.member == input.member);
    let stored = stored.expect("the credentials were stored in this transaction");
    if endpoint.wants_api_key && !stored.has_api_key {
        let text = format!("is missing, and {} wants one", endpoint.code);
        let args = [("endpoint", Value::text(&endpoint.code))];
        return Err(fail("api_key", Step::said("err-sushi-key-missing", text, args)));
    }
    Ok(stored)
}

fn audit_credentials(tx: &Tx, actor: &str, c: &SushiCredentials) -> Result<(), AppError> {
    let key = if c.has_api_key { shown_key(c) } else { "none".into() };
    let detail = format!("customer_id {}, requestor_id {}, api key {key}", c.customer_id, c.requestor_id);
    audit(tx, actor, "put", "sushi_credentials", &format!("{} / {}", c.member, c.endpoint), &detail)
}

fn audit(tx: &Tx, actor: &str, action: &str, kind: &str, key: &str, detail: &str) -> Result<(), AppError> {
    tx.audit(&AuditEntry {
        at: now(),
        actor: actor.into(),
        action: action.into(),
        kind: kind.into(),
        key: key.into(),
        detail: detail.into(),
    })?;
    Ok(())
}

/// The endpoint trimmed and checked: a code, a usable base URL, a platform if it is wanted.
fn checked_endpoint(e: &SushiEndpoint) -> Result<SushiEndpoint, AppError> {
    let field =
        |field: &str, message: Step| AppError::Record { kind: "SUSHI endpoint".into(), field: field.into(), message };
    let e = SushiEndpoint {
        code: e.code.trim().into(),
        vendor: e.vendor.trim().into(),
        base_url: e.base_url.trim().trim_end_matches('/').into(),
        platform: e.platform.trim().into(),
        ..e.clone()
    };
    if e.code.is_empty() || e.code.chars().any(char::is_whitespace) {
        let text = format!("'{}' must be a word without spaces", e.code);
        return Err(field("code", Step::said("err-sushi-code-spaces", text, [("value", Value::text(&e.code))])));
    }
    konsortio_sushi::check_base_url(&sushi_endpoint(&e)).map_err(|error| field("base_url", sushi_said(&error)))?;
    if e.wants_platform && e.platform.is_empty() {
        let text = "is empty, but the endpoint wants platform= sent";
        return Err(field("platform", Step::said("err-sushi-platform-empty", text, [])));
    }
    Ok(e)
}

/// Which optional parameters an endpoint wants, as text.
fn wanted(e: &SushiEndpoint) -> String {
    let names = [(e.wants_requestor_id, "requestor_id"), (e.wants_api_key, "api_key"), (e.wants_platform, "platform")];
    let wanted: Vec<&str> = names.iter().filter(|(w, _)| *w).map(|(_, n)| *n).collect();
    if wanted.is_empty() {
        "customer_id only".into()
    } else {
        format!("customer_id, {}", wanted.join(", "))
    }
}

/// The stored endpoint as the SUSHI client takes it.
pub(crate) fn sushi_endpoint(e: &SushiEndpoint) -> konsortio_sushi::Endpoint {
    konsortio_sushi::Endpoint {
        code: e.code.clone(),
        base_url: e.base_url.clone(),
        platform: Some(e.platform.clone()).filter(|p| !p.is_empty()),
        wants_requestor_id: e.wants_requestor_id,
        wants_api_key: e.wants_api_key,
        wants_platform: e.wants_platform,
    }
}
