-- Schema version 7: SUSHI harvesting (decisions 35, 36). Each vendor platform's COUNTER_SUSHI
-- service, and each member's credentials there. The API key is kept apart from what lists and
-- shows read: those read `api_key_hint` (its last four characters, or '' when the key is short),
-- and only the harvester reads `api_key` (sushi.rs, `sushi_key`).
CREATE TABLE sushi_endpoints (
    code TEXT PRIMARY KEY CHECK (code <> ''),
    vendor TEXT NOT NULL REFERENCES vendors(code) ON UPDATE CASCADE,
    base_url TEXT NOT NULL CHECK (base_url LIKE 'http://%' OR base_url LIKE 'https://%'),
    -- The COUNTER platform name sent as platform= (when wants_platform), '' if none.
    platform TEXT NOT NULL DEFAULT '',
    wants_requestor_id INTEGER NOT NULL CHECK (wants_requestor_id IN (0, 1)),
    wants_api_key INTEGER NOT NULL CHECK (wants_api_key IN (0, 1)),
    wants_platform INTEGER NOT NULL CHECK (wants_platform IN (0, 1))
);
CREATE TABLE sushi_credentials (
    member TEXT NOT NULL REFERENCES members(code) ON UPDATE CASCADE,
    endpoint TEXT NOT NULL REFERENCES sushi_endpoints(code) ON UPDATE CASCADE,
    customer_id TEXT NOT NULL CHECK (customer_id <> ''),
    requestor_id TEXT NOT NULL DEFAULT '',
    api_key TEXT NOT NULL DEFAULT '',
    api_key_hint TEXT NOT NULL DEFAULT '',
    CHECK (api_key <> '' OR api_key_hint = ''),
    PRIMARY KEY (member, endpoint)
) WITHOUT ROWID;
CREATE INDEX sushi_credentials_endpoint ON sushi_credentials (endpoint, member);
