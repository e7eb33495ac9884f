package org.tally.app.read;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.Consumer;
import org.jsoup.Jsoup;
import org.tally.model.Document;
import org.tally.model.Metadata;

/**
 * An RSS (0.9x, 1.0, 2.0) or Atom feed file: one document per item, its text the item's title, then its content
 * (or, when it has none, its description) as plain text; its address the item's link; its date the item's
 * publication date, else its update date; its outlet the feed's title. The XML's own encoding declaration decides
 * how it decodes. Items without any text are reported and skipped; a file that is not a well-formed feed is one
 * problem for the whole file.
 */
final class FeedReader implements DocumentReader {
  private final ReadOptions options;

  FeedReader(ReadOptions options) {
    this.options = options;
  }

  /** True when an XML file's first bytes name a feed's root element (rss, feed or rdf:RDF). */
  static boolean looksLikeFeed(String start) {
    String head = start.length() > 4096 ? start.substring(0, 4096) : start;
    return head.startsWith("<") && (head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:RDF"));
  }

  @Override
  public void read(InputSource source, Path file, TextEncoding encoding, Consumer<Document> documents,
                   Consumer<ReadProblem> problems) throws IOException, ReadFailure {
    SyndFeed feed;
    try {
      SyndFeedInput input = new SyndFeedInput();
      input.setAllowDoctypes(false);
      feed = input.build(file.toFile());
    } catch (FeedException | IllegalArgumentException e) {
      throw new ReadFailure("not an RSS or Atom feed: " + firstLine(Inputs.reason(e)));
    }
    String outlet = blankToNull(feed.getTitle());
    long ordinal = 0;
    for (SyndEntry entry : feed.getEntries()) {
      ordinal++;
      String title = blankToNull(entry.getTitle());
      String body = plainText(content(entry));
      if (body.isEmpty() && title == null) {
        problems.accept(new ReadProblem(source.name(), null, "item " + ordinal + " has no title, content or"
            + " description; skipped"));
        continue;
      }
      Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
      Metadata metadata = new Metadata(title == null ? null : Jsoup.parse(title).text(), blankToNull(entry.getLink()),
          outlet, date == null ? null : date.toInstant().toString());
      String text = body.isEmpty() ? metadata.title() : body;
      String where = source.name() + "#item" + ordinal;
      DatasetRow.accept(source, 1, ordinal, null, text, metadata, options,
          document -> documents.accept(new Document(document.id(), where, document.text(), document.metadata())),
          problems);
    }
  }

  /** The item's fullest text: its content, else its description; HTML as written in the feed. */
  private static String content(SyndEntry entry) {
    StringBuilder content = new StringBuilder();
    for (SyndContent part : entry.getContents()) {
      if (part.getValue() != null) {
        content.append(part.getValue()).append('\n');
      }
    }
    if (content.toString().isBlank() && entry.getDescription() != null && entry.getDescription().getValue() != null) {
      content.append(entry.getDescription().getValue());
    }
    return content.toString();
  }

  /** Feed text is HTML more often than not, whatever its type says: paragraphs as for an HTML file's body. */
  private static String plainText(String html) {
    if (html.isBlank()) {
      return "";
    }
    List<String> paragraphs = new ArrayList<>(HtmlReader.BlockText.paragraphs(Jsoup.parseBodyFragment(html).body()));
    return String.join("\n\n", paragraphs);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static String firstLine(String message) {
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
