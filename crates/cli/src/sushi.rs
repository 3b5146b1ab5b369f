//! `konsortio usage sushi ...` and `konsortio usage harvest`: SUSHI endpoints, members'
//! credentials (the API key never printed), and harvesting with progress on standard error.

// AppError is the CLI's one error type, as in the rest of this crate (see print.rs).
#![allow(clippy::result_large_err)]

use std::io::{BufRead, Write};
use std::path::PathBuf;

use clap::Subcommand;
use konsortio_app::{
    shown_key, ApiKey, ApiKeyChange, App, AppError, CredentialsInput, HarvestEvent, HarvestOutcome, HarvestRequest,
    MemberHarvest, SushiEndpoint, Table,
};

use crate::{print, say};

#[derive(Subcommand, Debug)]
pub(crate) enum SushiCommand {
    /// Add a vendor platform's SUSHI endpoint (or change the one with this code).
    Add {
        /// A short name for it, e.g. EBSCO.
        code: String,
        #[arg(long)]
        vendor: String,
        /// The URL the /reports paths hang off, e.g. https://sushi.example.org/counter/r51.
        #[arg(long)]
        url: String,
        /// The COUNTER platform name, sent as platform= with --wants-platform.
        #[arg(long, default_value = "")]
        platform: String,
        #[arg(long)]
        wants_requestor_id: bool,
        #[arg(long)]
        wants_api_key: bool,
        #[arg(long)]
        wants_platform: bool,
    },
    /// The endpoints.
    List,
    /// One endpoint and the members' credentials there (API keys masked).
    Show { endpoint: String },
    /// Remove an endpoint (with --with-credentials, the members' credentials there too).
    Remove {
        endpoint: String,
        #[arg(long)]
        with_credentials: bool,
    },
    /// Store a member's credentials at an endpoint. Prefer --api-key-stdin: a key on the
    /// command line stays in the shell's history. Without a key option, a stored key is kept.
    Credentials {
        member: String,
        endpoint: String,
        #[arg(long, required_unless_present = "remove")]
        customer_id: Option<String>,
        #[arg(long)]
        requestor_id: Option<String>,
        #[arg(long, conflicts_with_all = ["api_key_stdin", "no_api_key"])]
        api_key: Option<String>,
        /// Read the API key from the first line of standard input.
        #[arg(long, conflicts_with = "no_api_key")]
        api_key_stdin: bool,
        /// Remove the stored API key.
        #[arg(long)]
        no_api_key: bool,
        /// Forget the member's credentials at the endpoint.
        #[arg(long, conflicts_with_all = ["customer_id", "requestor_id", "api_key", "api_key_stdin", "no_api_key"])]
        remove: bool,
    },
    /// Import many members' credentials from a CSV (member,endpoint,customer_id,requestor_id,api_key):
    /// all lines or none.
    Import { file: PathBuf },
}

pub(crate) fn run(app: &mut App, command: SushiCommand, out: &mut dyn Write) -> Result<(), AppError> {
    match command {
        SushiCommand::Add { code, vendor, url, platform, wants_requestor_id, wants_api_key, wants_platform } => {
            let endpoint = SushiEndpoint {
                code,
                vendor,
                base_url: url,
                platform,
                wants_requestor_id,
                wants_api_key,
                wants_platform,
            };
            app.add_sushi_endpoint(&endpoint)?;
            say(out, &format!("SUSHI endpoint {} at {}", endpoint.code.trim(), endpoint.base_url.trim()))
        }
        SushiCommand::List => {
            let rows = app
                .sushi_endpoints()?
                .into_iter()
                .map(|v| {
                    let e = v.endpoint;
                    vec![
                        e.code.clone(),
                        e.vendor.clone(),
                        e.base_url.clone(),
                        e.platform.clone(),
                        wants(&e),
                        v.members.to_string(),
                    ]
                })
                .collect();
            let headers = strings(&["endpoint", "vendor", "base url", "platform", "sends", "members"]);
            print::table_right(out, &Table { headers, rows }, &[5])
        }
        SushiCommand::Show { endpoint } => show(app, &endpoint, out),
        SushiCommand::Remove { endpoint, with_credentials } => {
            let members = app.remove_sushi_endpoint(&endpoint, with_credentials)?;
            say(out, &format!("removed SUSHI endpoint {endpoint} and the credentials of {members} member(s)"))
        }
        SushiCommand::Credentials { member, endpoint, remove: true, .. } => {
            app.remove_sushi_credentials(&member, &endpoint)?;
            say(out, &format!("removed the credentials of {member} at {endpoint}"))
        }
        SushiCommand::Credentials {
            member,
            endpoint,
            customer_id,
            requestor_id,
            api_key,
            api_key_stdin,
            no_api_key,
            remove: false,
        } => {
            let api_key = match (api_key, api_key_stdin, no_api_key) {
                (Some(key), ..) => ApiKeyChange::Set(ApiKey::new(key.trim())),
                (None, true, _) => ApiKeyChange::Set(key_from_stdin()?),
                (None, false, true) => ApiKeyChange::Clear,
                (None, false, false) => ApiKeyChange::Keep,
            };
            let customer_id = customer_id.expect("clap requires --customer-id unless --remove");
            let input = CredentialsInput { member, endpoint, customer_id, requestor_id, api_key };
            let stored = app.set_sushi_credentials(&input)?;
            let key = if stored.has_api_key { format!(", api key {}", shown_key(&stored)) } else { String::new() };
            say(
                out,
                &format!(
                    "credentials of {} at {}: customer id {}{}{key}",
                    stored.member,
                    stored.endpoint,
                    stored.customer_id,
                    if stored.requestor_id.is_empty() {
                        String::new()
                    } else {
                        format!(", requestor id {}", stored.requestor_id)
                    }
                ),
            )
        }
        SushiCommand::Import { file } => {
            let n = app.import_sushi_credentials(&file)?;
            say(out, &format!("imported the SUSHI credentials of {n} member(s)"))
        }
    }
}

/// The first line of standard input, without its line break.
fn key_from_stdin() -> Result<ApiKey, AppError> {
    let mut line = String::new();
    std::io::stdin()
        .lock()
        .read_line(&mut line)
        .map_err(|e| AppError::File { file: "(standard input)".into(), message: e.to_string() })?;
    Ok(ApiKey::new(line.trim_end_matches(['\r', '\n'])))
}

fn show(app: &App, code: &str, out: &mut dyn Write) -> Result<(), AppError> {
    let view = app
        .sushi_endpoints()?
        .into_iter()
        .find(|v| v.endpoint.code == code)
        .ok_or_else(|| AppError::NotFound { kind: "SUSHI endpoint", key: code.into() })?;
    let e = &view.endpoint;
    let platform = if e.platform.is_empty() { "(none)" } else { e.platform.as_str() };
    say(out, &format!("{}: {} at {}\nplatform: {platform}\nsends: {}", e.code, e.vendor, e.base_url, wants(e)))?;
    let rows = app
        .sushi_credentials(code)?
        .into_iter()
        .map(|c| vec![c.member.clone(), c.customer_id.clone(), c.requestor_id.clone(), shown_key(&c)])
        .collect();
    print::table(out, &Table { headers: strings(&["member", "customer id", "requestor id", "api key"]), rows })
}

fn wants(e: &SushiEndpoint) -> String {
    let names = [(e.wants_requestor_id, "requestor_id"), (e.wants_api_key, "api_key"), (e.wants_platform, "platform")];
    let mut sent = vec!["customer_id"];
    sent.extend(names.iter().filter(|(w, _)| *w).map(|(_, n)| *n));
    sent.join(", ")
}

/// `konsortio usage harvest`: progress on `err`, the result per member on `out`.
pub(crate) fn harvest(
    app: &mut App,
    request: &HarvestRequest,
    json: bool,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<(), AppError> {
    let mut progress = |event: &HarvestEvent| {
        let _ = writeln!(err, "{}", progress_line(event));
        let _ = err.flush();
    };
    let results = app.harvest(request, &mut progress)?;
    if json {
        return say(out, &serde_json::to_string_pretty(&results).expect("results serialise"));
    }
    results_table(&results, out)
}

fn progress_line(event: &HarvestEvent) -> String {
    match event {
        HarvestEvent::Asking { member, attempt: 1 } => format!("asking for {member}'s report"),
        HarvestEvent::Asking { member, attempt } => format!("asking for {member}'s report again (attempt {attempt})"),
        HarvestEvent::Waiting { member: Some(member), reason, seconds } => {
            format!("waiting {seconds} s for {member}: {reason}")
        }
        HarvestEvent::Waiting { member: None, reason, seconds } => format!("waiting {seconds} s: {reason}"),
        HarvestEvent::Finished { member, status, done, total } => format!("{done} of {total}: {member} {status}"),
    }
}

/// One line per member: what came of it, the rows imported and the details.
pub(crate) fn results_table(results: &[MemberHarvest], out: &mut dyn Write) -> Result<(), AppError> {
    let rows = results
        .iter()
        .map(|r| {
            let (rows, detail) = match &r.outcome {
                HarvestOutcome::Imported { summary, warnings } => {
                    let metrics: Vec<String> = summary.metrics.iter().map(|(m, n)| format!("{m} {n}")).collect();
                    let mut detail = metrics.join(", ");
                    for text in summary
                        .replaced
                        .iter()
                        .map(|f| format!("replaced {f}"))
                        .chain(warnings.iter().map(|w| format!("warning: {w}")))
                    {
                        detail.push_str("; ");
                        detail.push_str(&text);
                    }
                    (summary.rows.to_string(), detail)
                }
                HarvestOutcome::NoUsage { message }
                | HarvestOutcome::Queued { message }
                | HarvestOutcome::Unauthorised { message }
                | HarvestOutcome::Failed { message } => (String::new(), message.clone()),
            };
            vec![r.member.clone(), r.outcome.status().to_string(), rows, detail]
        })
        .collect();
    print::table_right(out, &Table { headers: strings(&["member", "result", "rows", "detail"]), rows }, &[2])
}

fn strings(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| (*s).to_string()).collect()
}
