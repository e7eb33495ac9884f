package org.tally.store;

/**
 * A document that a search found.
 *
 * @param rank how well it matches: PostgreSQL's ts_rank on a PostgreSQL store, 1 for every hit on SQLite
 */
public record SearchHit(String doc, String title, String outlet, String date, double rank) {}
