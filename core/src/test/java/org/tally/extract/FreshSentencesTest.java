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
  // 2026-12-05: 0.486 (34 of 70) before issue 11's second round of rules, then the figure after it less two rows
  private static final double FLOOR = 0.486;

  record Row(int line, String style, String sentence, List<String> claims) {}

  static List<Row> rows() throws IOException {
    try (InputStream in = FreshSentencesTest.class.getResourceAsStream("fresh-sentences.tsv")) {
      List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
      return IntStream.range(0, lines.size())
          .filter(i -> !lines.get(i).isBlank() && !lines.get(i).startsWith("#"))
          .mapToObj(i -> {
            String[] f = lines.get(i).split("\t");
            return new Row(i + 1, f[0], f[1], f[2].equals("-") ? List.of() : List.of(f[2].split(";")));
          })
          .toList();
    }
  }

  @Test
  void enoughFreshSentencesAreReadExactly() throws IOException {
    List<Row> rows = rows();
    List<String> wrong = new ArrayList<>();
    for (Row row : rows) {
      List<String> made = claims(row.sentence()).stream().map(ConstructionsTest::shortForm).toList();
      if (!made.equals(row.claims())) {
        wrong.add("fresh-sentences.tsv:" + row.line() + " [" + row.style() + "] " + row.sentence()
            + "\n    expected " + row.claims() + "\n    made     " + made);
      }
    }
    double share = (rows.size() - wrong.size()) / (double) rows.size();
    String report = String.format("%d of %d fresh sentences exactly right (%.3f, floor %.3f)%n%s",
        rows.size() - wrong.size(), rows.size(), share, FLOOR, String.join("\n", wrong));
    System.out.println(report);
    assertThat(rows).hasSizeGreaterThanOrEqualTo(60);
    assertThat(share).as(report).isGreaterThanOrEqualTo(FLOOR);
  }
}
