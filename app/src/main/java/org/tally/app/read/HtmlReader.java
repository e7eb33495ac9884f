package org.tally.app.read;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;
import org.tally.model.Document;
import org.tally.model.Metadata;

/**
 * A web page: one document whose text is the page's main content as found by Readability, headline first and
 * paragraphs separated by blank lines; the whole body when Readability finds nothing, or when the page is too deep
 * or too large for it (see {@link #MOST_DEPTH}).
 */
final class HtmlReader implements DocumentReader {
  /**
   * Readability's time grows with the page's depth times its size (a page nested 400 deep takes 2 s, 5,000 deep 14 s,
   * 50,000 deep seems to hang), while news pages nest some 10 to 40 deep. Past these limits the body is read whole,
   * in one pass.
   */
  static final int MOST_DEPTH = 128;
  static final int MOST_ELEMENTS = 50_000;

  private static final Pattern META_CHARSET =
      Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

  /** The charset a page declares in its first bytes, when it is not UTF-8 and Java knows it; else null. */
  static Charset declaredCharset(byte[] head, int length) {
    Matcher matcher = META_CHARSET.matcher(new String(head, 0, length, StandardCharsets.ISO_8859_1));
    if (!matcher.find()) {
      return null;
    }
    try {
      Charset charset = Charset.forName(matcher.group(1).toLowerCase(Locale.ROOT));
      return charset.equals(StandardCharsets.UTF_8) ? null : charset;
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }

  @Override
  public void read(InputSource source, Path file, TextEncoding encoding, Consumer<Document> documents,
                   Consumer<ReadProblem> problems) throws IOException, ReadFailure {
    String html = encoding.readAll(file);
    Page page = page(html, "file:///" + source.stem());
    documents.accept(new Document(source.id(), source.name(), page.text(), page.metadata()));
  }

  /**
   * A page's main text and what its head says about it; shared with the readers of pages inside other files (WARC).
   *
   * @param fallbackAddress the address Readability resolves links against when the page names none of its own
   */
  static Page page(String html, String fallbackAddress) throws ReadFailure {
    org.jsoup.nodes.Document page = Jsoup.parse(html);
    Metadata metadata = HtmlMetadata.of(page);
    String address = metadata.url() != null ? metadata.url() : fallbackAddress;

    List<String> paragraphs = new ArrayList<>();
    String headline = null;
    Article article = fitsReadability(page) ? mainContent(address, html) : null;
    if (article != null && article.getArticleContent() != null) {
      paragraphs.addAll(BlockText.paragraphs(article.getArticleContent()));
      headline = article.getTitle();
    }
    if (paragraphs.isEmpty()) {
      paragraphs.addAll(BlockText.paragraphs(page.body()));
    }
    if (headline == null || headline.isBlank()) {
      headline = metadata.title();
    }
    if (headline != null && !headline.isBlank() && (paragraphs.isEmpty() || !paragraphs.get(0).equals(headline.strip()))) {
      paragraphs.add(0, headline.strip());
    }
    if (paragraphs.isEmpty()) {
      throw new ReadFailure("no text in the page");
    }
    return new Page(String.join("\n\n", paragraphs), metadata);
  }

  /** A page's main text, headline first, and its own metadata. */
  record Page(String text, Metadata metadata) {
  }

  /** True when the page is no deeper than {@link #MOST_DEPTH} and has no more than {@link #MOST_ELEMENTS} elements. */
  static boolean fitsReadability(org.jsoup.nodes.Document page) {
    int[] elements = {0};
    boolean[] fits = {true};
    page.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof Element && (++elements[0] > MOST_ELEMENTS || depth > MOST_DEPTH)) {
          fits[0] = false;
        }
      }

      @Override
      public void tail(Node node, int depth) {
      }
    });
    return fits[0];
  }

  /** Readability's article, or null when it fails: it is a port tuned on other pages, and the body is a fair answer. */
  private static Article mainContent(String address, String html) {
    try {
      return new Readability4J(address, html).parse();
    } catch (RuntimeException | LinkageError e) {
      return null;
    }
  }

  /** The blocks of text under an element, whitespace collapsed, one string per paragraph, heading or list item. */
  static final class BlockText {
    private BlockText() {
    }

    static List<String> paragraphs(Element root) {
      List<String> paragraphs = new ArrayList<>();
      if (root == null) {
        return paragraphs;
      }
      StringBuilder current = new StringBuilder();
      root.traverse(new NodeVisitor() {
        @Override
        public void head(Node node, int depth) {
          if (node instanceof TextNode textNode) {
            current.append(textNode.getWholeText());
          } else if (node instanceof Element element && element.nameIs("br")) {
            current.append('\n');
          } else if (node instanceof Element element && isBlock(element)) {
            flush(current, paragraphs);
          }
        }

        @Override
        public void tail(Node node, int depth) {
          if (node instanceof Element element && isBlock(element)) {
            flush(current, paragraphs);
          }
        }
      });
      flush(current, paragraphs);
      return paragraphs;
    }

    private static boolean isBlock(Element element) {
      return element.isBlock() || element.nameIs("li") || element.nameIs("tr") || element.nameIs("td");
    }

    private static void flush(StringBuilder current, List<String> paragraphs) {
      List<String> lines = new ArrayList<>();
      for (String line : current.toString().split("\n")) {
        String collapsed = line.replaceAll("[\\s\\u00A0]+", " ").strip();
        if (!collapsed.isEmpty()) {
          lines.add(collapsed);
        }
      }
      if (!lines.isEmpty()) {
        paragraphs.add(String.join("\n", lines));
      }
      current.setLength(0);
    }
  }
}
