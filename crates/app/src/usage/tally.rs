//! One member's counts of one metric by resource and month: read from its imports, matched
//! to resources, inside its membership, and the same usage never counted twice.

use std::collections::HashMap;

use konsortio_core::records::Member;
use konsortio_store::{month_of, MonthIndex, Reads, StoreError, UsageImport, UsageReads};

use super::matching::{ReportClass, Resolver};

/// The months of a membership: those with any day of it (as pro rata counts them).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Membership {
    pub first: MonthIndex,
    pub last: MonthIndex,
}

impl Membership {
    pub fn of(member: &Member) -> Membership {
        Membership { first: month_of(member.join_date), last: member.leave_date.map_or(MonthIndex::MAX, month_of) }
    }

    pub fn contains(&self, month: MonthIndex) -> bool {
        self.first <= month && month <= self.last
    }
}

/// Counts by month over a window of months, and which months some report covered.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Monthly {
    pub first: MonthIndex,
    pub counts: Vec<u64>,
    pub reported: Vec<bool>,
}

impl Monthly {
    fn new(window: (MonthIndex, MonthIndex)) -> Monthly {
        let width = usize::try_from(window.1 - window.0 + 1).expect("a window ends after it starts");
        Monthly { first: window.0, counts: vec![0; width], reported: vec![false; width] }
    }

    /// The sum over the months from `from` to `to` inside the window; None when no report
    /// covered any of them.
    pub fn sum(&self, from: MonthIndex, to: MonthIndex) -> Option<u64> {
        let (mut sum, mut any) = (0u64, false);
        for m in from.max(self.first)..=to.min(self.first + self.counts.len() as i32 - 1) {
            let i = (m - self.first) as usize;
            sum += self.counts[i];
            any |= self.reported[i];
        }
        any.then_some(sum)
    }

    pub fn year(&self, year: i32) -> Option<u64> {
        self.sum(year * 12, year * 12 + 11)
    }

    /// Each month the larger count: two reports of one platform count the same use.
    fn max_with(&mut self, other: &Monthly) {
        for i in 0..self.counts.len() {
            self.counts[i] = self.counts[i].max(other.counts[i]);
            self.reported[i] |= other.reported[i];
        }
    }

    /// Each month the sum: two platforms count different uses.
    fn add(&mut self, other: &Monthly) {
        for i in 0..self.counts.len() {
            self.counts[i] += other.counts[i];
            self.reported[i] |= other.reported[i];
        }
    }
}

/// What to read of one member's usage.
pub(crate) struct Wanted<'a> {
    pub metric: &'a str,
    pub window: (MonthIndex, MonthIndex),
    pub membership: Membership,
    /// Only this resource's usage (a split's basis), or every resource's.
    pub resource: Option<usize>,
}

/// A member's usage of `wanted.metric` in the window, by resource index. Within one import
/// and one report id the items of a resource add up; of one platform, different reports
/// (a TR and its TR_J1 view, a PR) count the same uses, so each month takes the largest;
/// different platforms add up.
pub(crate) fn member_usage(
    r: &impl Reads,
    resolver: &mut Resolver,
    imports: &[&UsageImport],
    wanted: &Wanted,
) -> Result<HashMap<usize, Monthly>, StoreError> {
    let (first, last) = wanted.window;
    let mut groups: Vec<(&str, &str)> = Vec::new();
    let mut per_group: HashMap<(usize, usize), Monthly> = HashMap::new();
    for import in imports {
        if month_of(import.end) < first || month_of(import.begin) > last {
            continue;
        }
        let key = (import.platform.as_str(), import.report_id.as_str());
        let group = groups.iter().position(|g| *g == key).unwrap_or_else(|| {
            groups.push(key);
            groups.len() - 1
        });
        let class = ReportClass::of(&import.report_id);
        r.usage_counts(import.id, wanted.metric, &mut |c| {
            let Some(resource) = resolver.resource(r, c.item, class)? else {
                return Ok(());
            };
            if wanted.resource.is_some_and(|only| only != resource) {
                return Ok(());
            }
            let monthly = per_group.entry((resource, group)).or_insert_with(|| Monthly::new(wanted.window));
            c.for_each_month(|m, n| {
                if (first..=last).contains(&m) && wanted.membership.contains(m) {
                    let i = (m - first) as usize;
                    monthly.counts[i] += n;
                    monthly.reported[i] = true;
                }
            })
        })?;
    }
    Ok(combine(per_group, &groups))
}

/// Per resource: the largest of a platform's reports each month, summed over platforms.
fn combine(per_group: HashMap<(usize, usize), Monthly>, groups: &[(&str, &str)]) -> HashMap<usize, Monthly> {
    if groups.len() <= 1 {
        return per_group.into_iter().map(|((resource, _), m)| (resource, m)).collect();
    }
    let mut by_platform: HashMap<(usize, &str), Monthly> = HashMap::new();
    for ((resource, group), monthly) in per_group {
        match by_platform.entry((resource, groups[group].0)) {
            std::collections::hash_map::Entry::Occupied(mut e) => e.get_mut().max_with(&monthly),
            std::collections::hash_map::Entry::Vacant(e) => {
                e.insert(monthly);
            }
        }
    }
    let mut out: HashMap<usize, Monthly> = HashMap::new();
    for ((resource, _), monthly) in by_platform {
        match out.entry(resource) {
            std::collections::hash_map::Entry::Occupied(mut e) => e.get_mut().add(&monthly),
            std::collections::hash_map::Entry::Vacant(e) => {
                e.insert(monthly);
            }
        }
    }
    out
}

/// The months of a year as a window.
pub(crate) fn year_window(year: i32) -> (MonthIndex, MonthIndex) {
    (year * 12, year * 12 + 11)
}

/// Whether an import's period has any month of the window.
pub(crate) fn overlaps(import: &UsageImport, window: (MonthIndex, MonthIndex)) -> bool {
    month_of(import.begin) <= window.1 && month_of(import.end) >= window.0
}
