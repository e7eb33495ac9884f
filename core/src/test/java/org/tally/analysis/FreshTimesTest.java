package org.tally.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tally.lexicon.Lexicons;
import org.tally.model.Claim;
import org.tally.model.Document;

/**
 * fresh-times/: short documents whose claims are dated in ways the dev articles seldom write (a dateline in brackets,
 * "3-4 March", "the week ending 15 May", "since the start of the year"), annotated in fresh-times.tsv before any rule
 * was changed for them. A measure, not a specification: the test holds the share dated right above a floor and lists
 * the documents it gets wrong.
 */
class FreshTimesTest {
  // 2026-12-06: before any rule change 9 of the first 14 dated right; after 13 ("a two-day operation that ended Sept. 3"
  // is still read as its last day). A second sample of 10, written after those changes: 9 right, all once quarters
  // ("the first quarter of 2022") were added. The floor is 23 of 24 less one document.
  private static final int FLOOR = 22;

  record Row(String file, String harm, int count, String start, String end) {}

  private static List<Row> rows() throws IOException {
    List<Row> rows = new ArrayList<>();
    for (String line : resource("fresh-times.tsv").lines().toList()) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      rows.add(new Row(f[0], f[1], Integer.parseInt(f[2]), f[3], f[4]));
    }
    return rows;
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = FreshTimesTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void enoughFreshClaimsAreDatedRight() throws IOException {
    Analyser analyser = Analyser.from(Lexicons.bundled());
    int right = 0;
    List<Row> rows = rows();
    List<String> wrong = new ArrayList<>();
    for (Row row : rows) {
      String text = resource("fresh-times/" + row.file() + ".txt");
      Analysis analysis = analyser.analyse(new Document(row.file(), row.file() + ".txt", text, null));
      Optional<Claim> claim = analysis.claims().stream()
          .filter(c -> c.harm().name().equalsIgnoreCase(row.harm()) && Integer.valueOf(row.count()).equals(c.count().min()))
          .findFirst();
      String when = claim.map(Claim::when).map(w -> w.start() + ".." + w.end()).orElse("no claim or no time");
      if (when.equals(row.start() + ".." + row.end())) {
        right++;
      } else {
        wrong.add(String.format("%s: %s (annotated %s..%s)", row.file(), when, row.start(), row.end()));
      }
    }
    String report = String.format("fresh claims %d: dated right %d%n%s", rows.size(), right, String.join("\n", wrong));
    System.out.println(report);
    assertThat(rows).hasSizeGreaterThanOrEqualTo(24);
    assertThat(right).as(report).isGreaterThanOrEqualTo(FLOOR);
  }
}
