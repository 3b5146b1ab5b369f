//! A member's per-year metrics (FTE, budget, usage...), kept flat for fast lookup by the engine.

use std::collections::BTreeMap;
use std::fmt;

use compact_str::CompactString;
use rust_decimal::Decimal;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Metric values by name and year. The engine reads one value per member per metric for
/// every deal, so the values sit in one sorted vector with short names stored inline: a
/// lookup touches one allocation instead of following pointers through nested maps.
/// (De)serialised as `{"name": {"year": "value"}}`.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct Metrics {
    /// Sorted by (name, year), each pair once.
    entries: Vec<Entry>,
}

#[derive(Clone, PartialEq, Eq)]
struct Entry {
    name: CompactString,
    /// The name's length and first 16 bytes, compared as integers before any byte compare.
    head: Head,
    year: i32,
    value: Decimal,
}

impl Entry {
    #[inline(always)]
    fn is(&self, name: &MetricName, year: i32) -> bool {
        self.year == year && self.is_named(name)
    }

    #[inline(always)]
    fn is_named(&self, name: &MetricName) -> bool {
        self.head == name.head && (name.head.len <= 16 || self.name.as_bytes()[16..] == name.name.as_bytes()[16..])
    }
}

/// A metric's name prepared for lookups: its length and its first 16 bytes (zero-padded) as
/// two integers. Names of up to 16 bytes are equal exactly when their heads are; longer ones
/// compare the rest as bytes. The engine prepares each name a rule reads once per deal and
/// looks it up for every member ([`Metrics::find`]), where comparing strings byte by byte was
/// a tenth of the split time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Head {
    len: usize,
    bytes: [u64; 2],
}

impl Head {
    fn of(name: &str) -> Head {
        let mut padded = [0u8; 16];
        let n = name.len().min(16);
        padded[..n].copy_from_slice(&name.as_bytes()[..n]);
        let word = |k: usize| u64::from_le_bytes(padded[k..k + 8].try_into().expect("8 bytes"));
        Head { len: name.len(), bytes: [word(0), word(8)] }
    }
}

/// A metric's name, prepared once for many lookups ([`Metrics::find`]). It remembers where
/// it was found last: the members of a deal carry the same metrics, so the next member's
/// value is usually at the same place, or the next (the next year).
#[derive(Clone, Debug)]
pub struct MetricName<'a> {
    name: &'a str,
    head: Head,
    hint: std::cell::Cell<usize>,
}

impl<'a> MetricName<'a> {
    pub fn new(name: &'a str) -> MetricName<'a> {
        MetricName { name, head: Head::of(name), hint: std::cell::Cell::new(0) }
    }

    pub fn as_str(&self) -> &'a str {
        self.name
    }
}

impl Metrics {
    pub fn new() -> Metrics {
        Metrics::default()
    }

    /// Sets a value, replacing any earlier one for the same metric and year.
    pub fn insert(&mut self, name: &str, year: i32, value: Decimal) {
        match self.position(name, year) {
            Ok(i) => self.entries[i].value = value,
            Err(i) => self.entries.insert(i, Entry { name: name.into(), head: Head::of(name), year, value }),
        }
    }

    pub fn get(&self, name: &str, year: i32) -> Option<Decimal> {
        self.find(&MetricName::new(name), year)
    }

    /// The value of a prepared name in `year`: what [`Metrics::get`] gives, with the name's
    /// preparation done once for every member of a deal.
    #[inline(always)]
    pub fn find(&self, name: &MetricName, year: i32) -> Option<Decimal> {
        let hint = name.hint.get();
        if let Some(e) = self.entries.get(hint) {
            if e.is(name, year) {
                return Some(e.value);
            }
        }
        self.find_from(name, year, hint + 1)
    }

    /// `find` past the first place it looks: the next entry, else a search.
    fn find_from(&self, name: &MetricName, year: i32, next: usize) -> Option<Decimal> {
        if let Some(e) = self.entries.get(next) {
            if e.is(name, year) {
                name.hint.set(next);
                return Some(e.value);
            }
        }
        // A deal's participant carries the few metrics its rule reads: a scan comparing years
        // and the names' heads as integers beats a binary search there.
        let found = if self.entries.len() <= 8 {
            self.entries.iter().position(|e| e.is(name, year))
        } else {
            self.position(name.name, year).ok()
        };
        let i = found?;
        name.hint.set(i);
        Some(self.entries[i].value)
    }

    /// Calls `each` with every year from `first` to `last` that has a value of the metric, in
    /// year order (what `find` gives year by year, in one pass over the entries), and stops
    /// at its first error.
    pub fn each_year<E>(
        &self,
        name: &MetricName,
        first: i32,
        last: i32,
        mut each: impl FnMut(i32, Decimal) -> Result<(), E>,
    ) -> Result<(), E> {
        if self.entries.len() <= 8 {
            for e in &self.entries {
                if e.is_named(name) && (first..=last).contains(&e.year) {
                    each(e.year, e.value)?;
                }
            }
            return Ok(());
        }
        let start = self.entries.partition_point(|e| (e.name.as_str(), e.year) < (name.name, first));
        for e in &self.entries[start..] {
            if !e.is_named(name) || e.year > last {
                break;
            }
            each(e.year, e.value)?;
        }
        Ok(())
    }

    /// Whether any year has a value for the metric.
    pub fn has(&self, name: &str) -> bool {
        let i = self.entries.partition_point(|e| e.name.as_str() < name);
        self.entries.get(i).is_some_and(|e| e.name == name)
    }

    /// Every value as (name, year, value), in name and year order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, i32, Decimal)> {
        self.entries.iter().map(|e| (e.name.as_str(), e.year, e.value))
    }

    /// Keeps only the metrics whose name passes `keep`.
    pub fn retain(&mut self, mut keep: impl FnMut(&str) -> bool) {
        self.entries.retain(|e| keep(&e.name));
    }

    fn position(&self, name: &str, year: i32) -> Result<usize, usize> {
        self.entries.binary_search_by(|e| e.name.as_str().cmp(name).then(e.year.cmp(&year)))
    }

    /// The nested form used in files: name -> year -> value.
    fn nested(&self) -> BTreeMap<&str, BTreeMap<i32, Decimal>> {
        let mut out: BTreeMap<&str, BTreeMap<i32, Decimal>> = BTreeMap::new();
        for (name, year, value) in self.iter() {
            out.entry(name).or_default().insert(year, value);
        }
        out
    }
}

impl<S: AsRef<str>> FromIterator<(S, i32, Decimal)> for Metrics {
    fn from_iter<I: IntoIterator<Item = (S, i32, Decimal)>>(iter: I) -> Metrics {
        let mut m = Metrics::new();
        for (name, year, value) in iter {
            m.insert(name.as_ref(), year, value);
        }
        m
    }
}

impl fmt::Debug for Metrics {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map().entries(self.nested()).finish()
    }
}

impl Serialize for Metrics {
    fn serialize<Z: Serializer>(&self, serializer: Z) -> Result<Z::Ok, Z::Error> {
        self.nested().serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for Metrics {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Metrics, D::Error> {
        let nested = BTreeMap::<String, BTreeMap<i32, Decimal>>::deserialize(deserializer)?;
        Ok(nested.iter().flat_map(|(name, years)| years.iter().map(move |(y, v)| (name, *y, *v))).collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_found_by_name_and_year_and_replaced() {
        let d = |s: &str| s.parse::<Decimal>().unwrap();
        let mut m: Metrics =
            [("fte", 2025, d("10")), ("budget", 2025, d("5.5")), ("fte", 2024, d("9"))].into_iter().collect();
        m.insert("fte", 2025, d("11"));
        assert_eq!(m.get("fte", 2025), Some(d("11")));
        assert_eq!(m.get("fte", 2024), Some(d("9")));
        assert_eq!(m.get("fte", 2023), None);
        assert_eq!(m.get("usage", 2025), None);
        assert!(m.has("budget") && !m.has("bud"));
        let long = "a_metric_name_longer_than_sixteen_bytes";
        m.insert(long, 2025, d("7"));
        m.insert("a_metric_name_longer_than_sixteen_bytez", 2025, d("8"));
        assert_eq!(m.get(long, 2025), Some(d("7")));
        assert_eq!(m.get("a_metric_name_longer_than_sixteen_bytez", 2025), Some(d("8")));
        assert_eq!(m.get("a_metric_name_longer_than_sixteen", 2025), None);
        assert_eq!(m.get("fte\0", 2025), None);
        assert_eq!(m.get("", 2025), None);
        let years = |m: &Metrics, name: &str, first, last| {
            let mut seen = Vec::new();
            m.each_year(&MetricName::new(name), first, last, |y, v| {
                seen.push((y, v));
                Ok::<_, ()>(())
            })
            .unwrap();
            seen
        };
        assert_eq!(years(&m, "fte", 2020, 2030), [(2024, d("9")), (2025, d("11"))]);
        assert_eq!(years(&m, "fte", 2025, 2025), [(2025, d("11"))]);
        assert_eq!(years(&m, "fte", 2026, 2030), []);
        assert_eq!(years(&m, long, 2024, 2025), [(2025, d("7"))]);
        let mut many = Metrics::new();
        for (k, name) in ["a", "b", "c", "d"].iter().enumerate() {
            for year in 2020..2024 {
                many.insert(name, year, Decimal::from(k as i32 * 10_000 + year));
            }
        }
        assert_eq!(years(&many, "c", 2021, 2022), [(2021, d("22021")), (2022, d("22022"))]);
        assert_eq!(years(&many, "d", 2019, 2030).len(), 4);
        assert_eq!(years(&many, "bb", 2019, 2030), []);
        m.retain(|n| n.len() < 16);
        let order: Vec<(&str, i32)> = m.iter().map(|(n, y, _)| (n, y)).collect();
        assert_eq!(order, [("budget", 2025), ("fte", 2024), ("fte", 2025)]);
    }

    #[test]
    fn serialised_as_nested_maps_and_back() {
        let m: Metrics = [("fte", 2025, Decimal::new(105, 1)), ("a_long_user_defined_metric_name", 2024, Decimal::ONE)]
            .into_iter()
            .collect();
        let json = serde_json::to_string(&m).unwrap();
        assert_eq!(json, r#"{"a_long_user_defined_metric_name":{"2024":"1"},"fte":{"2025":"10.5"}}"#);
        assert_eq!(serde_json::from_str::<Metrics>(&json).unwrap(), m);
    }
}
