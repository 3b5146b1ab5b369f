//! Member statements: for one member and year, every deal it takes part in, what it pays,
//! what a funder paid for it, last year's share and how each share was computed.

use konsortio_core::records::{Consortium, Deal, Member, Resource};
use konsortio_core::{explain, Money, Step};
use konsortio_store::Reads;

use crate::{App, AppError};

/// One deal on a member's statement.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StatementLine {
    pub deal: String,
    pub title: String,
    pub resource: String,
    /// What the member pays.
    pub payable: Money,
    /// What a central funder pays for the member (its notional share minus what it pays).
    pub funded: Money,
    /// Last year's payable share of the same deal, where that split is finalised.
    pub last_year: Option<Money>,
    /// Finalised (frozen), or a draft computed from today's data.
    pub finalised: bool,
    /// The explanation of the share, step by step (each step's English text, its sentence
    /// form and values: the statement PDF prints it in the member's language).
    pub explanation: Vec<Step>,
    /// Uses of the deal's resource in the split's months (COUNTER Unique_Item_Requests from
    /// the member's imported reports), where a finalised split and a report give them.
    pub uses: Option<u64>,
    /// What the member pays per use, to the minor unit and two more digits.
    pub cost_per_use: Option<rust_decimal::Decimal>,
}

impl StatementLine {
    /// The member's whole share of the price: paid by it plus paid for it.
    pub fn notional(&self) -> Money {
        self.payable.checked_add(self.funded).expect("one currency")
    }

    /// The change in what the member pays since last year.
    pub fn change(&self) -> Option<Money> {
        self.last_year.map(|l| self.payable.checked_sub(l).expect("one currency"))
    }
}

/// A member's statement for a year.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MemberStatement {
    pub consortium: Consortium,
    pub member: Member,
    pub year: i32,
    pub lines: Vec<StatementLine>,
}

impl MemberStatement {
    pub fn total_payable(&self) -> Money {
        self.sum(|l| l.payable)
    }

    pub fn total_funded(&self) -> Money {
        self.sum(|l| l.funded)
    }

    fn sum(&self, f: impl Fn(&StatementLine) -> Money) -> Money {
        let zero = Money::zero(self.consortium.currency);
        self.lines.iter().map(f).fold(zero, |a, b| a.checked_add(b).expect("one currency"))
    }
}

impl App {
    /// The statement of `member` for `year`: the deals of the year it takes part in, by deal
    /// code, finalised splits as frozen and the others as drafts.
    pub fn statement(&self, member: &str, year: i32) -> Result<MemberStatement, AppError> {
        let consortium =
            self.store.consortium()?.ok_or_else(|| AppError::Invalid("the database has no consortium".into()))?;
        let found = self.store.all::<Member>()?.into_iter().find(|m| m.code == member);
        let member = found.ok_or_else(|| AppError::NotFound { kind: "member", key: member.into() })?;
        let (deals, resources) = (self.store.all::<Deal>()?, self.store.all::<Resource>()?);
        let usage = crate::usage::compute(
            &self.store,
            year,
            crate::usage::DEFAULT_METRIC,
            crate::usage::Scope::Member(&member.code),
        )?;
        let mut lines = Vec::new();
        for share in self.member_shares(&member.code, year)?.into_iter().filter(|s| s.year == year) {
            let view = self.split(&share.deal, year, None)?;
            let explanation = explain(&view.input, &member.code)
                .map_err(|error| AppError::Split { deal: share.deal.clone(), year, error })?
                .map(|e| e.steps)
                .unwrap_or_default();
            let last_year = self
                .store
                .finalised_payable(&share.deal, year - 1)?
                .into_iter()
                .find(|(code, _)| *code == member.code)
                .map(|(_, minor)| Money::from_minor(minor, consortium.currency));
            let resource = deals
                .iter()
                .find(|d| d.code == share.deal)
                .and_then(|d| resources.iter().find(|r| r.code == d.resource))
                .map_or(String::new(), |r| r.name.clone());
            let used = usage.members.iter().find(|u| u.deal.as_deref() == Some(share.deal.as_str()));
            lines.push(StatementLine {
                uses: used.and_then(|u| u.uses),
                cost_per_use: used.and_then(|u| u.cost_per_use),
                deal: share.deal,
                title: share.title,
                resource,
                payable: share.payable,
                funded: share.funded,
                last_year,
                finalised: share.finalised,
                explanation,
            });
        }
        Ok(MemberStatement { consortium, member, year, lines })
    }
}
