package org.tally.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tally.link.DaySpan;
import org.tally.model.PlacePrecision;
import org.tally.verify.CountedDeaths;
import org.tally.verify.RecordPlace;
import org.tally.verify.ReferenceRecord;

/** Schema 7: reference records and verdicts, stored and read back. */
class StoreVerifyTest {
  @TempDir Path dir;

  private static ReferenceRecord record(String id, int deaths, String... sides) {
    LocalDate d = LocalDate.parse("2016-09-17");
    return new ReferenceRecord("UCDP GED", id, new DaySpan(d, d), new RecordPlace("Jabal Thurdah", "Deir ez-Zor",
        null, "SY", 35.256571, 40.114747, PlacePrecision.POINT), List.of(sides), deaths, deaths, deaths, null);
  }

  @Test
  void aRecordsSubdistrictComesBackAsStored() {
    LocalDate d = LocalDate.parse("2021-11-17");
    ReferenceRecord acled = new ReferenceRecord("ACLED", "IRQ60061", new DaySpan(d, d), new RecordPlace("Imam Weis",
        "Diyala", "Al-Muqdadiya", "Abu Saida", "IQ", 33.93, 44.87, PlacePrecision.POINT), List.of("IS"), 4, 4, 4,
        null);
    try (Store store = Store.open(dir.resolve("t.db").toString())) {
      store.putReferences("acled.csv", List.of(acled));
      List<ReferenceRecord> read = new ArrayList<>();
      store.eachReference(read::add);
      assertThat(read).containsExactly(acled);
      assertThat(read.get(0).place().admin3()).isEqualTo("Abu Saida");
    }
  }

  @Test
  void referenceRecordsComeBackAsStored() {
    try (Store store = Store.open(dir.resolve("t.db").toString())) {
      store.putReferences("a.csv", List.of(record("1", 90, "Government of Iraq", "IS"), record("2", 3)));
      List<ReferenceRecord> read = new ArrayList<>();
      store.eachReference(read::add);
      assertThat(read).containsExactly(record("1", 90, "Government of Iraq", "IS"), record("2", 3));
    }
  }

  @Test
  void aRecordCountingCiviliansOnlyComesBackSo() {
    ReferenceRecord all = record("1", 3);
    ReferenceRecord civilians = new ReferenceRecord("Airwars", "CS1", all.when(), all.place(), List.of(), 1, 1, 1, 1,
        CountedDeaths.CIVILIANS);
    try (Store store = Store.open(dir.resolve("t.db").toString())) {
      store.putReferences("a.csv", List.of(all, civilians));
      List<ReferenceRecord> read = new ArrayList<>();
      store.eachReference(read::add);
      assertThat(read).extracting(ReferenceRecord::counts).containsExactly(CountedDeaths.CIVILIANS, CountedDeaths.ALL);
    }
  }

  @Test
  void aRecordAddedAgainReplacesTheOldOne() {
    try (Store store = Store.open(dir.resolve("t.db").toString())) {
      store.putReferences("a.csv", List.of(record("1", 90)));
      int held = store.putReferences("b.csv", List.of(record("1", 95)));
      assertThat(held).isEqualTo(1);
      List<ReferenceRecord> read = new ArrayList<>();
      store.eachReference(read::add);
      assertThat(read).extracting(ReferenceRecord::best).containsExactly(95);
    }
  }

  @Test
  void aVerdictIsReplacedAndForgottenWhenItsDocumentChanges() {
    var docs = SyntheticDocuments.range(0, 1);
    try (Store store = Store.open(dir.resolve("t.db").toString())) {
      store.putAll(docs);
      String id = docs.get(0).document().id();
      String hash = docs.get(0).document().contentHash();
      store.putVerdicts(List.of(new StoredVerdict(id, hash, "b1", true, 0.5, "unverified", "{}")));
      store.putVerdicts(List.of(new StoredVerdict(id, hash, "b2", false, 0.1, "contradicted", "{\"x\":1}")));
      assertThat(store.verdicts().get(id).basis()).isEqualTo("b2");
      assertThat(store.verdicts().get(id).verdict()).isEqualTo("contradicted");
      store.putVerdicts(List.of(new StoredVerdict(id, "another hash", "b3", true, 0.5, "unverified", "{}")));
      assertThat(store.verdicts()).as("stored for content the document no longer has").doesNotContainKey(id);
    }
  }
}
