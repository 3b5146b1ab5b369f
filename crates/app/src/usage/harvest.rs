//! Harvesting a report over SUSHI for one member or every member with credentials at an
//! endpoint: each fetched outside any transaction, then imported as a file is (one transaction
//! each), with progress and one result per member; one member's failure stops no other.

use std::io::Cursor;

use konsortio_store::SushiReads;
use konsortio_sushi::{describe, redact, ApiKey, Client, Credentials, Fetched, ReportRequest, SushiError, Wait};
use serde::Serialize;

use super::import::{import_in, UsageImportSummary};
use super::sushi::sushi_endpoint;
use crate::error_words::sushi_said;
use crate::{App, AppError};
use konsortio_core::explain::{Step, Value};

/// A report to harvest for a period (months as `YYYY-MM`), for one member or all.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct HarvestRequest {
    pub endpoint: String,
    /// A Release 5 / 5.1 report id: TR_J1, DR, PR...
    pub report: String,
    pub begin: String,
    pub end: String,
    /// One member; every member with credentials at the endpoint when `None`.
    pub member: Option<String>,
}

/// What harvesting did for one member.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct MemberHarvest {
    pub member: String,
    /// The request's URL with the API key masked.
    pub request: String,
    #[serde(flatten)]
    pub outcome: HarvestOutcome,
}

/// One member's result.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "status", rename_all = "snake_case")]
pub enum HarvestOutcome {
    /// Imported as a file is (replacing an earlier import of the same report and period), with
    /// the report's own exceptions (3031, 3040...) and other doubts as warnings.
    Imported {
        summary: Box<UsageImportSummary>,
        warnings: Vec<String>,
    },
    /// 3030 No Usage Available, or a report without items: nothing imported, nothing wrong.
    NoUsage {
        message: Step,
    },
    /// 1011 Report Queued on every attempt: harvest again later.
    Queued {
        message: Step,
    },
    /// 2000-series exceptions: the member's credentials (or the consortium's rights) to check.
    Unauthorised {
        message: Step,
    },
    Failed {
        message: Step,
    },
    /// Not asked: the user stopped the harvest first (or while its report was queued).
    Stopped {
        message: Step,
    },
}

impl HarvestOutcome {
    /// "imported", "no usage", "queued", "not authorised" or "failed".
    pub fn status(&self) -> &'static str {
        match self {
            HarvestOutcome::Imported { .. } => "imported",
            HarvestOutcome::NoUsage { .. } => "no usage",
            HarvestOutcome::Queued { .. } => "queued",
            HarvestOutcome::Unauthorised { .. } => "not authorised",
            HarvestOutcome::Failed { .. } => "failed",
            HarvestOutcome::Stopped { .. } => "stopped",
        }
    }
}

/// What a harvest reports as it goes.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "event", rename_all = "snake_case")]
pub enum HarvestEvent {
    /// About to ask for a member's report (`attempt` 1, or more after a queued report).
    Asking { member: String, attempt: u32 },
    /// About to wait: for a busy server (a member's) or before asking again for queued reports.
    /// `reason` is in English; `queued` tells a reader in another language which it is: the
    /// number of reports queued, or 0 for a busy server.
    Waiting { member: Option<String>, reason: String, seconds: u64, queued: usize },
    /// A member's result is final; `done` of `total` are.
    Finished { member: String, status: &'static str, done: usize, total: usize },
}

/// One member's request, as the client takes it.
struct Job {
    member: String,
    credentials: Credentials,
    shown: String,
}

impl App {
    /// Harvests a report with the default SUSHI client (real waits, system proxy).
    pub fn harvest(
        &mut self,
        request: &HarvestRequest,
        progress: &mut dyn FnMut(&HarvestEvent),
    ) -> Result<Vec<MemberHarvest>, AppError> {
        self.harvest_with(&Client::default(), request, progress)
    }

    /// Harvests a report with the default client until `stop()` says so (the desktop app's
    /// Stop button): the member being asked finishes, the others are `Stopped`.
    pub fn harvest_until(
        &mut self,
        request: &HarvestRequest,
        stop: &dyn Fn() -> bool,
        progress: &mut dyn FnMut(&HarvestEvent),
    ) -> Result<Vec<MemberHarvest>, AppError> {
        self.harvest_through(&Client::default(), request, stop, progress)
    }

    /// Harvests a report through `client`: every member first, then those whose report was
    /// queued again after one wait, up to the client's number of rounds. Returns one result
    /// per member in member order. A bad request or endpoint is an error; anything that goes
    /// wrong for one member is that member's result.
    pub fn harvest_with(
        &mut self,
        client: &Client,
        request: &HarvestRequest,
        progress: &mut dyn FnMut(&HarvestEvent),
    ) -> Result<Vec<MemberHarvest>, AppError> {
        self.harvest_through(client, request, &|| false, progress)
    }

    /// `harvest_with`, asking `stop()` before each member and before waiting for queued
    /// reports; once it says stop, every member not yet finished is `Stopped`.
    pub fn harvest_through(
        &mut self,
        client: &Client,
        request: &HarvestRequest,
        stop: &dyn Fn() -> bool,
        progress: &mut dyn FnMut(&HarvestEvent),
    ) -> Result<Vec<MemberHarvest>, AppError> {
        let report = ReportRequest::parse(&request.report, &request.begin, &request.end)
            .map_err(|e| AppError::Invalid(sushi_said(&e)))?;
        let stored = self
            .store
            .sushi_endpoint(&request.endpoint)?
            .ok_or_else(|| AppError::NotFound { kind: "SUSHI endpoint", key: request.endpoint.clone() })?;
        let endpoint = sushi_endpoint(&stored);
        let jobs = self.jobs(&endpoint, &report, request.member.as_deref())?;
        let total = jobs.len();
        let mut results: Vec<Option<MemberHarvest>> = vec![None; total];
        let mut pending: Vec<usize> = (0..total).collect();
        let label = format!("{} {} {} to {} (SUSHI)", endpoint.code, report.report.as_str(), report.begin, report.end);
        for round in 0..=client.settings().queued_retries {
            if stop() {
                break;
            }
            if round > 0 {
                let seconds = client.settings().queued_delay.as_secs();
                let reason = format!("{} report(s) queued for processing", pending.len());
                progress(&HarvestEvent::Waiting { member: None, reason, seconds, queued: pending.len() });
                client.pause(client.settings().queued_delay);
            }
            let mut queued = Vec::new();
            for &i in &pending {
                if stop() {
                    break;
                }
                let job = &jobs[i];
                progress(&HarvestEvent::Asking { member: job.member.clone(), attempt: round + 1 });
                let mut on_wait = |w: &Wait| {
                    let (reason, seconds) = (w.reason.to_string(), w.seconds);
                    progress(&HarvestEvent::Waiting { member: Some(job.member.clone()), reason, seconds, queued: 0 })
                };
                let fetched = client.fetch(&endpoint, &job.credentials, &report, &mut on_wait);
                let outcome = match fetched {
                    Ok(Fetched::Queued { .. }) if round < client.settings().queued_retries => {
                        queued.push(i);
                        continue;
                    }
                    Ok(Fetched::Queued { exceptions }) => {
                        let (attempts, exceptions) = (round + 1, konsortio_sushi::list(&exceptions));
                        let text =
                            format!("still queued after {attempts} attempts ({exceptions}); harvest again later");
                        let args = [("attempts", Value::count(attempts)), ("exceptions", Value::text(exceptions))];
                        HarvestOutcome::Queued { message: Step::said("err-harvest-queued", text, args) }
                    }
                    Ok(Fetched::NoUsage { exceptions }) => HarvestOutcome::NoUsage { message: no_usage(&exceptions) },
                    Ok(Fetched::Report(harvested)) => {
                        let (key, warnings) = (job.credentials.api_key.as_ref(), harvested.warnings.clone());
                        match self.import_harvested(&job.member, &label, &harvested.body) {
                            Ok(summary) => HarvestOutcome::Imported { summary: Box::new(summary), warnings },
                            // The server's words may be in the error: as English text, redacted.
                            Err(e) => HarvestOutcome::Failed { message: redact(&e.to_string(), key).into() },
                        }
                    }
                    Err(error) => failed(error),
                };
                results[i] = Some(MemberHarvest { member: job.member.clone(), request: job.shown.clone(), outcome });
                let done = results.iter().filter(|r| r.is_some()).count();
                let status = results[i].as_ref().map_or("?", |r| r.outcome.status());
                progress(&HarvestEvent::Finished { member: job.member.clone(), status, done, total });
            }
            pending = queued;
            if pending.is_empty() {
                break;
            }
        }
        let unasked: Vec<usize> = (0..total).filter(|&i| results[i].is_none()).collect();
        for i in unasked {
            assert!(stop(), "only a stopped harvest leaves a member without a result");
            let job = &jobs[i];
            let message = Step::said("err-harvest-stopped", "not asked: the harvest was stopped", []);
            results[i] = Some(MemberHarvest {
                member: job.member.clone(),
                request: job.shown.clone(),
                outcome: HarvestOutcome::Stopped { message },
            });
            let done = results.iter().filter(|r| r.is_some()).count();
            progress(&HarvestEvent::Finished { member: job.member.clone(), status: "stopped", done, total });
        }
        Ok(results.into_iter().map(|r| r.expect("every member has a result after the last round")).collect())
    }

    /// The members to ask, with their credentials and the request's URL as shown.
    fn jobs(
        &self,
        endpoint: &konsortio_sushi::Endpoint,
        report: &ReportRequest,
        member: Option<&str>,
    ) -> Result<Vec<Job>, AppError> {
        let mut all = self.store.sushi_credentials(&endpoint.code)?;
        if let Some(member) = member {
            all.retain(|c| c.member == member);
            if all.is_empty() {
                return Err(AppError::NotFound {
                    kind: "SUSHI credentials",
                    key: format!("{member} at {}", endpoint.code),
                });
            }
        }
        if all.is_empty() {
            let code = &endpoint.code;
            let text = format!(
                "no member has credentials at {code}; add them with: konsortio usage sushi credentials MEMBER {code} --customer-id ID"
            );
            return Err(AppError::invalid("err-harvest-no-credentials", text, [("endpoint", Value::text(code))]));
        }
        all.into_iter()
            .map(|c| {
                let api_key = self.store.sushi_api_key(&c.member, &c.endpoint)?.map(|k| ApiKey::new(&k));
                let requestor_id = Some(c.requestor_id.clone()).filter(|r| !r.is_empty());
                let credentials = Credentials { customer_id: c.customer_id.clone(), requestor_id, api_key };
                let shown = konsortio_sushi::request_url(endpoint, &credentials, report)
                    .map_or_else(|e| e.to_string(), |url| url.to_string());
                Ok(Job { member: c.member, credentials, shown })
            })
            .collect()
    }

    /// Imports a fetched report's body as the member's, as a file import does: one transaction.
    fn import_harvested(&mut self, member: &str, label: &str, body: &[u8]) -> Result<UsageImportSummary, AppError> {
        let actor = self.actor.name.clone();
        self.store.write(|tx| import_in(tx, &actor, member, label, Cursor::new(body)))
    }
}

fn no_usage(exceptions: &[konsortio_sushi::Exception]) -> Step {
    if exceptions.is_empty() {
        Step::said("err-harvest-no-usage", "the report lists no usage", [])
    } else {
        exceptions.iter().map(describe).collect::<Vec<_>>().join("; ").into()
    }
}

/// A request that failed, as a sentence; the server's or the connection's words in it as they
/// came (redacted).
fn failed(error: SushiError) -> HarvestOutcome {
    let message = sushi_said(&error);
    if error.is_authorisation() {
        HarvestOutcome::Unauthorised { message }
    } else {
        HarvestOutcome::Failed { message }
    }
}
