package org.tally.resolve.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tally.analysis.Analyser;
import org.tally.analysis.Analysis;
import org.tally.lexicon.Lexicons;
import org.tally.model.Claim;
import org.tally.model.Document;

/**
 * The written time set (resolve/time/written, its README): the days Tally gives its 52 claims and 35 main incidents
 * stay at what the tree reaches (49 and 31 on 2026-12-08), scored as scripts/time-written.py scores them. Misses are
 * printed, so a rule that costs a day shows which.
 */
class WrittenTimeSetTest {
  private static final String SET = "/org/tally/resolve/time/written/";
  private static final Analyser ANALYSER = Analyser.from(Lexicons.bundled());

  private static List<String[]> rows(String name) throws IOException {
    try (InputStream in = WrittenTimeSetTest.class.getResourceAsStream(SET + name)) {
      List<String[]> out = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          out.add(line.split("\t"));
        }
      }
      return out;
    }
  }

  private static Analysis analyse(String doc) throws IOException {
    try (InputStream in = WrittenTimeSetTest.class.getResourceAsStream(SET + "docs/" + doc + ".txt")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return ANALYSER.analyse(new Document(doc, doc + ".txt", text, null));
    }
  }

  @Test
  void claimDaysAndMainIncidentDaysHoldTheirFloors() throws IOException {
    int claimsRight = 0;
    List<String> misses = new ArrayList<>();
    List<String[]> gold = rows("gold.tsv");
    for (String[] row : gold) {
      LocalDate start = LocalDate.parse(row[3]);
      LocalDate end = LocalDate.parse(row[4]);
      boolean right = false;
      for (Claim c : analyse(row[0]).claims()) {
        if (c.harm().name().equalsIgnoreCase(row[1]) && Integer.valueOf(row[2]).equals(c.count().min())
            && c.when() != null && c.when().start() != null
            && !c.when().start().isAfter(end) && !c.when().end().isBefore(start)) {
          right = true;
        }
      }
      if (right) {
        claimsRight++;
      } else {
        misses.add("claim " + String.join(" ", row));
      }
    }
    int mainsRight = 0;
    int mains = 0;
    for (String[] row : rows("main.tsv")) {
      if (row[1].equals("-")) {
        continue;
      }
      mains++;
      LocalDate day = analyse(row[0]).mainIncident().date();
      LocalDate gold1 = LocalDate.parse(row[1]);
      if (day != null && !day.isBefore(gold1.minusDays(1)) && !day.isAfter(gold1.plusDays(1))) {
        mainsRight++;
      } else {
        misses.add("main " + row[0] + " gold " + row[1] + " got " + day);
      }
    }
    System.out.println("written time set: claims " + claimsRight + " of " + gold.size() + ", main incidents "
        + mainsRight + " of " + mains + "; misses:\n  " + String.join("\n  ", misses));
    assertThat(gold).hasSize(52);
    assertThat(mains).isEqualTo(35);
    assertThat(claimsRight).as(String.join("\n", misses)).isGreaterThanOrEqualTo(49);
    assertThat(mainsRight).as(String.join("\n", misses)).isGreaterThanOrEqualTo(31);
  }
}
