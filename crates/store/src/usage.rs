//! COUNTER usage as stored: imports, items (once each, found by their identifiers), counts
//! with their months packed, and the user's mapping of vendors' names to resources.
//!
//! Knows nothing of the COUNTER formats: the app hands it items as their identity fields,
//! metrics as names and months as integers. The layout and its reasons: v6.sql, decision 31.

use std::collections::{BTreeMap, BTreeSet, HashMap};

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

/// Rows of counts packed into one chunk: a chunk is one row of `usage_counts`.
const CHUNK_ROWS: u32 = 512;

/// Writes one report's counts: finds or stores each item and packs the rows into chunks.
pub struct UsageWriter<'t> {
    conn: &'t Connection,
    import: i64,
    find_item: Statement<'t>,
    insert_item: Statement<'t>,
    insert_chunk: Statement<'t>,
    /// The last item written and its id: the rows of one item usually follow each other.
    last_item: Option<([Option<String>; 11], i64)>,
    metric_ids: Vec<(String, i64)>,
    platforms: BTreeSet<String>,
    rows: u64,
    chunk: Chunk,
    chunks: i64,
}

/// The rows packed since the last chunk was stored.
#[derive(Default)]
struct Chunk {
    data: Vec<u8>,
    rows: u32,
    total: u64,
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
            insert_chunk: conn.prepare(
                "INSERT INTO usage_counts (import, chunk, rows, total, data) VALUES (?1, ?2, ?3, ?4, ?5)",
            )?,
            last_item: None,
            metric_ids: Vec::new(),
            platforms: BTreeSet::new(),
            rows: 0,
            chunk: Chunk { data: Vec::with_capacity(CHUNK_ROWS as usize * 24), ..Chunk::default() },
            chunks: 0,
        })
    }

    /// The import's id.
    pub fn id(&self) -> i64 {
        self.import
    }

    /// Stores one row: the item's counts of `metric` by month (in any order, each month once)
    /// adding up to `total`. Several rows for one item and metric (a report broken down by
    /// YOP, access type...) are all kept; readers add them up. Returns the item's id.
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
        let chunk = &mut self.chunk;
        chunk.total = chunk.total.checked_add(total).ok_or_else(|| StoreError::Corrupt("counts overflow".into()))?;
        chunk.rows += 1;
        pack_row(item_id, metric_id, months, &mut chunk.data);
        self.rows += 1;
        if chunk.rows == CHUNK_ROWS {
            self.store_chunk()?;
        }
        Ok(item_id)
    }

    fn store_chunk(&mut self) -> Result<(), StoreError> {
        if self.chunk.rows == 0 {
            return Ok(());
        }
        let c = &self.chunk;
        self.insert_chunk.execute(params![self.import, self.chunks, c.rows, to_sql(c.total)?, c.data])?;
        self.chunks += 1;
        self.chunk.data.clear();
        (self.chunk.rows, self.chunk.total) = (0, 0);
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
                let values = std::iter::once(&hash as &dyn rusqlite::ToSql)
                    .chain(item.iter().map(|f| f as &dyn rusqlite::ToSql));
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
    pub fn finish(mut self, format: &str, fallback: Option<&str>) -> Result<UsageImport, StoreError> {
        self.store_chunk()?;
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

/// One row of a report as stored: an item's counts of one metric by month from `first_month` on.
#[derive(Clone, Copy, Debug)]
pub struct Counts<'a> {
    pub item: i64,
    /// The metric's id (see `UsageReads::usage_metric_names`).
    pub metric: i64,
    pub first_month: MonthIndex,
    pub counts: &'a [u64],
}

impl Counts<'_> {
    pub fn total(&self) -> u64 {
        self.counts.iter().sum()
    }

    /// Each month with its count.
    pub fn months(&self) -> impl Iterator<Item = (MonthIndex, u64)> + '_ {
        self.counts.iter().enumerate().map(|(i, n)| (self.first_month + i as MonthIndex, *n))
    }
}

/// Packs a row: item id, metric id, first month (zigzag), how many months, and their counts
/// from the first month on (months not given are zeros), all as LEB128 varints.
fn pack_row(item: i64, metric: i64, months: &[(MonthIndex, u64)], out: &mut Vec<u8>) {
    let first = months.iter().map(|m| m.0).min().expect("not empty");
    let last = months.iter().map(|m| m.0).max().expect("not empty");
    let width = usize::try_from(last - first + 1).expect("months from their minimum on");
    put_varint(out, item as u64);
    put_varint(out, metric as u64);
    put_varint(out, ((i64::from(first) << 1) ^ (i64::from(first) >> 63)) as u64);
    put_varint(out, width as u64);
    let mut dense = [0u64; 12];
    let mut wide = Vec::new();
    let slots: &mut [u64] = if width <= 12 {
        &mut dense[..width]
    } else {
        wide.resize(width, 0);
        &mut wide
    };
    for (m, n) in months {
        let slot = &mut slots[usize::try_from(m - first).expect("not before the first")];
        assert_eq!(*slot, 0, "each month once");
        *slot = *n;
    }
    for n in slots.iter() {
        put_varint(out, *n);
    }
}

fn put_varint(out: &mut Vec<u8>, mut n: u64) {
    while n >= 0x80 {
        out.push((n as u8 & 0x7f) | 0x80);
        n >>= 7;
    }
    out.push(n as u8);
}

/// Reads the rows of a stored chunk back, handing each to `each`; checks that the chunk holds
/// as many rows as it says and that they add up to its total (a damaged chunk is an error,
/// never a number).
fn unpack_chunk(
    mut data: &[u8],
    rows: u64,
    total: u64,
    metric: Option<i64>,
    each: &mut dyn FnMut(&Counts) -> Result<(), StoreError>,
) -> Result<(), StoreError> {
    let (mut found, mut sum, mut counts) = (0u64, 0u64, Vec::with_capacity(12));
    while !data.is_empty() {
        let (item, rest) = varint(data)?;
        let (metric_id, rest) = varint(rest)?;
        let (zigzag, rest) = varint(rest)?;
        let (width, mut rest) = varint(rest)?;
        let first = ((zigzag >> 1) as i64) ^ -((zigzag & 1) as i64);
        let first = MonthIndex::try_from(first).map_err(|_| corrupt("a month out of range"))?;
        if width == 0 || width > rest.len() as u64 {
            return Err(corrupt("a row's months are cut off"));
        }
        counts.clear();
        for _ in 0..width {
            let (n, after) = varint(rest)?;
            sum = sum.checked_add(n).ok_or_else(|| corrupt("overflow"))?;
            counts.push(n);
            rest = after;
        }
        let item = i64::try_from(item).map_err(|_| corrupt("an item id out of range"))?;
        let metric_id = i64::try_from(metric_id).map_err(|_| corrupt("a metric id out of range"))?;
        if metric.is_none_or(|m| m == metric_id) {
            each(&Counts { item, metric: metric_id, first_month: first, counts: &counts })?;
        }
        (found, data) = (found + 1, rest);
    }
    if (found, sum) != (rows, total) {
        return Err(corrupt(&format!(
            "a chunk holds {found} rows adding up to {sum}, not {rows} adding up to {total}"
        )));
    }
    Ok(())
}

fn corrupt(what: &str) -> StoreError {
    StoreError::Corrupt(format!("stored usage counts: {what}"))
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

    /// The names of the metric types by id.
    fn usage_metric_names(&self) -> Result<HashMap<i64, String>, StoreError> {
        let mut stmt = self.conn().prepare_cached("SELECT id, name FROM usage_metric_types")?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The sum of each metric's counts in an import.
    fn usage_totals(&self, import: i64) -> Result<BTreeMap<String, u64>, StoreError> {
        let names = self.usage_metric_names()?;
        let mut totals: BTreeMap<String, u64> = BTreeMap::new();
        self.usage_counts(import, None, &mut |c| {
            let name = names.get(&c.metric).ok_or_else(|| corrupt(&format!("metric {} has no name", c.metric)))?;
            let sum = totals.entry(name.clone()).or_default();
            *sum = sum.checked_add(c.total()).ok_or_else(|| corrupt("overflow"))?;
            Ok(())
        })?;
        Ok(totals)
    }

    /// The id of a metric type's name; None if no import has counted it.
    fn usage_metric_id(&self, name: &str) -> Result<Option<i64>, StoreError> {
        metric_type_id(self.conn(), name, false)
    }

    /// Calls `each` with every row of an import, in the order of the report, or with those of
    /// one metric (by its id). An item and metric may come in several rows (a report broken
    /// down by YOP, access type...): they add up.
    fn usage_counts(
        &self,
        import: i64,
        metric: Option<i64>,
        each: &mut dyn FnMut(&Counts) -> Result<(), StoreError>,
    ) -> Result<(), StoreError> {
        let mut stmt = self
            .conn()
            .prepare_cached("SELECT rows, total, data FROM usage_counts WHERE import = ?1 ORDER BY chunk")?;
        let mut rows = stmt.query([import])?;
        while let Some(row) = rows.next()? {
            let data = row.get_ref(2)?.as_blob().map_err(rusqlite::Error::from)?;
            unpack_chunk(data, from_sql(row.get(0)?)?, from_sql(row.get(1)?)?, metric, each)?;
        }
        Ok(())
    }

    /// The items an import counts, each once, by id.
    fn usage_item_ids(&self, import: i64) -> Result<Vec<i64>, StoreError> {
        let mut items = BTreeSet::new();
        self.usage_counts(import, None, &mut |c| {
            items.insert(c.item);
            Ok(())
        })?;
        Ok(items.into_iter().collect())
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

    /// A row as the writer takes it: item id, metric id, counts by month.
    type Row<'a> = (i64, i64, &'a [(MonthIndex, u64)]);

    /// Packs rows into a chunk as the writer does; returns it with its row count and total.
    fn chunk(rows: &[Row]) -> (Vec<u8>, u64, u64) {
        let mut data = Vec::new();
        for (item, metric, months) in rows {
            pack_row(*item, *metric, months, &mut data);
        }
        let total = rows.iter().flat_map(|r| r.2.iter().map(|m| m.1)).sum();
        (data, rows.len() as u64, total)
    }

    fn unpacked(data: &[u8], rows: u64, total: u64, metric: Option<i64>) -> Result<Vec<String>, StoreError> {
        let mut out = Vec::new();
        unpack_chunk(data, rows, total, metric, &mut |c| {
            out.push(format!("{} {} {:?}", c.item, c.metric, c.months().collect::<Vec<_>>()));
            Ok(())
        })?;
        Ok(out)
    }

    #[test]
    fn rows_come_back_as_packed_with_gaps_as_zeros() {
        let big = u64::from(u32::MAX) * 9;
        let (data, rows, total) = chunk(&[(7, 1, &[(24266, 300), (24264, 5), (24268, big)]), (1 << 40, 2, &[(-3, 1)])]);
        let all = unpacked(&data, rows, total, None).unwrap();
        assert_eq!(
            all,
            [
                format!("7 1 [(24264, 5), (24265, 0), (24266, 300), (24267, 0), (24268, {big})]"),
                "1099511627776 2 [(-3, 1)]".to_string()
            ]
        );
        assert_eq!(unpacked(&data, rows, total, Some(2)).unwrap().len(), 1, "one metric's rows");
    }

    #[test]
    fn a_damaged_chunk_is_an_error_not_a_number() {
        let (data, rows, total) = chunk(&[(7, 1, &[(24264, 5), (24265, 200)]), (8, 1, &[(24264, 1)])]);
        let corrupt = |r: Result<Vec<String>, StoreError>| matches!(r, Err(StoreError::Corrupt(_)));
        assert!(corrupt(unpacked(&data, rows, total + 1, None)), "a wrong total");
        assert!(corrupt(unpacked(&data, rows + 1, total, None)), "a wrong row count");
        assert!(corrupt(unpacked(&data[..data.len() - 1], rows, total, None)), "cut off");
        assert!(corrupt(unpacked(&[0xff; 11], 1, 0, None)), "an endless varint");
        assert!(corrupt(unpacked(&[1, 1, 2, 100, 1], 1, 1, None)), "more months than bytes");
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
