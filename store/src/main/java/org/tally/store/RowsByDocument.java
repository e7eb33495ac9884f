package org.tally.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.result.ResultIterator;

/**
 * A cursor over rows that belong to documents (sections, claims), ordered by document id as the documents cursor is:
 * {@link #of} hands out the rows of one document and leaves the cursor at the next. Every row has its document
 * (foreign keys), so the rows of a document come exactly when the documents cursor reaches it.
 */
final class RowsByDocument<T> implements AutoCloseable {
  private final ResultIterator<Map.Entry<String, T>> rows;
  private Map.Entry<String, T> next;

  RowsByDocument(ResultIterator<Map.Entry<String, T>> rows) {
    this.rows = rows;
    this.next = rows.hasNext() ? rows.next() : null;
  }

  /** The rows of this document, in the cursor's order; empty when it has none. */
  List<T> of(String docId) {
    List<T> out = new ArrayList<>();
    while (next != null && next.getKey().equals(docId)) {
      out.add(next.getValue());
      next = rows.hasNext() ? rows.next() : null;
    }
    return out;
  }

  @Override
  public void close() {
    rows.close();
  }
}
