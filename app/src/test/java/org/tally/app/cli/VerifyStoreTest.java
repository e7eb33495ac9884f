package org.tally.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** verify --db stores verdicts and rebuilds only the stale ones; reference add stores records verify then uses. */
class VerifyStoreTest {
  private static final Path SEEDS = Path.of("../corpus/seeds");

  @TempDir Path dir;

  private String ingested() {
    String db = dir.resolve("tally.db").toString();
    assertThat(CliRun.of("ingest", "--quiet", "--db", db, SEEDS.toString()).status()).isZero();
    return db;
  }

  @Test
  void aSecondRunRebuildsNothingAndPrintsTheSame() {
    String db = ingested();
    CliRun first = CliRun.of("verify", "--db", db, "--format", "jsonl");
    assertThat(first.err()).contains("5 verdicts rebuilt and stored, 0 unchanged");
    CliRun second = CliRun.of("verify", "--db", db, "--format", "jsonl");
    assertThat(second.err()).contains("0 verdicts rebuilt and stored, 5 unchanged");
    assertThat(second.out()).isEqualTo(first.out());
    assertThat(first.out()).isEqualTo(CliRun.of("verify", SEEDS.toString(), "--format", "jsonl").out());
  }

  @Test
  void anAddedReferenceRebuildsTheVerdictsAndIsCheckedAgainst() throws IOException {
    String db = ingested();
    CliRun.of("verify", "--db", db, "--format", "jsonl");
    Path ref = dir.resolve("mine.csv");
    Files.writeString(ref, "event,day,town,province,dead\n"
        + "M1,17/09/2016,Deir ez-Zor airport,Deir ez-Zor,83\n"
        + "M2,,Deir ez-Zor airport,Deir ez-Zor,1\n", StandardCharsets.UTF_8);
    CliRun add = CliRun.of("reference", "add", ref.toString(), "--db", db,
        "--reference-columns", "id=event,date=day,place=town,admin1=province,deaths=dead");
    assertThat(add.status()).isZero();
    assertThat(add.out()).contains("1 records of mine.csv stored");
    assertThat(add.err()).contains(ref + ": 1 row skipped: unreadable date, first at line 3");
    CliRun again = CliRun.of("verify", "--db", db, "--format", "jsonl");
    assertThat(again.err()).contains("5 verdicts rebuilt");
    assertThat(again.out()).contains("\"source\":\"mine.csv\",\"id\":\"M1\"");
  }

  @Test
  void aBrokenReferenceFileIsOneLineAndTheOthersAreStored() throws IOException {
    String db = ingested();
    Path bad = dir.resolve("bad.csv");
    Files.writeString(bad, "event,town\nM1,Idlib\n", StandardCharsets.UTF_8);
    Path good = dir.resolve("good.csv");
    Files.writeString(good, "event_id_cnty,event_date,admin1,location,latitude,longitude,actor1,actor2,fatalities\n"
        + "SYR1,17 September 2016,Deir ez-Zor,Deir ez-Zor airport,35.28,40.17,A,B,62\n", StandardCharsets.UTF_8);
    CliRun add = CliRun.of("reference", "add", bad.toString(), good.toString(), "--db", db);
    assertThat(add.status()).isEqualTo(2);
    assertThat(add.err()).contains(bad + ": not a reference format");
    assertThat(add.out()).contains(good + ": 1 records of ACLED stored");
  }
}
