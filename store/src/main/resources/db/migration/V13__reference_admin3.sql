-- The subdistrict a reference record names (ACLED's admin3; issue 14), which an article may name alone ("in the Abu
-- Saida subdistrict"). Portable SQL: SQLite and PostgreSQL alike. Records added before have none.
ALTER TABLE reference_records ADD COLUMN admin3 TEXT;
