package org.tally.app.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One route: a method and a path pattern whose {name} segments match one path segment each.
 *
 * @param pattern as the contract writes it: "/incidents/{id}"
 */
public record Route(String method, String pattern, Handler handler) {
  /** Answers a request; may throw {@link WebException} for a clear 4xx. */
  @FunctionalInterface
  public interface Handler {
    Response handle(Request request);
  }

  /** The raw (still percent-encoded) path's {name} values, decoded, when it matches this route's pattern. */
  public Optional<Map<String, String>> match(String path) {
    String[] want = pattern.split("/", -1);
    String[] got = path.split("/", -1);
    if (want.length != got.length) {
      return Optional.empty();
    }
    Map<String, String> vars = new LinkedHashMap<>();
    for (int i = 0; i < want.length; i++) {
      if (want[i].startsWith("{") && want[i].endsWith("}")) {
        if (got[i].isEmpty()) {
          return Optional.empty();
        }
        // a document id may hold a slash ("a/report"): links encode it as %2F inside one segment
        vars.put(want[i].substring(1, want[i].length() - 1),
            java.net.URLDecoder.decode(got[i].replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8));
      } else if (!want[i].equals(got[i])) {
        return Optional.empty();
      }
    }
    return Optional.of(vars);
  }
}
