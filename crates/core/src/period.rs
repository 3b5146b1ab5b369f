//! Date periods and the pro-rata factor of a member that joins or leaves inside one.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::rule::Prorata;

/// A closed date interval, both ends included.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Period {
    pub start: NaiveDate,
    pub end: NaiveDate,
}

impl Period {
    pub fn new(start: NaiveDate, end: NaiveDate) -> Option<Period> {
        (start <= end).then_some(Period { start, end })
    }

    /// The calendar year `year` as a period.
    pub fn year(year: i32) -> Period {
        Period {
            start: NaiveDate::from_ymd_opt(year, 1, 1).expect("valid year"),
            end: NaiveDate::from_ymd_opt(year, 12, 31).expect("valid year"),
        }
    }

    pub fn intersect(&self, other: &Period) -> Option<Period> {
        Period::new(self.start.max(other.start), self.end.min(other.end))
    }

    pub fn days(&self) -> i64 {
        (self.end - self.start).num_days() + 1
    }

    /// Calendar months touched by the period (a month counts if any day of it is inside).
    pub fn months(&self) -> i64 {
        let months = |d: NaiveDate| i64::from(d.year()) * 12 + i64::from(d.month0());
        months(self.end) - months(self.start) + 1
    }
}

impl std::fmt::Display for Period {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}..{}", self.start, self.end)
    }
}

/// How much of `period` a member takes part in, from `joined` to `left` (either may be open).
/// Returns the part as (numerator, denominator) in months or days, or None when the member
/// is in for the whole period or the rule charges no pro rata.
pub fn prorata_part(
    period: &Period,
    joined: Option<NaiveDate>,
    left: Option<NaiveDate>,
    rule: Prorata,
) -> Result<Option<(i64, i64)>, ()> {
    if joined.is_none() && left.is_none() && period.start <= period.end {
        // In for the whole period (what the steps below find, without their date arithmetic:
        // this runs for every participant of every deal).
        return Ok(None);
    }
    let inside = Period::new(
        joined.map_or(period.start, |j| j.max(period.start)),
        left.map_or(period.end, |l| l.min(period.end)),
    )
    .ok_or(())?;
    let inside = inside.intersect(period).ok_or(())?;
    if inside == *period || rule == Prorata::None {
        return Ok(None);
    }
    Ok(Some(match rule {
        Prorata::Months => (inside.months(), period.months()),
        Prorata::Days => (inside.days(), period.days()),
        Prorata::None => unreachable!("handled above"),
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn pro_rata_parts_by_months_and_days() {
        let y = Period::year(2026);
        // (joined, left, rule, expected part)
        let cases = [
            (None, None, Prorata::Months, Ok(None)),
            (Some("2026-04-01"), None, Prorata::Months, Ok(Some((9, 12)))),
            (Some("2026-04-20"), None, Prorata::Months, Ok(Some((9, 12)))),
            (None, Some("2026-06-30"), Prorata::Months, Ok(Some((6, 12)))),
            (Some("2026-04-01"), None, Prorata::Days, Ok(Some((275, 365)))),
            (Some("2025-03-01"), Some("2027-01-31"), Prorata::Days, Ok(None)),
            (Some("2026-04-01"), None, Prorata::None, Ok(None)),
            (Some("2027-01-01"), None, Prorata::Months, Err(())),
        ];
        for (joined, left, rule, expected) in cases {
            let got = prorata_part(&y, joined.map(d), left.map(d), rule);
            assert_eq!(got, expected, "{joined:?} {left:?} {rule:?}");
        }
    }
}
