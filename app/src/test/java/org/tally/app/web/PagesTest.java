package org.tally.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTML pages, fetched over HTTP from a real server on port 0 over a store filled from the seed articles. */
class PagesTest {
  @TempDir static Path folder;
  static ServedLedger served;

  @BeforeAll
  static void serve() throws Exception {
    served = ServedLedger.start(folder, Optional.empty());
  }

  @AfterAll
  static void stop() {
    served.close();
  }

  static String page(String path) throws Exception {
    HttpResponse<String> response = served.get(path);
    assertThat(response.statusCode()).as(path + "\n" + response.body() + "\n" + served.log).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
        .startsWith("text/html"));
    return response.body();
  }

  static String strikeId() throws Exception {
    return ApiTest.json(served.get("/api/incidents?admin1=Deir%20ez-Zor&harm=killed&victims=soldiers"))
        .get("items").get(0).get("id").asText();
  }

  static int count(String haystack, String needle) {
    Matcher m = Pattern.compile(Pattern.quote(needle)).matcher(haystack);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  @Test
  @DisplayName("the overview draws Natural Earth outlines, one mark per placed incident and the weekly chart")
  void overviewDrawsMapAndTimeline() throws Exception {
    String html = page("/");
    assertThat(html).contains("id=\"overview-map\"", "Natural Earth", "id=\"timeline\"", "id=\"totals\"");
    assertThat(count(html, "<g class=\"country\"><path")).isEqualTo(1);
    assertThat(count(html, "<circle class=\"mark")).isGreaterThanOrEqualTo(3);
    assertThat(html).contains("<circle class=\"mark contradiction\"");
    assertThat(count(html, "<rect class=\"bar\"")).isPositive();
    assertThat(html).contains("href=\"/incidents/" + URLEncoder.encode(strikeId(), StandardCharsets.UTF_8)
        .replace("+", "%20") + "\"");
  }

  @Test
  void overviewFiltersAreKeptInTheLinks() throws Exception {
    String html = page("/?admin1=Deir%20ez-Zor&harm=killed");
    assertThat(html).contains("value=\"Deir ez-Zor\"", "<option value=\"killed\" selected>");
    assertThat(html).contains("href=\"/?admin1=Deir%20ez-Zor&amp;harm=killed&amp;stack=claimant\"");
    String byClaimant = page("/?stack=claimant");
    assertThat(byClaimant).contains("by claimant");
  }

  @Test
  @DisplayName("an incident page shows 62 and 81+ side by side, each quote with its count marked")
  void incidentPageShowsClaimsSideBySide() throws Exception {
    String html = page("/incidents/" + URLEncoder.encode(strikeId(), StandardCharsets.UTF_8));
    assertThat(html).contains("id=\"contradiction\"", "class=\"side-by-side\"");
    assertThat(count(html, "<article class=\"claim\">")).isEqualTo(2);
    assertThat(html).contains("<dd class=\"range\">62</dd>", "<dd class=\"range\">81+</dd>");
    assertThat(html).contains("<mark class=\"count\">62</mark>");
    assertThat(html).containsPattern("<mark class=\"count\">[^<]*80</mark>");
    assertThat(html).contains("href=\"/documents/001_4565c09814c26c97#claim-");
  }

  @Test
  void documentPageMarksCountsPlacesAndDatesWithALegend() throws Exception {
    String html = page("/documents/001_4565c09814c26c97");
    assertThat(html).contains("id=\"legend\"", "id=\"document-text\"");
    assertThat(html).containsPattern("<mark class=\"count\" id=\"claim-\\d+\">62</mark>");
    assertThat(html).contains("<mark class=\"place\">", "<mark class=\"date\">");
    // "the Pentagon said that the airstrike was a mistake": named by actor-names.tsv
    assertThat(html).contains("<mark class=\"actor\">Pentagon</mark>");
  }

  @Test
  @DisplayName("a document's related teasers and comments are greyed and collapsed")
  void boilerplateIsGreyedAndCollapsed() throws Exception {
    // seed 000 (RT) carries a related-articles block and reader comments
    String html = page("/documents/000_401dc622f1291c09");
    assertThat(html).containsPattern("<details class=\"grey sec-(related|comment|navigation|boilerplate)\">");
    assertThat(html).doesNotContain("<details open");
  }

  @Test
  void outletPagesChartTheProfile() throws Exception {
    String list = page("/outlets");
    assertThat(list).contains("href=\"/outlets/RT\"");
    String rt = page("/outlets/RT");
    assertThat(rt).contains("id=\"by-perpetrator\"", "id=\"by-victims\"", "id=\"by-placement\"");
    assertThat(served.get("/outlets/Nobody").statusCode()).isEqualTo(404);
  }

  @Test
  void seriesPageDrawsTheRunningCount() throws Exception {
    String id = null;
    for (var item : ApiTest.json(served.get("/api/incidents?limit=1000")).get("items")) {
      if (item.get("kind").asText().equals("series") && item.get("claims").size() >= 2) {
        id = item.get("id").asText();
      }
    }
    assertThat(id).isNotNull();
    String html = page("/series/" + URLEncoder.encode(id, StandardCharsets.UTF_8));
    assertThat(html).contains("id=\"series-chart\"");
    assertThat(count(html, "<circle class=\"reading\"")).isGreaterThanOrEqualTo(2);
  }

  @Test
  void searchFindsAKnownWordAndMarksIt() throws Exception {
    String html = page("/search?q=airport");
    assertThat(html).contains("href=\"/documents/001_4565c09814c26c97\"", "Sputnik");
    assertThat(html).containsPattern("<mark class=\"hit\">[Aa]irport</mark>");
    assertThat(page("/search?q=zzyzx-nowhere")).contains("No document holds these words.");
  }

  @Test
  void searchTreatsLikeWildcardsAsText() throws Exception {
    assertThat(page("/search?q=%25")).contains("No document holds these words.");
  }

  @Test
  void tryShowsAPastedArticlesClaims() throws Exception {
    HttpResponse<String> response = served.post("/try", "application/x-www-form-urlencoded",
        "title=Test&text=" + URLEncoder.encode("Aleppo, May 3, 2016. Twenty-two civilians were killed when jets"
            + " struck a hospital, activists said.", StandardCharsets.UTF_8));
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("1 claim", "<mark class=\"count\" id=\"claim-0\">Twenty-two</mark>");
  }

  @Test
  void tryTakesAnUploadedFile() throws Exception {
    String boundary = "----tally-test-boundary";
    String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\n\r\n--" + boundary
        + "\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\n\r\n--" + boundary
        + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\nContent-Type: text/plain\r\n\r\n"
        + "Homs, June 2, 2016. At least 14 soldiers were killed in an ambush, state media said.\r\n--" + boundary
        + "--\r\n";
    HttpResponse<String> response = served.post("/try", "multipart/form-data; boundary=" + boundary, body);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(response.body()).contains("1 claim", "<mark class=\"count\" id=\"claim-0\">At least 14</mark>");
  }

  @Test
  @DisplayName("an article's <script>, onerror= and javascript: payloads are escaped as text on every page")
  void hostileTextIsEscaped() throws Exception {
    for (String html : new String[] {page("/documents/hostile-1"), page("/incidents"), page("/outlets"),
        page("/search?q=alert"), page("/api/openapi.json".replace("/api/openapi.json", "/"))}) {
      assertThat(html).doesNotContain("<script", "<img", "<b>Evil", "href=\"javascript:");
    }
    String doc = page("/documents/hostile-1");
    assertThat(doc).contains("&lt;script&gt;alert(&#39;text&#39;)&lt;/script&gt;", "&lt;img src=x onerror=alert(2)&gt;",
        "&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;");
    assertThat(doc).contains("javascript:alert(6)").doesNotContain("href=\"javascript");
    String outlets = page("/outlets");
    assertThat(outlets).contains("&lt;b&gt;Evil&lt;/b&gt; &quot;Outlet&quot;");
  }

  @Test
  void unknownPagesArePlain404s() throws Exception {
    HttpResponse<String> response = served.get("/documents/nothing-here");
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).contains("no document with id nothing-here").doesNotContain("Exception", "at org.");
  }

  @Test
  void theStylesheetIsServed() throws Exception {
    HttpResponse<String> response = served.get("/static/tally.css");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("mark.count");
  }
}
