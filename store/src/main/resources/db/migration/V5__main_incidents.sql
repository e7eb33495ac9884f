-- A document's main incident (org.tally.event.MainIncident) as its analysis found it, so that `tally docs --db` prints
-- it from rows instead of analysing stored text again. One row per document stored by a Tally that keeps it; a
-- document stored before this migration has none until `tally ingest --refresh` stores it again.
-- location_* are all null where the incident has no place; evidence_* and lead_count_* null where it has none.

CREATE TABLE main_incidents (
    doc_id              TEXT    NOT NULL PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
    location_text       TEXT,
    location_name       TEXT,
    location_admin1     TEXT,
    location_country    TEXT,
    location_lat        DOUBLE PRECISION,
    location_lon        DOUBLE PRECISION,
    location_precision  TEXT
        CHECK (location_precision IS NULL OR location_precision IN
               ('point', 'near-point', 'district', 'governorate', 'region', 'country', 'countries')),
    location_start      INTEGER,
    location_end        INTEGER,
    -- the day it happened, ISO
    event_date          TEXT,
    -- the death toll, all victims together; null where unbounded or unknown
    killed_min          INTEGER CHECK (killed_min IS NULL OR killed_min >= 0),
    killed_max          INTEGER CHECK (killed_max IS NULL OR killed_max >= 0),
    evidence_start      INTEGER,
    evidence_end        INTEGER,
    lead_count_start    INTEGER,
    lead_count_end      INTEGER,
    CHECK ((location_start IS NULL) = (location_end IS NULL)),
    CHECK ((evidence_start IS NULL) = (evidence_end IS NULL)),
    CHECK ((lead_count_start IS NULL) = (lead_count_end IS NULL)),
    CHECK (evidence_start IS NULL OR (0 <= evidence_start AND evidence_start <= evidence_end))
);
