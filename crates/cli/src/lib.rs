//! The `konsortio` command line: parses arguments, calls konsortio-app, prints tables or CSV.

mod help;
mod invoice;
mod parse_error;
mod print;
mod sushi;
mod usage;

use std::io::Write;
use std::path::{Path, PathBuf};

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};
use konsortio_app::{file_label as label, Actor, App, AppError, Kind, ScenarioText};
use konsortio_i18n::{message, Lang};
use print::lang;

// The help texts of the commands and arguments below are messages in locales/*.ftl (section
// "CLI help (clap)", keys as help.rs names them), in English too: a test fails without one.
#[derive(Parser, Debug)]
#[command(name = "konsortio", version)]
struct Cli {
    #[arg(long, global = true)]
    db: Option<PathBuf>,
    #[arg(long, global = true, value_parser = parse_lang)]
    lang: Option<Lang>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    Init {
        #[arg(long)]
        demo: bool,
    },
    Demo,
    Import {
        kind: String,
        file: PathBuf,
    },
    ImportDir {
        dir: PathBuf,
    },
    Export {
        kind: String,
        #[arg(long)]
        out: Option<PathBuf>,
        #[arg(long)]
        force: bool,
    },
    List {
        kind: String,
    },
    Split {
        deal: String,
        #[arg(long)]
        year: i32,
        #[arg(long)]
        rule: Option<String>,
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
        #[arg(long)]
        explain: Option<String>,
    },
    Compare {
        deal: String,
        #[arg(long)]
        year: i32,
        #[arg(long = "rule", required = true)]
        rules: Vec<String>,
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
    Finalise {
        deal: String,
        #[arg(long)]
        year: i32,
    },
    Calc {
        deal_file: PathBuf,
        members_csv: PathBuf,
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
        #[arg(long)]
        explain: Option<String>,
    },
    Audit {
        #[arg(long, default_value_t = 20)]
        limit: u32,
    },
    Backup {
        file: PathBuf,
    },
    Statement {
        member: String,
        #[arg(long)]
        year: i32,
        #[arg(long)]
        out: PathBuf,
        #[arg(long)]
        force: bool,
    },
    #[command(subcommand)]
    Invoice(InvoiceCommand),
    #[command(subcommand)]
    Usage(UsageCommand),
}

#[derive(Subcommand, Debug)]
enum UsageCommand {
    Inspect {
        file: PathBuf,
        #[arg(long)]
        json: bool,
    },
    #[command(flatten)]
    Db(usage::UsageDb),
}

#[derive(Subcommand, Debug)]
enum InvoiceCommand {
    Issue {
        #[arg(long)]
        year: i32,
        #[arg(long)]
        deal: Option<String>,
        #[arg(long, value_enum, default_value_t = Mode::PerMember)]
        mode: Mode,
        #[arg(long)]
        date: Option<String>,
        #[arg(long)]
        explain: bool,
        #[arg(long)]
        dry_run: bool,
    },
    List,
    Show {
        number: String,
    },
    Credit {
        number: String,
        #[arg(long = "line")]
        lines: Vec<u32>,
        #[arg(long)]
        date: Option<String>,
    },
    Pay {
        number: String,
        #[arg(long)]
        amount: String,
        #[arg(long)]
        date: Option<String>,
        #[arg(long)]
        reference: Option<String>,
    },
    Export {
        dir: PathBuf,
        #[arg(long, value_enum, default_value_t = ExportFormat::Csv)]
        format: ExportFormat,
        #[arg(long)]
        force: bool,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum ExportFormat {
    Csv,
    Ubl,
    Pdf,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum Mode {
    PerMember,
    Funder,
    Consolidated,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum Format {
    Table,
    Csv,
}

/// Runs the command line with `args` (the first is the program name); returns the exit code.
pub fn run(args: Vec<String>, out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let locale = || Lang::from_locale_vars(|name| std::env::var(name).ok());
    let clap_lang = parsing_lang(&args, locale);
    let mut command = help::localized(Cli::command(), clap_lang);
    let parsed = command
        .try_get_matches_from_mut(args)
        .and_then(|mut matches| Cli::from_arg_matches_mut(&mut matches).map_err(|e| e.format(&mut command)));
    let cli = match parsed {
        Ok(cli) => cli,
        Err(e) => {
            let code = e.exit_code();
            let text = parse_error::said(&e, clap_lang).unwrap_or_else(|| e.render().to_string());
            let target: &mut dyn Write = if code == 0 { out } else { err };
            let _ = write!(target, "{text}");
            return code;
        }
    };
    print::set_lang(cli.lang.unwrap_or_else(locale));
    match execute(cli, out, err) {
        Ok(()) => 0,
        Err(e) => {
            let _ = writeln!(
                err,
                "{}",
                message(lang(), "cli-error", &[("message", konsortio_app::error_text(lang(), &e).into())])
            );
            1
        }
    }
}

fn parse_lang(code: &str) -> Result<Lang, parse_error::NotSpoken> {
    Lang::ALL.into_iter().find(|l| l.code() == code).ok_or(parse_error::NotSpoken)
}

/// The language of what clap prints while it parses `args` (help, parse errors): the one
/// `--lang` asks for; English when `--lang` is given but names no language Konsortio speaks
/// (or none at all); else the locale's.
fn parsing_lang(args: &[String], locale: impl Fn() -> Lang) -> Lang {
    let lang_given =
        || args.iter().skip(1).take_while(|a| *a != "--").any(|a| a == "--lang" || a.starts_with("--lang="));
    match lang_asked(args) {
        Some(lang) => lang,
        None if lang_given() => Lang::En,
        None => locale(),
    }
}

/// The language `--lang X` or `--lang=X` asks for among the raw arguments, for the help that
/// clap prints while it parses them (before `Cli.lang` exists); None without a valid one.
fn lang_asked(args: &[String]) -> Option<Lang> {
    let mut rest = args.iter().skip(1).take_while(|a| *a != "--");
    while let Some(arg) = rest.next() {
        let value = if arg == "--lang" { rest.next().map(String::as_str) } else { arg.strip_prefix("--lang=") };
        if let Some(lang) = value.and_then(|v| parse_lang(v).ok()) {
            return Some(lang);
        }
    }
    None
}

/// An explanation's numbered steps in the command's language (in English, the engine's text).
fn steps(explanation: &konsortio_core::Explanation) -> String {
    let lines: Vec<String> = explanation
        .steps
        .iter()
        .enumerate()
        .map(|(i, step)| format!("{:>2}. {}", i + 1, konsortio_app::step_text(lang(), step)))
        .collect();
    lines.join("\n")
}

/// A message in the command's language, its arguments shown as given.
fn words(id: &str, args: &[(&str, &dyn std::fmt::Display)]) -> String {
    let args: Vec<(&str, konsortio_i18n::Arg)> = args.iter().map(|(n, v)| (*n, v.to_string().into())).collect();
    message(lang(), id, &args)
}

/// The database path: --db, else $KONSORTIO_DB, else the platform's data directory.
pub fn database_path(flag: Option<PathBuf>) -> PathBuf {
    flag.unwrap_or_else(konsortio_app::default_database_path)
}

fn execute(cli: Cli, out: &mut dyn Write, err: &mut dyn Write) -> Result<(), AppError> {
    if let Command::Calc { deal_file, members_csv, format, explain } = &cli.command {
        return calc(deal_file, members_csv, *format, explain.as_deref(), out);
    }
    if let Command::Usage(UsageCommand::Inspect { file, json }) = &cli.command {
        return usage::inspect(file, *json, out);
    }
    let path = database_path(cli.db);
    let mut app = App::open(&path, Actor::from_env())?;
    match cli.command {
        Command::Init { demo } => init(&mut app, &path, demo, out),
        Command::Demo => demo(&mut app, &path, out),
        Command::Import { kind, file } => {
            let summary = app.import(kind_named(&kind)?, &file)?;
            say(out, &imported(summary.records, summary.kind.name()))
        }
        Command::ImportDir { dir } => {
            for s in app.import_dir(&dir)? {
                say(out, &imported(s.records, s.kind.name()))?;
            }
            Ok(())
        }
        Command::Export { kind, out: file, force } => export(&app, &kind, file.as_deref(), force, out),
        Command::List { kind } => print::table(out, &app.list(kind_named(&kind)?)?),
        Command::Split { deal, year, rule, format, explain } => {
            if let Some(member) = explain {
                let explanation = app.explain(&deal, year, &member, rule.as_deref())?;
                let heading = words("cli-explained", &[("member", &member), ("deal", &deal), ("year", &year)]);
                return say(out, &format!("{heading}\n{}", steps(&explanation)));
            }
            let view = app.split(&deal, year, rule.as_deref())?;
            print::split(out, &view.input, &view.split, view.finalised.as_ref(), format == Format::Csv)
        }
        Command::Compare { deal, year, rules, format } => {
            let scenarios = rules.iter().map(|r| scenario(r)).collect::<Result<Vec<_>, _>>()?;
            print::comparison(out, &app.compare(&deal, year, &scenarios)?, format == Format::Csv)
        }
        Command::Finalise { deal, year } => {
            let frozen = app.finalise(&deal, year)?;
            let (total, funder) = (print::money(&frozen.split.total), print::money(&frozen.split.funder_part));
            let args: [(&str, &dyn std::fmt::Display); 4] =
                [("deal", &deal), ("year", &year), ("total", &total), ("funder", &funder)];
            say(out, &words("cli-finalised", &args))
        }
        Command::Audit { limit } => print::audit(out, &app.audit(limit)?),
        Command::Backup { file } => {
            app.back_up(&file)?;
            say(out, &words("cli-backed-up", &[("file", &file.display())]))
        }
        Command::Invoice(command) => invoice::run(&mut app, command, out, err),
        Command::Usage(UsageCommand::Db(command)) => usage::run(&mut app, command, out, err),
        Command::Statement { member, year, out: file, force } => {
            if file.exists() && !force {
                return Err(AppError::Exists { file: file.display().to_string() });
            }
            let pdf = app.statement_pdf(&member, year)?;
            std::fs::write(&file, &pdf)
                .map_err(|e| AppError::File { file: file.display().to_string(), message: e.to_string().into() })?;
            let args: [(&str, &dyn std::fmt::Display); 4] =
                [("year", &year), ("member", &member), ("file", &file.display()), ("size", &(pdf.len() / 1024))];
            say(out, &words("cli-statement-written", &args))
        }
        Command::Calc { .. } | Command::Usage(UsageCommand::Inspect { .. }) => {
            unreachable!("handled before the database is opened")
        }
    }
}

fn init(app: &mut App, path: &Path, demo: bool, out: &mut dyn Write) -> Result<(), AppError> {
    if demo {
        if !app.is_empty()? {
            return Err(AppError::Invalid(words("cli-demo-not-empty", &[("file", &path.display())]).into()));
        }
        for s in app.load_demo()? {
            say(out, &imported(s.records, s.kind.name()))?;
        }
    }
    let version = app.schema_version()?;
    say(out, &words("cli-database", &[("file", &path.display()), ("version", &version)]))
}

/// The run command until the desktop app exists: seed on first start, then show a split.
fn demo(app: &mut App, path: &Path, out: &mut dyn Write) -> Result<(), AppError> {
    if app.is_empty()? {
        app.load_demo()?;
        say(out, &format!("{}\n", words("cli-seeded", &[("file", &path.display())])))?;
    }
    let deal = app
        .list(Kind::Deals)?
        .rows
        .first()
        .map(|r| r[0].clone())
        .ok_or_else(|| AppError::Invalid("no deals".into()))?;
    let view = app.split(&deal, konsortio_app::DEMO_YEAR, None)?;
    print::split(out, &view.input, &view.split, view.finalised.as_ref(), false)
}

fn export(app: &App, kind: &str, file: Option<&Path>, force: bool, out: &mut dyn Write) -> Result<(), AppError> {
    let kind = kind_named(kind)?;
    let Some(file) = file else {
        app.export(kind, out)?;
        return Ok(());
    };
    if file.exists() && !force {
        return Err(AppError::Exists { file: file.display().to_string() });
    }
    let io = |e: std::io::Error| AppError::File { file: file.display().to_string(), message: e.to_string().into() };
    let mut f = std::io::BufWriter::new(std::fs::File::create(file).map_err(io)?);
    let n = app.export(kind, &mut f)?;
    f.flush().map_err(io)?;
    say(out, &words("cli-exported", &[("count", &n), ("kind", &kind.name()), ("file", &file.display())]))
}

fn calc(
    deal_file: &Path,
    members: &Path,
    format: Format,
    explain: Option<&str>,
    out: &mut dyn Write,
) -> Result<(), AppError> {
    let read = |p: &Path| {
        std::fs::read(p).map_err(|e| AppError::File { file: p.display().to_string(), message: e.to_string().into() })
    };
    let deal_bytes = read(deal_file)?;
    let deal_text = String::from_utf8(deal_bytes)
        .map_err(|_| AppError::File { file: label(deal_file), message: "is not UTF-8 text".into() })?;
    let members_bytes = read(members)?;
    let input = konsortio_app::calc_input(&label(deal_file), &deal_text, &label(members), &members_bytes)?;
    if let Some(member) = explain {
        let explanation = konsortio_app::calc_explain(&input, member)?;
        return say(out, &format!("{member}:\n{}", steps(&explanation)));
    }
    let split = konsortio_app::calc_split(&input)?;
    print::split(out, &input, &split, None, format == Format::Csv)
}

fn scenario(text: &str) -> Result<ScenarioText, AppError> {
    let (name, rule) = text
        .split_once('=')
        .filter(|(n, _)| !n.trim().is_empty() && !n.contains(':'))
        .ok_or_else(|| AppError::Invalid(words("cli-rule-syntax", &[("text", &text)]).into()))?;
    Ok(ScenarioText { name: name.trim().into(), rule: rule.trim().into() })
}

fn kind_named(name: &str) -> Result<Kind, AppError> {
    Kind::from_name(name).ok_or_else(|| {
        let all: Vec<&str> = Kind::ALL.iter().map(|k| k.name()).collect();
        AppError::Invalid(words("cli-not-a-kind", &[("name", &name), ("kinds", &all.join(", "))]).into())
    })
}

/// "imported 63 members": the count as a number, so the language can pick its plural.
fn imported(count: usize, kind: &str) -> String {
    message(lang(), "cli-imported", &[("count", count.into()), ("kind", kind.into())])
}

fn say(out: &mut dyn Write, text: &str) -> Result<(), AppError> {
    writeln!(out, "{text}").map_err(|e| AppError::File { file: "(output)".into(), message: e.to_string().into() })
}
