//! Konsortio's SQLite store: migrations, records, frozen splits and the audit trail.
//!
//! Knows SQLite and the core's types; knows nothing of CSV, the CLI or Tauri. Every write
//! goes through `Store::write`, one transaction; reads go through the `Reads` trait, which
//! both the store and an open transaction offer.

mod caches;
mod edit;
mod frozen;
mod invoices;
mod legacy;
mod packed;
mod sushi;
mod usage;

use std::path::Path;
use std::time::Duration;

use konsortio_core::records::{Consortium, FieldError, Fields, Record};
use rusqlite::types::ValueRef;
use rusqlite::{params, Connection, OptionalExtension, Transaction};
use thiserror::Error;

use caches::Known;
pub use caches::SnapshotCache;
pub use edit::count_where;
pub use frozen::{FrozenSplit, SplitAmounts};
pub use invoices::{InvoiceReads, InvoiceSummary, Issuer, Payment};
pub use sushi::{KeyChange, SushiCredentials, SushiEndpoint, SushiReads};
pub use usage::{
    first_day, mapping_key, month_of, normalise_into, year_of, Counts, ItemFields, MonthIndex, NewImport, StoredItem,
    UsageImport, UsageMapping, UsageReads, UsageWriter, ITEM_FIELDS,
};

/// The schema version this build writes; each entry of MIGRATIONS brings a file one version up.
pub const SCHEMA_VERSION: i64 = 8;

/// One step of the schema: its SQL, then, where stored data changes shape, a pass in Rust.
struct Migration {
    sql: &'static str,
    then: Option<DataPass>,
}

/// A migration's pass over the stored data, inside the migration's transaction.
type DataPass = fn(&Connection) -> Result<(), StoreError>;

const MIGRATIONS: &[Migration] = &[
    Migration { sql: include_str!("migrations/v1.sql"), then: None },
    Migration { sql: include_str!("migrations/v2.sql"), then: None },
    Migration { sql: include_str!("migrations/v3.sql"), then: Some(legacy::move_v2_splits) },
    Migration { sql: include_str!("migrations/v4.sql"), then: None },
    Migration { sql: include_str!("migrations/v5.sql"), then: None },
    Migration { sql: include_str!("migrations/v6.sql"), then: None },
    Migration { sql: include_str!("migrations/v7.sql"), then: None },
    Migration { sql: include_str!("migrations/v8.sql"), then: None },
];
const _: () = assert!(MIGRATIONS.len() as i64 == SCHEMA_VERSION);

#[derive(Debug, Error)]
pub enum StoreError {
    #[error("this database was written by a newer Konsortio (schema version {found}); this version reads up to {supported}: please update Konsortio")]
    TooNew { found: i64, supported: i64 },
    #[error("the split of {deal} for {year} is finalised and frozen")]
    Frozen { deal: String, year: i32 },
    #[error("stored {kind} '{key}' cannot be read: field '{}': {}", error.field, error.message)]
    BadRecord { kind: &'static str, key: String, error: FieldError },
    #[error("the database is inconsistent: {0}")]
    Corrupt(String),
    #[error("{kind} '{key}' is still referred to (by a finalised split or another record) and cannot be deleted")]
    Referenced { kind: String, key: String },
    #[error("there is no invoice numbered {0}")]
    NoInvoice(String),
    #[error("database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("stored split input cannot be read: {0}")]
    Json(#[from] serde_json::Error),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AuditEntry {
    pub at: String,
    pub actor: String,
    pub action: String,
    pub kind: String,
    pub key: String,
    pub detail: String,
}

pub struct Store {
    conn: Connection,
    snapshots: SnapshotCache,
}

impl Store {
    /// Opens (creating if needed) a database file and brings its schema up to date.
    pub fn open(path: &Path) -> Result<Store, StoreError> {
        Store::open_at(path, SCHEMA_VERSION)
    }

    /// Opens a database and migrates it only up to `version` (for migration tests).
    pub fn open_at(path: &Path, version: i64) -> Result<Store, StoreError> {
        let conn = Connection::open(path)?;
        conn.busy_timeout(Duration::from_secs(5))?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        Store::init(conn, version)
    }

    pub fn in_memory() -> Result<Store, StoreError> {
        Store::init(Connection::open_in_memory()?, SCHEMA_VERSION)
    }

    fn init(mut conn: Connection, version: i64) -> Result<Store, StoreError> {
        conn.pragma_update(None, "foreign_keys", "ON")?;
        // FULL: a committed transaction survives a power cut, not just an app crash.
        conn.pragma_update(None, "synchronous", "FULL")?;
        // Up to 32 MB of pages (the default is 2 MB): a usage import looks its items up by
        // hash all over their index, which then stays in memory instead of being read again.
        conn.pragma_update(None, "cache_size", -32_768)?;
        migrate(&mut conn, version)?;
        Ok(Store { conn, snapshots: SnapshotCache::default() })
    }

    pub fn schema_version(&self) -> Result<i64, StoreError> {
        Ok(self.conn.pragma_query_value(None, "user_version", |r| r.get(0))?)
    }

    /// Runs `f` in one transaction: all of it is written, or nothing.
    pub fn write<T, E: From<StoreError>>(&mut self, f: impl FnOnce(&Tx) -> Result<T, E>) -> Result<T, E> {
        let tx = Tx {
            // Immediate: the write lock is taken before the first read, so a number read
            // inside cannot be taken by another writer before this one commits.
            tx: self
                .conn
                .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
                .map_err(StoreError::from)?,
            known: Known::default(),
            snapshots: SnapshotCache::default(),
        };
        let value = f(&tx)?;
        tx.tx.commit().map_err(StoreError::from)?;
        Ok(value)
    }

    /// Writes a consistent copy of the database to `path` (a backup that is safe while open).
    pub fn back_up(&self, path: &Path) -> Result<(), StoreError> {
        self.conn.execute("VACUUM INTO ?1", params![path.to_string_lossy()])?;
        Ok(())
    }
}

fn migrate(conn: &mut Connection, target: i64) -> Result<(), StoreError> {
    let found: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    if found > SCHEMA_VERSION {
        return Err(StoreError::TooNew { found, supported: SCHEMA_VERSION });
    }
    for version in found + 1..=target {
        let tx = conn.transaction()?;
        let migration = &MIGRATIONS[usize::try_from(version - 1).expect("positive version")];
        tx.execute_batch(migration.sql)?;
        if let Some(then) = migration.then {
            then(&tx)?;
        }
        tx.pragma_update(None, "user_version", version)?;
        tx.commit()?;
    }
    Ok(())
}

/// An open write transaction.
pub struct Tx<'a> {
    tx: Transaction<'a>,
    known: Known,
    snapshots: SnapshotCache,
}

impl Tx<'_> {
    /// Inserts a record, or replaces the one with the same key.
    pub fn upsert<R: Record>(&self, record: &R) -> Result<(), StoreError> {
        let values = record.write();
        let sql = upsert_sql::<R>();
        let mut stmt = self.tx.prepare_cached(&sql)?;
        let params = values.iter().map(|v| if v.is_empty() { None } else { Some(v.as_str()) });
        stmt.execute(rusqlite::params_from_iter(params))?;
        Ok(())
    }

    pub fn audit(&self, entry: &AuditEntry) -> Result<(), StoreError> {
        self.tx
            .prepare_cached("INSERT INTO audit (at, actor, action, kind, key, detail) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")?
            .execute(params![entry.at, entry.actor, entry.action, entry.kind, entry.key, entry.detail])?;
        Ok(())
    }

    /// Stores a finalised split with its frozen input; a split once stored is never replaced.
    pub fn insert_split(&self, frozen: &FrozenSplit) -> Result<(), StoreError> {
        let (deal, year) = (&frozen.input.deal, frozen.input.year);
        if self.split_exists(deal, year)? {
            return Err(StoreError::Frozen { deal: deal.clone(), year });
        }
        frozen::insert(&self.tx, &self.known, frozen)
    }
}

impl std::ops::Deref for Tx<'_> {
    type Target = Connection;
    fn deref(&self) -> &Connection {
        &self.tx
    }
}

fn upsert_sql<R: Record>() -> String {
    let cols = R::FIELDS.join(", ");
    let marks = vec!["?"; R::FIELDS.len()].join(", ");
    if R::KEY.is_empty() {
        // A single-row table (the consortium).
        let set: Vec<String> = R::FIELDS.iter().map(|f| format!("{f} = excluded.{f}")).collect();
        return format!(
            "INSERT INTO {} (id, {cols}) VALUES (1, {marks}) ON CONFLICT (id) DO UPDATE SET {}",
            R::KIND,
            set.join(", ")
        );
    }
    let set: Vec<String> =
        R::FIELDS.iter().filter(|f| !R::KEY.contains(f)).map(|f| format!("{f} = excluded.{f}")).collect();
    let conflict = if set.is_empty() { "DO NOTHING".to_string() } else { format!("DO UPDATE SET {}", set.join(", ")) };
    format!("INSERT INTO {} ({cols}) VALUES ({marks}) ON CONFLICT ({}) {conflict}", R::KIND, R::KEY.join(", "))
}

/// The records of a kind that `filter` (a WHERE clause with its parameters, or "") keeps, in
/// key order.
fn read_records<R: Record, P: rusqlite::Params>(
    conn: &Connection,
    filter: &str,
    params: P,
) -> Result<Vec<R>, StoreError> {
    let order = if R::KEY.is_empty() { "1".to_string() } else { R::KEY.join(", ") };
    let sql = format!("SELECT {} FROM {} {filter} ORDER BY {order}", R::FIELDS.join(", "), R::KIND);
    let mut stmt = conn.prepare_cached(&sql)?;
    let mut rows = stmt.query(params)?;
    let mut out = Vec::new();
    while let Some(row) = rows.next()? {
        let values: Vec<String> = (0..R::FIELDS.len()).map(|i| text(row.get_ref(i))).collect::<Result<_, _>>()?;
        let record = R::read(&Fields { names: R::FIELDS, values: &values }).map_err(|error| StoreError::BadRecord {
            kind: R::KIND,
            key: values[0].clone(),
            error,
        })?;
        out.push(record);
    }
    Ok(out)
}

/// Reads, offered by the store and by an open transaction alike.
pub trait Reads {
    fn conn(&self) -> &Connection;
    /// The member snapshots this handle has read (see `SnapshotCache`).
    fn snapshots(&self) -> &SnapshotCache;

    /// Every record of a kind, in key order.
    fn all<R: Record>(&self) -> Result<Vec<R>, StoreError> {
        read_records(self.conn(), "", [])
    }

    /// The records of a kind whose `field` is `value`, in key order: one deal's participations
    /// or offers, one metric's values, read without converting the rest of the table.
    fn all_where<R: Record>(&self, field: &str, value: &str) -> Result<Vec<R>, StoreError> {
        assert!(R::FIELDS.contains(&field), "{} has no field {field}", R::KIND);
        read_records(self.conn(), &format!("WHERE {field} = ?1"), [value])
    }

    /// Whether a record of `kind` with this code exists.
    fn exists(&self, kind: &str, code: &str) -> Result<bool, StoreError> {
        let sql = format!("SELECT 1 FROM {kind} WHERE code = ?1");
        Ok(self.conn().prepare_cached(&sql)?.query_row([code], |_| Ok(())).optional()?.is_some())
    }

    fn consortium(&self) -> Result<Option<Consortium>, StoreError> {
        Ok(self.all::<Consortium>()?.into_iter().next())
    }

    fn split_exists(&self, deal: &str, year: i32) -> Result<bool, StoreError> {
        let found = self
            .conn()
            .prepare_cached("SELECT 1 FROM splits WHERE deal = ?1 AND year = ?2")?
            .query_row(params![deal, year], |_| Ok(()))
            .optional()?;
        Ok(found.is_some())
    }

    /// A finalised split, checked to add up exactly as it is read.
    fn load_split(&self, deal: &str, year: i32) -> Result<Option<FrozenSplit>, StoreError> {
        frozen::load(self.conn(), self.snapshots(), deal, year)
    }

    /// Finalised payable shares of a deal in a year, by member (for last year's comparison).
    fn finalised_payable(&self, deal: &str, year: i32) -> Result<Vec<(String, i64)>, StoreError> {
        frozen::payable_by_member(self.conn(), deal, year)
    }

    /// The amounts of every split finalised for `year` (no inputs), checked to add up.
    fn finalised_amounts(&self, year: i32) -> Result<Vec<SplitAmounts>, StoreError> {
        frozen::amounts_in_year(self.conn(), year)
    }

    /// (deal, year) of every finalised split.
    fn finalised(&self) -> Result<Vec<(String, i32)>, StoreError> {
        let mut stmt = self.conn().prepare_cached("SELECT deal, year FROM splits ORDER BY deal, year")?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    fn audit_entries(&self, limit: u32) -> Result<Vec<AuditEntry>, StoreError> {
        let mut stmt = self
            .conn()
            .prepare_cached("SELECT at, actor, action, kind, key, detail FROM audit ORDER BY id DESC LIMIT ?1")?;
        let rows = stmt.query_map([limit], |r| {
            Ok(AuditEntry {
                at: r.get(0)?,
                actor: r.get(1)?,
                action: r.get(2)?,
                kind: r.get(3)?,
                key: r.get(4)?,
                detail: r.get(5)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}

fn text(v: rusqlite::Result<ValueRef<'_>>) -> Result<String, StoreError> {
    Ok(match v? {
        ValueRef::Null => String::new(),
        ValueRef::Integer(i) => i.to_string(),
        ValueRef::Text(t) => String::from_utf8_lossy(t).into_owned(),
        ValueRef::Real(_) | ValueRef::Blob(_) => {
            return Err(StoreError::Corrupt("a real or blob where text was expected".into()))
        }
    })
}

impl Reads for Store {
    fn conn(&self) -> &Connection {
        &self.conn
    }
    fn snapshots(&self) -> &SnapshotCache {
        &self.snapshots
    }
}

impl Reads for Tx<'_> {
    fn conn(&self) -> &Connection {
        &self.tx
    }
    fn snapshots(&self) -> &SnapshotCache {
        &self.snapshots
    }
}
