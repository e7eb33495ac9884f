-- The harm 'casualties' (killed and injured together, not told apart: "60 dead and wounded") joins the harms a claim
-- and an incident may have. SQLite cannot change a CHECK in place, so both tables are rebuilt with every row kept.
-- Dropping claims would cascade to the incident memberships, so those are set aside first and put back last.

CREATE TEMP TABLE kept_memberships AS SELECT incident_id, doc_id, ordinal, position FROM incident_claims;
DROP TABLE incident_claims;

CREATE TABLE claims_v6 (
    doc_id            TEXT    NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    ordinal           INTEGER NOT NULL,
    harm              TEXT    NOT NULL CHECK (harm IN ('killed', 'injured', 'displaced', 'missing', 'detained',
                                                      'casualties')),
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
    location_precision TEXT
        CHECK (location_precision IS NULL OR location_precision IN
               ('point', 'near-point', 'district', 'governorate', 'region', 'country', 'countries')),
    location_start    INTEGER,
    location_end      INTEGER,
    when_text_start   INTEGER,
    when_text_end     INTEGER,
    PRIMARY KEY (doc_id, ordinal),
    -- a count of people is never negative and has at least one bound
    CHECK (count_min IS NOT NULL OR count_max IS NOT NULL),
    CHECK (count_min IS NULL OR count_min >= 0),
    CHECK (count_max IS NULL OR count_max >= 0),
    CHECK (count_min IS NULL OR count_max IS NULL OR count_min <= count_max),
    CHECK (0 <= count_start AND count_start <= count_end),
    CHECK (0 <= evidence_start AND evidence_start <= evidence_end)
);

INSERT INTO claims_v6 (doc_id, ordinal, harm, victims, count_min, count_max, count_approx, count_text, count_start, count_end, perpetrator, claimant, location_text, location_name, location_admin1, location_country, location_lat, location_lon, when_start, when_end, when_text, scope, stance, attacks, section, evidence_start, evidence_end, location_precision, location_start, location_end, when_text_start, when_text_end)
    SELECT doc_id, ordinal, harm, victims, count_min, count_max, count_approx, count_text, count_start, count_end, perpetrator, claimant, location_text, location_name, location_admin1, location_country, location_lat, location_lon, when_start, when_end, when_text, scope, stance, attacks, section, evidence_start, evidence_end, location_precision, location_start, location_end, when_text_start, when_text_end FROM claims;
DROP TABLE claims;
ALTER TABLE claims_v6 RENAME TO claims;
CREATE INDEX claims_by_evidence ON claims (doc_id, evidence_start);

CREATE TABLE incidents_v6 (
    id                  TEXT    NOT NULL PRIMARY KEY,
    kind                TEXT    NOT NULL CHECK (kind IN ('incident', 'series')),
    harm                TEXT    NOT NULL CHECK (harm IN ('killed', 'injured', 'displaced', 'missing', 'detained',
                                                        'casualties')),
    victims             TEXT    NOT NULL CHECK (victims IN ('civilians', 'children', 'women', 'soldiers',
                                                            'fighters', 'people')),
    scope               TEXT    NOT NULL CHECK (scope IN ('incident', 'aggregate', 'cumulative')),
    -- the incident's time as reported (Incident.when)
    when_start          TEXT,
    when_end            TEXT,
    -- every member's time together: what incremental linking blocks on
    extent_start        TEXT,
    extent_end          TEXT,
    place_name          TEXT,
    place_admin1        TEXT,
    place_country       TEXT,
    perpetrator         TEXT,
    claimant            TEXT,
    low                 INTEGER,
    best                INTEGER,
    high                INTEGER,
    conservative        INTEGER,
    contradiction_size  INTEGER NOT NULL CHECK (contradiction_size >= 0),
    member_count        INTEGER NOT NULL CHECK (member_count > 0),
    CHECK ((when_start IS NULL) = (when_end IS NULL)),
    CHECK ((extent_start IS NULL) = (extent_end IS NULL))
);

INSERT INTO incidents_v6 (id, kind, harm, victims, scope, when_start, when_end, extent_start, extent_end, place_name, place_admin1, place_country, perpetrator, claimant, low, best, high, conservative, contradiction_size, member_count)
    SELECT id, kind, harm, victims, scope, when_start, when_end, extent_start, extent_end, place_name, place_admin1, place_country, perpetrator, claimant, low, best, high, conservative, contradiction_size, member_count FROM incidents;
DROP TABLE incidents;
ALTER TABLE incidents_v6 RENAME TO incidents;
CREATE INDEX incidents_by_extent ON incidents (harm, extent_start, extent_end);

CREATE TABLE incident_claims (
    incident_id  TEXT    NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
    doc_id       TEXT    NOT NULL,
    ordinal      INTEGER NOT NULL,
    -- the claim's place in its incident: by document for incidents, oldest first for series
    position     INTEGER NOT NULL,
    PRIMARY KEY (doc_id, ordinal),
    FOREIGN KEY (doc_id, ordinal) REFERENCES claims (doc_id, ordinal) ON DELETE CASCADE
);

INSERT INTO incident_claims (incident_id, doc_id, ordinal, position)
    SELECT incident_id, doc_id, ordinal, position FROM kept_memberships;
DROP TABLE kept_memberships;
CREATE INDEX incident_claims_by_incident ON incident_claims (incident_id, position);
