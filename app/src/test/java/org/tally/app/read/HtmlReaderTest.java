package org.tally.app.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tally.model.Document;

class HtmlReaderTest {
  private static Document page() {
    return Reading.of(Reading.fixture("page.html")).only();
  }

  @Test
  void idIsTheFileStem() {
    assertThat(page().id()).isEqualTo("page");
  }

  @Test
  void textOpensWithTheHeadlineThenABlankLine() {
    assertThat(page().text()).startsWith("Strike on bakery kills 14\n\nAn air strike on a bakery");
  }

  @Test
  void paragraphsAreSeparatedByBlankLines() {
    assertThat(page().text()).contains("at the scene.\n\nThe strike hit the bakery at dawn");
  }

  @Test
  void navigationSidebarAndFooterAreLeftOut() {
    assertThat(page().text()).doesNotContain("Most read", "Celebrity", "Copyright", "Sport");
  }

  @Test
  void metadataComesFromTheHead() {
    assertThat(page().metadata().title()).isEqualTo("Strike on bakery kills 14");
    assertThat(page().metadata().outlet()).isEqualTo("Example News");
    assertThat(page().metadata().date()).isEqualTo("2017-03-30T10:15:00Z");
    assertThat(page().metadata().url()).isEqualTo("https://news.example.org/2017/03/bakery-strike");
  }

  @Test
  void pageWithoutAnArticleFallsBackToItsBodyText() {
    Document note = Reading.of(Reading.fixture("no-article.html")).only();

    assertThat(note.text()).contains("Two shells fell.");
    assertThat(note.metadata().title()).isEqualTo("Short note");
  }

  @Test
  void pageInADeclaredNonUtf8CharsetIsDecodedWithIt(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws java.io.IOException {
    String html = "<html><head><meta charset=\"windows-1251\"><title>\u0412\u0437\u0440\u044b\u0432</title></head>"
        + "<body><p>\u041f\u044f\u0442\u044c \u043f\u043e\u0433\u0438\u0431\u0448\u0438\u0445.</p></body></html>";
    java.nio.file.Path file = java.nio.file.Files.write(dir.resolve("ru.html"),
        html.getBytes(java.nio.charset.Charset.forName("windows-1251")));

    assertThat(Reading.of(file.toString()).only().text()).contains("\u041f\u044f\u0442\u044c \u043f\u043e\u0433\u0438\u0431\u0448\u0438\u0445.");
  }
}
