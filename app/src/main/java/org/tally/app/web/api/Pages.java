package org.tally.app.web.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tally.app.web.Request;
import org.tally.app.web.WebException;

/** Pagination of API lists: {@code offset} (default 0) and {@code limit} (default 100, at most 1000). */
final class Pages {
  static final int DEFAULT_LIMIT = 100;
  static final int MAX_LIMIT = 1000;

  private Pages() {}

  static <T> Map<String, Object> of(Request request, List<T> all, java.util.function.Function<List<T>, List<?>> items) {
    int offset = number(request, "offset", 0);
    int limit = Math.min(number(request, "limit", DEFAULT_LIMIT), MAX_LIMIT);
    List<T> page = all.subList(Math.min(offset, all.size()), Math.min(all.size(), offset + limit));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("total", all.size());
    out.put("offset", offset);
    out.put("limit", limit);
    out.put("items", items.apply(page));
    return out;
  }

  private static int number(Request request, String name, int fallback) {
    String value = request.param(name).orElse(null);
    if (value == null) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(value);
      if (n < 0) {
        throw new NumberFormatException();
      }
      return n;
    } catch (NumberFormatException e) {
      throw new WebException(400, name + ": \"" + value + "\" is not a whole number of 0 or more");
    }
  }
}
