package org.tally.app.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 10: titles with terminal escape codes or spreadsheet formulas are shown, never run. */
class SafeOutputTest {
  private static final String CLEAR_SCREEN = "\u001b[2J\u001b[H";

  private static String written(Format format, Map<String, Object> record) {
    StringWriter text = new StringWriter();
    try (RecordWriter out = new RecordWriter(format, new PrintWriter(text), List.of("doc", "title"))) {
      out.write(record);
    }
    return text.toString();
  }

  private static Map<String, Object> record(String title) {
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("doc", "d1");
    record.put("title", title);
    record.put("lon", -3.5);
    return record;
  }

  @Test
  void aTableShowsAnEscapeCodeAsTextNotAsAnEscape() {
    String table = written(Format.table, record(CLEAR_SCREEN + "Strike kills 5"));
    assertThat(table).doesNotContain("\u001b").contains("\\x1b[2J\\x1b[HStrike kills 5");
  }

  @Test
  void aTableShowsABidiOverrideAsText() {
    assertThat(written(Format.table, record("5 killed \u202eenil"))).contains("5 killed \\u202eenil")
        .doesNotContain("\u202e");
  }

  @Test
  void csvEscapesControlCharacters() {
    assertThat(written(Format.csv, record("a\u0007b" + CLEAR_SCREEN))).doesNotContain("\u0007", "\u001b")
        .contains("a\\x07b\\x1b[2J\\x1b[H");
  }

  @Test
  void csvCellsThatLookLikeFormulasArePrefixedWithAQuote() {
    assertThat(written(Format.csv, record("=HYPERLINK(\"http://x\")"))).contains("\"'=HYPERLINK(\"\"http://x\"\")\"");
    assertThat(written(Format.csv, record("+1 killed"))).contains("'+1 killed");
    assertThat(written(Format.csv, record("-2 wounded"))).contains("'-2 wounded");
    assertThat(written(Format.csv, record("@SUM(A1)"))).contains("'@SUM(A1)");
  }

  @Test
  void csvLeavesNegativeNumbersAndOrdinaryTextAlone() {
    String csv = written(Format.csv, record("Strike kills 5"));
    assertThat(csv).contains("d1,Strike kills 5,-3.5").doesNotContain("'");
  }

  @Test
  void jsonLinesEscapeControlCharactersThemselves() {
    assertThat(written(Format.jsonl, record(CLEAR_SCREEN + "x"))).doesNotContain("\u001b")
        .contains("\\u001B[2J\\u001B[Hx");
  }
}
