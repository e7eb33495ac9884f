package org.tally.app.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.tally.model.Document;
import org.tally.model.Metadata;

/**
 * A WARC file, plain or gzipped record by record (as Common Crawl's CC-NEWS is): one document per HTTP response
 * record that holds an HTML page with status 200, its main text found as for an HTML file ({@link HtmlReader#page}).
 * The record's target URI is the document's address. Its date is the one the page declares in its head, else the
 * record's WARC-Date: a page captured weeks after it was published keeps its own date.
 *
 * <p>Records are read one at a time from the stream, so memory holds one page whatever the file's size. Records that
 * are not responses (warcinfo, request, metadata), responses that are not pages (images, scripts, feeds) and
 * redirects or errors are skipped without a word: a crawl is full of them. A response record that is not an HTTP
 * response, and a page with no text, are reported and skipped. A file that breaks off (a truncated gzip member, a
 * damaged header) keeps what was read before the break and reports where it broke.
 */
final class WarcFileReader implements DocumentReader {
  private final ReadOptions options;

  WarcFileReader(ReadOptions options) {
    this.options = options;
  }

  /** True when a file's first bytes are a WARC record, plain or gzipped (checked by opening the gzip member). */
  static boolean startsAWarc(Path file, byte[] head, int length) {
    if (startsWith(head, length, "WARC/")) {
      return true;
    }
    if (length < 2 || (head[0] & 0xff) != 0x1f || (head[1] & 0xff) != 0x8b) {
      return false;
    }
    try (InputStream in = new java.util.zip.GZIPInputStream(java.nio.file.Files.newInputStream(file))) {
      byte[] start = in.readNBytes(5);
      return startsWith(start, start.length, "WARC/");
    } catch (IOException e) {
      return false;
    }
  }

  private static boolean startsWith(byte[] bytes, int length, String prefix) {
    byte[] wanted = prefix.getBytes(StandardCharsets.US_ASCII);
    if (length < wanted.length) {
      return false;
    }
    for (int i = 0; i < wanted.length; i++) {
      if (bytes[i] != wanted[i]) {
        return false;
      }
    }
    return true;
  }

  @Override
  public void read(InputSource source, Path file, TextEncoding encoding, Consumer<Document> documents,
                   Consumer<ReadProblem> problems) throws IOException, ReadFailure {
    String stem = source.id().endsWith(".warc") ? source.id().substring(0, source.id().length() - 5) : source.id();
    long pages = 0;
    long position = 0;
    try (WarcReader reader = new WarcReader(file)) {
      while (true) {
        Optional<WarcRecord> next = reader.next();
        if (next.isEmpty()) {
          break;
        }
        WarcRecord record = next.get();
        position = record.position();
        if (record instanceof WarcResponse response) {
          Optional<Document> page = page(source, stem, pages + 1, response, problems);
          if (page.isPresent()) {
            pages++;
            documents.accept(page.get());
          }
        }
        position = reader.position();
      }
    } catch (IOException e) {
      throw new ReadFailure("broken at byte " + position + " (" + Inputs.reason(e) + "); the " + pages
          + " pages before it were read");
    }
  }

  /** The page a response record holds, if it is a page; problems worth telling go to the sink. */
  private Optional<Document> page(InputSource source, String stem, long ordinal, WarcResponse response,
                                  Consumer<ReadProblem> problems) throws IOException {
    String where = "record at byte " + response.position() + " (" + response.target() + ")";
    if (!response.contentType().base().equals(MediaType.HTTP)) {
      problems.accept(new ReadProblem(source.name(), null, where + ": not an HTTP response but "
          + response.contentType() + "; skipped"));
      return Optional.empty();
    }
    HttpResponse http;
    try {
      http = response.http();
    } catch (IOException e) {
      problems.accept(new ReadProblem(source.name(), null, where + ": not an HTTP response ("
          + Inputs.reason(e) + "); skipped"));
      return Optional.empty();
    }
    if (http.status() != 200 || !isPage(http.contentType())) {
      return Optional.empty();
    }
    byte[] body;
    try (InputStream in = http.bodyDecoded().stream()) {
      body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, options.maxDocumentBytes() + 1));
    }
    if (body.length > options.maxDocumentBytes()) {
      problems.accept(new ReadProblem(source.name(), null, where + ": " + options.overLimit(body.length)
          .replaceFirst("^\\d+ bytes", "more than " + options.maxDocumentBytes() + " bytes")));
      return Optional.empty();
    }
    String html = new String(body, charset(http.contentType(), body));
    HtmlReader.Page page;
    try {
      page = HtmlReader.page(html, response.target());
    } catch (ReadFailure e) {
      problems.accept(new ReadProblem(source.name(), null, where + ": " + e.getMessage() + "; skipped"));
      return Optional.empty();
    }
    Metadata found = page.metadata();
    Metadata metadata = new Metadata(found.title(), response.target(), found.outlet(),
        found.date() != null ? found.date() : response.date().toString());
    return Optional.of(new Document(stem + "-" + ordinal, source.name() + "@" + response.position(), page.text(),
        metadata));
  }

  private static boolean isPage(MediaType type) {
    String base = type.base().toString().toLowerCase(Locale.ROOT);
    return base.equals("text/html") || base.equals("application/xhtml+xml");
  }

  /** The charset the HTTP header names, else the one the page declares, else UTF-8. */
  private static Charset charset(MediaType type, byte[] body) {
    String named = type.parameters().get("charset");
    if (named != null) {
      try {
        return Charset.forName(named.strip().replace("\"", ""));
      } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
        // fall through to what the page says
      }
    }
    Charset declared = HtmlReader.declaredCharset(body, Math.min(body.length, 8 * 1024));
    return declared != null ? declared : StandardCharsets.UTF_8;
  }
}
