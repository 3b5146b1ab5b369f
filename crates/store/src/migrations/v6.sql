-- Schema version 6: COUNTER usage imported per member (decision 31). One row per imported
-- report; items (titles, databases, platforms) once each, shared by every import that names
-- them; the counts packed in chunks of rows, so a 200,000-row report is 391 rows, not 2.4
-- million. Usage is stored as the file gives it; matching to resources and membership dates
-- apply when it is read.
CREATE TABLE usage_imports (
    id INTEGER PRIMARY KEY,
    member TEXT NOT NULL REFERENCES members(code) ON UPDATE CASCADE,
    release TEXT NOT NULL,
    report_id TEXT NOT NULL,
    begin_date TEXT NOT NULL,
    end_date TEXT NOT NULL,
    -- The platforms the rows name ("; " between them), else the header's Created_By: with
    -- member, report and period it says which earlier import a new one replaces.
    platform TEXT NOT NULL,
    file TEXT NOT NULL,
    format TEXT NOT NULL,
    institution_name TEXT,
    institution_id TEXT,
    rows INTEGER NOT NULL CHECK (rows >= 0),
    imported_at TEXT NOT NULL,
    imported_by TEXT NOT NULL,
    CHECK (begin_date <= end_date)
);
CREATE INDEX usage_imports_member ON usage_imports (member, report_id);
CREATE TABLE usage_items (
    id INTEGER PRIMARY KEY,
    -- FNV-1a of the identity fields below: found by its hash, then compared field by field.
    hash INTEGER NOT NULL,
    data_type TEXT, name TEXT, publisher TEXT, publisher_id TEXT, platform TEXT, doi TEXT,
    proprietary_id TEXT, isbn TEXT, print_issn TEXT, online_issn TEXT, uri TEXT
);
CREATE INDEX usage_items_hash ON usage_items (hash);
CREATE TABLE usage_metric_types (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
);
-- The rows of a report packed into chunks of up to 512 (usage.rs): per row the item and metric
-- ids, the first month (year * 12 + month - 1) and the count of each month from it on, all as
-- varints. A chunk states its row count and the sum of its counts, checked when it is read.
-- Several rows for one item and metric (a report broken down by YOP...) add up.
CREATE TABLE usage_counts (
    import INTEGER NOT NULL REFERENCES usage_imports(id),
    chunk INTEGER NOT NULL,
    rows INTEGER NOT NULL CHECK (rows > 0),
    total INTEGER NOT NULL CHECK (total >= 0),
    data BLOB NOT NULL,
    PRIMARY KEY (import, chunk)
) WITHOUT ROWID;
-- A vendor's name (platform, database, title) or identifier (ISSN, ISBN, DOI, proprietary id)
-- as reports give it, and the resource it means; `key` is the name trimmed, its spaces
-- collapsed and in lower case.
CREATE TABLE usage_mappings (
    key TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    resource TEXT NOT NULL REFERENCES resources(code) ON UPDATE CASCADE ON DELETE CASCADE
);
