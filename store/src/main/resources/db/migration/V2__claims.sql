-- Casualty claims (claims.md section 2), one row per claim, every field a column.
-- location_* and when_* are all null where the claim has no location or time.

CREATE TABLE claims (
    doc_id            TEXT    NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    ordinal           INTEGER NOT NULL,
    harm              TEXT    NOT NULL CHECK (harm IN ('killed', 'injured', 'displaced', 'missing', 'detained')),
    victims           TEXT    NOT NULL CHECK (victims IN ('civilians', 'children', 'women', 'soldiers',
                                                          'fighters', 'people')),
    count_min         INTEGER,
    count_max         INTEGER,
    count_approx      INTEGER NOT NULL CHECK (count_approx IN (0, 1)),
    count_text        TEXT,
    count_start       INTEGER NOT NULL,
    count_end         INTEGER NOT NULL,
    perpetrator       TEXT,
    claimant          TEXT,
    location_text     TEXT,
    location_name     TEXT,
    location_admin1   TEXT,
    location_country  TEXT,
    -- DOUBLE PRECISION, not REAL: REAL is single precision on PostgreSQL
    location_lat      DOUBLE PRECISION,
    location_lon      DOUBLE PRECISION,
    when_start        TEXT,
    when_end          TEXT,
    when_text         TEXT,
    scope             TEXT    NOT NULL CHECK (scope IN ('incident', 'aggregate', 'cumulative')),
    stance            TEXT    NOT NULL CHECK (stance IN ('asserted', 'admitted', 'denied', 'estimated')),
    attacks           INTEGER CHECK (attacks IS NULL OR attacks >= 0),
    section           TEXT    NOT NULL CHECK (section IN ('title', 'body', 'related', 'comment')),
    evidence_start    INTEGER NOT NULL,
    evidence_end      INTEGER NOT NULL,
    PRIMARY KEY (doc_id, ordinal),
    -- a count of people is never negative and has at least one bound
    CHECK (count_min IS NOT NULL OR count_max IS NOT NULL),
    CHECK (count_min IS NULL OR count_min >= 0),
    CHECK (count_max IS NULL OR count_max >= 0),
    CHECK (count_min IS NULL OR count_max IS NULL OR count_min <= count_max),
    CHECK (0 <= count_start AND count_start <= count_end),
    CHECK (0 <= evidence_start AND evidence_start <= evidence_end)
);

-- claims() lists claims by document and position in the text
CREATE INDEX claims_by_evidence ON claims (doc_id, evidence_start);
