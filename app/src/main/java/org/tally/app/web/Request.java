package org.tally.app.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One HTTP request as the routes see it.
 *
 * @param path the decoded path, without the query
 * @param query each query parameter's values, in order
 * @param vars the values of the route's {name} segments
 * @param client the caller's address, for rate limits
 */
public record Request(String method, String path, Map<String, List<String>> query, Map<String, String> vars,
    Map<String, List<String>> headers, byte[] body, String client) {

  /** The first value of a query parameter, empty when absent or blank. */
  public Optional<String> param(String name) {
    List<String> values = query.get(name);
    if (values == null || values.isEmpty() || values.get(0).isBlank()) {
      return Optional.empty();
    }
    return Optional.of(values.get(0).strip());
  }

  public String var(String name) {
    return vars.get(name);
  }

  /** The first value of a header, matched without regard to case. */
  public Optional<String> header(String name) {
    return headers.entrySet().stream().filter(e -> e.getKey() != null && e.getKey().equalsIgnoreCase(name))
        .flatMap(e -> e.getValue().stream()).findFirst();
  }

  public String bodyText() {
    return new String(body, java.nio.charset.StandardCharsets.UTF_8);
  }
}
