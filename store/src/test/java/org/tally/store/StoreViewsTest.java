package org.tally.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tally.analysis.Analysis;
import org.tally.lexicon.Lexicons;
import org.tally.link.IncidentLinker;
import org.tally.model.Claim;

/** The views for Datasette, pandas and R users (V10), and the code point offsets they stand on (V9). */
@org.junit.jupiter.params.ParameterizedClass
@org.junit.jupiter.params.provider.EnumSource(StoreBackend.class)
class StoreViewsTest {
  @org.junit.jupiter.params.Parameter StoreBackend backend;

  @TempDir Path dir;

  private String linkedStore(List<Analysis> docs) {
    String db = backend.location(dir, "views.db");
    try (Store store = Store.open(db)) {
      store.putAll(docs);
      store.linkNew(IncidentLinker.from(Lexicons.bundled()));
    }
    return db;
  }

  private static List<String> evidenceTexts(List<Analysis> docs) {
    List<String> texts = new ArrayList<>();
    for (Analysis doc : docs) {
      for (Claim claim : doc.claims()) {
        texts.add(claim.evidence().text(doc.document().text()));
      }
    }
    return texts;
  }

  @Test
  void claimViewGivesEachClaimsEvidenceText() {
    List<Analysis> docs = SyntheticDocuments.range(0, 30);
    String db = linkedStore(docs);

    assertThat(RawDatabase.column(db, "SELECT evidence_text FROM claim_view ORDER BY doc_id, ordinal"))
        .containsExactlyElementsOf(evidenceTexts(docs));
  }

  @Test
  void claimViewNamesTheOutletAndTheIncident() {
    String db = linkedStore(SyntheticDocuments.range(0, 30));

    assertThat(RawDatabase.column(db, "SELECT DISTINCT outlet FROM claim_view WHERE outlet IS NOT NULL"))
        .containsExactly("Example");
    assertThat(RawDatabase.number(db, "SELECT COUNT(*) FROM claim_view WHERE incident_id IS NULL")).isZero();
  }

  @Test
  void incidentViewCountsEachIncidentsDocuments() {
    String db = linkedStore(SyntheticDocuments.range(0, 30));

    assertThat(RawDatabase.number(db, "SELECT SUM(claims) FROM incident_view"))
        .isEqualTo(RawDatabase.number(db, "SELECT COUNT(*) FROM claims"));
    assertThat(RawDatabase.number(db, "SELECT COUNT(*) FROM incident_view v WHERE v.documents <>"
        + " (SELECT COUNT(DISTINCT doc_id) FROM incident_claims m WHERE m.incident_id = v.id)")).isZero();
  }

  @Test
  void claimsStoredBeforeVersionNineGetTheirCodePointOffsets() {
    List<Analysis> docs = SyntheticDocuments.range(0, 30);
    String db = linkedStore(docs);
    StoreMigrationTest.undoVersionsNineAndTen(db);

    Store.open(db).close();

    assertThat(RawDatabase.column(db, "SELECT evidence_text FROM claim_view ORDER BY doc_id, ordinal"))
        .containsExactlyElementsOf(evidenceTexts(docs));
  }
}
