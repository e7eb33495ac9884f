package org.tally.store;

import java.util.List;
import java.util.Locale;
import org.jdbi.v3.core.Handle;

/**
 * Finds the documents whose title or text holds a phrase, ignoring case. A portable LIKE scan (SQLite and PostgreSQL
 * alike, no index and no migration): it reads every text, which takes well under a second at tens of thousands of
 * documents; a full-text index would be the next step for more.
 */
final class DocumentSearch {
  private DocumentSearch() {}

  /** Up to {@code limit} matching document ids, ordered by id. */
  static List<String> ids(Handle handle, String phrase, int limit) {
    String pattern = "%" + escape(phrase.toLowerCase(Locale.ROOT)) + "%";
    return handle.createQuery("SELECT id FROM documents WHERE lower(text) LIKE :p ESCAPE '!'"
            + " OR lower(coalesce(title, '')) LIKE :p ESCAPE '!' ORDER BY id LIMIT :limit")
        .bind("p", pattern)
        .bind("limit", limit)
        .mapTo(String.class)
        .list();
  }

  /**
   * LIKE's own characters (%, _ and the escape) stand for themselves in a searched phrase. The escape is "!", not a
   * backslash, which Jdbi's statement parser would read as escaping the closing quote.
   */
  static String escape(String phrase) {
    return phrase.replace("!", "!!").replace("%", "!%").replace("_", "!_");
  }
}
