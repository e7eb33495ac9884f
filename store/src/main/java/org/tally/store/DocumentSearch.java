package org.tally.store;

import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/**
 * Finds documents by words. On PostgreSQL it is the server's own English text search (stemmed: "strikes" finds
 * "strike"; ranked by ts_rank; served by the GIN index of migration V10_1). On SQLite it is the FTS5 index of
 * migration V10_2: every word must begin a word of the title or text ("strike" finds "strikes", case and accents
 * ignored), hits are ranked by bm25 (a title word weighs five text words), and each comes with a passage around its
 * words, marked.
 */
final class DocumentSearch {
  /** The same expression as the index, so that PostgreSQL uses it. */
  private static final String VECTOR = "to_tsvector('english', COALESCE(title, '') || ' ' || text)";
  /**
   * What SQLite's snippet() puts around a found word: two characters of Unicode's private use area, which no
   * article's words mean anything by. One in an article's own text can at worst shift what is marked: the parts are
   * plain text either way.
   */
  private static final char OPEN = '\uE000';
  private static final char CLOSE = '\uE001';
  /** Words of the passage around the hits (FTS5 allows up to 64). */
  private static final int SNIPPET_WORDS = 32;

  private DocumentSearch() {}

  static List<SearchHit> find(Handle handle, boolean postgres, String query, int limit) {
    List<String> words = words(query);
    if (words.isEmpty() || limit <= 0) {
      return List.of();
    }
    if (!postgres) {
      return fullText(handle, words, limit);
    }
    Query select = handle.createQuery("SELECT id, title, outlet, date, ts_rank(" + VECTOR
            + ", plainto_tsquery('english', :q)) AS rank FROM documents WHERE " + VECTOR
            + " @@ plainto_tsquery('english', :q) ORDER BY rank DESC, id LIMIT :limit")
        .bind("q", String.join(" ", words));
    return select.bind("limit", limit)
        .map((row, ctx) -> new SearchHit(row.getString("id"), row.getString("title"), row.getString("outlet"),
            row.getString("date"), row.getDouble("rank"), List.of()))
        .list();
  }

  private static List<SearchHit> fullText(Handle handle, List<String> words, int limit) {
    String match = matchExpression(words);
    if (match.isEmpty()) {
      return List.of();
    }
    // FTS5's own rank column, set to bm25 with the columns' weights: ordered by it, FTS5 hands the rows over best
    // first, so that the passages are cut for the rows kept, not for every document that holds the words
    return handle.createQuery("SELECT k.doc_id AS id, d.title, d.outlet, d.date, -documents_fts.rank AS rank,"
            + " snippet(documents_fts, -1, :open, :close, '…', " + SNIPPET_WORDS + ") AS snippet"
            + " FROM documents_fts JOIN document_search_keys k ON k.key = documents_fts.rowid"
            + " JOIN documents d ON d.id = k.doc_id"
            + " WHERE documents_fts MATCH :match AND documents_fts.rank MATCH 'bm25(5.0, 1.0)'"
            + " ORDER BY documents_fts.rank LIMIT :limit")
        .bind("open", String.valueOf(OPEN))
        .bind("close", String.valueOf(CLOSE))
        .bind("match", match)
        .bind("limit", limit)
        .map((row, ctx) -> new SearchHit(row.getString("id"), row.getString("title"), row.getString("outlet"),
            row.getString("date"), row.getDouble("rank"), parts(row.getString("snippet"))))
        .list();
  }

  /**
   * The words as an FTS5 query that means nothing but the words: each one a quoted string (quotes inside doubled),
   * so that AND, OR, NEAR, column names, parentheses and stars a user types are words, never syntax; each a prefix;
   * all of them required. Words with no letter or digit index nothing and are left out.
   */
  static String matchExpression(List<String> words) {
    List<String> terms = new ArrayList<>();
    for (String word : words) {
      if (word.codePoints().anyMatch(Character::isLetterOrDigit)) {
        terms.add("\"" + word.replace("\"", "\"\"") + "\"*");
      }
    }
    return String.join(" AND ", terms);
  }

  /** The passage as SQLite marked it, in plain and found parts. */
  static List<SnippetPart> parts(String marked) {
    List<SnippetPart> parts = new ArrayList<>();
    if (marked == null) {
      return parts;
    }
    StringBuilder current = new StringBuilder();
    boolean inMatch = false;
    for (int i = 0; i < marked.length(); i++) {
      char c = marked.charAt(i);
      if (c == OPEN || c == CLOSE) {
        if (current.length() > 0) {
          parts.add(new SnippetPart(current.toString(), inMatch));
          current.setLength(0);
        }
        inMatch = c == OPEN;
      } else {
        current.append(c);
      }
    }
    if (current.length() > 0) {
      parts.add(new SnippetPart(current.toString(), inMatch));
    }
    return parts;
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
