//! COUNTER usage as stored: imports, items (once each, found by their identifiers), counts
//! with their months packed, and the user's mapping of vendors' names to resources.
//!
//! Knows nothing of the COUNTER formats: the app hands it items as their identity fields,
//! metrics as names and months as integers. The layout and its reasons: v6.sql, decision 28.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{Datelike, NaiveDate};
use rusqlite::{params, Connection, OptionalExtension, Statement};

use crate::{Reads, StoreError, Tx};

/// A calendar month as one integer: year × 12 + month − 1 (January 2022 is 24264).
pub type MonthIndex = i32;

/// The month of a date.
pub fn month_of(date: NaiveDate) -> MonthIndex {
    date.year() * 12 + date.month0() as i32
}

/// The year of a month.
pub fn year_of(month: MonthIndex) -> i32 {
    month.div_euclid(12)
}

/// The first day of a month.
pub fn first_day(month: MonthIndex) -> NaiveDate {
    let (year, month0) = (month.div_euclid(12), month.rem_euclid(12) as u32);
    NaiveDate::from_ymd_opt(year, month0 + 1, 1).expect("a month index of a stored date is a date")
}

/// The fields that say which item a count is for, in the order of [`ItemFields`]. Data_Type is
/// among them because it decides between resources on one platform (journals, books).
pub const ITEM_FIELDS: [&str; 11] = [
    "data_type",
    "name",
    "publisher",
    "publisher_id",
    "platform",
    "doi",
    "proprietary_id",
    "isbn",
    "print_issn",
    "online_issn",
    "uri",
];

/// An item's identity fields in the order of [`ITEM_FIELDS`]; `None` for an empty cell.
pub type ItemFields<'a> = [Option<&'a str>; 11];

/// An item as stored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StoredItem {
    pub id: i64,
    pub fields: [Option<String>; 11],
}

impl StoredItem {
    /// One identity field by its name in [`ITEM_FIELDS`].
    pub fn get(&self, field: &str) -> Option<&str> {
        let i = ITEM_FIELDS.iter().position(|f| *f == field).unwrap_or_else(|| panic!("no item field {field}"));
        self.fields[i].as_deref()
    }

    pub fn borrowed(&self) -> ItemFields<'_> {
        std::array::from_fn(|i| self.fields[i].as_deref())
    }
}

/// The header of a report being imported.
pub struct NewImport<'a> {
    pub member: &'a str,
    pub release: &'a str,
    pub report_id: &'a str,
    pub begin: NaiveDate,
    pub end: NaiveDate,
    pub file: &'a str,
    pub institution_name: Option<&'a str>,
    pub institution_id: Option<&'a str>,
    pub imported_at: &'a str,
    pub imported_by: &'a str,
}

/// An imported report as stored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UsageImport {
    pub id: i64,
    pub member: String,
    pub release: String,
    pub report_id: String,
    pub begin: NaiveDate,
    pub end: NaiveDate,
    pub platform: String,
    pub file: String,
    pub format: String,
    pub institution_name: Option<String>,
    pub rows: u64,
    pub imported_at: String,
    pub imported_by: String,
}

/// A vendor's name or identifier and the resource the user says it means.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct UsageMapping {
    pub name: String,
    pub resource: String,
}

/// The key a mapping is found by: trimmed, runs of white space as one space, lower case.
pub fn mapping_key(name: &str) -> String {
    let mut key = String::with_capacity(name.len());
    normalise_into(name, &mut key);
    key
}

/// [`mapping_key`] into a buffer the caller reuses (the matcher looks up every item).
pub fn normalise_into(name: &str, out: &mut String) {
    out.clear();
    for word in name.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(word.chars().flat_map(char::to_lowercase));
    }
}

const IMPORT_COLUMNS: &str = "id, member, release, report_id, begin_date, end_date, platform, file, format,
    institution_name, rows, imported_at, imported_by";
const ITEM_COLUMNS: &str =
    "data_type, name, publisher, publisher_id, platform, doi, proprietary_id, isbn, print_issn, online_issn, uri";

impl Tx<'_> {
    /// Starts storing a report: its import row now (its platform and row count when it is
    /// finished), its counts row by row through the writer.
    pub fn usage_writer(&self, import: &NewImport) -> Result<UsageWriter<'_>, StoreError> {
        self.execute(
            "INSERT INTO usage_imports (member, release, report_id, begin_date, end_date, platform, file, format,
                institution_name, institution_id, rows, imported_at, imported_by)
             VALUES (?1, ?2, ?3, ?4, ?5, '', ?6, '', ?7, ?8, 0, ?9, ?10)",
            params![
                import.member,
                import.release,
                import.report_id,
                import.begin.to_string(),
                import.end.to_string(),
                import.file,
                import.institution_name,
                import.institution_id,
                import.imported_at,
                import.imported_by,
            ],
        )?;
        UsageWriter::new(self, self.last_insert_rowid())
    }

    /// Deletes an import and its counts (its items stay: other imports may name them).
    pub fn delete_usage_import(&self, id: i64) -> Result<bool, StoreError> {
        self.prepare_cached("DELETE FROM usage_counts WHERE import = ?1")?.execute([id])?;
        Ok(self.prepare_cached("DELETE FROM usage_imports WHERE id = ?1")?.execute([id])? > 0)
    }

    /// Says which resource a vendor's name means, replacing what it meant before.
    pub fn map_usage(&self, name: &str, resource: &str) -> Result<(), StoreError> {
        self.prepare_cached(
            "INSERT INTO usage_mappings (key, name, resource) VALUES (?1, ?2, ?3)
             ON CONFLICT (key) DO UPDATE SET name = excluded.name, resource = excluded.resource",
        )?
        .execute(params![mapping_key(name), name.trim(), resource])?;
        Ok(())
    }

    /// Forgets a mapping; returns whether there was one.
    pub fn unmap_usage(&self, name: &str) -> Result<bool, StoreError> {
        Ok(self.prepare_cached("DELETE FROM usage_mappings WHERE key = ?1")?.execute([mapping_key(name)])? > 0)
    }
}

/// Writes one report's counts: finds or stores each item, packs each row's months.
pub struct UsageWriter<'t> {
    conn: &'t Connection,
    import: i64,
    find_item: Statement<'t>,
    insert_item: Statement<'t>,
    insert_counts: Statement<'t>,
    /// The last item written and its id: the rows of one item usually follow each other.
    last_item: Option<([Option<String>; 11], i64)>,
    metric_ids: Vec<(String, i64)>,
    platforms: BTreeSet<String>,
    rows: u64,
    packed: Vec<u8>,
}

impl<'t> UsageWriter<'t> {
    fn new(conn: &'t Connection, import: i64) -> Result<UsageWriter<'t>, StoreError> {
        Ok(UsageWriter {
            conn,
            import,
            find_item: conn.prepare(&format!("SELECT id, {ITEM_COLUMNS} FROM usage_items WHERE hash = ?1"))?,
            insert_item: conn.prepare(&format!(
                "INSERT INTO usage_items (hash, {ITEM_COLUMNS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)"
            ))?,
            insert_counts: conn.prepare(
                "INSERT INTO usage_counts (import, metric, item, first_month, total, months)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT DO NOTHING",
            )?,
            last_item: None,
            metric_ids: Vec::new(),
            platforms: BTreeSet::new(),
            rows: 0,
            packed: Vec::with_capacity(64),
        })
    }

    /// The import's id.
    pub fn id(&self) -> i64 {
        self.import
    }

    /// Stores one row: the item's counts of `metric` by month (in any order, each month once)
    /// adding up to `total`. A second row for the same item and metric (a report broken down
    /// by YOP, access type...) adds to the first. Returns the item's id.
    pub fn add(
        &mut self,
        item: &ItemFields,
        metric: &str,
        months: &[(MonthIndex, u64)],
        total: u64,
    ) -> Result<i64, StoreError> {
        assert_eq!(months.iter().map(|m| m.1).sum::<u64>(), total, "the parser checks that the months add up");
        assert!(!months.is_empty(), "a row without months is given its period's first month");
        let item_id = self.item_id(item)?;
        let metric_id = self.metric_id(metric)?;
        let first = months.iter().map(|m| m.0).min().expect("not empty");
        pack_months(months, first, &mut self.packed);
        let inserted =
            self.insert_counts.execute(params![self.import, metric_id, item_id, first, to_sql(total)?, self.packed])?;
        if inserted == 0 {
            self.merge(metric_id, item_id, months)?;
        }
        self.rows += 1;
        Ok(item_id)
    }

    /// Adds a row's months to the counts already stored for its item and metric.
    fn merge(&mut self, metric: i64, item: i64, months: &[(MonthIndex, u64)]) -> Result<(), StoreError> {
        let (first, total, blob): (MonthIndex, i64, Vec<u8>) = self.conn.query_row(
            "SELECT first_month, total, months FROM usage_counts WHERE import = ?1 AND metric = ?2 AND item = ?3",
            params![self.import, metric, item],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )?;
        let mut all: BTreeMap<MonthIndex, u64> = BTreeMap::new();
        Counts { item, first_month: first, total: from_sql(total)?, months: &blob }.for_each_month(|m, n| {
            *all.entry(m).or_default() += n;
        })?;
        for (m, n) in months {
            let sum = all.entry(*m).or_default();
            *sum = sum.checked_add(*n).ok_or_else(|| StoreError::Corrupt("a count overflows".into()))?;
        }
        let merged: Vec<(MonthIndex, u64)> = all.into_iter().collect();
        let total = merged.iter().try_fold(0u64, |s, m| s.checked_add(m.1));
        let total = total.ok_or_else(|| StoreError::Corrupt("a count overflows".into()))?;
        let first = merged[0].0;
        pack_months(&merged, first, &mut self.packed);
        self.conn
            .prepare_cached(
                "UPDATE usage_counts SET first_month = ?4, total = ?5, months = ?6
                 WHERE import = ?1 AND metric = ?2 AND item = ?3",
            )?
            .execute(params![self.import, metric, item, first, to_sql(total)?, self.packed])?;
        Ok(())
    }

    fn item_id(&mut self, item: &ItemFields) -> Result<i64, StoreError> {
        if let Some((fields, id)) = &self.last_item {
            if fields.iter().zip(item).all(|(a, b)| a.as_deref() == *b) {
                return Ok(*id);
            }
        }
        let hash = item_hash(item);
        let mut found = None;
        let mut rows = self.find_item.query([hash])?;
        while let Some(row) = rows.next()? {
            let same = (0..ITEM_FIELDS.len()).try_fold(true, |same, i| {
                Ok::<_, rusqlite::Error>(same && row.get_ref(i + 1)?.as_str_or_null()? == item[i])
            })?;
            if same {
                found = Some(row.get(0)?);
                break;
            }
        }
        drop(rows);
        let id = match found {
            Some(id) => id,
            None => {
                let values = std::iter::once(rusqlite::types::Value::Integer(hash))
                    .chain(item.iter().map(|f| f.map_or(rusqlite::types::Value::Null, |s| s.to_string().into())));
                self.insert_item.execute(rusqlite::params_from_iter(values))?;
                self.conn.last_insert_rowid()
            }
        };
        if let Some(platform) = item[4] {
            if !self.platforms.contains(platform) {
                self.platforms.insert(platform.to_string());
            }
        }
        self.last_item = Some((item.map(|f| f.map(str::to_string)), id));
        Ok(id)
    }

    fn metric_id(&mut self, metric: &str) -> Result<i64, StoreError> {
        if let Some((_, id)) = self.metric_ids.iter().find(|(m, _)| m == metric) {
            return Ok(*id);
        }
        let id = metric_type_id(self.conn, metric, true)?.expect("created if missing");
        self.metric_ids.push((metric.to_string(), id));
        Ok(id)
    }

    /// Ends the report: records its format (known once it is read), the platforms its rows
    /// named (else `fallback`, the header's Created_By) and its row count. Returns the import
    /// as stored.
    pub fn finish(self, format: &str, fallback: Option<&str>) -> Result<UsageImport, StoreError> {
        let platform = if self.platforms.is_empty() {
            fallback.unwrap_or("").to_string()
        } else {
            self.platforms.iter().map(String::as_str).collect::<Vec<_>>().join("; ")
        };
        self.conn
            .prepare_cached("UPDATE usage_imports SET platform = ?2, rows = ?3, format = ?4 WHERE id = ?1")?
            .execute(params![self.import, platform, to_sql(self.rows)?, format])?;
        let (conn, import) = (self.conn, self.import);
        drop(self);
        import_by_id(conn, import)?.ok_or_else(|| StoreError::Corrupt(format!("usage import {import} vanished")))
    }
}

/// One stored row of counts: an item's months of one metric in one import.
#[derive(Clone, Copy, Debug)]
pub struct Counts<'a> {
    pub item: i64,
    pub first_month: MonthIndex,
    pub total: u64,
    pub months: &'a [u8],
}

impl Counts<'_> {
    /// Calls `f` with each month and its count, then checks that they add up to the stored
    /// total (a damaged row is an error, never a number).
    pub fn for_each_month(&self, mut f: impl FnMut(MonthIndex, u64)) -> Result<(), StoreError> {
        let (mut month, mut sum, mut bytes) = (self.first_month, 0u64, self.months);
        while !bytes.is_empty() {
            let (count, rest) = varint(bytes)?;
            sum = sum.checked_add(count).ok_or_else(|| corrupt("overflow"))?;
            f(month, count);
            (month, bytes) = (month + 1, rest);
        }
        if sum != self.total {
            return Err(corrupt(&format!("months add up to {sum}, not the total {}", self.total)));
        }
        Ok(())
    }
}

fn corrupt(what: &str) -> StoreError {
    StoreError::Corrupt(format!("stored usage counts: {what}"))
}

/// Packs counts by month densely from `first` on (months not given are zeros).
fn pack_months(months: &[(MonthIndex, u64)], first: MonthIndex, out: &mut Vec<u8>) {
    let last = months.iter().map(|m| m.0).max().expect("not empty");
    let width = usize::try_from(last - first + 1).expect("months from their minimum on");
    let mut dense = vec![0u64; width];
    for (m, n) in months {
        let slot = &mut dense[usize::try_from(m - first).expect("not before the first")];
        assert_eq!(*slot, 0, "each month once");
        *slot = *n;
    }
    out.clear();
    for mut n in dense {
        while n >= 0x80 {
            out.push((n as u8 & 0x7f) | 0x80);
            n >>= 7;
        }
        out.push(n as u8);
    }
}

fn varint(bytes: &[u8]) -> Result<(u64, &[u8]), StoreError> {
    let mut value = 0u64;
    for (i, b) in bytes.iter().enumerate().take(10) {
        let bits = u64::from(b & 0x7f);
        if i == 9 && bits > 1 {
            return Err(corrupt("a count overflows"));
        }
        value |= bits << (7 * i);
        if b & 0x80 == 0 {
            return Ok((value, &bytes[i + 1..]));
        }
    }
    Err(corrupt("a count is cut off"))
}

/// FNV-1a over the identity fields, each marked present or absent and closed, so that
/// ("ab", None) and ("a", "b") differ. Stable across builds, unlike std's hasher.
fn item_hash(item: &ItemFields) -> i64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut eat = |b: u8| {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    };
    for field in item {
        match field {
            None => eat(0),
            Some(text) => {
                eat(1);
                text.bytes().for_each(&mut eat);
                eat(0xff);
            }
        }
    }
    h as i64
}

fn to_sql(n: u64) -> Result<i64, StoreError> {
    i64::try_from(n).map_err(|_| StoreError::Corrupt(format!("a count of {n} is too large to store")))
}

fn from_sql(n: i64) -> Result<u64, StoreError> {
    u64::try_from(n).map_err(|_| corrupt(&format!("a negative total {n}")))
}

/// The id of a metric type's name; with `create`, stored first if it is new.
fn metric_type_id(conn: &Connection, name: &str, create: bool) -> Result<Option<i64>, StoreError> {
    let find = || {
        conn.prepare_cached("SELECT id FROM usage_metric_types WHERE name = ?1")?
            .query_row([name], |r| r.get(0))
            .optional()
    };
    if let Some(id) = find()? {
        return Ok(Some(id));
    }
    if !create {
        return Ok(None);
    }
    conn.prepare_cached("INSERT INTO usage_metric_types (name) VALUES (?1)")?.execute([name])?;
    Ok(Some(conn.last_insert_rowid()))
}

fn import_by_id(conn: &Connection, id: i64) -> Result<Option<UsageImport>, StoreError> {
    let sql = format!("SELECT {IMPORT_COLUMNS} FROM usage_imports WHERE id = ?1");
    let row = conn.prepare_cached(&sql)?.query_row([id], |r| Ok(read_import(r))).optional()?;
    row.transpose()
}

fn read_import(r: &rusqlite::Row) -> Result<UsageImport, StoreError> {
    let date = |i: usize| -> Result<NaiveDate, StoreError> {
        let text: String = r.get(i)?;
        text.parse().map_err(|_| StoreError::Corrupt(format!("a usage import's date '{text}'")))
    };
    Ok(UsageImport {
        id: r.get(0)?,
        member: r.get(1)?,
        release: r.get(2)?,
        report_id: r.get(3)?,
        begin: date(4)?,
        end: date(5)?,
        platform: r.get(6)?,
        file: r.get(7)?,
        format: r.get(8)?,
        institution_name: r.get(9)?,
        rows: from_sql(r.get(10)?)?,
        imported_at: r.get(11)?,
        imported_by: r.get(12)?,
    })
}

/// Reads of stored usage, offered by the store and by an open transaction alike.
pub trait UsageReads: Reads {
    /// Every import, by member, report, period and id.
    fn usage_imports(&self) -> Result<Vec<UsageImport>, StoreError> {
        let sql = format!(
            "SELECT {IMPORT_COLUMNS} FROM usage_imports ORDER BY member, report_id, begin_date, end_date, platform, id"
        );
        let mut stmt = self.conn().prepare_cached(&sql)?;
        let mut rows = stmt.query([])?;
        let mut out = Vec::new();
        while let Some(row) = rows.next()? {
            out.push(read_import(row)?);
        }
        Ok(out)
    }

    /// The imports of one member, by report, period and id.
    fn usage_imports_of(&self, member: &str) -> Result<Vec<UsageImport>, StoreError> {
        let sql = format!(
            "SELECT {IMPORT_COLUMNS} FROM usage_imports WHERE member = ?1 ORDER BY report_id, begin_date, end_date, platform, id"
        );
        let mut stmt = self.conn().prepare_cached(&sql)?;
        let mut rows = stmt.query([member])?;
        let mut out = Vec::new();
        while let Some(row) = rows.next()? {
            out.push(read_import(row)?);
        }
        Ok(out)
    }

    fn usage_import(&self, id: i64) -> Result<Option<UsageImport>, StoreError> {
        import_by_id(self.conn(), id)
    }

    /// The sum of each metric's counts in an import.
    fn usage_totals(&self, import: i64) -> Result<BTreeMap<String, u64>, StoreError> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT t.name, SUM(c.total) FROM usage_counts c JOIN usage_metric_types t ON t.id = c.metric
             WHERE c.import = ?1 GROUP BY t.name ORDER BY t.name",
        )?;
        let rows = stmt.query_map([import], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?)))?;
        rows.map(|r| {
            let (name, sum) = r?;
            Ok((name, from_sql(sum)?))
        })
        .collect()
    }

    /// Calls `each` with every row of counts of `metric` in an import, by item id. A metric
    /// no import has is no rows.
    fn usage_counts(
        &self,
        import: i64,
        metric: &str,
        each: &mut dyn FnMut(Counts) -> Result<(), StoreError>,
    ) -> Result<(), StoreError> {
        let Some(metric) = metric_type_id(self.conn(), metric, false)? else {
            return Ok(());
        };
        let mut stmt = self.conn().prepare_cached(
            "SELECT item, first_month, total, months FROM usage_counts WHERE import = ?1 AND metric = ?2",
        )?;
        let mut rows = stmt.query(params![import, metric])?;
        while let Some(row) = rows.next()? {
            let months = row.get_ref(3)?.as_blob().map_err(rusqlite::Error::from)?;
            each(Counts { item: row.get(0)?, first_month: row.get(1)?, total: from_sql(row.get(2)?)?, months })?;
        }
        Ok(())
    }

    /// The items an import counts, each once, by id.
    fn usage_item_ids(&self, import: i64) -> Result<Vec<i64>, StoreError> {
        let mut stmt =
            self.conn().prepare_cached("SELECT DISTINCT item FROM usage_counts WHERE import = ?1 ORDER BY item")?;
        let rows = stmt.query_map([import], |r| r.get(0))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    fn usage_item(&self, id: i64) -> Result<StoredItem, StoreError> {
        let sql = format!("SELECT {ITEM_COLUMNS} FROM usage_items WHERE id = ?1");
        let item = self
            .conn()
            .prepare_cached(&sql)?
            .query_row([id], |r| {
                let mut fields: [Option<String>; 11] = Default::default();
                for (i, f) in fields.iter_mut().enumerate() {
                    *f = r.get(i)?;
                }
                Ok(StoredItem { id, fields })
            })
            .optional()?;
        item.ok_or_else(|| StoreError::Corrupt(format!("usage counts name item {id}, which is not stored")))
    }

    /// The mappings of vendors' names to resources, by name.
    fn usage_mappings(&self) -> Result<Vec<UsageMapping>, StoreError> {
        let mut stmt = self.conn().prepare_cached("SELECT name, resource FROM usage_mappings ORDER BY key")?;
        let rows = stmt.query_map([], |r| Ok(UsageMapping { name: r.get(0)?, resource: r.get(1)? }))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}

impl<T: Reads> UsageReads for T {}

#[cfg(test)]
mod tests {
    use super::*;

    fn counts(months: &[(MonthIndex, u64)]) -> (MonthIndex, Vec<u8>, u64) {
        let first = months.iter().map(|m| m.0).min().unwrap();
        let mut blob = Vec::new();
        pack_months(months, first, &mut blob);
        (first, blob, months.iter().map(|m| m.1).sum())
    }

    #[test]
    fn months_come_back_as_packed_with_gaps_as_zeros() {
        let (first, blob, total) = counts(&[(24266, 300), (24264, 5), (24265, 0), (24268, u64::from(u32::MAX) * 9)]);
        let mut back = Vec::new();
        Counts { item: 1, first_month: first, total, months: &blob }.for_each_month(|m, n| back.push((m, n))).unwrap();
        assert_eq!(back, [(24264, 5), (24265, 0), (24266, 300), (24267, 0), (24268, u64::from(u32::MAX) * 9)]);
    }

    #[test]
    fn damaged_counts_are_an_error_not_a_number() {
        let (first, blob, total) = counts(&[(24264, 5), (24265, 200)]);
        let wrong_total = Counts { item: 1, first_month: first, total: total + 1, months: &blob };
        assert!(matches!(wrong_total.for_each_month(|_, _| {}), Err(StoreError::Corrupt(_))));
        let cut = Counts { item: 1, first_month: first, total, months: &blob[..blob.len() - 1] };
        assert!(matches!(cut.for_each_month(|_, _| {}), Err(StoreError::Corrupt(_))));
        let endless = [0xffu8; 11];
        let overflow = Counts { item: 1, first_month: first, total, months: &endless };
        assert!(matches!(overflow.for_each_month(|_, _| {}), Err(StoreError::Corrupt(_))));
    }

    #[test]
    fn months_and_mapping_keys() {
        let jan_2022 = month_of(NaiveDate::from_ymd_opt(2022, 1, 31).unwrap());
        assert_eq!(
            (jan_2022, year_of(jan_2022), year_of(jan_2022 + 11), year_of(jan_2022 + 12)),
            (24264, 2022, 2022, 2023)
        );
        assert_eq!(first_day(jan_2022 + 13).to_string(), "2023-02-01");
        assert_eq!(mapping_key("  ScienceDirect\tJournals  ÄÖ "), "sciencedirect journals äö");
        assert_eq!(mapping_key("Platform   1"), "platform 1");
    }

    #[test]
    fn an_item_hash_tells_fields_apart() {
        let mut a: ItemFields = [None; 11];
        let mut b: ItemFields = [None; 11];
        a[1] = Some("ab");
        b[1] = Some("a");
        b[2] = Some("b");
        assert_ne!(item_hash(&a), item_hash(&b));
        assert_eq!(item_hash(&a), item_hash(&a.clone()));
    }
}
