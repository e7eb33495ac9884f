package org.tally.store;

import java.util.List;

/**
 * A document that a search found.
 *
 * @param rank how well it matches, higher is better: PostgreSQL's ts_rank on a PostgreSQL store, SQLite's bm25
 *     (negated, title words weighing more than text words) on SQLite
 * @param snippet a passage of the title or text around the words found, the words marked; empty where the store gives
 *     none (PostgreSQL)
 */
public record SearchHit(String doc, String title, String outlet, String date, double rank, List<SnippetPart> snippet) {
  public SearchHit {
    snippet = List.copyOf(snippet);
  }
}
