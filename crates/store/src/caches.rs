//! What a store handle remembers between splits: member snapshots and members written or seen, snapshots read.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::Arc;

use konsortio_core::Metrics;
use rusqlite::{Connection, OptionalExtension};

use crate::StoreError;

/// What one write transaction has already stored or checked, so that a split's shares cost
/// no query each. Dropped with the transaction.
#[derive(Default)]
pub(crate) struct Known {
    /// Snapshots stored, by the address of the metrics' `Arc`: members share one map
    /// between deals.
    snapshot_ids: RefCell<HashMap<usize, Stored, Quick>>,
    /// Codes found in the members table and noted in finalised_members, each with the
    /// number of the last split that named it.
    members: RefCell<HashMap<Arc<str>, u64, Quick>>,
    splits: Cell<u64>,
}

/// A snapshot stored in this transaction. It holds the metrics' `Arc`, so no other map can
/// take that address meanwhile, and the name stored with them.
struct Stored {
    _metrics: Arc<Metrics>,
    name: Arc<str>,
    id: u64,
}

/// How a split mentions a member.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Mention {
    Once,
    Again,
    NotAMember,
}

impl Known {
    /// A number for the next split written, so that `mention` can tell a member named twice.
    pub fn next_split(&self) -> u64 {
        self.splits.set(self.splits.get() + 1);
        self.splits.get()
    }

    /// Notes that split number `split` names the member `code`: the first time, again, or
    /// not a member at all. The first time in a transaction it is noted in finalised_members.
    pub fn mention(&self, conn: &Connection, split: u64, code: &Arc<str>) -> Result<Mention, StoreError> {
        if let Some(last) = self.members.borrow_mut().get_mut(&**code) {
            return Ok(if std::mem::replace(last, split) == split { Mention::Again } else { Mention::Once });
        }
        if !conn.prepare_cached("SELECT 1 FROM members WHERE code = ?1")?.exists([&**code])? {
            return Ok(Mention::NotAMember);
        }
        conn.prepare_cached("INSERT INTO finalised_members (member) VALUES (?1) ON CONFLICT DO NOTHING")?
            .execute([&**code])?;
        self.members.borrow_mut().insert(Arc::clone(code), split);
        Ok(Mention::Once)
    }

    /// The id of the member snapshot with this name and these metrics, stored now if no
    /// equal one is stored.
    pub fn snapshot_id(&self, conn: &Connection, name: &Arc<str>, metrics: &Arc<Metrics>) -> Result<u64, StoreError> {
        let address = Arc::as_ptr(metrics) as usize;
        if let Some(stored) = self.snapshot_ids.borrow().get(&address) {
            if Arc::ptr_eq(&stored.name, name) || stored.name == *name {
                return Ok(stored.id);
            }
        }
        let id = snapshot_id(conn, name, &serde_json::to_string(&**metrics)?)?;
        let stored = Stored { _metrics: Arc::clone(metrics), name: Arc::clone(name), id };
        self.snapshot_ids.borrow_mut().insert(address, stored);
        Ok(id)
    }
}

/// The id of the snapshot with this content, stored now if it is new: equal snapshots of
/// different deals, members or transactions share one row.
fn snapshot_id(conn: &Connection, name: &str, metrics_json: &str) -> Result<u64, StoreError> {
    let found: Option<i64> = conn
        .prepare_cached("SELECT id FROM member_snapshots WHERE name = ?1 AND metrics = ?2")?
        .query_row([name, metrics_json], |r| r.get(0))
        .optional()?;
    let id = match found {
        Some(id) => id,
        None => {
            conn.prepare_cached("INSERT INTO member_snapshots (name, metrics) VALUES (?1, ?2)")?
                .execute([name, metrics_json])?;
            conn.last_insert_rowid()
        }
    };
    Ok(u64::try_from(id).expect("snapshot ids count up from 1"))
}

/// A member as a split saw it: its name and the metrics its rule read.
#[derive(Clone, Debug)]
pub(crate) struct MemberSnapshot {
    pub name: Arc<str>,
    pub metrics: Arc<Metrics>,
}

/// Member snapshots already read. Splits read through one handle share them, as the deals
/// they were computed for did, and each is parsed once. A snapshot never changes once
/// written (a trigger forbids it), so an entry never goes stale; a transaction has its own,
/// dropped with it, since the id of a rolled-back snapshot may be given again.
///
/// Indexed by id: ids count up from 1 in the order snapshots were first written, which is
/// the order splits read them in, so lookups walk memory in order rather than hop about
/// (hopping cost as much as the rest of reading a share).
#[derive(Default)]
pub struct SnapshotCache {
    by_id: RefCell<Vec<Option<MemberSnapshot>>>,
    held: Cell<usize>,
}

/// Past this many snapshots the cache starts afresh, so a long session stays small.
const SNAPSHOT_CACHE_LIMIT: usize = 65_536;
/// Ids past this are read each time rather than cached, so the index stays small.
const SNAPSHOT_ID_LIMIT: u64 = 1 << 22;

impl SnapshotCache {
    /// The snapshots of these ids, in order. Each is touched with plain reads before it is
    /// cloned: plain reads of cold memory overlap, while the locked increment of
    /// `Arc::clone` waits for memory one at a time (that took a third of reading a split).
    pub(crate) fn get_all(&self, conn: &Connection, ids: &[u64]) -> Result<Vec<MemberSnapshot>, StoreError> {
        for &id in ids {
            self.load(conn, id)?;
        }
        let by_id = self.by_id.borrow();
        let cached = |id: u64| usize::try_from(id).ok().and_then(|i| by_id.get(i)).and_then(Option::as_ref);
        let touched: usize = ids
            .iter()
            .filter_map(|&id| cached(id))
            .map(|s| Arc::strong_count(&s.metrics) + Arc::strong_count(&s.name))
            .sum();
        std::hint::black_box(touched);
        ids.iter().map(|&id| cached(id).map_or_else(|| read_snapshot(conn, id), |s| Ok(s.clone()))).collect()
    }

    /// Reads and holds a snapshot not yet held (beyond SNAPSHOT_ID_LIMIT, nothing is held).
    fn load(&self, conn: &Connection, id: u64) -> Result<(), StoreError> {
        let Some(slot) = usize::try_from(id).ok().filter(|_| id < SNAPSHOT_ID_LIMIT) else {
            return Ok(());
        };
        if matches!(self.by_id.borrow().get(slot), Some(Some(_))) {
            return Ok(());
        }
        let snapshot = read_snapshot(conn, id)?;
        self.hold(slot, snapshot);
        Ok(())
    }

    fn hold(&self, slot: usize, snapshot: MemberSnapshot) {
        let mut by_id = self.by_id.borrow_mut();
        if self.held.get() >= SNAPSHOT_CACHE_LIMIT {
            by_id.clear();
            self.held.set(0);
        }
        if by_id.len() <= slot {
            by_id.resize(slot + 1, None);
        }
        by_id[slot] = Some(snapshot);
        self.held.set(self.held.get() + 1);
    }
}

fn read_snapshot(conn: &Connection, id: u64) -> Result<MemberSnapshot, StoreError> {
    let missing = || StoreError::Corrupt(format!("member snapshot {id} is missing"));
    let row = i64::try_from(id).map_err(|_| missing())?;
    let found: Option<(String, String)> = conn
        .prepare_cached("SELECT name, metrics FROM member_snapshots WHERE id = ?1")?
        .query_row([row], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    let (name, metrics_json) = found.ok_or_else(missing)?;
    Ok(MemberSnapshot { name: name.into(), metrics: Arc::new(serde_json::from_str(&metrics_json)?) })
}

/// Hashing for the caches' keys (addresses, member codes), which the store makes, not an
/// adversary: a multiply per word, where SipHash's guard against chosen keys cost as much
/// as packing the share it looked up.
type Quick = BuildHasherDefault<QuickHasher>;

#[derive(Default)]
pub(crate) struct QuickHasher(u64);

impl Hasher for QuickHasher {
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut word = [0u8; 8];
            word[..chunk.len()].copy_from_slice(chunk);
            self.write_u64(u64::from_le_bytes(word));
        }
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = (self.0.rotate_left(5) ^ n).wrapping_mul(0x517c_c1b7_2722_0a95);
    }

    fn write_usize(&mut self, n: usize) {
        self.write_u64(n as u64);
    }

    /// The high bits of the product are the well-mixed ones; the table indexes by the low.
    fn finish(&self) -> u64 {
        self.0.rotate_left(32)
    }
}
