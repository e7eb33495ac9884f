-- Incidents and series (org.tally.link): claims of different documents linked into one event, or one claimant's
-- running count. One table for both, told apart by kind; memberships keyed by the claim's (doc_id, ordinal).
-- Linking is incremental: Store.linkNew links only claims without a membership and rewrites only the incidents
-- whose blocks they touch. Replacing a document drops its claims' memberships (cascade); member_count then no
-- longer matches, which marks the incident for relinking.

CREATE TABLE incidents (
    id                  TEXT    NOT NULL PRIMARY KEY,
    kind                TEXT    NOT NULL CHECK (kind IN ('incident', 'series')),
    harm                TEXT    NOT NULL CHECK (harm IN ('killed', 'injured', 'displaced', 'missing', 'detained')),
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

CREATE TABLE incident_claims (
    incident_id  TEXT    NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
    doc_id       TEXT    NOT NULL,
    ordinal      INTEGER NOT NULL,
    -- the claim's place in its incident: by document for incidents, oldest first for series
    position     INTEGER NOT NULL,
    PRIMARY KEY (doc_id, ordinal),
    FOREIGN KEY (doc_id, ordinal) REFERENCES claims (doc_id, ordinal) ON DELETE CASCADE
);

CREATE INDEX incident_claims_by_incident ON incident_claims (incident_id, position);
-- linkNew finds the incidents near new claims by harm and time
CREATE INDEX incidents_by_extent ON incidents (harm, extent_start, extent_end);
