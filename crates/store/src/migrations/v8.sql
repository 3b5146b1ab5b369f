-- Schema version 8: a VAT rate's reason (why no VAT is charged) in the members' languages, so
-- that a Finnish, Swedish, Turkish or Chinese invoice says it in its own language (decision 44).
-- Empty means "use the default words in `reason`".
ALTER TABLE vat_rates ADD COLUMN reason_fi TEXT;
ALTER TABLE vat_rates ADD COLUMN reason_sv TEXT;
ALTER TABLE vat_rates ADD COLUMN reason_tr TEXT;
ALTER TABLE vat_rates ADD COLUMN reason_zh TEXT;
-- A split reads the values of the metrics its rule names (all members, a few years): found by
-- metric, not by scanning every member's every metric.
CREATE INDEX member_metrics_metric ON member_metrics (metric, year);
