package org.tally.store;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/** The verdicts table: one row per document, replaced when it is verified again. */
final class VerdictRows {
  private VerdictRows() {}

  static void upsert(Handle h, List<StoredVerdict> verdicts) {
    var batch = h.prepareBatch("INSERT INTO verdicts (doc_id, content_hash, basis, credible, score, verdict,"
        + " record_json) VALUES (:doc, :hash, :basis, :credible, :score, :verdict, :json)"
        + " ON CONFLICT (doc_id) DO UPDATE SET content_hash = excluded.content_hash, basis = excluded.basis,"
        + " credible = excluded.credible, score = excluded.score, verdict = excluded.verdict,"
        + " record_json = excluded.record_json");
    for (StoredVerdict v : verdicts) {
      batch.bind("doc", v.doc()).bind("hash", v.contentHash()).bind("basis", v.basis())
          .bind("credible", v.credible() ? 1 : 0).bind("score", v.score()).bind("verdict", v.verdict())
          .bind("json", v.json()).add();
    }
    if (!verdicts.isEmpty()) {
      batch.execute();
    }
  }

  /** Every stored verdict whose document is still stored with the content it was verified with, by document. */
  static Map<String, StoredVerdict> current(Handle h) {
    Map<String, StoredVerdict> out = new HashMap<>();
    h.createQuery("SELECT v.doc_id, v.content_hash, v.basis, v.credible, v.score, v.verdict, v.record_json"
            + " FROM verdicts v JOIN documents d ON d.id = v.doc_id AND d.content_hash = v.content_hash")
        .map((rs, ctx) -> new StoredVerdict(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4) == 1,
            rs.getDouble(5), rs.getString(6), rs.getString(7)))
        .forEach(v -> out.put(v.doc(), v));
    return out;
  }
}
