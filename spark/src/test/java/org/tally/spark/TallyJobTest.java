package org.tally.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tally.app.cli.TallyCommand;
import picocli.CommandLine;

/** The job in Spark's local mode, against {@code tally extract} and {@code tally docs} on the same files. */
class TallyJobTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path FAKES = Path.of("../corpus/fakes-dev.csv").toAbsolutePath().normalize();
  private static SparkSession spark;
  private static TallyJob.Result fakes;
  @TempDir static Path out;

  @BeforeAll
  static void runOnFakes() {
    spark = SparkSession.builder().master("local[2]").appName("tally-test")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .getOrCreate();
    fakes = TallyJob.run(spark, new TallyJob.Options(List.of(FAKES.toString()), out.resolve("fakes").toString(), 2,
        true));
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  /** What the CLI prints for these arguments, one JSON object per line. */
  private static List<String> cli(String... args) {
    StringWriter printed = new StringWriter();
    CommandLine command = TallyCommand.commandLine();
    command.setOut(new PrintWriter(printed, true));
    command.setErr(new PrintWriter(new StringWriter(), true));
    assertThat(command.execute(args)).isZero();
    return printed.toString().lines().toList();
  }

  /** Each record as canonical JSON, with null fields left out (the CLI leaves some out; Parquet has every column). */
  private static List<String> canonical(List<String> lines) throws IOException {
    List<String> out = new ArrayList<>();
    for (String line : lines) {
      JsonNode node = JSON.readTree(line);
      withoutNulls(node);
      out.add(JSON.writeValueAsString(JSON.treeToValue(node, java.util.TreeMap.class)));
    }
    out.sort(null);
    return out;
  }

  private static void withoutNulls(JsonNode node) {
    if (node instanceof ObjectNode object) {
      Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        if (field.getValue().isNull()) {
          fields.remove();
        } else {
          withoutNulls(field.getValue());
        }
      }
    }
  }

  private static List<String> parquet(String folder) {
    return spark.read().parquet(out.resolve("fakes").resolve(folder).toString()).toJSON().collectAsList();
  }

  @Test
  void claimsOnFakesEqualTallyExtractsFieldForField() throws IOException {
    List<String> extracted = cli("extract", FAKES.toString(), "--format", "jsonl");

    assertThat(extracted).hasSizeGreaterThan(500);
    assertThat(canonical(parquet("claims"))).isEqualTo(canonical(extracted));
    assertThat(fakes.claims()).isEqualTo(extracted.size());
  }

  @Test
  void documentsOnFakesEqualTallyDocs() throws IOException {
    List<String> docs = cli("docs", FAKES.toString(), "--format", "jsonl");

    assertThat(fakes.documents()).isEqualTo(docs.size()).isEqualTo(394);
    assertThat(canonical(parquet("documents"))).isEqualTo(canonical(docs));
  }

  @Test
  void jsonLinesOnRequestHoldTheSameClaims() throws IOException {
    List<String> lines = new ArrayList<>();
    try (var files = Files.list(out.resolve("fakes/claims-jsonl"))) {
      for (Path part : files.filter(p -> p.getFileName().toString().startsWith("part-")).toList()) {
        lines.addAll(Files.readAllLines(part, StandardCharsets.UTF_8));
      }
    }

    assertThat(canonical(lines)).isEqualTo(canonical(parquet("claims")));
  }

  @Test
  void aFolderOfMixedFilesIsReadAsTheCliReadsItAndABadFileIsAProblem(@TempDir Path folder) throws IOException {
    Files.createDirectories(folder.resolve("deeper"));
    Files.writeString(folder.resolve("note.txt"), "Shelling of a market in Douma killed 9 people on Monday.\n");
    Files.writeString(folder.resolve("deeper/rows.jsonl"), "{\"id\": \"r1\", \"text\": \"An air strike killed 14"
        + " civilians in Idlib.\"}\n{\"id\": \"r2\", \"text\": \"Clashes near Hama killed 23 fighters.\"}\n");
    Files.writeString(folder.resolve("broken.json"), "[{\"id\": ");

    TallyJob.Result result = TallyJob.run(spark, new TallyJob.Options(List.of(folder.toString()),
        out.resolve("mixed").toString(), 2, false));

    List<String> ids = spark.read().parquet(out.resolve("mixed/documents").toString()).select("doc").as(
        org.apache.spark.sql.Encoders.STRING()).collectAsList();
    assertThat(ids).containsExactlyInAnyOrder("note", "r1", "r2");
    assertThat(result.claims()).isEqualTo(3);
    assertThat(result.problems()).singleElement().asString().contains("broken.json");
  }
}
