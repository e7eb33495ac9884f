package org.tally.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16: emoji before a claim (two UTF-16 units each in Java, one character in Python, R and SQL). The database's
 * claim view, the JSON and the CSV export agree on offsets in code points and on the evidence text they cut.
 */
class EmojiOffsetsInTheDatabaseTest {
  private static final String TEXT = "\uD83D\uDD25\uD83D\uDD25 Breaking \uD83D\uDCE2\n\n"
      + "An air strike on a market in Idlib killed 12 civilians on Monday, rescuers said.\n";

  @TempDir Path dir;

  @Test
  void claimViewJsonAndCsvCountEmojiAsOneCharacter() throws IOException, SQLException {
    Path article = Files.writeString(dir.resolve("emoji.txt"), TEXT, StandardCharsets.UTF_8);
    String db = dir.resolve("emoji.db").toString();
    assertThat(CliRun.of("ingest", "--db", db, article.toString()).status()).isZero();
    JsonNode json = new ObjectMapper().readTree(CliRun.of("export", "--db", db, "--format", "jsonl").out().lines()
        .findFirst().orElseThrow()).get("evidence");
    String sentence = "An air strike on a market in Idlib killed 12 civilians on Monday, rescuers said.";
    int pythonStart = TEXT.codePointCount(0, TEXT.indexOf(sentence));

    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + db);
        ResultSet row = connection.createStatement().executeQuery(
            "SELECT evidence_start, evidence_end, evidence_text FROM claim_view")) {
      assertThat(row.next()).isTrue();
      assertThat(row.getInt("evidence_start")).isEqualTo(pythonStart).isEqualTo(json.get("start").asInt())
          .isEqualTo(TEXT.indexOf(sentence) - 3);
      assertThat(row.getInt("evidence_end")).isEqualTo(json.get("end").asInt());
      assertThat(row.getString("evidence_text")).isEqualTo(sentence).isEqualTo(json.get("text").asText());
    }
  }
}
