package org.tally.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AccessTest {
  static Request from(String client, String... headers) {
    Map<String, List<String>> h = new java.util.HashMap<>();
    for (int i = 0; i < headers.length; i += 2) {
      h.put(headers[i], List.of(headers[i + 1]));
    }
    return new Request("GET", "/", Map.of(), Map.of(), h, new byte[0], client);
  }

  @Test
  void moreWritesThanTheLimitAMinuteAreRefusedPerClient() {
    Access access = new Access(Optional.empty(), 3);
    for (int i = 0; i < 3; i++) {
      assertThat(access.withinRate(from("10.0.0.1"))).isTrue();
    }
    assertThat(access.withinRate(from("10.0.0.1"))).isFalse();
    assertThat(access.withinRate(from("10.0.0.2"))).isTrue();
  }

  @Test
  void withoutATokenEveryoneReadsAndNobodyWrites() {
    Access access = new Access(Optional.empty(), 3);
    assertThat(access.admits(from("a"))).isTrue();
    assertThat(access.admitsWrite(from("a", "Authorization", "Bearer anything"))).isFalse();
  }

  @Test
  void theTokenIsTakenFromTheHeaderOrTheCookie() {
    Access access = new Access(Optional.of("s3cret-token-0123456789"), 3);
    assertThat(access.admits(from("a"))).isFalse();
    assertThat(access.admits(from("a", "authorization", "Bearer s3cret-token-0123456789"))).isTrue();
    assertThat(access.admits(from("a", "Cookie", "x=1; tally_token=s3cret-token-0123456789"))).isTrue();
    assertThat(access.admits(from("a", "Cookie", "tally_token=s3cret-token-012345678"))).isFalse();
  }
}
