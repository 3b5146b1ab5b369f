//! `konsortio usage ...`: COUNTER report files: inspect, import for a member, match to
//! resources, cost per use, usage bases and the usage CSV; SUSHI harvesting (sushi.rs).

// AppError is the CLI's one error type, as in the rest of this crate (see print.rs).
#![allow(clippy::result_large_err)]

use std::io::Write;
use std::path::{Path, PathBuf};

use clap::Subcommand;
use konsortio_app::{inspect_usage, App, AppError, CostPerUse, HarvestRequest, Table, UsageImportSummary};
use konsortio_core::Money;
use konsortio_i18n::{message, text, Arg};

use crate::print::lang;
use crate::{print, say, Format};

/// The usage commands that work on the database (`inspect` does not).
#[derive(Subcommand, Debug)]
pub(crate) enum UsageDb {
    Import {
        member: String,
        file: PathBuf,
        #[arg(long)]
        json: bool,
    },
    List,
    Remove {
        id: i64,
    },
    Map {
        name: String,
        resource: String,
    },
    Unmap {
        name: String,
    },
    Mappings,
    Unmatched,
    CostPerUse {
        #[arg(long)]
        year: i32,
        #[arg(long)]
        metric: Option<String>,
        #[arg(long)]
        member: Option<String>,
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
    Basis {
        resource: String,
        #[arg(long)]
        year: i32,
        #[arg(long, default_value_t = 1)]
        years: u32,
        #[arg(long)]
        metric: Option<String>,
    },
    Report {
        #[arg(long)]
        year: i32,
        #[arg(long)]
        member: Option<String>,
        #[arg(long)]
        metric: Option<String>,
        #[arg(long)]
        out: PathBuf,
        #[arg(long)]
        force: bool,
    },
    #[command(subcommand)]
    Sushi(crate::sushi::SushiCommand),
    Harvest {
        endpoint: String,
        #[arg(long)]
        report: String,
        #[arg(long)]
        from: String,
        #[arg(long)]
        to: String,
        #[arg(long)]
        member: Option<String>,
        #[arg(long)]
        json: bool,
    },
    Export {
        #[arg(long)]
        year: i32,
        #[arg(long)]
        metric: Option<String>,
        #[arg(long)]
        out: PathBuf,
        #[arg(long)]
        force: bool,
    },
}

pub(crate) fn run(app: &mut App, command: UsageDb, out: &mut dyn Write, err: &mut dyn Write) -> Result<(), AppError> {
    match command {
        UsageDb::Sushi(command) => crate::sushi::run(app, command, out),
        UsageDb::Harvest { endpoint, report, from, to, member, json } => {
            let request = HarvestRequest { endpoint, report, begin: from, end: to, member };
            crate::sushi::harvest(app, &request, json, out, err)
        }
        UsageDb::Import { member, file, json } => {
            let summary = app.import_usage(&member, &file)?;
            if json {
                return say(out, &serde_json::to_string_pretty(&summary).expect("a summary serialises"));
            }
            imported(&summary, out)
        }
        UsageDb::List => {
            let rows = app
                .usage_imports()?
                .into_iter()
                .map(|i| {
                    vec![
                        i.id.to_string(),
                        i.member,
                        i.report_id,
                        i.release,
                        period(&i.begin, &i.end),
                        i.platform,
                        i.rows.to_string(),
                        i.file,
                    ]
                })
                .collect();
            let headers = print::headers(&["id", "member", "report", "release", "period", "platform", "rows", "file"]);
            print::table_right(out, &Table { headers, rows }, &[0, 6])
        }
        UsageDb::Remove { id } => {
            let i = app.delete_usage_import(id)?;
            let args = [
                ("report", i.report_id.into()),
                ("platform", i.platform.into()),
                ("member", i.member.into()),
                ("period", period(&i.begin, &i.end).into()),
                ("file", i.file.into()),
            ];
            say(out, &message(lang(), "cli-usage-removed", &args))
        }
        UsageDb::Map { name, resource } => {
            app.map_usage(&name, &resource)?;
            let args = [("name", name.trim().into()), ("resource", resource.into())];
            say(out, &message(lang(), "cli-usage-mapped", &args))
        }
        UsageDb::Unmap { name } => {
            app.unmap_usage(&name)?;
            say(out, &message(lang(), "cli-usage-unmapped", &[("name", name.trim().into())]))
        }
        UsageDb::Mappings => {
            let rows = app.usage_mappings()?.into_iter().map(|m| vec![m.name, m.resource]).collect();
            print::table(out, &Table { headers: print::headers(&["name", "resource"]), rows })
        }
        UsageDb::Unmatched => unmatched(app, out),
        UsageDb::CostPerUse { year, metric, member, format } => {
            if format == Format::Csv {
                if member.is_some() {
                    return Err(AppError::Invalid(text(lang(), "cli-usage-csv-all-members").into()));
                }
                app.export_usage(year, metric.as_deref(), out)?;
                return Ok(());
            }
            cost_per_use(app, year, metric.as_deref(), member.as_deref(), out)
        }
        UsageDb::Basis { resource, year, years, metric } => {
            let first = year - i32::try_from(years.max(1)).unwrap_or(1) + 1;
            let values = app.usage_basis(&resource, metric.as_deref(), first, year)?;
            let mut args = vec![("resource", resource.as_str().into()), ("period", period(&first, &year).into())];
            let heading = match values.first() {
                Some(v) => {
                    args.push(("metric", v.metric.clone().into()));
                    "cli-usage-basis-heading"
                }
                None => "cli-usage-basis-heading-none",
            };
            say(out, &message(lang(), heading, &args))?;
            let rows = values.into_iter().map(|v| vec![v.member, v.year.to_string(), v.value.to_string()]).collect();
            print::table_right(out, &Table { headers: print::headers(&["member", "year", "uses"]), rows }, &[2])
        }
        UsageDb::Export { year, metric, out: file, force } => export(app, year, metric.as_deref(), &file, force, out),
        UsageDb::Report { year, member, metric, out: file, force } => {
            if file.exists() && !force {
                return Err(AppError::Exists { file: file.display().to_string() });
            }
            let pdf = app.usage_pdf(year, metric.as_deref(), member.as_deref())?;
            std::fs::write(&file, &pdf)
                .map_err(|e| AppError::File { file: file.display().to_string(), message: e.to_string().into() })?;
            let mut args = vec![
                ("year", year.to_string().into()),
                ("file", file.display().to_string().into()),
                ("size", (pdf.len() / 1024).to_string().into()),
            ];
            let said = match member {
                Some(m) => {
                    args.push(("member", m.into()));
                    "cli-usage-report-written"
                }
                None => "cli-usage-report-written-consortium",
            };
            say(out, &message(lang(), said, &args))
        }
    }
}

fn imported(s: &UsageImportSummary, out: &mut dyn Write) -> Result<(), AppError> {
    let lang = lang();
    let args = [
        ("file", s.file.as_str().into()),
        ("member", s.member.as_str().into()),
        ("release", s.release.as_str().into()),
        ("report", s.report_id.as_str().into()),
        ("format", s.format.as_str().into()),
        ("period", period(&s.begin, &s.end).into()),
        ("platform", s.platform.as_str().into()),
    ];
    say(out, &message(lang, "cli-usage-imported", &args))?;
    say(out, &rows_items(s.rows, s.items))?;
    for file in &s.replaced {
        say(out, &message(lang, "cli-usage-replaced", &[("file", file.as_str().into())]))?;
    }
    let rows = s
        .metrics
        .iter()
        .map(|(m, n)| vec![m.clone(), n.to_string(), s.outside_membership.get(m).copied().unwrap_or(0).to_string()])
        .collect();
    let headers = print::headers(&["metric", "total", "outside-membership"]);
    print::table_right(out, &Table { headers, rows }, &[1, 2])?;
    if !s.outside_membership.is_empty() {
        say(out, &text(lang, "cli-usage-outside-note"))?;
    }
    let matched: Vec<String> = s
        .matched
        .iter()
        .map(|(r, n)| message(lang, "cli-usage-matched-rows", &[("resource", r.as_str().into()), ("rows", count(*n))]))
        .collect();
    let list = if matched.is_empty() { text(lang, "cli-usage-matched-nothing") } else { list(matched) };
    say(out, &message(lang, "cli-usage-matched", &[("list", list.into())]))?;
    if !s.unmatched.is_empty() {
        say(out, &text(lang, "cli-usage-unmatched-heading"))?;
        for u in &s.unmatched {
            say(out, &format!("  {}", unmatched_line(&u.platform, &u.database, &u.candidates, u.items)))?;
        }
    }
    Ok(())
}

fn unmatched_line(platform: &Option<String>, database: &Option<String>, candidates: &[String], items: u64) -> String {
    let lang = lang();
    let name = match (platform, database) {
        (Some(p), Some(d)) => message(
            lang,
            "cli-usage-on-platform-database",
            &[("database", d.as_str().into()), ("platform", p.as_str().into())],
        ),
        (Some(p), None) => message(lang, "cli-usage-on-platform", &[("platform", p.as_str().into())]),
        (None, Some(d)) => message(lang, "cli-usage-on-database", &[("database", d.as_str().into())]),
        (None, None) => text(lang, "cli-usage-no-platform"),
    };
    let mut args = vec![("name", name.into()), ("items", count(items))];
    if candidates.is_empty() {
        return message(lang, "cli-usage-unmatched-items", &args);
    }
    args.push(("candidates", either(candidates).into()));
    message(lang, "cli-usage-unmatched-ambiguous", &args)
}

fn unmatched(app: &App, out: &mut dyn Write) -> Result<(), AppError> {
    let rows: Vec<Vec<String>> = app
        .unmatched_usage()?
        .into_iter()
        .map(|u| {
            vec![
                u.platform.unwrap_or_default(),
                u.database.unwrap_or_default(),
                u.items.to_string(),
                u.members.to_string(),
                either(&u.candidates),
            ]
        })
        .collect();
    let headers = print::headers(&["platform", "database", "items", "members", "ambiguous-between"]);
    print::table_right(out, &Table { headers, rows }, &[2, 3])
}

fn cost_per_use(
    app: &App,
    year: i32,
    metric: Option<&str>,
    member: Option<&str>,
    out: &mut dyn Write,
) -> Result<(), AppError> {
    let report = app.cost_per_use(year, metric, member)?;
    let heading = [("year", year.to_string().into()), ("metric", report.metric.as_str().into())];
    say(out, &message(lang(), "cli-usage-cost-heading", &heading))?;
    let or_dash = |v: Option<String>| v.unwrap_or_else(|| "-".into());
    let line = |r: &CostPerUse, first: String| {
        vec![
            first,
            r.resource.to_string(),
            or_dash(r.deal.as_deref().map(str::to_string)),
            or_dash(r.share.map(|s| print::money(&Money::new(s, r.currency)))),
            or_dash(r.uses.map(|u| u.to_string())),
            or_dash(r.cost_per_use.map(|c| print::decimal(&c.to_string()))),
        ]
    };
    let rows = report.members.iter().map(|r| line(r, r.member.as_deref().unwrap_or("").to_string())).collect();
    let headers = print::headers(&["member", "resource", "deal", "share", "uses", "cost-per-use"]);
    print::table_right(out, &Table { headers, rows }, &[3, 4, 5])?;
    say(out, &text(lang(), "cli-usage-consortium-wide"))?;
    let rows = report.consortium.iter().map(|r| line(r, String::new())[1..].to_vec()).collect();
    let headers = print::headers(&["resource", "deal", "price", "uses", "cost-per-use"]);
    print::table_right(out, &Table { headers, rows }, &[2, 3, 4])
}

fn export(
    app: &App,
    year: i32,
    metric: Option<&str>,
    file: &Path,
    force: bool,
    out: &mut dyn Write,
) -> Result<(), AppError> {
    if file.exists() && !force {
        return Err(AppError::Exists { file: file.display().to_string() });
    }
    let io = |e: std::io::Error| AppError::File { file: file.display().to_string(), message: e.to_string().into() };
    let mut w = std::io::BufWriter::new(std::fs::File::create(file).map_err(io)?);
    let n = app.export_usage(year, metric, &mut w)?;
    w.flush().map_err(io)?;
    let args = [("count", n.into()), ("year", year.to_string().into()), ("file", file.display().to_string().into())];
    say(out, &message(lang(), "cli-usage-exported", &args))
}

/// A count as a message argument (it picks the plural form).
fn count(n: u64) -> Arg<'static> {
    Arg::Count(i64::try_from(n).unwrap_or(i64::MAX))
}

/// "2025-01-01 to 2025-12-31": dates or years, as given.
fn period(begin: &dyn std::fmt::Display, end: &dyn std::fmt::Display) -> String {
    message(lang(), "cli-usage-period", &[("begin", begin.to_string().into()), ("end", end.to_string().into())])
}

/// "A or B or C" in the command's language.
fn either(names: &[String]) -> String {
    names
        .iter()
        .cloned()
        .reduce(|first, second| message(lang(), "cli-usage-or", &[("first", first.into()), ("second", second.into())]))
        .unwrap_or_default()
}

/// Items joined as the language lists them: "a, b, c".
pub(crate) fn list(items: Vec<String>) -> String {
    items.join(&text(lang(), "cli-usage-separator"))
}

/// "10 rows, 3 items", each with its plural.
fn rows_items(rows: u64, items: u64) -> String {
    message(lang(), "cli-usage-rows-items", &[("rows", count(rows)), ("items", count(items))])
}

/// Prints what a report file is and its total per metric type, as text or JSON.
pub(crate) fn inspect(path: &Path, json: bool, out: &mut dyn Write) -> Result<(), AppError> {
    let s = inspect_usage(path)?;
    if json {
        let text = serde_json::to_string_pretty(&s).expect("a summary serialises");
        return say(out, &text);
    }
    let lang = lang();
    let institution = match (&s.institution_name, &s.institution_id) {
        (Some(n), Some(id)) => format!("{n} ({id})"),
        (Some(n), None) => n.clone(),
        (None, Some(id)) => id.clone(),
        (None, None) => text(lang, "cli-usage-not-given"),
    };
    let exceptions = if s.exceptions.is_empty() {
        text(lang, "cli-usage-none")
    } else {
        s.exceptions.iter().map(|e| format!("{}: {}", e.code, e.message)).collect::<Vec<_>>().join("; ")
    };
    let created = match (&s.created, &s.created_by) {
        (Some(at), Some(by)) => {
            message(lang, "cli-usage-created-at-by", &[("at", at.as_str().into()), ("by", by.as_str().into())])
        }
        (Some(at), None) => at.clone(),
        (None, Some(by)) => message(lang, "cli-usage-created-by", &[("by", by.as_str().into())]),
        (None, None) => text(lang, "cli-usage-not-given"),
    };
    let heading = [
        ("file", s.file.as_str().into()),
        ("release", s.release.as_str().into()),
        ("report", s.report_id.as_str().into()),
        ("name", s.report_name.as_str().into()),
    ];
    let period = period(&s.reporting_period.begin, &s.reporting_period.end);
    let lines = [
        message(lang, "cli-usage-inspect-heading", &heading),
        message(lang, "cli-usage-institution", &[("institution", institution.into())]),
        message(lang, "cli-usage-period-line", &[("period", period.into())]),
        message(lang, "cli-usage-created", &[("created", created.into())]),
        message(lang, "cli-usage-exceptions", &[("exceptions", exceptions.into())]),
        rows_items(s.row_count, s.item_count),
    ];
    say(out, &lines.join("\n"))?;
    let rows = s.metrics.iter().map(|(m, n)| vec![m.clone(), n.to_string()]).collect();
    print::table(out, &Table { headers: print::headers(&["metric", "total"]), rows })
}
