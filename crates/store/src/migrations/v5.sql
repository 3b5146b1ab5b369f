-- Schema version 5: the consortium's letterhead logo (the path of a PNG file).
ALTER TABLE consortium ADD COLUMN logo TEXT;
