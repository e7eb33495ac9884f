package org.tally.app.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tally.model.Document;

class WarcFileReaderTest {
  private static final String BAKERY = WarcFiles.article("Strike on bakery kills 14",
      "An air strike on a bakery in Idlib killed 14 civilians on Tuesday, rescuers said.",
      "The strike hit the bakery at dawn, when the queue was longest.");
  private static final String MARKET = WarcFiles.article("Shelling of market",
      "Shelling of a market in Douma killed 9 people, the monitor said.");

  @TempDir Path dir;

  /** A crawl as CC-NEWS writes it: warcinfo, request and response records, with a redirect and an image between. */
  private Path crawl(String name) {
    return new WarcFiles().warcinfo()
        .record("request", "https://news.example.org/bakery", "2017-04-05T10:00:00Z",
            "application/http; msgtype=request",
            "GET /bakery HTTP/1.1\r\nHost: news.example.org\r\n\r\n".getBytes(StandardCharsets.US_ASCII))
        .page("https://news.example.org/bakery", "2017-04-05T10:00:01Z", BAKERY)
        .response("https://news.example.org/old", "2017-04-05T10:00:02Z", 301, "text/html", "<p>moved</p>")
        .response("https://news.example.org/logo.png", "2017-04-05T10:00:03Z", 200, "image/png", "PNG...")
        .page("https://news.example.org/market", "2017-04-06T08:30:00Z", MARKET)
        .write(dir.resolve(name));
  }

  @Test
  void eachHtmlResponseIsOneDocumentInFileOrder() {
    Reading reading = Reading.of(crawl("cc-news.warc.gz").toString());

    assertThat(reading.ids()).containsExactly("cc-news-1", "cc-news-2");
    assertThat(reading.problems).isEmpty();
  }

  @Test
  void pageTextIsTheMainTextAsForAnHtmlFile() {
    Document bakery = Reading.of(crawl("cc-news.warc.gz").toString()).document("cc-news-1");

    assertThat(bakery.text()).startsWith("Strike on bakery kills 14\n\nAn air strike on a bakery in Idlib killed 14")
        .doesNotContain("Copyright");
  }

  @Test
  void targetUriAndWarcDateAreTheDocumentsAddressAndDate() {
    Document market = Reading.of(crawl("cc-news.warc.gz").toString()).document("cc-news-2");

    assertThat(market.metadata().url()).isEqualTo("https://news.example.org/market");
    assertThat(market.metadata().date()).isEqualTo("2017-04-06T08:30:00Z");
    assertThat(market.metadata().title()).isEqualTo("Shelling of market");
  }

  @Test
  void aDateThePageDeclaresWinsOverTheCaptureDate() throws IOException {
    String dated = BAKERY.replace("<head>", "<head><meta property=\"article:published_time\" content=\"2017-04-04\">");
    Path file = new WarcFiles().page("https://news.example.org/bakery", "2017-05-01T00:00:00Z", dated)
        .write(dir.resolve("late.warc"));

    assertThat(Reading.of(file.toString()).only().metadata().date()).isEqualTo("2017-04-04");
  }

  @Test
  void anUncompressedWarcReadsTheSame() {
    Reading gz = Reading.of(crawl("a.warc.gz").toString());
    Reading plain = Reading.of(crawl("a.warc").toString());

    assertThat(plain.documents).extracting(Document::text).isEqualTo(gz.documents.stream().map(Document::text).toList());
  }

  @Test
  void aWarcOfUnknownExtensionIsRecognisedByItsBytes() {
    Path file = crawl("capture.bin");

    assertThat(Reading.of(file.toString()).ids()).containsExactly("capture-1", "capture-2");
  }

  @Test
  void aTruncatedGzipKeepsThePagesBeforeTheBreakAndSaysWhere() throws IOException {
    Path whole = crawl("whole.warc.gz");
    byte[] bytes = Files.readAllBytes(whole);
    Path cut = Files.write(dir.resolve("cut.warc.gz"), Arrays.copyOf(bytes, bytes.length - 40));

    Reading reading = Reading.of(cut.toString());

    assertThat(reading.ids()).containsExactly("cut-1");
    assertThat(reading.messages()).singleElement().asString()
        .startsWith(cut + ": broken at byte ").contains("the 1 pages before it were read");
  }

  @Test
  void aResponseRecordThatIsNotHttpIsReportedAndTheNextIsRead() {
    Path file = new WarcFiles()
        .record("response", "dns:news.example.org", "2017-04-05T10:00:00Z", "text/dns",
            "20170405100000\nnews.example.org. 300 IN A 192.0.2.1\n".getBytes(StandardCharsets.US_ASCII))
        .page("https://news.example.org/market", "2017-04-06T08:30:00Z", MARKET)
        .write(dir.resolve("dns.warc"));

    Reading reading = Reading.of(file.toString());

    assertThat(reading.ids()).containsExactly("dns-1");
    assertThat(reading.messages()).singleElement().asString()
        .isEqualTo(file + ": record at byte 0 (dns:news.example.org): not an HTTP response but text/dns; skipped");
  }

  @Test
  void aBrokenWarcDoesNotStopTheBatch() throws IOException {
    Path broken = Files.write(dir.resolve("broken.warc"), "WARC/1.1\r\nthis is no header\r\n\r\n".getBytes(
        StandardCharsets.US_ASCII));
    Path good = crawl("good.warc.gz");

    Reading reading = Reading.of(broken.toString(), good.toString());

    assertThat(reading.ids()).containsExactly("good-1", "good-2");
    assertThat(reading.messages()).singleElement().asString().startsWith(broken + ": broken at byte 0");
  }

  @Test
  void aFolderWalkFindsWarcGzFiles() {
    crawl("cc-news.warc.gz");

    assertThat(Reading.of(dir.toString()).ids()).containsExactly("cc-news-1", "cc-news-2");
  }
}
