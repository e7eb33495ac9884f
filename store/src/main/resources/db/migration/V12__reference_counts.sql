-- Whose deaths a reference record counts (issue 14). Portable SQL: SQLite and PostgreSQL alike.
-- 'civilians' for a dataset that counts civilians only (Airwars), whose records a toll of fighters cannot gainsay;
-- 'all' otherwise and for records added before.
ALTER TABLE reference_records ADD COLUMN counts TEXT NOT NULL DEFAULT 'all' CHECK (counts IN ('all', 'civilians'));
