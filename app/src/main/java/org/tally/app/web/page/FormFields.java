package org.tally.app.web.page;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tally.app.web.Request;
import org.tally.app.web.WebException;

/**
 * The fields of a posted form, URL-encoded or multipart (a file upload), as UTF-8 text. A multipart file field gives
 * its content under its field name.
 */
final class FormFields {
  private static final Pattern BOUNDARY = Pattern.compile("boundary=(\"?)([^\";]+)\\1");
  private static final Pattern NAME = Pattern.compile("name=\"([^\"]*)\"");

  private FormFields() {}

  static Map<String, String> of(Request request) {
    String type = request.header("Content-Type").orElse("").toLowerCase(Locale.ROOT);
    if (type.startsWith("multipart/form-data")) {
      Matcher boundary = BOUNDARY.matcher(request.header("Content-Type").orElse(""));
      if (!boundary.find()) {
        throw new WebException(400, "the multipart form names no boundary");
      }
      return multipart(request.bodyText(), boundary.group(2));
    }
    return urlEncoded(request.bodyText());
  }

  static Map<String, String> urlEncoded(String body) {
    Map<String, String> out = new HashMap<>();
    for (String pair : body.split("&")) {
      int eq = pair.indexOf('=');
      if (eq <= 0) {
        continue;
      }
      try {
        out.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      } catch (IllegalArgumentException e) {
        throw new WebException(400, "the form is not well encoded");
      }
    }
    return out;
  }

  static Map<String, String> multipart(String body, String boundary) {
    Map<String, String> out = new HashMap<>();
    for (String part : body.split(Pattern.quote("--" + boundary))) {
      int headEnd = part.indexOf("\r\n\r\n");
      if (headEnd < 0) {
        continue;
      }
      Matcher name = NAME.matcher(part.substring(0, headEnd));
      if (!name.find()) {
        continue;
      }
      String value = part.substring(headEnd + 4);
      // each part's content ends with the line break before the next boundary
      if (value.endsWith("\r\n")) {
        value = value.substring(0, value.length() - 2);
      }
      out.put(name.group(1), value);
    }
    return out;
  }
}
