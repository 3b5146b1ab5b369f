//! The UI's SUSHI commands: endpoints, members' credentials (API keys in, only masked out) and harvesting with progress.

use konsortio_app::{
    shown_key, ApiKey, ApiKeyChange, AppError, CredentialsInput, HarvestEvent, HarvestRequest, MemberHarvest,
    SushiCredentials, SushiEndpoint, SushiEndpointView,
};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use serde::Serialize;
use tauri::ipc::Channel;
use tauri::State;

use crate::commands::{on_worker, with_app, Session};
use crate::dto::CommandError;

/// A member's credentials at an endpoint as the UI sees them: the API key only masked.
#[derive(Serialize)]
pub struct SushiCredentialsDto {
    pub member: String,
    pub endpoint: String,
    pub customer_id: String,
    pub requestor_id: String,
    pub has_api_key: bool,
    /// "••••1234" (its last four), "••••" (a short key), or empty when there is no key.
    pub api_key: String,
}

impl From<SushiCredentials> for SushiCredentialsDto {
    fn from(c: SushiCredentials) -> Self {
        // A key too short for a hint shows as the dots alone.
        let api_key =
            if c.has_api_key && c.api_key_hint.is_empty() { "••••".to_string() } else { shown_key(&c) };
        SushiCredentialsDto {
            member: c.member,
            endpoint: c.endpoint,
            customer_id: c.customer_id,
            requestor_id: c.requestor_id,
            has_api_key: c.has_api_key,
            api_key,
        }
    }
}

/// Every SUSHI endpoint with how many members have credentials there.
#[tauri::command]
pub async fn sushi_endpoints(session: State<'_, Session>) -> Result<Vec<SushiEndpointView>, CommandError> {
    with_app(&session, |app, _| app.sushi_endpoints()).await
}

/// Adds an endpoint (or changes the one with its code); errors name the field (code, vendor, base_url, platform).
#[tauri::command]
pub async fn add_sushi_endpoint(session: State<'_, Session>, endpoint: SushiEndpoint) -> Result<(), CommandError> {
    on_worker(&session, move |app, _| {
        app.add_sushi_endpoint(&endpoint).map_err(|e| match e {
            AppError::NotFound { kind: "vendor", .. } => field(e, "vendor"),
            e => CommandError::from(e),
        })
    })
    .await
}

/// Removes an endpoint (one with members' credentials only `with_credentials`); how many members' credentials went.
#[tauri::command]
pub async fn remove_sushi_endpoint(
    session: State<'_, Session>,
    code: String,
    with_credentials: bool,
) -> Result<usize, CommandError> {
    with_app(&session, move |app, _| app.remove_sushi_endpoint(&code, with_credentials)).await
}

/// The members' credentials at an endpoint, keys masked.
#[tauri::command]
pub async fn sushi_credentials(
    session: State<'_, Session>,
    endpoint: String,
) -> Result<Vec<SushiCredentialsDto>, CommandError> {
    with_app(&session, move |app, _| Ok(app.sushi_credentials(&endpoint)?.into_iter().map(Into::into).collect())).await
}

/// Stores a member's credentials. `api_key`: a new key; none keeps the stored one; `clear_api_key` removes it.
/// Only the masked key comes back.
#[tauri::command]
pub async fn set_sushi_credentials(
    session: State<'_, Session>,
    member: String,
    endpoint: String,
    customer_id: String,
    requestor_id: Option<String>,
    api_key: Option<String>,
    clear_api_key: bool,
) -> Result<SushiCredentialsDto, CommandError> {
    with_app(&session, move |app, _| {
        let api_key = match (api_key, clear_api_key) {
            (_, true) => ApiKeyChange::Clear,
            (Some(key), false) => ApiKeyChange::Set(ApiKey::new(&key)),
            (None, false) => ApiKeyChange::Keep,
        };
        let requestor_id = requestor_id.filter(|r| !r.trim().is_empty());
        let input = CredentialsInput { member, endpoint, customer_id, requestor_id, api_key };
        Ok(app.set_sushi_credentials(&input)?.into())
    })
    .await
}

/// Forgets a member's credentials at an endpoint.
#[tauri::command]
pub async fn remove_sushi_credentials(
    session: State<'_, Session>,
    member: String,
    endpoint: String,
) -> Result<(), CommandError> {
    with_app(&session, move |app, _| app.remove_sushi_credentials(&member, &endpoint)).await
}

/// The Stop button's flag: set by `stop_harvest`, read by the running harvest between
/// members, cleared when a harvest starts. Apart from the session's lock, which the harvest holds.
#[derive(Default)]
pub struct HarvestStop(Arc<AtomicBool>);

/// Harvests a report for a period (months `YYYY-MM`) for one member or all with credentials, the
/// progress through `on_progress`, one result per member back. Errors name the form field.
#[tauri::command]
pub async fn harvest_sushi(
    session: State<'_, Session>,
    stop: State<'_, HarvestStop>,
    request: HarvestRequest,
    on_progress: Channel<HarvestEvent>,
) -> Result<Vec<MemberHarvest>, CommandError> {
    let stop = Arc::clone(&stop.0);
    stop.store(false, Ordering::SeqCst);
    on_worker(&session, move |app, _| {
        app.harvest_until(&request, &|| stop.load(Ordering::SeqCst), &mut |event| {
            // A closed window stops only the reports, never the harvest.
            let _ = on_progress.send(event.clone());
        })
        .map_err(harvest_field)
    })
    .await
}

/// Asks the running harvest to stop after the member being asked; the rest come back `stopped`.
#[tauri::command]
pub fn stop_harvest(stop: State<'_, HarvestStop>) {
    stop.0.store(true, Ordering::SeqCst);
}

/// The harvest form's field an error concerns.
fn harvest_field(e: AppError) -> CommandError {
    let which = match &e {
        AppError::NotFound { kind: "SUSHI endpoint", .. } => "endpoint",
        AppError::NotFound { kind: "SUSHI credentials", .. } => "member",
        // By the sentence form (decision 46), not by words that may change.
        AppError::Invalid(m) => match m.key.as_str() {
            "err-sushi-report-id" => "report",
            "err-sushi-from" => "from",
            "err-sushi-to" | "err-sushi-period" => "to",
            "err-harvest-no-credentials" => "member",
            _ => return CommandError::from(e),
        },
        _ => return CommandError::from(e),
    };
    field(e, which)
}

fn field(e: AppError, name: &str) -> CommandError {
    CommandError { field: Some(name.to_string()), ..CommandError::from(e) }
}
