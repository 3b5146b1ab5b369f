//! Konsortio's domain core: money, deal pricing and the split engine (no I/O).
//!
//! This crate knows nothing of SQLite, files, Tauri or the command line: it takes values and
//! returns values, so every rule can be tested as data.

pub mod bounds;
pub mod exact;
pub mod explain;
pub mod invoice;
pub mod metrics;
pub mod money;
pub mod period;
pub mod pricing;
pub mod records;
pub mod rounding;
pub mod rule;
pub mod scenario;
pub mod split;

pub use explain::{Explanation, Step};
pub use metrics::Metrics;
pub use money::{Currency, Money, MoneyError};
pub use period::Period;
pub use pricing::{ExchangeRate, Offer, Pricing, PricingError, Tier};
pub use rule::{FundingRule, RuleError};
pub use scenario::{compare, Comparison, ComparisonRow, Scenario};
pub use split::{explain, split, Participant, Share, Split, SplitError, SplitInput, ENGINE_VERSION};
