-- Schema version 1: the catalogue. Text columns hold canonical text (decimals, dates
-- YYYY-MM-DD); NULL is an empty optional field.
CREATE TABLE consortium (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    name TEXT NOT NULL, country TEXT NOT NULL, currency TEXT NOT NULL,
    vat_id TEXT, address TEXT, email TEXT
);
CREATE TABLE vendors (
    code TEXT PRIMARY KEY, name TEXT NOT NULL, country TEXT NOT NULL, currency TEXT NOT NULL,
    vat_id TEXT, email TEXT
);
CREATE TABLE resources (
    code TEXT PRIMARY KEY, vendor TEXT NOT NULL REFERENCES vendors(code) ON UPDATE CASCADE,
    name TEXT NOT NULL, kind TEXT NOT NULL, platform TEXT, counter_platform TEXT, counter_database TEXT
);
CREATE TABLE members (
    code TEXT PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL, country TEXT NOT NULL,
    city TEXT, address TEXT, postcode TEXT, vat_id TEXT, language TEXT NOT NULL,
    currency TEXT NOT NULL, join_date TEXT NOT NULL, leave_date TEXT, email TEXT
);
CREATE TABLE member_metrics (
    member TEXT NOT NULL REFERENCES members(code) ON UPDATE CASCADE ON DELETE CASCADE,
    year INTEGER NOT NULL, metric TEXT NOT NULL, value TEXT NOT NULL,
    PRIMARY KEY (member, year, metric)
);
CREATE TABLE licences (
    code TEXT PRIMARY KEY, resource TEXT NOT NULL REFERENCES resources(code) ON UPDATE CASCADE,
    title TEXT NOT NULL, start_date TEXT NOT NULL, end_date TEXT NOT NULL, renewal TEXT NOT NULL,
    notice_days INTEGER NOT NULL, governing_law TEXT, jurisdiction TEXT
);
CREATE TABLE licence_terms (
    licence TEXT NOT NULL REFERENCES licences(code) ON UPDATE CASCADE ON DELETE CASCADE,
    term TEXT NOT NULL, value TEXT NOT NULL, note TEXT,
    PRIMARY KEY (licence, term)
);
CREATE TABLE licence_amendments (
    licence TEXT NOT NULL REFERENCES licences(code) ON UPDATE CASCADE ON DELETE CASCADE,
    date TEXT NOT NULL, summary TEXT NOT NULL,
    PRIMARY KEY (licence, date, summary)
);
CREATE TABLE deals (
    code TEXT PRIMARY KEY, resource TEXT NOT NULL REFERENCES resources(code) ON UPDATE CASCADE,
    title TEXT NOT NULL, start_date TEXT NOT NULL, end_date TEXT NOT NULL,
    participation TEXT NOT NULL, funder TEXT, rule TEXT
);
CREATE TABLE offers (
    deal TEXT NOT NULL REFERENCES deals(code) ON UPDATE CASCADE ON DELETE CASCADE,
    version INTEGER NOT NULL, date TEXT NOT NULL, currency TEXT NOT NULL, list_price TEXT,
    pricing TEXT NOT NULL, annual_cap_pct TEXT, index_pct TEXT, rate TEXT, rate_date TEXT,
    rate_source TEXT, note TEXT,
    PRIMARY KEY (deal, version)
);
CREATE TABLE participations (
    deal TEXT NOT NULL REFERENCES deals(code) ON UPDATE CASCADE ON DELETE CASCADE,
    member TEXT NOT NULL REFERENCES members(code) ON UPDATE CASCADE,
    joined TEXT, left TEXT,
    PRIMARY KEY (deal, member)
);
