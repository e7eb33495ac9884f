-- Rising tolls (issue 13). Portable SQL: SQLite and PostgreSQL alike.
-- 1 when an incident's figures differ because a later report updated the toll ("the death toll rose to 86"), so that
-- its contradiction_size is measured between the latest figures only; 0 otherwise and for incidents linked before.
ALTER TABLE incidents ADD COLUMN rising_toll INTEGER NOT NULL DEFAULT 0;
