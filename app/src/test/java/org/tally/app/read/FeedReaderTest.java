package org.tally.app.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tally.model.Document;

class FeedReaderTest {
  private static final String RSS = """
      <?xml version="1.0" encoding="UTF-8"?>
      <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
        <channel>
          <title>Example News</title>
          <link>https://news.example.org/</link>
          <description>World news</description>
          <item>
            <title>Strike on bakery kills 14</title>
            <link>https://news.example.org/bakery</link>
            <pubDate>Tue, 04 Apr 2017 09:15:00 GMT</pubDate>
            <description>A short teaser.</description>
            <content:encoded><![CDATA[<p>An air strike on a bakery in Idlib killed 14 civilians.</p><p>Rescuers searched the rubble.</p>]]></content:encoded>
          </item>
          <item>
            <title>Shelling of market</title>
            <link>https://news.example.org/market</link>
            <description>&lt;p&gt;Shelling of a market in Douma killed 9 people.&lt;/p&gt;</description>
          </item>
        </channel>
      </rss>
      """;

  private static final String ATOM = """
      <?xml version="1.0" encoding="utf-8"?>
      <feed xmlns="http://www.w3.org/2005/Atom">
        <title>Monitor</title>
        <id>urn:example:monitor</id>
        <updated>2017-04-05T12:00:00Z</updated>
        <entry>
          <title>Clashes near Hama</title>
          <link href="https://monitor.example.org/hama"/>
          <id>urn:example:hama</id>
          <updated>2017-04-05T12:00:00Z</updated>
          <summary>Fighting killed 23 fighters on the edge of the city.</summary>
        </entry>
      </feed>
      """;

  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  @Test
  void eachItemIsOneDocument() throws IOException {
    Reading reading = Reading.of(write("feed.xml", RSS).toString());

    assertThat(reading.ids()).containsExactly("feed-1", "feed-2");
    assertThat(reading.problems).isEmpty();
  }

  @Test
  void anItemsTextIsItsTitleThenItsContentAsPlainText() throws IOException {
    Document bakery = Reading.of(write("feed.xml", RSS).toString()).document("feed-1");

    assertThat(bakery.text()).isEqualTo("Strike on bakery kills 14\n\nAn air strike on a bakery in Idlib killed 14"
        + " civilians.\n\nRescuers searched the rubble.");
  }

  @Test
  void anItemWithoutContentGivesItsDescription() throws IOException {
    Document market = Reading.of(write("feed.xml", RSS).toString()).document("feed-2");

    assertThat(market.text()).isEqualTo("Shelling of market\n\nShelling of a market in Douma killed 9 people.");
  }

  @Test
  void linkDateAndFeedTitleAreTheAddressDateAndOutlet() throws IOException {
    Document bakery = Reading.of(write("feed.rss", RSS).toString()).document("feed-1");

    assertThat(bakery.metadata().url()).isEqualTo("https://news.example.org/bakery");
    assertThat(bakery.metadata().date()).isEqualTo("2017-04-04T09:15:00Z");
    assertThat(bakery.metadata().outlet()).isEqualTo("Example News");
    assertThat(bakery.metadata().title()).isEqualTo("Strike on bakery kills 14");
  }

  @Test
  void anAtomEntryIsReadWithItsUpdateDate() throws IOException {
    Document hama = Reading.of(write("monitor.atom", ATOM).toString()).only();

    assertThat(hama.text()).isEqualTo("Clashes near Hama\n\nFighting killed 23 fighters on the edge of the city.");
    assertThat(hama.metadata().url()).isEqualTo("https://monitor.example.org/hama");
    assertThat(hama.metadata().date()).isEqualTo("2017-04-05T12:00:00Z");
  }

  @Test
  void aFeedOfUnknownExtensionIsRecognisedByItsRootElement() throws IOException {
    Path file = write("latest", RSS);

    assertThat(Reading.of(file.toString()).ids()).containsExactly("latest-1", "latest-2");
  }

  @Test
  void malformedXmlIsOneProblemNamingTheFileAndTheBatchGoesOn() throws IOException {
    Path broken = write("broken.xml", RSS.replace("</channel>", ""));
    Path good = write("monitor.atom", ATOM);

    Reading reading = Reading.of(broken.toString(), good.toString());

    assertThat(reading.ids()).containsExactly("monitor-1");
    assertThat(reading.messages()).singleElement().asString().startsWith(broken + ": not an RSS or Atom feed: ");
  }

  @Test
  void xmlThatIsNotAFeedIsSaidToBeNone() throws IOException {
    Path sitemap = write("sitemap.xml", "<?xml version=\"1.0\"?><urlset><url><loc>https://x.org/</loc></url></urlset>");

    assertThat(Reading.of(sitemap.toString()).messages()).singleElement().asString()
        .startsWith(sitemap + ": not an RSS or Atom feed: ");
  }
}
