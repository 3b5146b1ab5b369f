//! One member's counts of one metric by resource and month: read from its imports, matched
//! to resources, inside its membership, and the same usage never counted twice.

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

/// What to read of one member's usage.
pub(crate) struct Wanted {
    /// The metric's id; None when no import has counted it (there is nothing to read).
    pub metric: Option<i64>,
    pub window: (MonthIndex, MonthIndex),
    pub membership: Membership,
    /// Only this resource's usage (a split's basis), or every resource's.
    pub resource: Option<usize>,
}

const NONE: u32 = u32::MAX;

/// A member's counts by resource and month of a window, and which months some report covered;
/// flat, and reused from member to member (cost per use reads thousands).
pub(crate) struct MemberUsage {
    first: MonthIndex,
    width: usize,
    /// The resources with counts, in the order they came.
    resources: Vec<usize>,
    /// By resource index: its slot, or NONE.
    slot: Vec<u32>,
    counts: Vec<u64>,
    reported: Vec<bool>,
}

impl MemberUsage {
    pub fn new(resource_count: usize, window: (MonthIndex, MonthIndex)) -> MemberUsage {
        let width = usize::try_from(window.1 - window.0 + 1).expect("a window ends after it starts");
        MemberUsage {
            first: window.0,
            width,
            resources: Vec::new(),
            slot: vec![NONE; resource_count],
            counts: Vec::new(),
            reported: Vec::new(),
        }
    }

    fn clear(&mut self) {
        for r in self.resources.drain(..) {
            self.slot[r] = NONE;
        }
        self.counts.clear();
        self.reported.clear();
    }

    /// The first index of a resource's months, made if it has none yet.
    fn base(&mut self, resource: usize) -> usize {
        if self.slot[resource] == NONE {
            self.slot[resource] = u32::try_from(self.resources.len()).expect("fewer resources than 2^32");
            self.resources.push(resource);
            self.counts.resize(self.counts.len() + self.width, 0);
            self.reported.resize(self.reported.len() + self.width, false);
        }
        self.slot[resource] as usize * self.width
    }

    /// The resources with counts.
    pub fn resources(&self) -> &[usize] {
        &self.resources
    }

    /// The sum of a resource's counts in the months from `from` to `to` (inside the window);
    /// None when no report covered any of them.
    pub fn sum(&self, resource: usize, from: MonthIndex, to: MonthIndex) -> Option<u64> {
        let slot = *self.slot.get(resource)?;
        if slot == NONE {
            return None;
        }
        let base = slot as usize * self.width;
        let (from, to) = (from.max(self.first), to.min(self.first + self.width as MonthIndex - 1));
        if from > to {
            return None;
        }
        let range = (from - self.first) as usize..=(to - self.first) as usize;
        let counts = &self.counts[base..base + self.width][range.clone()];
        let reported = self.reported[base..base + self.width][range].iter().any(|r| *r);
        reported.then(|| counts.iter().sum())
    }

    pub fn year(&self, resource: usize, year: i32) -> Option<u64> {
        self.sum(resource, year * 12, year * 12 + 11)
    }

    /// Each month the larger count: two reports of one platform count the same uses.
    fn max_with(&mut self, other: &MemberUsage) {
        for &resource in other.resources() {
            let (to, from) = (self.base(resource), other.slot[resource] as usize * other.width);
            for i in 0..self.width {
                self.counts[to + i] = self.counts[to + i].max(other.counts[from + i]);
                self.reported[to + i] |= other.reported[from + i];
            }
        }
    }

    /// Each month the sum: two platforms count different uses.
    fn add(&mut self, other: &MemberUsage) {
        for &resource in other.resources() {
            let (to, from) = (self.base(resource), other.slot[resource] as usize * other.width);
            for i in 0..self.width {
                self.counts[to + i] += other.counts[from + i];
                self.reported[to + i] |= other.reported[from + i];
            }
        }
    }
}

/// Reads a member's usage of `wanted.metric` in the window into `out`, by resource. Within
/// one report id of one platform the rows of a resource add up; different reports of one
/// platform (a TR and its TR_J1 view, a PR) count the same uses, so each month takes the
/// largest; different platforms add up.
pub(crate) fn member_usage(
    r: &impl Reads,
    resolver: &mut Resolver,
    imports: &[&UsageImport],
    wanted: &Wanted,
    out: &mut MemberUsage,
) -> Result<(), StoreError> {
    out.clear();
    if wanted.metric.is_none() {
        return Ok(());
    }
    let imports: Vec<&UsageImport> = imports.iter().copied().filter(|i| overlaps(i, wanted.window)).collect();
    let mut groups: Vec<(&str, &str)> = Vec::new();
    for import in &imports {
        let key = (import.platform.as_str(), import.report_id.as_str());
        if !groups.contains(&key) {
            groups.push(key);
        }
    }
    if groups.len() <= 1 {
        return imports.iter().try_for_each(|import| read_import(r, resolver, import, wanted, out));
    }
    let mut by_group: Vec<MemberUsage> =
        groups.iter().map(|_| MemberUsage::new(out.slot.len(), wanted.window)).collect();
    for import in &imports {
        let g = groups.iter().position(|g| *g == (import.platform.as_str(), import.report_id.as_str()));
        read_import(r, resolver, import, wanted, &mut by_group[g.expect("grouped above")])?;
    }
    let mut platforms: Vec<&str> = groups.iter().map(|g| g.0).collect();
    platforms.sort_unstable();
    platforms.dedup();
    let mut largest = MemberUsage::new(out.slot.len(), wanted.window);
    for platform in platforms {
        largest.clear();
        for (g, usage) in groups.iter().zip(&by_group) {
            if g.0 == platform {
                largest.max_with(usage);
            }
        }
        out.add(&largest);
    }
    Ok(())
}

fn read_import(
    r: &impl Reads,
    resolver: &mut Resolver,
    import: &UsageImport,
    wanted: &Wanted,
    out: &mut MemberUsage,
) -> Result<(), StoreError> {
    let class = ReportClass::of(&import.report_id);
    let (first, last) = wanted.window;
    r.usage_counts(import.id, wanted.metric, &mut |c| {
        let Some(resource) = resolver.resource(r, c.item, class)? else {
            return Ok(());
        };
        if wanted.resource.is_some_and(|only| only != resource) {
            return Ok(());
        }
        let base = out.base(resource);
        for (m, n) in c.months() {
            if (first..=last).contains(&m) && wanted.membership.contains(m) {
                let i = base + (m - first) as usize;
                out.counts[i] += n;
                out.reported[i] = true;
            }
        }
        Ok(())
    })
}

/// The months of a year as a window.
pub(crate) fn year_window(year: i32) -> (MonthIndex, MonthIndex) {
    (year * 12, year * 12 + 11)
}

/// Whether an import's period has any month of the window.
pub(crate) fn overlaps(import: &UsageImport, window: (MonthIndex, MonthIndex)) -> bool {
    month_of(import.begin) <= window.1 && month_of(import.end) >= window.0
}
