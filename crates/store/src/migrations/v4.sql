-- Schema version 4: invoicing. The consortium's letterhead and payment terms; funders'
-- billing details; VAT rates and exchange rates as data; invoices and credit notes, each
-- stored whole (the document as JSON, what the PDF and the e-invoice render) and numbered
-- per series without gaps; payments. Issued documents and payments are never changed.
ALTER TABLE consortium ADD COLUMN postcode TEXT;
ALTER TABLE consortium ADD COLUMN city TEXT;
ALTER TABLE consortium ADD COLUMN iban TEXT;
ALTER TABLE consortium ADD COLUMN bic TEXT;
ALTER TABLE consortium ADD COLUMN payment_days INTEGER NOT NULL DEFAULT 30;

CREATE TABLE funders (
    name TEXT PRIMARY KEY, country TEXT NOT NULL, city TEXT, address TEXT, postcode TEXT,
    vat_id TEXT, language TEXT NOT NULL, currency TEXT NOT NULL, email TEXT
);
CREATE TABLE vat_rates (
    country TEXT NOT NULL, resource_kind TEXT NOT NULL, valid_from TEXT NOT NULL,
    category TEXT NOT NULL, rate TEXT NOT NULL, reason_code TEXT, reason TEXT,
    PRIMARY KEY (country, resource_kind, valid_from)
);
CREATE TABLE exchange_rates (
    from_currency TEXT NOT NULL, to_currency TEXT NOT NULL, date TEXT NOT NULL,
    rate TEXT NOT NULL, source TEXT NOT NULL,
    PRIMARY KEY (from_currency, to_currency, date)
);

CREATE TABLE invoices (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('invoice', 'credit_note')),
    series TEXT NOT NULL,
    seq INTEGER NOT NULL CHECK (seq > 0),
    number TEXT NOT NULL UNIQUE,
    issue_date TEXT NOT NULL,
    due_date TEXT NOT NULL,
    recipient TEXT NOT NULL, -- a member's code or a funder's name
    currency TEXT NOT NULL,
    gross_minor INTEGER NOT NULL CHECK (gross_minor >= 0),
    credits TEXT REFERENCES invoices(number), -- a credit note's invoice
    issued_at TEXT NOT NULL,
    issued_by TEXT NOT NULL,
    document TEXT NOT NULL,
    UNIQUE (series, seq)
);
CREATE INDEX invoices_recipient ON invoices (recipient);
-- What each line bills: a share (deal, year) of a member or a funder; lets a batch skip
-- what is already invoiced and a credit note free it again.
CREATE TABLE invoice_lines (
    invoice INTEGER NOT NULL REFERENCES invoices(id),
    line INTEGER NOT NULL,
    deal TEXT NOT NULL REFERENCES deals(code),
    year INTEGER NOT NULL,
    billed TEXT NOT NULL, -- the member's code, or the funder's name
    net_minor INTEGER NOT NULL,
    PRIMARY KEY (invoice, line)
) WITHOUT ROWID;
CREATE INDEX invoice_lines_share ON invoice_lines (deal, year, billed);
CREATE TABLE payments (
    id INTEGER PRIMARY KEY,
    invoice INTEGER NOT NULL REFERENCES invoices(id),
    date TEXT NOT NULL,
    amount_minor INTEGER NOT NULL CHECK (amount_minor > 0),
    reference TEXT,
    recorded_at TEXT NOT NULL,
    recorded_by TEXT NOT NULL
);

-- Numbers follow one another in each series: the next is always the last + 1.
CREATE TRIGGER invoices_no_gap BEFORE INSERT ON invoices
    WHEN NEW.seq <> (SELECT COALESCE(MAX(seq), 0) + 1 FROM invoices WHERE series = NEW.series)
    BEGIN SELECT RAISE(ABORT, 'invoice numbers follow one another without gaps'); END;
CREATE TRIGGER invoices_issued_update BEFORE UPDATE ON invoices
    BEGIN SELECT RAISE(ABORT, 'an issued invoice is never changed: issue a credit note'); END;
CREATE TRIGGER invoices_issued_delete BEFORE DELETE ON invoices
    BEGIN SELECT RAISE(ABORT, 'an issued invoice is never deleted: issue a credit note'); END;
CREATE TRIGGER invoice_lines_update BEFORE UPDATE ON invoice_lines
    BEGIN SELECT RAISE(ABORT, 'an issued invoice is never changed: issue a credit note'); END;
CREATE TRIGGER invoice_lines_delete BEFORE DELETE ON invoice_lines
    BEGIN SELECT RAISE(ABORT, 'an issued invoice is never deleted: issue a credit note'); END;
CREATE TRIGGER payments_update BEFORE UPDATE ON payments
    BEGIN SELECT RAISE(ABORT, 'a recorded payment is never changed'); END;
CREATE TRIGGER payments_delete BEFORE DELETE ON payments
    BEGIN SELECT RAISE(ABORT, 'a recorded payment is never deleted'); END;
