package org.tally.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tally.extract.ExtractionFixture.claims;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * fresh-sentences.tsv: sentences written in the styles Tally is measured on but never sees, annotated before the rules
 * were changed for them. Not every row passes (they are a measure, not a specification), so the test holds the share
 * of rows Tally gets exactly right above a floor and lists the rows it gets wrong.
 */
class FreshSentencesTest {
  // 2026-12-05, issue 11's second round: batch 1 (70 rows) 54 right before any rule change, 68 after; batch 2 (41 rows,
  // written after the first changes) 35 before the rest, 38 after; the floor is the 106 of 111 then, less two rows
  private static final double FLOOR = 0.937;

  record Row(int line, int batch, String style, String sentence, List<String> claims) {}

  static List<Row> rows() throws IOException {
    try (InputStream in = FreshSentencesTest.class.getResourceAsStream("fresh-sentences.tsv")) {
      List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
      // a batch starts at a comment line "# batch N: ...": each was annotated before the rule changes made after it
      List<Row> rows = new ArrayList<>();
      int batch = 1;
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        if (line.startsWith("# batch ")) {
          batch++;
        } else if (!line.isBlank() && !line.startsWith("#")) {
          String[] f = line.split("\t");
          rows.add(new Row(i + 1, batch, f[0], f[1], f[2].equals("-") ? List.of() : List.of(f[2].split(";"))));
        }
      }
      return rows;
    }
  }

  @Test
  void enoughFreshSentencesAreReadExactly() throws IOException {
    List<Row> rows = rows();
    List<String> wrong = new ArrayList<>();
    java.util.Map<Integer, int[]> byBatch = new java.util.TreeMap<>();
    for (Row row : rows) {
      List<String> made = claims(row.sentence()).stream().map(ConstructionsTest::shortForm).toList();
      int[] tally = byBatch.computeIfAbsent(row.batch(), b -> new int[2]);
      tally[1]++;
      if (made.equals(row.claims())) {
        tally[0]++;
      } else {
        wrong.add("fresh-sentences.tsv:" + row.line() + " [" + row.style() + "] " + row.sentence()
            + "\n    expected " + row.claims() + "\n    made     " + made);
      }
    }
    double share = (rows.size() - wrong.size()) / (double) rows.size();
    StringBuilder batches = new StringBuilder();
    byBatch.forEach((b, t) -> batches.append(String.format("  batch %d: %d of %d%n", b, t[0], t[1])));
    String report = String.format("%d of %d fresh sentences exactly right (%.3f, floor %.3f)%n%s%s",
        rows.size() - wrong.size(), rows.size(), share, FLOOR, batches, String.join("\n", wrong));
    System.out.println(report);
    assertThat(rows).hasSizeGreaterThanOrEqualTo(60);
    assertThat(share).as(report).isGreaterThanOrEqualTo(FLOOR);
  }
}
