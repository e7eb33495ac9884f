package org.tally.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IncidentsCommandTest {
  private static final Path SEEDS = Path.of("../corpus/seeds");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private static List<JsonNode> lines(String out) throws IOException {
    List<JsonNode> nodes = new ArrayList<>();
    for (String line : out.split("\n")) {
      if (!line.isBlank()) {
        nodes.add(JSON.readTree(line));
      }
    }
    return nodes;
  }

  @Test
  void everyIncidentCarriesTheContractFields() throws IOException {
    CliRun run = CliRun.of("incidents", SEEDS.toString(), "--format", "jsonl");
    assertThat(run.status()).isZero();
    List<JsonNode> incidents = lines(run.out());
    assertThat(incidents).isNotEmpty().allSatisfy(i -> {
      assertThat(i.has("id") && i.has("harm") && i.has("victims") && i.has("perpetrator") && i.has("low")
          && i.has("best") && i.has("high") && i.has("conservative")).isTrue();
      assertThat(i.get("kind").asText()).isIn("incident", "series");
      assertThat(i.get("when").has("start") && i.get("when").has("end")).isTrue();
      assertThat(i.get("location").has("name") && i.get("location").has("admin1") && i.get("location").has("country"))
          .isTrue();
      assertThat(i.get("contradiction").isBoolean()).isTrue();
      assertThat(i.get("claims")).isNotEmpty().allSatisfy(c -> assertThat(c.has("doc") && c.has("outlet")
          && c.has("claimant") && c.has("min") && c.has("max") && c.get("quote").asText().length() > 0).isTrue());
    });
  }

  @Test
  void storedIncidentsPrintAsTheInputsDo() {
    String db = dir.resolve("tally.db").toString();
    assertThat(CliRun.of("ingest", "--quiet", "--db", db, SEEDS.toString()).status()).isZero();
    CliRun fromDb = CliRun.of("incidents", "--db", db, "--format", "jsonl");
    assertThat(fromDb.status()).isZero();
    assertThat(fromDb.out()).isEqualTo(CliRun.of("incidents", SEEDS.toString(), "--format", "jsonl").out());
  }

  @Test
  void tableShowsConsensusColumns() {
    CliRun run = CliRun.of("incidents", SEEDS.toString());
    assertThat(run.out().lines().findFirst().orElseThrow()).contains("id", "kind", "low", "best", "high",
        "contradiction_size");
  }

  @Test
  void withoutInputOrDatabaseItIsAUsageError() {
    CliRun run = CliRun.of("incidents", "--db", dir.resolve("missing-dir/none.db").toString());
    assertThat(run.status()).isNotZero();
  }

  @Test
  void outletsPrintsOneProfilePerOutlet() throws IOException {
    CliRun run = CliRun.of("outlets", SEEDS.toString(), "--format", "jsonl");
    assertThat(run.status()).isZero();
    List<JsonNode> outlets = lines(run.out());
    assertThat(outlets).extracting(o -> o.get("outlet").asText()).doesNotHaveDuplicates().contains("Sputnik");
    assertThat(outlets).allSatisfy(o -> assertThat(o.get("attributed_share").asDouble()).isBetween(0.0, 1.0));
  }

  @Test
  void benchLinkPrintsItsFigures() {
    CliRun run = CliRun.of("bench-link", "--claims", "2000", "--add", "100");
    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("2000 synthetic claims", "link all", "claims/s", "add 100");
  }
}
