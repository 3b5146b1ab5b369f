//! Explanations: the steps behind a member's share, in words and numbers a member can follow.

use serde::{Deserialize, Serialize};

/// One step of an explanation. `key` names the kind of step (stable, for translations);
/// `text` is the step in English with the numbers filled in.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Step {
    pub key: String,
    pub text: String,
}

/// How one member's share came about, from the deal price to the rounded amount.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Explanation {
    pub member: String,
    pub steps: Vec<Step>,
}

impl std::fmt::Display for Explanation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        for (i, step) in self.steps.iter().enumerate() {
            writeln!(f, "{:>2}. {}", i + 1, step.text)?;
        }
        Ok(())
    }
}

/// Collects steps for one watched member (or for nobody: then every call is a cheap no-op,
/// so the same code path serves the fast split and the explanation).
pub(crate) struct Trace {
    watch: Option<usize>,
    pub(crate) steps: Vec<Step>,
}

impl Trace {
    pub(crate) fn off() -> Trace {
        Trace { watch: None, steps: Vec::new() }
    }

    pub(crate) fn watching(member: usize) -> Trace {
        Trace { watch: Some(member), steps: Vec::new() }
    }

    pub(crate) fn watched(&self) -> Option<usize> {
        self.watch
    }

    /// A step that concerns everyone (the price, the funder's part).
    pub(crate) fn all(&mut self, key: &str, text: impl FnOnce() -> String) {
        if self.watch.is_some() {
            self.steps.push(Step { key: key.to_string(), text: text() });
        }
    }

    /// A step about member `i`, recorded only when `i` is the watched member.
    pub(crate) fn member(&mut self, i: usize, key: &str, text: impl FnOnce() -> String) {
        if self.watch == Some(i) {
            self.steps.push(Step { key: key.to_string(), text: text() });
        }
    }
}
