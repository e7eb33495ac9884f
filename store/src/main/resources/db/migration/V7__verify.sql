-- Verification (issue 14). Portable SQL: it runs on SQLite and PostgreSQL alike (TEXT, INTEGER, DOUBLE PRECISION;
-- no AUTOINCREMENT; rows are replaced with INSERT ... ON CONFLICT ... DO UPDATE by the code).

-- Reference records stored once with `tally reference add FILE... --db`, checked against by every `verify --db`.
-- One row per record, keyed by its dataset and the dataset's own id; adding a file again replaces its rows.
CREATE TABLE reference_records (
    source      TEXT    NOT NULL,
    id          TEXT    NOT NULL,
    -- ISO days, inclusive
    date_start  TEXT    NOT NULL,
    date_end    TEXT    NOT NULL,
    place_name  TEXT,
    -- the governorate as the gazetteer spells it
    admin1      TEXT,
    admin2      TEXT,
    country     TEXT,
    lat         DOUBLE PRECISION,
    lon         DOUBLE PRECISION,
    place_precision TEXT NOT NULL
        CHECK (place_precision IN ('point', 'near-point', 'district', 'governorate', 'region', 'country', 'countries')),
    -- the sides as the dataset writes them, one per line
    sides       TEXT    NOT NULL,
    low         INTEGER NOT NULL CHECK (low >= 0),
    best        INTEGER NOT NULL,
    high        INTEGER NOT NULL,
    civilians   INTEGER,
    -- the file it was added from, as given
    added_from  TEXT    NOT NULL,
    PRIMARY KEY (source, id),
    CHECK (low <= best AND best <= high),
    CHECK (date_start <= date_end)
);

-- A document's verdict as `tally verify --db` last printed it. It is rebuilt when the document's content, the
-- references, or the incidents it shares with other documents change.
CREATE TABLE verdicts (
    doc_id          TEXT    NOT NULL PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
    -- documents.content_hash when it was verified
    content_hash    TEXT    NOT NULL,
    -- a digest of the references and of the incident the document's main toll belongs to
    basis           TEXT    NOT NULL,
    credible        INTEGER NOT NULL CHECK (credible IN (0, 1)),
    score           DOUBLE PRECISION NOT NULL CHECK (score >= 0 AND score <= 1),
    verdict         TEXT    NOT NULL CHECK (verdict IN ('corroborated', 'contradicted', 'mixed', 'unverified')),
    -- the whole printed object (reasons, records, incident), JSON
    record_json     TEXT    NOT NULL
);
