//! The move of version 2 frozen splits (whole inputs as JSON) into the version 3 tables.

use std::sync::Arc;

use konsortio_core::{Currency, Money, Split, SplitInput};
use rusqlite::{params, Connection};

use crate::caches::Known;
use crate::frozen::{self, FrozenSplit};
use crate::StoreError;

/// Reads every split as version 2 stored it and writes it as version 3 does, then drops the
/// version 2 tables (v3.sql renamed them). The rows move as they are: a tampered sum stays
/// tampered, and is caught when the split is read, as before.
pub(crate) fn move_v2_splits(conn: &Connection) -> Result<(), StoreError> {
    let keys: Vec<(String, i32)> = conn
        .prepare("SELECT deal, year FROM splits_v2 ORDER BY deal, year")?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<Result<_, _>>()?;
    let known = Known::default();
    for (deal, year) in keys {
        frozen::insert_unchecked(conn, &known, &load_v2(conn, &deal, year)?)?;
    }
    conn.execute_batch("DROP TABLE split_shares_v2; DROP TABLE splits_v2;")?;
    Ok(())
}

fn load_v2(conn: &Connection, deal: &str, year: i32) -> Result<FrozenSplit, StoreError> {
    let (engine_version, input_json, currency, total, funder, finalised_at, finalised_by) = conn
        .prepare(
            "SELECT engine_version, input_json, currency, total_minor, funder_minor, finalised_at, finalised_by
             FROM splits_v2 WHERE deal = ?1 AND year = ?2",
        )?
        .query_row(params![deal, year], |r| {
            Ok((
                r.get::<_, u32>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, i64>(3)?,
                r.get::<_, i64>(4)?,
                r.get(5)?,
                r.get(6)?,
            ))
        })?;
    let cur = Currency::from_code(&currency).map_err(|e| StoreError::Corrupt(e.to_string()))?;
    let shares = shares_v2(conn, deal, year)?;
    let split = Split::from_minor(Money::from_minor(total, cur), Money::from_minor(funder, cur), None, shares);
    let input: SplitInput = serde_json::from_str(&input_json)?;
    Ok(FrozenSplit { input, split, engine_version, finalised_at, finalised_by })
}

/// Each share's member and amounts in minor units, in the split's order.
fn shares_v2(conn: &Connection, deal: &str, year: i32) -> Result<Vec<(Arc<str>, i64, i64)>, StoreError> {
    let mut stmt = conn.prepare(
        "SELECT member, payable_minor, funded_minor FROM split_shares_v2 WHERE deal = ?1 AND year = ?2 ORDER BY position",
    )?;
    let rows = stmt.query_map(params![deal, year], |r| Ok((r.get::<_, Arc<str>>(0)?, r.get(1)?, r.get(2)?)))?;
    Ok(rows.collect::<Result<_, _>>()?)
}
