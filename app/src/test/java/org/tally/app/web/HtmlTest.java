package org.tally.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTest {
  @Test
  void theFiveSpecialsBecomeEntities() {
    assertThat(Html.text("<a href=\"x\" onclick='y'>&</a>"))
        .isEqualTo("&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
  }

  @Test
  void controlCharactersAndBidiOverridesAreShownNotObeyed() {
    assertThat(Html.text("a\u001b[2Jb\u202Ec")).isEqualTo("a\\u001b[2Jb\\u202ec");
    assertThat(Html.text("line\nnext\ttab")).isEqualTo("line\nnext\ttab");
  }

  @Test
  void urlSegmentsAreEncodedWholeSlashesIncluded() {
    assertThat(Html.url("a/report x&y")).isEqualTo("a%2Freport%20x%26y");
  }

  @Test
  void aRouteDecodesAnEncodedSlashInsideOneSegment() {
    Route route = new Route("GET", "/documents/{doc}", r -> null);
    assertThat(route.match("/documents/a%2Freport")).hasValueSatisfying(v -> assertThat(v.get("doc"))
        .isEqualTo("a/report"));
    assertThat(route.match("/documents/a/report")).isEmpty();
    assertThat(route.match("/documents/")).isEmpty();
  }
}
