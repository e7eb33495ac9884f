package org.tally.app.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/** Test helper: writes small WARC files record by record, as crawlers do (WARC 1.1, one gzip member per record). */
final class WarcFiles {
  private final List<byte[]> records = new ArrayList<>();
  private int serial;

  /** An HTTP response record holding {@code body} with the given status and content type. */
  WarcFiles response(String target, String date, int status, String contentType, String body) {
    byte[] payload = body.getBytes(StandardCharsets.UTF_8);
    String http = "HTTP/1.1 " + status + (status == 200 ? " OK" : " Moved") + "\r\n"
        + "Content-Type: " + contentType + "\r\n"
        + "Content-Length: " + payload.length + "\r\n\r\n";
    return record("response", target, date, "application/http; msgtype=response",
        concat(http.getBytes(StandardCharsets.ISO_8859_1), payload));
  }

  /** A page: status 200, text/html in UTF-8. */
  WarcFiles page(String target, String date, String html) {
    return response(target, date, 200, "text/html; charset=utf-8", html);
  }

  /** Any record, its block as given. */
  WarcFiles record(String type, String target, String date, String contentType, byte[] block) {
    String header = "WARC/1.1\r\n"
        + "WARC-Type: " + type + "\r\n"
        + "WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-" + String.format("%012d", ++serial) + ">\r\n"
        + "WARC-Date: " + date + "\r\n"
        + (target == null ? "" : "WARC-Target-URI: " + target + "\r\n")
        + "Content-Type: " + contentType + "\r\n"
        + "Content-Length: " + block.length + "\r\n\r\n";
    records.add(concat(header.getBytes(StandardCharsets.UTF_8), block, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII)));
    return this;
  }

  WarcFiles warcinfo() {
    return record("warcinfo", null, "2017-04-05T00:00:00Z", "application/warc-fields",
        "software: tally-test\r\n".getBytes(StandardCharsets.UTF_8));
  }

  /** Writes the records; gzipped one member per record when the name ends in .gz. */
  Path write(Path file) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      for (byte[] record : records) {
        if (file.toString().endsWith(".gz")) {
          ByteArrayOutputStream member = new ByteArrayOutputStream();
          try (GZIPOutputStream gzip = new GZIPOutputStream(member)) {
            gzip.write(record);
          }
          out.write(member.toByteArray());
        } else {
          out.write(record);
        }
      }
      return Files.write(file, out.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String article(String title, String... paragraphs) {
    StringBuilder html = new StringBuilder("<html><head><title>" + title + "</title></head><body><article><h1>"
        + title + "</h1>");
    for (String paragraph : paragraphs) {
      html.append("<p>").append(paragraph).append("</p>");
    }
    return html.append("</article><footer>Copyright Example</footer></body></html>").toString();
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }
}
