//! Printing for the CLI: aligned text tables (amounts right-aligned) and CSV.
//!
//! Tables speak the command's language (headers, totals, number marks); CSV stays as files
//! are read back: English field names and plain decimals.

use std::cell::Cell;
use std::io::Write;

use konsortio_app::{AppError, Table};
use konsortio_core::{Comparison, Money, Split, SplitInput};
use konsortio_i18n::{format::number, message, text, Lang};
use konsortio_store::AuditEntry;
use unicode_width::UnicodeWidthStr;

type Out<'a> = &'a mut dyn Write;

thread_local! {
    /// The language of this thread's command: set once by `run` (each run is one thread's
    /// call, so golden tests on parallel threads each keep their own).
    static LANG: Cell<Lang> = const { Cell::new(Lang::En) };
}

pub fn set_lang(lang: Lang) {
    LANG.with(|l| l.set(lang));
}

/// The language of the command being run.
pub fn lang() -> Lang {
    LANG.with(Cell::get)
}

/// An amount with thousands grouped as the language writes it ("1,234.56", "1 234,56").
pub fn grouped(m: &Money) -> String {
    number(&m.plain(), lang())
}

/// A plain decimal ("1234.5678") with the language's marks: "1,234.5678", "1 234,5678".
pub fn decimal(plain: &str) -> String {
    number(plain, lang())
}

/// An amount with its currency code: "1,234.56 EUR" (en), "1 234,56 EUR" (fi).
pub fn money(m: &Money) -> String {
    format!("{} {}", grouped(m), m.currency())
}

pub(crate) fn headers(ids: &[&str]) -> Vec<String> {
    ids.iter().map(|id| text(lang(), &format!("cli-col-{id}"))).collect()
}

fn io(e: std::io::Error) -> AppError {
    AppError::File { file: "(output)".into(), message: e.to_string().into() }
}

/// A column's alignment: text left, amounts right.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Align {
    Left,
    Right,
}

fn aligned(out: Out, headers: &[String], rows: &[Vec<String>], align: &[Align]) -> Result<(), AppError> {
    let mut widths: Vec<usize> = headers.iter().map(|h| h.width()).collect();
    for row in rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.width());
        }
    }
    let line = |cells: &[String]| -> String {
        let parts: Vec<String> = cells
            .iter()
            .enumerate()
            .map(|(i, c)| {
                let pad = " ".repeat(widths[i].saturating_sub(c.width()));
                if align.get(i) == Some(&Align::Right) {
                    format!("{pad}{c}")
                } else {
                    format!("{c}{pad}")
                }
            })
            .collect();
        parts.join("  ").trim_end().to_string()
    };
    writeln!(out, "{}", line(headers)).map_err(io)?;
    for row in rows {
        writeln!(out, "{}", line(row)).map_err(io)?;
    }
    Ok(())
}

fn csv_out(out: Out, headers: &[String], rows: &[Vec<String>]) -> Result<(), AppError> {
    let mut w = csv::Writer::from_writer(out);
    let e = |e: csv::Error| AppError::File { file: "(output)".into(), message: e.to_string().into() };
    w.write_record(headers).map_err(e)?;
    for r in rows {
        w.write_record(r).map_err(e)?;
    }
    w.flush().map_err(io)
}

pub fn table(out: Out, t: &Table) -> Result<(), AppError> {
    aligned(out, &t.headers, &t.rows, &[])?;
    writeln!(out, "{}", rows_line(t.rows.len())).map_err(io)
}

/// "(63 rows)" under a table.
fn rows_line(count: usize) -> String {
    message(lang(), "cli-rows", &[("count", count.into())])
}

/// A table with the columns at `right` (amounts, counts) right-aligned.
#[allow(clippy::result_large_err)] // AppError, as everywhere in the CLI
pub fn table_right(out: Out, t: &Table, right: &[usize]) -> Result<(), AppError> {
    let align: Vec<Align> =
        (0..t.headers.len()).map(|i| if right.contains(&i) { Align::Right } else { Align::Left }).collect();
    aligned(out, &t.headers, &t.rows, &align)?;
    writeln!(out, "{}", rows_line(t.rows.len())).map_err(io)
}

fn strings(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| (*s).to_string()).collect()
}

fn amount(m: &Money, csv: bool) -> String {
    if csv {
        m.plain()
    } else {
        grouped(m)
    }
}

fn optional(m: Option<Money>, csv: bool) -> String {
    m.map(|m| amount(&m, csv)).unwrap_or_default()
}

/// A split: a heading, one row per participant, and the totals.
pub fn split(
    out: Out,
    input: &SplitInput,
    s: &Split,
    finalised: Option<&(String, String)>,
    csv: bool,
) -> Result<(), AppError> {
    let names: std::collections::HashMap<&str, &str> =
        input.participants.iter().map(|p| (&*p.code, &*p.name)).collect();
    let last: std::collections::HashMap<&str, Money> = input
        .participants
        .iter()
        .filter_map(|p| p.last_year.map(|d| (&*p.code, Money::new(d, input.currency))))
        .collect();
    let mut rows = Vec::with_capacity(s.shares().len() + 1);
    for share in s.shares() {
        let last_year = last.get(share.code).copied();
        let change = last_year.map(|l| share.payable.checked_sub(l).expect("one currency"));
        rows.push(vec![
            share.code.to_string(),
            names.get(share.code).copied().unwrap_or_default().to_string(),
            amount(&share.payable, csv),
            amount(&share.funded, csv),
            amount(&share.notional(), csv),
            optional(last_year, csv),
            optional(change, csv),
        ]);
    }
    let columns = ["member", "name", "pays", "funder_pays", "notional", "last_year", "change"];
    if csv {
        return csv_out(out, &strings(&columns), &rows);
    }
    let headers = headers(&["member", "name", "pays", "funder-pays", "notional", "last-year", "change"]);
    let lang = lang();
    let status = match finalised {
        Some((at, by)) => {
            message(lang, "cli-split-finalised", &[("at", at.as_str().into()), ("by", by.as_str().into())])
        }
        None => text(lang, "cli-split-draft"),
    };
    let (deal, year) = (input.deal.to_string(), input.year.to_string());
    let heading = [("deal", deal.into()), ("year", year.into()), ("status", status.into())];
    writeln!(out, "{}", message(lang, "cli-split-heading", &heading)).map_err(io)?;
    let rule = if input.rule.to_string().is_empty() { text(lang, "cli-equal-shares") } else { input.rule.to_string() };
    writeln!(out, "{}", message(lang, "cli-rule", &[("rule", rule.into())])).map_err(io)?;
    let paid = s.total.checked_sub(s.funder_part).expect("one currency");
    rows.push(vec![
        text(lang, "cli-total"),
        message(lang, "cli-participants", &[("count", s.shares().len().into())]),
        grouped(&paid),
        grouped(&s.funder_part),
        grouped(&s.total),
        String::new(),
        String::new(),
    ]);
    let right = [Align::Left, Align::Left, Align::Right, Align::Right, Align::Right, Align::Right, Align::Right];
    aligned(out, &headers, &rows, &right)?;
    let funder = input.funder.as_deref().map_or_else(|| text(lang, "cli-funder"), str::to_string);
    let args = [
        ("price", money(&s.total).into()),
        ("funder", funder.into()),
        ("funded", grouped(&s.funder_part).into()),
        ("paid", grouped(&paid).into()),
        ("currency", s.total.currency().to_string().into()),
    ];
    writeln!(out, "{}", message(lang, "cli-price-line", &args)).map_err(io)
}

/// A comparison: one column per scenario, then last year and the stand-alone price.
pub fn comparison(out: Out, c: &Comparison, csv: bool) -> Result<(), AppError> {
    let mut headers = if csv { strings(&["member", "name"]) } else { headers(&["member", "name"]) };
    headers.extend(c.scenarios.iter().cloned());
    headers.extend(if csv {
        strings(&["last_year", "standalone"])
    } else {
        self::headers(&["last-year", "standalone"])
    });
    if csv {
        headers.extend(c.scenarios.iter().map(|s| format!("{s}_change")));
    }
    let mut rows = Vec::with_capacity(c.rows.len() + 1);
    for r in &c.rows {
        let mut row = vec![r.code.clone(), r.name.clone()];
        row.extend(r.payable.iter().map(|m| amount(m, csv)));
        row.push(optional(r.last_year, csv));
        row.push(optional(r.standalone, csv));
        if csv {
            row.extend((0..c.scenarios.len()).map(|k| optional(r.change_from_last_year(k), csv)));
        }
        rows.push(row);
    }
    if csv {
        return csv_out(out, &headers, &rows);
    }
    let mut total = vec![text(lang(), "cli-total"), String::new()];
    total.extend(c.splits.iter().map(|s| grouped(&s.total.checked_sub(s.funder_part).expect("one currency"))));
    rows.push(total);
    let mut align = vec![Align::Left, Align::Left];
    align.extend(std::iter::repeat_n(Align::Right, c.scenarios.len() + 2));
    aligned(out, &headers, &rows, &align)
}

pub fn audit(out: Out, entries: &[AuditEntry]) -> Result<(), AppError> {
    let rows: Vec<Vec<String>> = entries
        .iter()
        .map(|e| vec![e.at.clone(), e.actor.clone(), e.action.clone(), e.kind.clone(), e.key.clone(), e.detail.clone()])
        .collect();
    aligned(out, &headers(&["at", "actor", "action", "kind", "key", "detail"]), &rows, &[])
}
