//! SUSHI endpoints and members' credentials there (v7.sql). Lists read the API key's hint only;
//! [`SushiReads::sushi_api_key`] is the one read of the key itself, and only the harvester calls it.

use rusqlite::{params, OptionalExtension, Row};
use serde::{Deserialize, Serialize};

use crate::{Reads, StoreError, Tx};

/// A vendor platform's COUNTER_SUSHI service.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SushiEndpoint {
    pub code: String,
    pub vendor: String,
    pub base_url: String,
    /// The COUNTER platform name sent as `platform=`; empty if none.
    pub platform: String,
    pub wants_requestor_id: bool,
    pub wants_api_key: bool,
    pub wants_platform: bool,
}

/// A member's credentials at an endpoint, as lists show them: the API key only as whether there
/// is one and its hint.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct SushiCredentials {
    pub member: String,
    pub endpoint: String,
    pub customer_id: String,
    /// Empty if none.
    pub requestor_id: String,
    pub has_api_key: bool,
    /// The key's last four characters when it is long enough, else empty.
    pub api_key_hint: String,
}

/// What storing credentials does to the API key.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyChange<'a> {
    /// Keeps the stored key (none for new credentials).
    Keep,
    Clear,
    Set {
        key: &'a str,
        hint: &'a str,
    },
}

const ENDPOINT_COLUMNS: &str = "code, vendor, base_url, platform, wants_requestor_id, wants_api_key, wants_platform";
const CREDENTIAL_COLUMNS: &str = "member, endpoint, customer_id, requestor_id, api_key <> '', api_key_hint";

impl Tx<'_> {
    /// Adds an endpoint, or replaces the one with the same code (its credentials stay).
    pub fn put_sushi_endpoint(&self, e: &SushiEndpoint) -> Result<(), StoreError> {
        let sql = format!(
            "INSERT INTO sushi_endpoints ({ENDPOINT_COLUMNS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
             ON CONFLICT (code) DO UPDATE SET vendor = excluded.vendor, base_url = excluded.base_url,
             platform = excluded.platform, wants_requestor_id = excluded.wants_requestor_id,
             wants_api_key = excluded.wants_api_key, wants_platform = excluded.wants_platform"
        );
        self.prepare_cached(&sql)?.execute(params![
            e.code,
            e.vendor,
            e.base_url,
            e.platform,
            e.wants_requestor_id,
            e.wants_api_key,
            e.wants_platform
        ])?;
        Ok(())
    }

    /// Deletes an endpoint and the credentials stored for it; false if there is no such endpoint.
    pub fn delete_sushi_endpoint(&self, code: &str) -> Result<bool, StoreError> {
        self.prepare_cached("DELETE FROM sushi_credentials WHERE endpoint = ?1")?.execute([code])?;
        Ok(self.prepare_cached("DELETE FROM sushi_endpoints WHERE code = ?1")?.execute([code])? > 0)
    }

    /// Stores a member's credentials at an endpoint, replacing what was there; the key as `key` says.
    pub fn put_sushi_credentials(
        &self,
        member: &str,
        endpoint: &str,
        customer_id: &str,
        requestor_id: &str,
        key: KeyChange,
    ) -> Result<(), StoreError> {
        let kept: Option<(String, String)> = self
            .prepare_cached("SELECT api_key, api_key_hint FROM sushi_credentials WHERE member = ?1 AND endpoint = ?2")?
            .query_row([member, endpoint], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?;
        let (api_key, hint) = match key {
            KeyChange::Keep => kept.unwrap_or_default(),
            KeyChange::Clear => Default::default(),
            KeyChange::Set { key, hint } => (key.to_string(), hint.to_string()),
        };
        self.prepare_cached(
            "INSERT OR REPLACE INTO sushi_credentials (member, endpoint, customer_id, requestor_id, api_key, api_key_hint)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        )?
        .execute(params![member, endpoint, customer_id, requestor_id, api_key, hint])?;
        Ok(())
    }

    /// Deletes a member's credentials at an endpoint; false if there were none.
    pub fn delete_sushi_credentials(&self, member: &str, endpoint: &str) -> Result<bool, StoreError> {
        let sql = "DELETE FROM sushi_credentials WHERE member = ?1 AND endpoint = ?2";
        Ok(self.prepare_cached(sql)?.execute([member, endpoint])? > 0)
    }
}

fn read_endpoint(r: &Row) -> rusqlite::Result<SushiEndpoint> {
    Ok(SushiEndpoint {
        code: r.get(0)?,
        vendor: r.get(1)?,
        base_url: r.get(2)?,
        platform: r.get(3)?,
        wants_requestor_id: r.get(4)?,
        wants_api_key: r.get(5)?,
        wants_platform: r.get(6)?,
    })
}

fn read_credentials(r: &Row) -> rusqlite::Result<SushiCredentials> {
    Ok(SushiCredentials {
        member: r.get(0)?,
        endpoint: r.get(1)?,
        customer_id: r.get(2)?,
        requestor_id: r.get(3)?,
        has_api_key: r.get(4)?,
        api_key_hint: r.get(5)?,
    })
}

/// Reads of SUSHI endpoints and credentials, offered by the store and by a transaction alike.
pub trait SushiReads: Reads {
    /// Every endpoint, by code.
    fn sushi_endpoints(&self) -> Result<Vec<SushiEndpoint>, StoreError> {
        let sql = format!("SELECT {ENDPOINT_COLUMNS} FROM sushi_endpoints ORDER BY code");
        let mut stmt = self.conn().prepare_cached(&sql)?;
        let rows = stmt.query_map([], read_endpoint)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    fn sushi_endpoint(&self, code: &str) -> Result<Option<SushiEndpoint>, StoreError> {
        let sql = format!("SELECT {ENDPOINT_COLUMNS} FROM sushi_endpoints WHERE code = ?1");
        Ok(self.conn().prepare_cached(&sql)?.query_row([code], read_endpoint).optional()?)
    }

    /// The credentials stored for an endpoint, by member; without the keys.
    fn sushi_credentials(&self, endpoint: &str) -> Result<Vec<SushiCredentials>, StoreError> {
        let sql = format!("SELECT {CREDENTIAL_COLUMNS} FROM sushi_credentials WHERE endpoint = ?1 ORDER BY member");
        let mut stmt = self.conn().prepare_cached(&sql)?;
        let rows = stmt.query_map([endpoint], read_credentials)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The API key of a member at an endpoint, in clear: for the request to the endpoint only.
    fn sushi_api_key(&self, member: &str, endpoint: &str) -> Result<Option<String>, StoreError> {
        let sql = "SELECT api_key FROM sushi_credentials WHERE member = ?1 AND endpoint = ?2 AND api_key <> ''";
        Ok(self.conn().prepare_cached(sql)?.query_row([member, endpoint], |r| r.get(0)).optional()?)
    }
}

impl<T: Reads> SushiReads for T {}
