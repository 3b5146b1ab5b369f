//! `konsortio usage ...`: COUNTER report files: inspect, import for a member, match to
//! resources, cost per use, usage bases and the usage CSV; SUSHI harvesting (sushi.rs).

// AppError is the CLI's one error type, as in the rest of this crate (see print.rs).
#![allow(clippy::result_large_err)]

use std::io::Write;
use std::path::{Path, PathBuf};

use clap::Subcommand;
use konsortio_app::{inspect_usage, App, AppError, CostPerUse, HarvestRequest, Table, UsageImportSummary};

use crate::{print, say, Format};

/// The usage commands that work on the database (`inspect` does not).
#[derive(Subcommand, Debug)]
pub(crate) enum UsageDb {
    /// Import a COUNTER report (any release, report and format) as a member's usage: all of
    /// it or nothing; the same report for the same period again replaces it.
    Import {
        member: String,
        file: PathBuf,
        /// Print the summary as JSON.
        #[arg(long)]
        json: bool,
    },
    /// The imported reports.
    List,
    /// Delete an imported report by its id (see `usage list`).
    Remove { id: i64 },
    /// Remember that a vendor's platform, database or title name, or an identifier, as reports
    /// give it, means a resource.
    Map { name: String, resource: String },
    /// Forget a mapping.
    Unmap { name: String },
    /// The mappings of vendors' names to resources.
    Mappings,
    /// Names in imported reports that match no resource (or several).
    Unmatched,
    /// Cost per use of the year's finalised shares: per member and consortium-wide.
    CostPerUse {
        #[arg(long)]
        year: i32,
        /// The COUNTER metric type that counts as a use (default Unique_Item_Requests).
        #[arg(long)]
        metric: Option<String>,
        #[arg(long)]
        member: Option<String>,
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
    /// What a split of a deal for the resource reads as `usage_<metric>`: each member's
    /// counts per year, from the imported reports.
    Basis {
        resource: String,
        /// The last year (a split of year Y reads Y - 1 unless its rule says otherwise).
        #[arg(long)]
        year: i32,
        /// How many years up to --year.
        #[arg(long, default_value_t = 1)]
        years: u32,
        #[arg(long)]
        metric: Option<String>,
    },
    /// Write the usage report of a year as a PDF: cost, uses and cost per use of each deal and a
    /// chart of the deals ranked by cost per use; consortium-wide, or one member's.
    Report {
        #[arg(long)]
        year: i32,
        #[arg(long)]
        member: Option<String>,
        #[arg(long)]
        metric: Option<String>,
        #[arg(long)]
        out: PathBuf,
        /// Overwrite the file if it exists.
        #[arg(long)]
        force: bool,
    },
    /// SUSHI endpoints and members' credentials there (API keys never shown).
    #[command(subcommand)]
    Sushi(crate::sushi::SushiCommand),
    /// Harvest a report over SUSHI for every member with credentials at the endpoint (or one
    /// member) and import it as `usage import` would: progress on standard error, then each
    /// member's result.
    Harvest {
        endpoint: String,
        /// A Release 5 / 5.1 report id: TR_J1, DR_D1, PR...
        #[arg(long)]
        report: String,
        /// The first month, YYYY-MM.
        #[arg(long)]
        from: String,
        /// The last month, YYYY-MM.
        #[arg(long)]
        to: String,
        #[arg(long)]
        member: Option<String>,
        /// Print the results as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Write the usage CSV of a year: uses, shares and cost per use (docs/CSV.md).
    Export {
        #[arg(long)]
        year: i32,
        #[arg(long)]
        metric: Option<String>,
        #[arg(long)]
        out: PathBuf,
        /// Overwrite the file if it exists.
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
                    let period = format!("{} to {}", i.begin, i.end);
                    let release = i.release.clone();
                    vec![
                        i.id.to_string(),
                        i.member,
                        i.report_id,
                        release,
                        period,
                        i.platform,
                        i.rows.to_string(),
                        i.file,
                    ]
                })
                .collect();
            let headers = ["id", "member", "report", "release", "period", "platform", "rows", "file"];
            print::table_right(out, &Table { headers: strings(&headers), rows }, &[0, 6])
        }
        UsageDb::Remove { id } => {
            let i = app.delete_usage_import(id)?;
            say(
                out,
                &format!(
                    "removed {} {} of {} ({} to {}, {})",
                    i.report_id, i.platform, i.member, i.begin, i.end, i.file
                ),
            )
        }
        UsageDb::Map { name, resource } => {
            app.map_usage(&name, &resource)?;
            say(out, &format!("\"{}\" now means {resource}", name.trim()))
        }
        UsageDb::Unmap { name } => {
            app.unmap_usage(&name)?;
            say(out, &format!("\"{}\" is no longer mapped", name.trim()))
        }
        UsageDb::Mappings => {
            let rows = app.usage_mappings()?.into_iter().map(|m| vec![m.name, m.resource]).collect();
            print::table(out, &Table { headers: strings(&["name", "resource"]), rows })
        }
        UsageDb::Unmatched => unmatched(app, out),
        UsageDb::CostPerUse { year, metric, member, format } => {
            if format == Format::Csv {
                if member.is_some() {
                    return Err(AppError::Invalid("--format csv writes every member; leave out --member".into()));
                }
                app.export_usage(year, metric.as_deref(), out)?;
                return Ok(());
            }
            cost_per_use(app, year, metric.as_deref(), member.as_deref(), out)
        }
        UsageDb::Basis { resource, year, years, metric } => {
            let first = year - i32::try_from(years.max(1)).unwrap_or(1) + 1;
            let values = app.usage_basis(&resource, metric.as_deref(), first, year)?;
            let name = values.first().map_or_else(String::new, |v| format!("{}: ", v.metric));
            say(out, &format!("{name}{resource}, {first} to {year}"))?;
            let rows = values.into_iter().map(|v| vec![v.member, v.year.to_string(), v.value.to_string()]).collect();
            print::table_right(out, &Table { headers: strings(&["member", "year", "uses"]), rows }, &[2])
        }
        UsageDb::Export { year, metric, out: file, force } => export(app, year, metric.as_deref(), &file, force, out),
        UsageDb::Report { year, member, metric, out: file, force } => {
            if file.exists() && !force {
                return Err(AppError::Exists { file: file.display().to_string() });
            }
            let pdf = app.usage_pdf(year, metric.as_deref(), member.as_deref())?;
            std::fs::write(&file, &pdf)
                .map_err(|e| AppError::File { file: file.display().to_string(), message: e.to_string() })?;
            let whose = member.map_or_else(|| "the consortium".to_string(), |m| m.to_string());
            say(
                out,
                &format!("wrote the {year} usage report of {whose} to {} ({} KB)", file.display(), pdf.len() / 1024),
            )
        }
    }
}

fn imported(s: &UsageImportSummary, out: &mut dyn Write) -> Result<(), AppError> {
    let items = if s.items == 1 { "item" } else { "items" };
    say(
        out,
        &format!(
            "imported {} for {}: COUNTER release {}, report {} ({}), {} to {}, platform {}\n{} rows, {} {items}",
            s.file, s.member, s.release, s.report_id, s.format, s.begin, s.end, s.platform, s.rows, s.items
        ),
    )?;
    for file in &s.replaced {
        say(out, &format!("replaced the earlier import of {file}"))?;
    }
    let rows = s
        .metrics
        .iter()
        .map(|(m, n)| vec![m.clone(), n.to_string(), s.outside_membership.get(m).copied().unwrap_or(0).to_string()])
        .collect();
    let headers = strings(&["metric", "total", "outside membership"]);
    print::table_right(out, &Table { headers, rows }, &[1, 2])?;
    if !s.outside_membership.is_empty() {
        say(out, "counts outside the membership are kept but left out of cost per use, usage bases and exports")?;
    }
    let matched: Vec<String> = s.matched.iter().map(|(r, n)| format!("{r} ({n} rows)")).collect();
    say(out, &format!("matched: {}", if matched.is_empty() { "nothing".to_string() } else { matched.join(", ") }))?;
    if !s.unmatched.is_empty() {
        say(out, "unmatched (map them with: konsortio usage map NAME RESOURCE):")?;
        for u in &s.unmatched {
            say(out, &format!("  {}", unmatched_line(&u.platform, &u.database, &u.candidates, u.items)))?;
        }
    }
    Ok(())
}

fn unmatched_line(platform: &Option<String>, database: &Option<String>, candidates: &[String], items: u64) -> String {
    let name = match (platform, database) {
        (Some(p), Some(d)) => format!("database \"{d}\" on platform \"{p}\""),
        (Some(p), None) => format!("platform \"{p}\""),
        (None, Some(d)) => format!("database \"{d}\""),
        (None, None) => "(no platform named)".to_string(),
    };
    let why = if candidates.is_empty() { String::new() } else { format!(", ambiguous: {}", candidates.join(" or ")) };
    format!("{name}: {items} item{}{why}", if items == 1 { "" } else { "s" })
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
                u.candidates.join(" or "),
            ]
        })
        .collect();
    let headers = strings(&["platform", "database", "items", "members", "ambiguous between"]);
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
    say(out, &format!("cost per use {year}, uses: {}", report.metric))?;
    let text = |v: Option<String>| v.unwrap_or_else(|| "-".into());
    let line = |r: &CostPerUse, first: String| {
        vec![
            first,
            r.resource.to_string(),
            text(r.deal.as_deref().map(str::to_string)),
            text(r.share.map(|s| format!("{s} {}", r.currency))),
            text(r.uses.map(|u| u.to_string())),
            text(r.cost_per_use.map(|c| c.to_string())),
        ]
    };
    let rows = report.members.iter().map(|r| line(r, r.member.as_deref().unwrap_or("").to_string())).collect();
    let headers = strings(&["member", "resource", "deal", "share", "uses", "cost per use"]);
    print::table_right(out, &Table { headers, rows }, &[3, 4, 5])?;
    say(out, "consortium-wide (the price over all participants' uses):")?;
    let rows = report.consortium.iter().map(|r| line(r, String::new())[1..].to_vec()).collect();
    let headers = strings(&["resource", "deal", "price", "uses", "cost per use"]);
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
    let io = |e: std::io::Error| AppError::File { file: file.display().to_string(), message: e.to_string() };
    let mut w = std::io::BufWriter::new(std::fs::File::create(file).map_err(io)?);
    let n = app.export_usage(year, metric, &mut w)?;
    w.flush().map_err(io)?;
    say(out, &format!("exported {n} usage rows of {year} to {}", file.display()))
}

fn strings(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| (*s).to_string()).collect()
}

/// Prints what a report file is and its total per metric type, as text or JSON.
pub(crate) fn inspect(path: &Path, json: bool, out: &mut dyn Write) -> Result<(), AppError> {
    let s = inspect_usage(path)?;
    if json {
        let text = serde_json::to_string_pretty(&s).expect("a summary serialises");
        return say(out, &text);
    }
    let institution = match (&s.institution_name, &s.institution_id) {
        (Some(n), Some(id)) => format!("{n} ({id})"),
        (Some(n), None) => n.clone(),
        (None, Some(id)) => id.clone(),
        (None, None) => "(not given)".into(),
    };
    let exceptions = if s.exceptions.is_empty() {
        "none".to_string()
    } else {
        s.exceptions.iter().map(|e| format!("{}: {}", e.code, e.message)).collect::<Vec<_>>().join("; ")
    };
    let created = match (&s.created, &s.created_by) {
        (Some(at), Some(by)) => format!("{at} by {by}"),
        (Some(at), None) => at.clone(),
        (None, Some(by)) => format!("by {by}"),
        (None, None) => "(not given)".into(),
    };
    say(
        out,
        &format!(
            "{}: COUNTER release {}, report {} ({})\ninstitution: {institution}\nperiod: {} to {}\ncreated: {created}\nexceptions: {exceptions}\n{} rows, {} item{}",
            s.file,
            s.release.as_str(),
            s.report_id,
            s.report_name,
            s.reporting_period.begin,
            s.reporting_period.end,
            s.row_count,
            s.item_count,
            if s.item_count == 1 { "" } else { "s" }
        ),
    )?;
    let rows = s.metrics.iter().map(|(m, n)| vec![m.clone(), n.to_string()]).collect();
    print::table(out, &Table { headers: vec!["metric".into(), "total".into()], rows })
}
