package org.tally.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10: a database on a read-only file system, which even root cannot write. The test mounts one in a user and
 * mount namespace of its own ({@code unshare -rm}), so it needs no privileges, and is skipped where the system allows
 * no such namespaces.
 */
class Issue10ReadOnlyMountTest {
  @TempDir Path dir;

  private static boolean namespacesWork() {
    try {
      Process probe = new ProcessBuilder("unshare", "-rm", "true").redirectErrorStream(true).start();
      return probe.waitFor(10, TimeUnit.SECONDS) && probe.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** Runs {@code tally ARGS} with the database copied onto a read-only tmpfs mount at {@code mount}. */
  private String onReadOnlyMount(Path db, String args) throws IOException, InterruptedException {
    Path mount = Files.createDirectory(dir.resolve("ro"));
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String tally = "'" + java + "' -cp '" + System.getProperty("java.class.path") + "' org.tally.app.cli.TallyCommand ";
    String script = String.join("\n",
        "mount -t tmpfs none '" + mount + "' || exit 90",
        "cp '" + db + "' '" + mount + "/tally.db'",
        "mount -o remount,ro '" + mount + "' || exit 91",
        tally + args.replace("DB", mount + "/tally.db") + "; echo \"status $?\"");
    Process run = new ProcessBuilder("unshare", "-rm", "sh", "-c", script).redirectErrorStream(true).start();
    String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(run.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(run.exitValue()).as(output).isZero();
    return output;
  }

  private Path database() throws IOException {
    Path article = Files.writeString(dir.resolve("blast.txt"), "At least 16 people were killed in a blast in Hasaka"
        + " on Tuesday, March 5, 2019.");
    Path db = dir.resolve("tally.db");
    assertThat(CliRun.of("ingest", "--quiet", "--db", db.toString(), article.toString()).status()).isZero();
    return db;
  }

  @Test
  void docsReadsADatabaseOnAReadOnlyFileSystem() throws IOException, InterruptedException {
    assumeTrue(namespacesWork(), "unshare -rm is not available: user and mount namespaces are off here");
    String output = onReadOnlyMount(database(), "docs --db DB --format jsonl");
    assertThat(output).contains("\"doc\":\"blast\"").contains("status 0");
  }

  @Test
  void ingestOnAReadOnlyFileSystemSaysReadOnlyOnce() throws IOException, InterruptedException {
    assumeTrue(namespacesWork(), "unshare -rm is not available: user and mount namespaces are off here");
    Path more = Files.writeString(dir.resolve("more.txt"), "Two soldiers were wounded in Homs on Monday.");
    String output = onReadOnlyMount(database(), "ingest --quiet --db DB '" + more + "'");
    assertThat(List.of(output.split("\n"))).filteredOn(l -> l.contains("read-only")).hasSize(1);
    assertThat(output).contains("nothing was stored").contains("status 1");
  }
}
