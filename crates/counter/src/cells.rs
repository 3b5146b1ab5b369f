//! Reading single cells: counts with or without thousands separators, month headings in their
//! documented layouts, dates, and headings and labels compared the tolerant way.

use chrono::{Datelike, NaiveDate};

use crate::error::ErrorKind;
use crate::model::Month;

/// A count can be no larger: more than a trillion uses of one item in one month is a corrupt file,
/// and the bound keeps every sum over a file far from u64 overflow.
pub const MAX_COUNT: u64 = 1_000_000_000_000;

/// A count cell: digits, optionally grouped by thousands ("65,673", "65.673", "65 673"); empty is 0.
pub fn count(text: &str) -> Result<u64, ErrorKind> {
    let t = text.trim();
    if t.is_empty() {
        return Ok(0);
    }
    if let Some(rest) = t.strip_prefix('-') {
        if digits_or_grouped(rest.trim()).is_some() {
            return Err(ErrorKind::NegativeCount(t.to_string()));
        }
    }
    let digits = digits_or_grouped(t).ok_or_else(|| ErrorKind::NotACount(t.to_string()))?;
    match digits.parse::<u64>() {
        Ok(n) if n <= MAX_COUNT => Ok(n),
        _ => Err(ErrorKind::CountTooLarge(t.to_string())),
    }
}

/// The bare digits of "1234" or of "1,234" (groups of three after one to three leading digits, one
/// separator throughout); `None` for anything else.
fn digits_or_grouped(t: &str) -> Option<String> {
    if !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit()) {
        return Some(t.to_string());
    }
    let separator = t.chars().find(|c| !c.is_ascii_digit())?;
    if !matches!(separator, ',' | '.' | ' ' | '\u{a0}' | '\u{202f}' | '\'') {
        return None;
    }
    let mut groups = t.split(separator);
    let first = groups.next()?;
    let lead_ok = (1..=3).contains(&first.len()) && first.bytes().all(|b| b.is_ascii_digit());
    let mut digits = first.to_string();
    for group in groups {
        if group.len() != 3 || !group.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        digits.push_str(group);
    }
    lead_ok.then_some(digits)
}

const MONTH_NAMES: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// A month column heading: "Jan-2022" (the standard), "Jan 2022", "January 2022", "Jan-22",
/// "2022-01", "2022/01", "2022-01-01" (a date in the month, as spreadsheets write date cells),
/// "01/2022", "1-2022", "01.2022". Day-first or month-first full dates are ambiguous and refused.
pub fn month_heading(text: &str) -> Option<Month> {
    let t = text.trim();
    let t = t.split_once('T').map_or(t, |(date, _)| date);
    named_month(t).or_else(|| numeric_month(t))
}

fn named_month(t: &str) -> Option<Month> {
    let split = t.find(['-', ' ', '_', '.', '/'])?;
    let (name, year) = (&t[..split], &t[split + 1..]);
    let name = name.to_ascii_lowercase();
    if name.len() < 3 {
        return None;
    }
    let index = MONTH_NAMES.iter().position(|full| full.starts_with(&name))?;
    Month::new(year_number(year.trim())?, index as u8 + 1)
}

fn year_number(text: &str) -> Option<u16> {
    if !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    match text.len() {
        4 => text.parse().ok(),
        2 => text.parse::<u16>().ok().map(|y| 2000 + y),
        _ => None,
    }
}

fn numeric_month(t: &str) -> Option<Month> {
    let parts: Vec<&str> = t.split(['-', '/', '.']).collect();
    if parts.iter().any(|p| p.is_empty() || !p.bytes().all(|b| b.is_ascii_digit())) {
        return None;
    }
    match parts.as_slice() {
        [year, month] if year.len() == 4 && month.len() <= 2 => Month::new(year.parse().ok()?, month.parse().ok()?),
        [month, year] if year.len() == 4 && month.len() <= 2 => Month::new(year.parse().ok()?, month.parse().ok()?),
        [year, month, day] if year.len() == 4 => {
            let date = NaiveDate::from_ymd_opt(year.parse().ok()?, month.parse().ok()?, day.parse().ok()?)?;
            Month::new(year.parse().ok()?, date.month() as u8)
        }
        _ => None,
    }
}

/// Which end of a period a date closes, so that "2022-01" can stand for a whole month.
#[derive(Clone, Copy)]
pub enum End {
    Begin,
    End,
}

/// An ISO date, or an ISO month taken as its first (begin) or last (end) day.
pub fn period_date(text: &str, end: End) -> Option<NaiveDate> {
    let t = text.trim();
    let t = t.split_once('T').map_or(t, |(date, _)| date);
    if let Ok(date) = NaiveDate::parse_from_str(t, "%Y-%m-%d") {
        // Only four-digit years: every Month of a period must exist.
        return (1000..=9999).contains(&date.year()).then_some(date);
    }
    let month = match t.split_once('-') {
        Some((y, m)) if y.len() == 4 && (1..=2).contains(&m.len()) => Month::new(y.parse().ok()?, m.parse().ok()?)?,
        _ => return None,
    };
    let first = NaiveDate::from_ymd_opt(month.year() as i32, month.month() as u32, 1)?;
    match end {
        End::Begin => Some(first),
        End::End => first.checked_add_months(chrono::Months::new(1))?.pred_opt(),
    }
}

/// A heading or header label reduced for comparison: lower case, spaces and hyphens as
/// underscores, without a trailing colon ("Reporting Period Total:" = "reporting_period_total").
pub fn key(text: &str) -> String {
    let t = text.trim().trim_start_matches('\u{feff}').trim().trim_end_matches(':').trim();
    let mut out = String::with_capacity(t.len());
    for c in t.chars() {
        match c {
            ' ' | '-' | '_' => {
                if !out.ends_with('_') {
                    out.push('_');
                }
            }
            c => out.extend(c.to_lowercase()),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts() {
        let cases: &[(&str, Result<u64, ErrorKind>)] = &[
            ("0", Ok(0)),
            ("", Ok(0)),
            (" 42 ", Ok(42)),
            ("65,673", Ok(65673)),
            ("1.234.567", Ok(1234567)),
            ("65 673", Ok(65673)),
            ("65\u{a0}673", Ok(65673)),
            ("1,23", Err(ErrorKind::NotACount("1,23".into()))),
            ("1234,567", Err(ErrorKind::NotACount("1234,567".into()))),
            ("1,234.567", Err(ErrorKind::NotACount("1,234.567".into()))),
            ("12.5", Err(ErrorKind::NotACount("12.5".into()))),
            ("-3", Err(ErrorKind::NegativeCount("-3".into()))),
            ("-1,000", Err(ErrorKind::NegativeCount("-1,000".into()))),
            ("n/a", Err(ErrorKind::NotACount("n/a".into()))),
            ("99999999999999999999", Err(ErrorKind::CountTooLarge("99999999999999999999".into()))),
        ];
        for (text, expected) in cases {
            assert_eq!(&count(text), expected, "{text:?}");
        }
    }

    #[test]
    fn month_headings() {
        let jan = Month::new(2022, 1);
        let cases: &[(&str, Option<Month>)] = &[
            ("Jan-2022", jan),
            ("jan 2022", jan),
            ("January 2022", jan),
            ("Jan-22", jan),
            ("2022-01", jan),
            ("2022/1", jan),
            ("2022-01-01", jan),
            ("2022-01-31T00:00:00", jan),
            ("01/2022", jan),
            ("1-2022", jan),
            ("01.2022", jan),
            ("Sept 2022", Month::new(2022, 9)),
            ("Ja-2022", None),
            ("01/02/2022", None),
            ("2022-13", None),
            ("0999-01-01", None),
            ("Reporting_Period_Total", None),
            ("Jan-20222", None),
        ];
        for (text, expected) in cases {
            assert_eq!(month_heading(text), *expected, "{text:?}");
        }
    }

    #[test]
    fn keys() {
        assert_eq!(key("Reporting Period Total:"), "reporting_period_total");
        assert_eq!(key("\u{feff}Report_Name"), "report_name");
        assert_eq!(key("Searches-federated and automated"), "searches_federated_and_automated");
    }
}
