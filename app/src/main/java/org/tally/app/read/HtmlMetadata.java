package org.tally.app.read;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.tally.model.Metadata;

/** What a web page says about itself in its head: headline, outlet, publication date and canonical address. */
final class HtmlMetadata {
  private HtmlMetadata() {
  }

  static Metadata of(Document page) {
    return new Metadata(
        first(meta(page, "og:title"), page.title()),
        first(attribute(page, "link[rel=canonical]", "href"), meta(page, "og:url")),
        first(meta(page, "og:site_name"), meta(page, "publisher"), meta(page, "article:publisher")),
        first(meta(page, "article:published_time"), attribute(page, "time[datetime]", "datetime"),
            meta(page, "datePublished"), meta(page, "date")));
  }

  /** The content of a meta tag named by property, name or itemprop. */
  private static String meta(Document page, String key) {
    Element element = page.selectFirst("meta[property=" + key + "], meta[name=" + key + "], meta[itemprop=" + key + "]");
    return element == null ? null : element.attr("content");
  }

  private static String attribute(Document page, String selector, String name) {
    Element element = page.selectFirst(selector);
    return element == null ? null : element.attr(name);
  }

  private static String first(String... values) {
    for (String value : values) {
      if (value != null && !value.isBlank()) {
        return value.strip();
      }
    }
    return null;
  }
}
