-- Schema version 2: finalised splits (frozen with their inputs) and the audit trail.
CREATE TABLE splits (
    deal TEXT NOT NULL REFERENCES deals(code),
    year INTEGER NOT NULL,
    engine_version INTEGER NOT NULL,
    input_json TEXT NOT NULL,
    currency TEXT NOT NULL,
    total_minor INTEGER NOT NULL CHECK (total_minor >= 0),
    funder_minor INTEGER NOT NULL CHECK (funder_minor >= 0),
    finalised_at TEXT NOT NULL,
    finalised_by TEXT NOT NULL,
    PRIMARY KEY (deal, year)
);
CREATE TABLE split_shares (
    deal TEXT NOT NULL,
    year INTEGER NOT NULL,
    member TEXT NOT NULL REFERENCES members(code),
    position INTEGER NOT NULL,
    payable_minor INTEGER NOT NULL CHECK (payable_minor >= 0),
    funded_minor INTEGER NOT NULL CHECK (funded_minor >= 0),
    PRIMARY KEY (deal, year, member),
    FOREIGN KEY (deal, year) REFERENCES splits(deal, year)
);
-- A finalised split is frozen: no update, no delete, of the split or its shares.
CREATE TRIGGER splits_frozen_update BEFORE UPDATE ON splits
    BEGIN SELECT RAISE(ABORT, 'a finalised split is frozen'); END;
CREATE TRIGGER splits_frozen_delete BEFORE DELETE ON splits
    BEGIN SELECT RAISE(ABORT, 'a finalised split is frozen'); END;
CREATE TRIGGER split_shares_frozen_update BEFORE UPDATE ON split_shares
    BEGIN SELECT RAISE(ABORT, 'a finalised split is frozen'); END;
CREATE TRIGGER split_shares_frozen_delete BEFORE DELETE ON split_shares
    BEGIN SELECT RAISE(ABORT, 'a finalised split is frozen'); END;

CREATE TABLE audit (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    kind TEXT NOT NULL,
    key TEXT NOT NULL,
    detail TEXT NOT NULL
);
