package org.tally.app.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who may do what. With a token (from {@code --token-file}) every route needs it, as {@code Authorization: Bearer
 * TOKEN} or the {@code tally_token} cookie that {@code ?token=TOKEN} sets; writes need it always, so without a token
 * writes are off (401). Writes and extracts are limited per client per minute (429).
 *
 */
public final class Access {
  public static final String COOKIE = "tally_token";

  private final Optional<String> token;
  private final int writesPerMinute;
  private final Map<String, long[]> windows = new ConcurrentHashMap<>();

  /** @param token the token, or empty when none was given */
  public Access(Optional<String> token, int writesPerMinute) {
    this.token = token;
    this.writesPerMinute = writesPerMinute;
  }

  public Optional<String> token() {
    return token;
  }

  public boolean writesAllowed() {
    return token.isPresent();
  }

  /** True when the request carries the token (or no token is set). */
  public boolean admits(Request request) {
    if (token.isEmpty()) {
      return true;
    }
    return presented(request).map(this::matches).orElse(false);
  }

  /** True when the request carries the token; false whenever no token is set. */
  public boolean admitsWrite(Request request) {
    return token.isPresent() && presented(request).map(this::matches).orElse(false);
  }

  boolean matches(String candidate) {
    // constant time: the comparison must not tell an attacker how many leading characters were right
    return MessageDigest.isEqual(candidate.getBytes(StandardCharsets.UTF_8),
        token.orElseThrow().getBytes(StandardCharsets.UTF_8));
  }

  private static Optional<String> presented(Request request) {
    Optional<String> bearer = request.header("Authorization").filter(h -> h.regionMatches(true, 0, "Bearer ", 0, 7))
        .map(h -> h.substring(7).strip());
    if (bearer.isPresent()) {
      return bearer;
    }
    return request.header("Cookie").flatMap(Access::cookie);
  }

  private static Optional<String> cookie(String header) {
    for (String part : header.split(";")) {
      String[] kv = part.strip().split("=", 2);
      if (kv.length == 2 && kv[0].equals(COOKIE)) {
        return Optional.of(kv[1]);
      }
    }
    return Optional.empty();
  }

  /** Counts one write or extract by this client; false once it has done more than the limit this minute. */
  public boolean withinRate(Request request) {
    long minute = System.currentTimeMillis() / 60_000;
    long[] window = windows.compute(request.client(), (k, w) -> w == null || w[0] != minute ? new long[] {minute, 0} : w);
    synchronized (window) {
      window[1]++;
      return window[1] <= writesPerMinute;
    }
  }
}
