//! Deleting one catalogue record, and counting the records that refer to it.

use rusqlite::params;

use crate::{Reads, StoreError, Tx};

impl Tx<'_> {
    /// Deletes the record of `kind` whose one-field key `key_field` is `key`; returns whether
    /// there was one. A finalised split still referring to it makes this an error
    /// ([`StoreError::Referenced`]), never a dangling reference.
    pub fn delete(&self, kind: &str, key_field: &str, key: &str) -> Result<bool, StoreError> {
        let sql = format!("DELETE FROM {kind} WHERE {key_field} = ?1");
        match self.conn().execute(&sql, params![key]) {
            Ok(n) => Ok(n > 0),
            Err(rusqlite::Error::SqliteFailure(e, _)) if e.code == rusqlite::ErrorCode::ConstraintViolation => {
                Err(StoreError::Referenced { kind: kind.to_string(), key: key.to_string() })
            }
            Err(e) => Err(e.into()),
        }
    }
}

/// How many records of `kind` have `field` equal to `value`.
pub fn count_where(r: &impl Reads, kind: &str, field: &str, value: &str) -> Result<u64, StoreError> {
    let sql = format!("SELECT COUNT(*) FROM {kind} WHERE {field} = ?1");
    Ok(r.conn().prepare_cached(&sql)?.query_row(params![value], |row| row.get(0))?)
}
