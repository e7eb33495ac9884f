package org.tally.app.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Issue 10: HTML nested 50,000 deep is read (its body, in one pass), not left to hang in Readability. */
class HtmlDepthTest {
  @TempDir
  Path dir;

  private static String nested(int depth) {
    return "<html><body>" + "<div>".repeat(depth) + "<p>Five people were killed.</p>" + "</div>".repeat(depth)
        + "</body></html>";
  }

  @Test
  @Timeout(60) // a guard against the old hang, far above the second or two it takes; not a measurement
  void pageNestedFiftyThousandDeepIsReadAsItsBody() throws IOException {
    Path page = Files.writeString(dir.resolve("deep.html"), nested(50_000), StandardCharsets.UTF_8);

    assertThat(Reading.of(page.toString()).only().text()).isEqualTo("Five people were killed.");
  }

  @Test
  void pageDeeperThanTheLimitSkipsReadability() {
    assertThat(HtmlReader.fitsReadability(Jsoup.parse(nested(HtmlReader.MOST_DEPTH + 1)))).isFalse();
  }

  @Test
  void ordinaryNewsPageGoesThroughReadability() {
    assertThat(HtmlReader.fitsReadability(Jsoup.parse(nested(30)))).isTrue();
  }
}
