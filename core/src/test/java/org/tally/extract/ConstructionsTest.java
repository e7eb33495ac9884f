package org.tally.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tally.extract.ExtractionFixture.claims;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tally.model.Claim;

/**
 * The ways people write counts of the harmed (constructions.tsv, issue 11): one person, harm as a noun, membership
 * frames, detentions in the active voice, killed and injured together, and near misses that must make no claim.
 */
class ConstructionsTest {
  record Row(int line, String construction, String sentence, String claims) {
    @Override
    public String toString() {
      return "constructions.tsv:" + line + " " + construction + ": " + sentence;
    }
  }

  static Stream<Row> rows() throws IOException {
    try (InputStream in = ConstructionsTest.class.getResourceAsStream("constructions.tsv")) {
      List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
      return java.util.stream.IntStream.range(0, lines.size())
          .filter(i -> !lines.get(i).isBlank() && !lines.get(i).startsWith("#"))
          .mapToObj(i -> {
            String[] f = lines.get(i).split("\t");
            return new Row(i + 1, f[0], f[1], f[2]);
          })
          .toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void sentenceMakesItsClaims(Row row) {
    List<String> made = claims(row.sentence()).stream().map(ConstructionsTest::shortForm).toList();
    List<String> expected = row.claims().equals("-") ? List.of() : List.of(row.claims().split(";"));
    assertThat(made).as(row.toString()).isEqualTo(expected);
  }

  static String shortForm(Claim c) {
    Integer min = c.count().min();
    Integer max = c.count().max();
    String bounds = max == null ? min + "+" : min == null ? "-" + max : min + "-" + max;
    return c.harm().jsonName() + "/" + c.victims().jsonName() + "/" + bounds;
  }
}
