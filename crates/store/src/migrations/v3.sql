-- Schema version 3: a finalised split is one row (decision 22). Its deal-level input sits in
-- columns; its shares are packed into one blob (packed.rs), each with its participant's own
-- frozen fields and the id of a member snapshot: the member's name and the metrics its rule
-- read, stored once and shared by every split that saw the member the same. Version 2
-- kept each input as JSON and each share as a row: v3.sql renames those tables, legacy.rs
-- moves their splits over (reading the JSON as version 2 did) and drops them, all in this
-- one migration's transaction.
DROP TRIGGER splits_frozen_update;
DROP TRIGGER splits_frozen_delete;
DROP TRIGGER split_shares_frozen_update;
DROP TRIGGER split_shares_frozen_delete;
ALTER TABLE split_shares RENAME TO split_shares_v2;
ALTER TABLE splits RENAME TO splits_v2;

-- metrics: metric -> year -> value as canonical JSON (keys in order, decimals as exact text).
CREATE TABLE member_snapshots (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    metrics TEXT NOT NULL,
    UNIQUE (name, metrics)
);
-- Every member some finalised split names: its foreign key keeps such a member from being
-- deleted or renamed, as one per share did in version 2, at one row per member.
CREATE TABLE finalised_members (
    member TEXT PRIMARY KEY REFERENCES members(code)
) WITHOUT ROWID;
CREATE TABLE splits (
    id INTEGER PRIMARY KEY,
    deal TEXT NOT NULL REFERENCES deals(code),
    year INTEGER NOT NULL,
    engine_version INTEGER NOT NULL,
    currency TEXT NOT NULL, -- the consortium's: the input's and every amount's
    total_minor INTEGER NOT NULL CHECK (total_minor >= 0),
    funder_minor INTEGER NOT NULL CHECK (funder_minor >= 0),
    period_start TEXT NOT NULL,
    period_end TEXT NOT NULL,
    offer TEXT NOT NULL, -- the offer in force, as JSON
    funder TEXT,
    rule TEXT NOT NULL, -- canonical rule text
    finalised_at TEXT NOT NULL,
    finalised_by TEXT NOT NULL,
    shares BLOB NOT NULL, -- last, so reading the other columns skips it
    UNIQUE (deal, year)
);

-- A finalised split is frozen: no update, no delete, of the split, of a snapshot, or of the
-- note that a member is named by one.
CREATE TRIGGER splits_frozen_update BEFORE UPDATE ON splits
    BEGIN SELECT RAISE(ABORT, 'a finalised split is frozen'); END;
CREATE TRIGGER splits_frozen_delete BEFORE DELETE ON splits
    BEGIN SELECT RAISE(ABORT, 'a finalised split is frozen'); END;
CREATE TRIGGER member_snapshots_frozen_update BEFORE UPDATE ON member_snapshots
    BEGIN SELECT RAISE(ABORT, 'a finalised split is frozen'); END;
CREATE TRIGGER member_snapshots_frozen_delete BEFORE DELETE ON member_snapshots
    BEGIN SELECT RAISE(ABORT, 'a finalised split is frozen'); END;
CREATE TRIGGER finalised_members_frozen_update BEFORE UPDATE ON finalised_members
    BEGIN SELECT RAISE(ABORT, 'a finalised split is frozen'); END;
CREATE TRIGGER finalised_members_frozen_delete BEFORE DELETE ON finalised_members
    BEGIN SELECT RAISE(ABORT, 'a finalised split is frozen'); END;
