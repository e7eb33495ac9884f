-- Views for reading the store from Datasette, pandas, R or psql without substr() or joins. Portable SQL: runs on
-- SQLite and PostgreSQL alike. Offsets in the views count Unicode code points, as Python, R and SQL's substr() do
-- (the tables' own *_start and *_end columns are Java's UTF-16 units, for Tally's own reading).
-- A later migration that rebuilds claims, documents, incidents or incident_claims (as V6 does) must drop these views
-- first and create them again after: SQLite refuses to rename a table under a view that names it.

-- One row per claim: its evidence text, its document, outlet, place and incident (null until linked).
CREATE VIEW claim_view AS
SELECT c.doc_id,
       c.ordinal,
       d.title                AS document_title,
       d.outlet               AS outlet,
       d.date                 AS document_date,
       d.meta_url             AS url,
       c.harm,
       c.victims,
       c.count_min,
       c.count_max,
       c.count_text,
       c.perpetrator,
       c.claimant,
       c.location_name        AS place,
       c.location_admin1      AS admin1,
       c.location_country     AS country,
       c.location_lat         AS lat,
       c.location_lon         AS lon,
       c.location_precision   AS place_precision,
       c.when_start,
       c.when_end,
       c.scope,
       c.stance,
       c.section,
       c.evidence_cp_start    AS evidence_start,
       c.evidence_cp_end      AS evidence_end,
       SUBSTR(d.text, c.evidence_cp_start + 1, c.evidence_cp_end - c.evidence_cp_start) AS evidence_text,
       m.incident_id
FROM claims c
JOIN documents d ON d.id = c.doc_id
LEFT JOIN incident_claims m ON m.doc_id = c.doc_id AND m.ordinal = c.ordinal;

-- One row per incident or series, with its figures and how many documents and outlets report it.
CREATE VIEW incident_view AS
SELECT i.id,
       i.kind,
       i.harm,
       i.victims,
       i.scope,
       i.when_start,
       i.when_end,
       i.place_name           AS place,
       i.place_admin1         AS admin1,
       i.place_country        AS country,
       i.perpetrator,
       i.claimant,
       i.low,
       i.best,
       i.high,
       i.conservative,
       CASE WHEN i.contradiction_size > 0 THEN 1 ELSE 0 END AS contradiction,
       i.contradiction_size,
       i.member_count         AS claims,
       (SELECT COUNT(DISTINCT m.doc_id) FROM incident_claims m WHERE m.incident_id = i.id) AS documents,
       (SELECT COUNT(DISTINCT d.outlet) FROM incident_claims m JOIN documents d ON d.id = m.doc_id
         WHERE m.incident_id = i.id) AS outlets
FROM incidents i;
