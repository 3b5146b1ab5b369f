//! Scenarios: the same deal under several rules, compared member by member.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::money::Money;
use crate::rule::FundingRule;
use crate::split::{split, Split, SplitError, SplitInput};

/// A named rule to try.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Scenario {
    pub name: String,
    pub rule: FundingRule,
}

/// One member's amounts under each scenario, against last year and its stand-alone price.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ComparisonRow {
    pub code: String,
    pub name: String,
    /// What the member pays under each scenario, in scenario order.
    pub payable: Vec<Money>,
    pub last_year: Option<Money>,
    pub standalone: Option<Money>,
}

impl ComparisonRow {
    /// Change against last year under scenario `k`.
    pub fn change_from_last_year(&self, k: usize) -> Option<Money> {
        self.last_year.map(|l| self.payable[k].checked_sub(l).expect("same currency"))
    }

    /// Saving against the stand-alone price under scenario `k` (positive: cheaper in the deal).
    pub fn saving_against_standalone(&self, k: usize) -> Option<Money> {
        self.standalone.map(|s| s.checked_sub(self.payable[k]).expect("same currency"))
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Comparison {
    pub scenarios: Vec<String>,
    pub splits: Vec<Split>,
    pub rows: Vec<ComparisonRow>,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("scenario '{scenario}': {error}")]
pub struct ScenarioError {
    pub scenario: String,
    pub error: SplitError,
}

/// Runs every scenario on the same participants and lines the results up per member.
pub fn compare(base: &SplitInput, scenarios: &[Scenario]) -> Result<Comparison, ScenarioError> {
    let mut splits = Vec::with_capacity(scenarios.len());
    for s in scenarios {
        let input = SplitInput { rule: s.rule.clone(), ..base.clone() };
        let result = split(&input).map_err(|error| ScenarioError { scenario: s.name.clone(), error })?;
        splits.push(result);
    }
    let cur = base.currency;
    let rows = base
        .participants
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let list = splits.first().and_then(|s| s.list_price);
            ComparisonRow {
                code: p.code.to_string(),
                name: p.name.to_string(),
                payable: splits.iter().map(|s| s.share(i).payable).collect(),
                last_year: p.last_year.map(|d| Money::new(d, cur)),
                standalone: p.standalone.map(|d: Decimal| Money::new(d, cur)).or(list),
            }
        })
        .collect();
    Ok(Comparison { scenarios: scenarios.iter().map(|s| s.name.clone()).collect(), splits, rows })
}
