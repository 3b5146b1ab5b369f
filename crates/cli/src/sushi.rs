//! `konsortio usage sushi ...` and `konsortio usage harvest`: SUSHI endpoints, members'
//! credentials (the API key never printed), and harvesting with progress on standard error.

// AppError is the CLI's one error type, as in the rest of this crate (see print.rs).
#![allow(clippy::result_large_err)]

use std::io::{BufRead, Write};
use std::path::PathBuf;

use clap::Subcommand;
use konsortio_app::{
    shown_key, ApiKey, ApiKeyChange, App, AppError, CredentialsInput, HarvestEvent, HarvestOutcome, HarvestRequest,
    MemberHarvest, SushiCredentials, SushiEndpoint, Table,
};

use konsortio_i18n::{message, text};

use crate::print::lang;
use crate::usage::list;
use crate::{print, say};

#[derive(Subcommand, Debug)]
pub(crate) enum SushiCommand {
    Add {
        code: String,
        #[arg(long)]
        vendor: String,
        #[arg(long)]
        url: String,
        #[arg(long, default_value = "")]
        platform: String,
        #[arg(long)]
        wants_requestor_id: bool,
        #[arg(long)]
        wants_api_key: bool,
        #[arg(long)]
        wants_platform: bool,
    },
    List,
    Show {
        endpoint: String,
    },
    Remove {
        endpoint: String,
        #[arg(long)]
        with_credentials: bool,
    },
    Credentials {
        member: String,
        endpoint: String,
        #[arg(long, required_unless_present = "remove")]
        customer_id: Option<String>,
        #[arg(long)]
        requestor_id: Option<String>,
        #[arg(long, conflicts_with_all = ["api_key_stdin", "no_api_key"])]
        api_key: Option<String>,
        #[arg(long, conflicts_with = "no_api_key")]
        api_key_stdin: bool,
        #[arg(long)]
        no_api_key: bool,
        #[arg(long, conflicts_with_all = ["customer_id", "requestor_id", "api_key", "api_key_stdin", "no_api_key"])]
        remove: bool,
    },
    Import {
        file: PathBuf,
    },
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
            let args = [("code", endpoint.code.trim().into()), ("url", endpoint.base_url.trim().into())];
            say(out, &message(lang(), "cli-sushi-endpoint-saved", &args))
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
            let headers = print::headers(&["endpoint", "vendor", "base-url", "platform", "sends", "members"]);
            print::table_right(out, &Table { headers, rows }, &[5])
        }
        SushiCommand::Show { endpoint } => show(app, &endpoint, out),
        SushiCommand::Remove { endpoint, with_credentials } => {
            let members = app.remove_sushi_endpoint(&endpoint, with_credentials)?;
            let args = [("code", endpoint.as_str().into()), ("count", members.into())];
            say(out, &message(lang(), "cli-sushi-removed", &args))
        }
        SushiCommand::Credentials { member, endpoint, remove: true, .. } => {
            app.remove_sushi_credentials(&member, &endpoint)?;
            let args = [("member", member.as_str().into()), ("endpoint", endpoint.as_str().into())];
            say(out, &message(lang(), "cli-sushi-credentials-removed", &args))
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
            let lang = lang();
            let mut details =
                vec![message(lang, "cli-sushi-customer-id", &[("id", stored.customer_id.as_str().into())])];
            if !stored.requestor_id.is_empty() {
                details.push(message(lang, "cli-sushi-requestor-id", &[("id", stored.requestor_id.as_str().into())]));
            }
            if stored.has_api_key {
                details.push(message(lang, "cli-sushi-api-key", &[("key", shown(&stored).into())]));
            }
            let args = [
                ("member", stored.member.as_str().into()),
                ("endpoint", stored.endpoint.as_str().into()),
                ("details", list(details).into()),
            ];
            say(out, &message(lang, "cli-sushi-credentials", &args))
        }
        SushiCommand::Import { file } => {
            let n = app.import_sushi_credentials(&file)?;
            say(out, &message(lang(), "cli-sushi-imported", &[("count", n.into())]))
        }
    }
}

/// The first line of standard input, without its line break.
fn key_from_stdin() -> Result<ApiKey, AppError> {
    let mut line = String::new();
    std::io::stdin()
        .lock()
        .read_line(&mut line)
        .map_err(|e| AppError::File { file: "(standard input)".into(), message: e.to_string().into() })?;
    Ok(ApiKey::new(line.trim_end_matches(['\r', '\n'])))
}

fn show(app: &App, code: &str, out: &mut dyn Write) -> Result<(), AppError> {
    let view = app
        .sushi_endpoints()?
        .into_iter()
        .find(|v| v.endpoint.code == code)
        .ok_or_else(|| AppError::NotFound { kind: "SUSHI endpoint", key: code.into() })?;
    let e = &view.endpoint;
    let lang = lang();
    let platform = if e.platform.is_empty() { text(lang, "cli-sushi-none") } else { e.platform.clone() };
    let heading =
        [("code", e.code.as_str().into()), ("vendor", e.vendor.as_str().into()), ("url", e.base_url.as_str().into())];
    let lines = [
        message(lang, "cli-sushi-endpoint-heading", &heading),
        message(lang, "cli-sushi-platform", &[("platform", platform.into())]),
        message(lang, "cli-sushi-sends", &[("fields", wants(e).into())]),
    ];
    say(out, &lines.join("\n"))?;
    let rows = app
        .sushi_credentials(code)?
        .into_iter()
        .map(|c| vec![c.member.clone(), c.customer_id.clone(), c.requestor_id.clone(), shown(&c)])
        .collect();
    let headers = print::headers(&["member", "customer-id", "requestor-id", "api-key"]);
    print::table(out, &Table { headers, rows })
}

/// A stored key as shown: "••••6789", "•••• (set)" for a key too short to hint at, or nothing.
fn shown(c: &SushiCredentials) -> String {
    if c.has_api_key && c.api_key_hint.is_empty() {
        format!("•••• {}", text(lang(), "cli-sushi-key-set"))
    } else {
        shown_key(c)
    }
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

/// A line on standard error while a harvest runs; the backend's reasons for waiting stay as given.
fn progress_line(event: &HarvestEvent) -> String {
    let lang = lang();
    match event {
        HarvestEvent::Asking { member, attempt } => {
            let args = [("member", member.as_str().into()), ("attempt", i64::from(*attempt).into())];
            message(lang, "cli-sushi-asking", &args)
        }
        HarvestEvent::Waiting { member, seconds, queued, .. } => {
            let reason = wait_reason(*queued);
            let mut args = vec![("seconds", seconds.to_string().into()), ("reason", reason.into())];
            match member {
                Some(member) => {
                    args.push(("member", member.as_str().into()));
                    message(lang, "cli-sushi-waiting-member", &args)
                }
                None => message(lang, "cli-sushi-waiting", &args),
            }
        }
        HarvestEvent::Finished { member, status, done, total } => {
            let args = [
                ("done", (*done).into()),
                ("total", (*total).into()),
                ("member", member.as_str().into()),
                ("status", outcome_word(status).into()),
            ];
            message(lang, "cli-sushi-finished", &args)
        }
    }
}

/// Why a harvest waits, in the command's language: reports queued (their number), or a busy
/// server (0).
fn wait_reason(queued: usize) -> String {
    if queued == 0 {
        text(lang(), "sushi-reason-busy")
    } else {
        message(lang(), "sushi-reason-queued", &[("count", queued.into())])
    }
}

/// A harvest outcome's status ("imported", "no usage", ..., as the backend names it) in the
/// command's language.
fn outcome_word(status: &str) -> String {
    match status {
        "imported" | "no usage" | "queued" | "not authorised" | "failed" | "stopped" => {
            text(lang(), &format!("cli-sushi-status-{}", status.replace(' ', "-")))
        }
        other => other.to_string(),
    }
}

/// One line per member: what came of it, the rows imported and the details.
pub(crate) fn results_table(results: &[MemberHarvest], out: &mut dyn Write) -> Result<(), AppError> {
    let separator = text(lang(), "cli-sushi-detail-separator");
    let rows = results
        .iter()
        .map(|r| {
            let (rows, detail) = match &r.outcome {
                HarvestOutcome::Imported { summary, warnings } => {
                    let metrics: Vec<String> = summary.metrics.iter().map(|(m, n)| format!("{m} {n}")).collect();
                    let mut detail = list(metrics);
                    for text in summary
                        .replaced
                        .iter()
                        .map(|f| message(lang(), "cli-sushi-replaced", &[("file", f.as_str().into())]))
                        .chain(
                            warnings
                                .iter()
                                .map(|w| message(lang(), "cli-sushi-warning", &[("warning", w.as_str().into())])),
                        )
                    {
                        detail.push_str(&separator);
                        detail.push_str(&text);
                    }
                    (summary.rows.to_string(), detail)
                }
                HarvestOutcome::NoUsage { message }
                | HarvestOutcome::Queued { message }
                | HarvestOutcome::Unauthorised { message }
                | HarvestOutcome::Failed { message }
                | HarvestOutcome::Stopped { message } => (String::new(), konsortio_app::step_text(lang(), message)),
            };
            vec![r.member.clone(), outcome_word(r.outcome.status()), rows, detail]
        })
        .collect();
    print::table_right(out, &Table { headers: print::headers(&["member", "result", "rows", "detail"]), rows }, &[2])
}
