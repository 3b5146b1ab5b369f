//! Finalised splits: the deal-level input in columns, the shares packed with their participants' fields, members as shared snapshots.

use std::fmt::Display;
use std::str::FromStr;
use std::sync::Arc;

use konsortio_core::{Currency, Money, Participant, Period, Split, SplitInput};
use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};

use crate::caches::{Known, Mention, SnapshotCache};
use crate::packed::{Entry, Packer, Unpacker};
use crate::StoreError;

/// A finalised split, with every input it used, as stored.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FrozenSplit {
    pub input: SplitInput,
    pub split: Split,
    pub engine_version: u32,
    pub finalised_at: String,
    pub finalised_by: String,
}

const INSERT_SPLIT: &str = "INSERT INTO splits (deal, year, engine_version, currency, total_minor, funder_minor,
    period_start, period_end, offer, funder, rule, finalised_at, finalised_by, shares)
    VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)";
const SELECT_SPLIT: &str = "SELECT engine_version, currency, total_minor, funder_minor, period_start, period_end,
    offer, funder, rule, finalised_at, finalised_by, shares FROM splits WHERE deal = ?1 AND year = ?2";

/// Writes a finalised split, after checking that it belongs to its input and adds up.
pub(crate) fn insert(conn: &Connection, known: &Known, frozen: &FrozenSplit) -> Result<(), StoreError> {
    let packed = pack_shares(conn, known, frozen)?;
    let s = &frozen.split;
    check_sums(&packed.sums, minor(s.total), minor(s.funder_part))?;
    write_row(conn, frozen, &packed.blob)
}

/// Writes a split that belongs to its input (the only shape the table holds) without
/// checking its sum: for moving stored splits as they are.
pub(crate) fn insert_unchecked(conn: &Connection, known: &Known, frozen: &FrozenSplit) -> Result<(), StoreError> {
    write_row(conn, frozen, &pack_shares(conn, known, frozen)?.blob)
}

fn write_row(conn: &Connection, frozen: &FrozenSplit, shares: &[u8]) -> Result<(), StoreError> {
    let (input, s) = (&frozen.input, &frozen.split);
    conn.prepare_cached(INSERT_SPLIT)?.execute(params![
        input.deal,
        input.year,
        frozen.engine_version,
        input.currency.code(),
        minor(s.total),
        minor(s.funder_part),
        input.period.start.to_string(),
        input.period.end.to_string(),
        serde_json::to_string(&input.offer)?,
        input.funder,
        input.rule.to_string(),
        frozen.finalised_at,
        frozen.finalised_by,
        shares,
    ])?;
    Ok(())
}

/// A split's shares packed into a blob, and what they add up to.
struct Packed {
    blob: Vec<u8>,
    sums: Sums,
}

fn pack_shares(conn: &Connection, known: &Known, frozen: &FrozenSplit) -> Result<Packed, StoreError> {
    check_belongs_to_input(frozen)?;
    check_members(conn, known, frozen)?;
    let (shares, participants) = (frozen.split.shares_minor(), &frozen.input.participants);
    // Each lookup in a pass of its own: lookups with nothing between them overlap their
    // waits for memory, which decides the time here.
    let snapshot_ids: Vec<u64> =
        participants.iter().map(|p| known.snapshot_id(conn, &p.name, &p.metrics)).collect::<Result<_, _>>()?;
    let (mut packer, mut sums) = (Packer::new(shares.len()), Sums::default());
    for (((code, payable, funded), p), snapshot) in shares.zip(participants).zip(snapshot_ids) {
        let unsigned = |minor: i64| u64::try_from(minor).map_err(|_| mismatch(frozen, "has a negative share"));
        let (payable_minor, funded_minor) = (unsigned(payable)?, unsigned(funded)?);
        sums.add(payable_minor, funded_minor);
        packer.put(&Entry {
            code,
            payable_minor,
            funded_minor,
            snapshot,
            joined: p.joined,
            left: p.left,
            last_year: p.last_year,
            standalone: p.standalone,
        });
    }
    Ok(Packed { blob: packer.finish(), sums })
}

/// Every participant is a member, named once.
fn check_members(conn: &Connection, known: &Known, frozen: &FrozenSplit) -> Result<(), StoreError> {
    let split_no = known.next_split();
    for p in &frozen.input.participants {
        match known.mention(conn, split_no, &p.code)? {
            Mention::Once => {}
            Mention::Again => return Err(mismatch(frozen, &format!("names {} twice", p.code))),
            Mention::NotAMember => return Err(mismatch(frozen, &format!("names {}, who is not a member", p.code))),
        }
    }
    Ok(())
}

/// Money in minor units. The engine keeps shares at the currency's minor unit, so their
/// digits are the minor units and no arithmetic is needed; any other scale goes through
/// the core's conversion (which asserts the amount is whole minor units).
fn minor(m: Money) -> i64 {
    let amount = m.amount();
    match i64::try_from(amount.mantissa()) {
        Ok(digits) if amount.scale() == u32::from(m.currency().minor_units()) => digits,
        _ => m.to_minor(),
    }
}

/// A split belongs to its input: one share per participant, in the input's order, every
/// amount in the input's currency. The engine returns no other. (That each is a member,
/// named once, is checked as the shares are packed.)
fn check_belongs_to_input(frozen: &FrozenSplit) -> Result<(), StoreError> {
    let (input, s) = (&frozen.input, &frozen.split);
    let same_members = s.shares().len() == input.participants.len()
        && s.shares_minor().zip(&input.participants).all(|((code, _, _), p)| *code == p.code);
    // The shares are in the split's currency by construction.
    let same_currency = [s.total, s.funder_part].iter().all(|m| m.currency() == input.currency);
    if !(same_members && same_currency) {
        return Err(mismatch(frozen, "does not match its input's participants and currency"));
    }
    Ok(())
}

fn mismatch(frozen: &FrozenSplit, what: &str) -> StoreError {
    StoreError::Corrupt(format!("the split of {} for {} {what}", frozen.input.deal, frozen.input.year))
}

/// What the shares of a split add up to, in minor units (wide: a damaged blob cannot overflow it).
#[derive(Default)]
struct Sums {
    paid: u128,
    funded: u128,
}

impl Sums {
    fn add(&mut self, payable_minor: u64, funded_minor: u64) {
        self.paid += u128::from(payable_minor);
        self.funded += u128::from(funded_minor);
    }
}

/// The pair assertion: the shares add up to the total exactly, and what the funder pays for
/// them to its part; checked before writing and after reading.
fn check_sums(sums: &Sums, total_minor: i64, funder_minor: i64) -> Result<(), StoreError> {
    let adds_up = i128::try_from(sums.paid + sums.funded).is_ok_and(|all| all == i128::from(total_minor))
        && i128::try_from(sums.funded).is_ok_and(|funded| funded == i128::from(funder_minor));
    if !adds_up {
        return Err(StoreError::Corrupt(format!(
            "split shares add up to {} + {} minor units, not the total {total_minor}",
            sums.paid, sums.funded
        )));
    }
    Ok(())
}

/// A finalised split, rebuilt exactly as it was written and checked to add up.
pub(crate) fn load(
    conn: &Connection,
    snapshots: &SnapshotCache,
    deal: &str,
    year: i32,
) -> Result<Option<FrozenSplit>, StoreError> {
    let mut stmt = conn.prepare_cached(SELECT_SPLIT)?;
    let frozen = stmt.query_row(params![deal, year], |r| Ok(read_split(conn, snapshots, r, deal, year))).optional()?;
    frozen.transpose()
}

fn read_split(
    conn: &Connection,
    snapshots: &SnapshotCache,
    r: &Row,
    deal: &str,
    year: i32,
) -> Result<FrozenSplit, StoreError> {
    let cur: Currency = parsed(r, 1, "currency")?;
    let blob = r.get_ref(11)?.as_blob().map_err(rusqlite::Error::from)?;
    let (shares, participants, sums) = unpack_shares(conn, snapshots, blob)?;
    let (total_minor, funder_minor) = (r.get(2)?, r.get(3)?);
    check_sums(&sums, total_minor, funder_minor)?;
    let split =
        Split::from_minor(Money::from_minor(total_minor, cur), Money::from_minor(funder_minor, cur), None, shares);
    let period = Period::new(parsed(r, 4, "period start")?, parsed(r, 5, "period end")?)
        .ok_or_else(|| StoreError::Corrupt(format!("the split of {deal} for {year} ends before it starts")))?;
    let input = SplitInput {
        deal: deal.to_string(),
        year,
        period,
        currency: cur,
        offer: serde_json::from_str(r.get_ref(6)?.as_str().map_err(rusqlite::Error::from)?)?,
        funder: r.get(7)?,
        rule: parsed(r, 8, "rule")?,
        participants,
    };
    Ok(FrozenSplit { input, split, engine_version: r.get(0)?, finalised_at: r.get(9)?, finalised_by: r.get(10)? })
}

/// The shares of a split and the participants they were computed for, in input order, and
/// what the shares add up to.
fn unpack_shares(
    conn: &Connection,
    snapshots: &SnapshotCache,
    blob: &[u8],
) -> Result<(Vec<(Arc<str>, i64, i64)>, Vec<Participant>, Sums), StoreError> {
    let mut unpacker = Unpacker::new(blob)?;
    // The count comes from the blob: trust it no further than the blob's length.
    let mut entries = Vec::with_capacity(unpacker.len().min(blob.len()));
    while let Some(e) = unpacker.next_entry()? {
        entries.push(e);
    }
    let ids: Vec<u64> = entries.iter().map(|e| e.snapshot).collect();
    let members = snapshots.get_all(conn, &ids)?;
    let (mut shares, mut participants) = (Vec::with_capacity(entries.len()), Vec::with_capacity(entries.len()));
    let mut sums = Sums::default();
    for (e, member) in entries.into_iter().zip(members) {
        sums.add(e.payable_minor, e.funded_minor);
        let code: Arc<str> = Arc::from(e.code);
        let (payable, funded) = (signed(e.payable_minor)?, signed(e.funded_minor)?);
        shares.push((Arc::clone(&code), payable, funded));
        participants.push(Participant {
            code,
            name: member.name,
            metrics: member.metrics,
            joined: e.joined,
            left: e.left,
            last_year: e.last_year,
            standalone: e.standalone,
        });
    }
    Ok((shares, participants, sums))
}

fn signed(minor: u64) -> Result<i64, StoreError> {
    i64::try_from(minor).map_err(|_| StoreError::Corrupt(format!("a share of {minor} minor units")))
}

/// Each member's payable share of a finalised split, in minor units (none if not finalised).
pub(crate) fn payable_by_member(conn: &Connection, deal: &str, year: i32) -> Result<Vec<(String, i64)>, StoreError> {
    let mut stmt = conn.prepare_cached("SELECT shares FROM splits WHERE deal = ?1 AND year = ?2")?;
    let payable = stmt.query_row(params![deal, year], |r| Ok(payable_in(r.get_ref(0)?.as_blob()?))).optional()?;
    payable.transpose().map(Option::unwrap_or_default)
}

fn payable_in(blob: &[u8]) -> Result<Vec<(String, i64)>, StoreError> {
    let mut unpacker = Unpacker::new(blob)?;
    let mut out = Vec::with_capacity(unpacker.len().min(blob.len()));
    while let Some(e) = unpacker.next_entry()? {
        out.push((e.code.to_string(), signed(e.payable_minor)?));
    }
    Ok(out)
}

/// A finalised split's amounts, without its input: what cost per use reads.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SplitAmounts {
    pub deal: String,
    pub year: i32,
    pub period: Period,
    pub currency: Currency,
    pub total_minor: i64,
    pub funder_minor: i64,
    /// Each participant's payable share in minor units, in input order.
    pub payable: Vec<(Arc<str>, i64)>,
}

/// Every split finalised for `year`, by deal, checked to add up as it is read.
pub(crate) fn amounts_in_year(conn: &Connection, year: i32) -> Result<Vec<SplitAmounts>, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT deal, currency, total_minor, funder_minor, period_start, period_end, shares FROM splits
         WHERE year = ?1 ORDER BY deal",
    )?;
    let mut rows = stmt.query([year])?;
    let mut out = Vec::new();
    // Each member's code once, however many splits name it.
    let mut codes: std::collections::HashMap<Box<str>, Arc<str>> = std::collections::HashMap::new();
    while let Some(r) = rows.next()? {
        let deal: String = r.get(0)?;
        let (total_minor, funder_minor) = (r.get(2)?, r.get(3)?);
        let mut unpacker = Unpacker::new(r.get_ref(6)?.as_blob().map_err(rusqlite::Error::from)?)?;
        let (mut payable, mut sums) = (Vec::with_capacity(unpacker.len().min(1 << 16)), Sums::default());
        while let Some(e) = unpacker.next_entry()? {
            sums.add(e.payable_minor, e.funded_minor);
            let code = match codes.get(e.code) {
                Some(code) => Arc::clone(code),
                None => Arc::clone(codes.entry(e.code.into()).or_insert_with(|| Arc::from(e.code))),
            };
            payable.push((code, signed(e.payable_minor)?));
        }
        check_sums(&sums, total_minor, funder_minor)?;
        let period = Period::new(parsed(r, 4, "period start")?, parsed(r, 5, "period end")?)
            .ok_or_else(|| StoreError::Corrupt(format!("the split of {deal} for {year} ends before it starts")))?;
        out.push(SplitAmounts {
            deal,
            year,
            period,
            currency: parsed(r, 1, "currency")?,
            total_minor,
            funder_minor,
            payable,
        });
    }
    Ok(out)
}

/// A text column parsed into a value; stored text that does not parse is corruption.
fn parsed<T: FromStr>(r: &Row, column: usize, what: &str) -> Result<T, StoreError>
where
    T::Err: Display,
{
    let text = r.get_ref(column)?.as_str().map_err(rusqlite::Error::from)?;
    text.parse().map_err(|e| StoreError::Corrupt(format!("stored {what} '{text}': {e}")))
}
