package org.tally.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/**
 * Finds documents by words. On PostgreSQL it is the server's own English text search (stemmed: "strikes" finds
 * "strike"; ranked by ts_rank; served by the GIN index of migration V10_1); on SQLite every word must occur in the
 * title or text, ignoring case, and hits come newest first.
 */
final class DocumentSearch {
  /** The same expression as the index, so that PostgreSQL uses it. */
  private static final String VECTOR = "to_tsvector('english', COALESCE(title, '') || ' ' || text)";

  private DocumentSearch() {}

  static List<SearchHit> find(Handle handle, boolean postgres, String query, int limit) {
    List<String> words = words(query);
    if (words.isEmpty() || limit <= 0) {
      return List.of();
    }
    Query select;
    if (postgres) {
      select = handle.createQuery("SELECT id, title, outlet, date, ts_rank(" + VECTOR
              + ", plainto_tsquery('english', :q)) AS rank FROM documents WHERE " + VECTOR
              + " @@ plainto_tsquery('english', :q) ORDER BY rank DESC, id LIMIT :limit")
          .bind("q", String.join(" ", words));
    } else {
      StringBuilder where = new StringBuilder();
      for (int i = 0; i < words.size(); i++) {
        where.append(i == 0 ? "" : " AND ").append("INSTR(LOWER(COALESCE(title, '') || ' ' || text), :w").append(i)
            .append(") > 0");
      }
      select = handle.createQuery("SELECT id, title, outlet, date, 1.0 AS rank FROM documents WHERE " + where
          + " ORDER BY date IS NULL, date DESC, id LIMIT :limit");
      for (int i = 0; i < words.size(); i++) {
        select.bind("w" + i, words.get(i).toLowerCase(Locale.ROOT));
      }
    }
    return select.bind("limit", limit)
        .map((row, ctx) -> new SearchHit(row.getString("id"), row.getString("title"), row.getString("outlet"),
            row.getString("date"), row.getDouble("rank")))
        .list();
  }

  private static List<String> words(String query) {
    List<String> words = new ArrayList<>();
    if (query != null) {
      for (String word : query.strip().split("\\s+")) {
        if (!word.isBlank()) {
          words.add(word);
        }
      }
    }
    return words;
  }
}
