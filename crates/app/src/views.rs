//! Read-only views across records: the renewal calendar and one member's history.

use chrono::{Datelike, NaiveDate};
use konsortio_core::records::{Deal, Licence};
use konsortio_core::Money;
use konsortio_store::Reads;

use crate::{App, AppError};

/// A licence or deal coming up for renewal, with its cancellation-notice deadline.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Renewal {
    /// "licence" or "deal".
    pub kind: &'static str,
    pub code: String,
    pub title: String,
    pub end_date: NaiveDate,
    /// The last day to give notice; None where no notice period is known.
    pub notice_deadline: Option<NaiveDate>,
    /// Still running, but its notice deadline has passed as of the day asked about.
    pub overdue: bool,
    /// Already over as of the day asked about (history, nothing to decide).
    pub ended: bool,
}

/// One deal-year of a member: what it pays and what the funder pays for it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MemberShare {
    pub deal: String,
    pub title: String,
    pub year: i32,
    pub payable: Money,
    pub funded: Money,
    /// Finalised (frozen) or a draft computed from today's data.
    pub finalised: bool,
}

impl App {
    /// Licences and deals by notice deadline (or end date), soonest first, as of `today`.
    pub fn renewals(&self, today: NaiveDate) -> Result<Vec<Renewal>, AppError> {
        let licences = self.store.all::<Licence>()?;
        let mut out: Vec<Renewal> = licences
            .iter()
            .map(|l| renewal("licence", &l.code, &l.title, l.end_date, Some(l.notice_deadline()), today))
            .collect();
        for d in self.store.all::<Deal>()? {
            // A deal gives notice as the licence of its resource does.
            let notice = licences.iter().find(|l| l.resource == d.resource).map(|l| l.notice_days);
            let deadline = notice.map(|days| d.end_date - chrono::Days::new(u64::from(days)));
            out.push(renewal("deal", &d.code, &d.title, d.end_date, deadline, today));
        }
        out.sort_by(|a, b| {
            (a.notice_deadline.unwrap_or(a.end_date), &a.code).cmp(&(b.notice_deadline.unwrap_or(b.end_date), &b.code))
        });
        Ok(out)
    }

    /// Every share of `member`: finalised splits of all years, and drafts for `year` of the
    /// deals not finalised for it, by year and deal.
    pub fn member_shares(&self, member: &str, year: i32) -> Result<Vec<MemberShare>, AppError> {
        let deals = self.store.all::<Deal>()?;
        let title = |code: &str| deals.iter().find(|d| d.code == code).map_or(String::new(), |d| d.title.clone());
        let mut out = Vec::new();
        for (deal, y) in self.store.finalised()? {
            let view = self.split(&deal, y, None)?;
            out.extend(share_of(member, &deal, &title(&deal), &view, true));
        }
        for deal in &deals {
            let running = deal.start_date.year() <= year && deal.end_date.year() >= year;
            if !running || self.store.split_exists(&deal.code, year)? {
                continue;
            }
            // A deal this member is not in, or that cannot be split yet, has no share to show.
            if let Ok(view) = self.split(&deal.code, year, None) {
                out.extend(share_of(member, &deal.code, &deal.title, &view, false));
            }
        }
        out.sort_by(|a, b| (a.year, &a.deal).cmp(&(b.year, &b.deal)));
        Ok(out)
    }
}

fn renewal(
    kind: &'static str,
    code: &str,
    title: &str,
    end_date: NaiveDate,
    notice_deadline: Option<NaiveDate>,
    today: NaiveDate,
) -> Renewal {
    let ended = end_date < today;
    let overdue = !ended && notice_deadline.is_some_and(|d| d < today);
    Renewal { kind, code: code.into(), title: title.into(), end_date, notice_deadline, overdue, ended }
}

fn share_of(member: &str, deal: &str, title: &str, view: &crate::SplitView, finalised: bool) -> Option<MemberShare> {
    let share = view.split.shares().find(|s| s.code == member)?;
    Some(MemberShare {
        deal: deal.into(),
        title: title.into(),
        year: view.input.year,
        payable: share.payable,
        funded: share.funded,
        finalised,
    })
}
