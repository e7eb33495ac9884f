package org.tally.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 10: "disk full", "read-only" and "not a Tally database" are said in those words. */
class StoreFaultTest {
  @TempDir Path dir;

  private String filled() {
    String db = dir.resolve("tally.db").toString();
    try (Store store = Store.open(db)) {
      store.putAll(SyntheticDocuments.range(0, 3));
    }
    return db;
  }

  @Test
  void aFullDatabaseIsDiskFullAndStopsABatch() {
    // SQLite's page limit fails a write with the same SQLITE_FULL a full disk gives
    try (Store store = Store.open("jdbc:sqlite:" + dir.resolve("full.db") + "?max_page_count=60")) {
      assertThatThrownBy(() -> store.putAll(SyntheticDocuments.range(0, 2_000)))
          .isInstanceOfSatisfying(StoreException.class, e -> {
            assertThat(e.fault()).isEqualTo(StoreFault.DISK_FULL);
            assertThat(e.fault().stopsBatch()).isTrue();
            assertThat(e.getMessage()).contains("disk full").contains("nothing of its batch of 2000 was stored");
          });
    }
  }

  @Test
  void aStoreOpenedForReadingRefusesWritesAsReadOnly() {
    String db = filled();
    try (Store store = Store.openReadOnly(db)) {
      assertThat(store.documentCount()).isEqualTo(3);
      assertThatThrownBy(() -> store.putAll(SyntheticDocuments.range(3, 4)))
          .isInstanceOfSatisfying(StoreException.class, e -> {
            assertThat(e.fault()).isEqualTo(StoreFault.READ_ONLY);
            assertThat(e.getMessage()).contains("read-only");
          });
    }
  }

  @Test
  void readingANonSqliteFileSaysNotATallyDatabase() throws IOException {
    Path text = Files.writeString(dir.resolve("notes.db"), "These are my notes, not a database. ".repeat(200));
    assertThatThrownBy(() -> Store.openReadOnly(text.toString()))
        .isInstanceOfSatisfying(StoreException.class, e -> {
          assertThat(e.fault()).isEqualTo(StoreFault.NOT_A_TALLY_DATABASE);
          assertThat(e.getMessage()).contains("is not a Tally database");
        });
  }

  @Test
  void readingAnEmptyFileSaysNotATallyDatabaseAndLeavesItEmpty() throws IOException {
    Path empty = Files.createFile(dir.resolve("empty.db"));
    assertThatThrownBy(() -> Store.openReadOnly(empty.toString())).hasMessageContaining("not a Tally database");
    assertThat(Files.size(empty)).isZero();
  }

  @Test
  void readingAMissingDatabaseCreatesNothing() {
    Path missing = dir.resolve("missing.db");
    assertThatThrownBy(() -> Store.openReadOnly(missing.toString())).hasMessageContaining("no such database");
    assertThat(missing).doesNotExist();
  }

  @Test
  void aFolderIsNamedAsAFolder() {
    assertThatThrownBy(() -> Store.open(dir.toString())).hasMessageContaining("is a folder, not a Tally database");
    assertThatThrownBy(() -> Store.openReadOnly(dir.toString())).hasMessageContaining("is a folder");
  }

  @Test
  void devNullIsNotARegularFileRatherThanADiskIoError() {
    assumeTrue(Files.exists(Path.of("/dev/null")), "no /dev/null on this system");
    assertThatThrownBy(() -> Store.open("/dev/null")).hasMessageContaining("/dev/null is not a regular file")
        .hasMessageNotContaining("disk I/O error");
  }

  @Test
  void aReadOnlyUrlSaysReadOnlyBeforeAnythingIsWritten() {
    String db = filled();
    assertThatThrownBy(() -> Store.open("jdbc:sqlite:file:" + db + "?mode=ro"))
        .isInstanceOfSatisfying(StoreException.class, e -> {
          assertThat(e.fault()).isEqualTo(StoreFault.READ_ONLY);
          assertThat(e.getMessage()).contains("is read-only").contains("nothing was stored");
        });
  }

  @Test
  void aFileWithoutWritePermissionIsReadableAndSaidToBeReadOnly() {
    String db = filled();
    Path file = Path.of(db);
    assertThat(file.toFile().setWritable(false, false)).isTrue();
    // root writes whatever the permissions say, so there the file is not read-only at all
    assumeFalse(Files.isWritable(file), "running as root: file permissions are not enforced");
    try (Store store = Store.openReadOnly(db)) {
      assertThat(store.documentCount()).isEqualTo(3);
    }
    assertThat(Store.writable(db)).isFalse();
    assertThatThrownBy(() -> Store.open(db)).hasMessageContaining("is read-only");
  }
}
