-- Documents and their layouts. Portable SQL: runs on SQLite and PostgreSQL alike.
-- Dates are ISO strings (YYYY-MM-DD), instants ISO-8601 UTC strings, offsets character offsets into text.
-- Enum values are the lower-case JSON names of org.tally.model enums; the CHECK lists change with them.

CREATE TABLE documents (
    id                   TEXT    NOT NULL PRIMARY KEY,
    source               TEXT    NOT NULL,
    content_hash         TEXT    NOT NULL,
    text                 TEXT    NOT NULL,
    -- what the source said (Metadata), as written
    meta_title           TEXT,
    meta_url             TEXT,
    meta_outlet          TEXT,
    meta_date            TEXT,
    -- what Tally read from it (DocumentFacts)
    title                TEXT,
    outlet               TEXT,
    date                 TEXT,
    date_evidence_start  INTEGER,
    date_evidence_end    INTEGER,
    language             TEXT    NOT NULL,
    ingested_at          TEXT    NOT NULL,
    CHECK ((date_evidence_start IS NULL) = (date_evidence_end IS NULL)),
    CHECK (date_evidence_start IS NULL OR (0 <= date_evidence_start AND date_evidence_start <= date_evidence_end))
);

CREATE TABLE sections (
    doc_id      TEXT    NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    ordinal     INTEGER NOT NULL,
    kind        TEXT    NOT NULL CHECK (kind IN ('title', 'dateline', 'body', 'related', 'comment',
                                                 'navigation', 'boilerplate', 'credit')),
    span_start  INTEGER NOT NULL,
    span_end    INTEGER NOT NULL,
    PRIMARY KEY (doc_id, ordinal),
    CHECK (0 <= span_start AND span_start <= span_end)
);
