package org.tally.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON API against a real server on port 0 over a store filled from the seed articles. */
class ApiTest {
  private static final ObjectMapper JSON = new ObjectMapper();

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

  static JsonNode json(HttpResponse<String> response) throws Exception {
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
        .startsWith("application/json"));
    return JSON.readTree(response.body());
  }

  /** The seeds' Deir ez-Zor strike on the Syrian army: 62 soldiers killed in one outlet, over 80 in another. */
  static JsonNode deirEzZorStrike() throws Exception {
    JsonNode page = json(served.get("/api/incidents?admin1=Deir%20ez-Zor&harm=killed&victims=soldiers"));
    assertThat(page.get("total").asInt()).isEqualTo(1);
    return page.get("items").get(0);
  }

  @Test
  @DisplayName("the Deir ez-Zor strike holds 62 and 81+ from two documents and is marked a contradiction")
  void deirEzZorStrikeIsAContradiction() throws Exception {
    JsonNode strike = deirEzZorStrike();
    assertThat(strike.get("contradiction").asBoolean()).isTrue();
    assertThat(strike.get("contradiction_size").asInt()).isPositive();
    List<String> figures = new ArrayList<>();
    strike.get("claims").forEach(c -> figures.add(c.get("doc").asText() + ":" + c.get("min").asText() + "-"
        + c.get("max").asText()));
    assertThat(figures).containsExactlyInAnyOrder("001_4565c09814c26c97:62-62", "004_c09c4df45738eb88:81-null");
  }

  @Test
  void oneIncidentByIdIsTheSameAsInTheList() throws Exception {
    JsonNode strike = deirEzZorStrike();
    String id = strike.get("id").asText();
    JsonNode one = json(served.get("/api/incidents/" + java.net.URLEncoder.encode(id, "UTF-8")));
    assertThat(one).isEqualTo(strike);
  }

  @Test
  void claimsFilterByOutletAndPage() throws Exception {
    JsonNode all = json(served.get("/api/claims?limit=1000"));
    JsonNode rt = json(served.get("/api/claims?outlet=RT&limit=2"));
    assertThat(rt.get("total").asInt()).isPositive().isLessThan(all.get("total").asInt());
    assertThat(rt.get("items")).hasSize(Math.min(2, rt.get("total").asInt()));
    for (JsonNode claim : rt.get("items")) {
      assertThat(claim.get("evidence").get("text").asText()).isNotBlank();
      assertThat(claim.has("count_text")).isTrue();
    }
  }

  @Test
  void aDocumentComesWithItsTextAndClaims() throws Exception {
    JsonNode doc = json(served.get("/api/documents/001_4565c09814c26c97"));
    assertThat(doc.get("doc").asText()).isEqualTo("001_4565c09814c26c97");
    assertThat(doc.get("claims").asInt()).isEqualTo(doc.get("claim_list").size()).isPositive();
    JsonNode first62 = null;
    for (JsonNode c : doc.get("claim_list")) {
      if (c.get("min").asInt() == 62) {
        first62 = c;
      }
    }
    assertThat(first62).isNotNull();
    String text = doc.get("text").asText();
    int start = first62.get("evidence").get("count_start").asInt();
    int end = first62.get("evidence").get("count_end").asInt();
    // offsets are code points (claims.md); the seed is ASCII up to there, so they index the string directly
    assertThat(text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end))).isEqualTo("62");
  }

  @Test
  void unknownIdsAre404InJson() throws Exception {
    HttpResponse<String> response = served.get("/api/incidents/inc:nothing");
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(json(response).get("message").asText()).contains("inc:nothing");
    assertThat(served.get("/api/documents/nothing").statusCode()).isEqualTo(404);
  }

  @Test
  void aBadFilterIs400NamingTheParameter() throws Exception {
    HttpResponse<String> response = served.get("/api/incidents?harm=exploded");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json(response).get("message").asText()).contains("harm", "exploded", "killed");
    assertThat(json(served.get("/api/claims?from=yesterday")).get("message").asText()).contains("from", "YYYY-MM-DD");
  }

  @Test
  void extractReturnsClaimsAndStoresNothing() throws Exception {
    int before = json(served.get("/api/documents")).get("total").asInt();
    HttpResponse<String> response = served.post("/api/extract", "text/plain; charset=utf-8",
        "Aleppo, May 3, 2016. Twenty-two civilians were killed when jets struck a hospital, activists said.");
    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode claims = json(response);
    assertThat(claims).hasSize(1);
    assertThat(claims.get(0).get("min").asInt()).isEqualTo(22);
    assertThat(claims.get(0).get("harm").asText()).isEqualTo("killed");
    assertThat(json(served.get("/api/documents")).get("total").asInt()).isEqualTo(before);
  }

  @Test
  @DisplayName("without a token, storing a document is refused with 401 and nothing is stored")
  void ingestWithoutTokenIs401() throws Exception {
    HttpResponse<String> response = served.post("/api/documents", "application/json",
        "{\"id\":\"new-1\",\"text\":\"Five civilians were killed in Idlib.\"}");
    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(json(response).get("message").asText()).contains("--token-file");
    assertThat(served.get("/api/documents/new-1").statusCode()).isEqualTo(404);
  }

  @Test
  void aBodyOverTheLimitIs413() throws Exception {
    HttpResponse<String> response = served.post("/api/extract", "text/plain",
        "x".repeat(WebServer.MAX_BODY + 10));
    assertThat(response.statusCode()).isEqualTo(413);
  }

  @Test
  void aWrongMethodIs405() throws Exception {
    HttpResponse<String> response = served.post("/api/incidents", "application/json", "{}");
    assertThat(response.statusCode()).isEqualTo(405);
  }

  @Test
  @DisplayName("the OpenAPI document lists exactly the API's routes, and each of its GET paths answers")
  void openApiMatchesTheRoutes() throws Exception {
    JsonNode doc = json(served.get("/api/openapi.json"));
    assertThat(doc.get("openapi").asText()).isEqualTo("3.1.0");
    List<String> documented = new ArrayList<>();
    for (Iterator<String> paths = doc.get("paths").fieldNames(); paths.hasNext(); ) {
      String path = paths.next();
      for (Iterator<String> methods = doc.get("paths").get(path).fieldNames(); methods.hasNext(); ) {
        documented.add(methods.next().toUpperCase(java.util.Locale.ROOT) + " " + path);
      }
    }
    List<String> routed = SiteRoutes.of(null, new Access(Optional.empty(), 1)).stream()
        .filter(r -> r.pattern().startsWith("/api/")).map(r -> r.method() + " " + r.pattern()).toList();
    assertThat(documented).containsExactlyInAnyOrderElementsOf(routed);
    String incident = java.net.URLEncoder.encode(deirEzZorStrike().get("id").asText(), "UTF-8");
    for (String route : documented) {
      if (route.startsWith("GET ")) {
        String path = route.substring(4).replace("{doc}", "001_4565c09814c26c97").replace("{id}", incident);
        assertThat(served.get(path).statusCode()).as(path).isEqualTo(200);
      }
    }
  }

  @Test
  void everyAnswerCarriesAContentSecurityPolicyWithoutScript() throws Exception {
    for (String path : List.of("/", "/api/outlets", "/nothing-here")) {
      HttpResponse<String> response = served.get(path);
      assertThat(response.headers().firstValue("Content-Security-Policy")).as(path)
          .hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'none'").doesNotContain("script-src"));
      assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }
  }

  @Test
  @DisplayName("/api/verify/{doc} answers what tally verify --db prints for the document")
  void verifyAnswersAsTheCommandPrints() throws Exception {
    java.io.StringWriter out = new java.io.StringWriter();
    var cli = org.tally.app.cli.TallyCommand.commandLine();
    cli.setOut(new java.io.PrintWriter(out, true));
    cli.setErr(new java.io.PrintWriter(new java.io.StringWriter(), true));
    assertThat(cli.execute("verify", "--db", folder.resolve("web.db").toString(), "--format", "jsonl")).isZero();
    List<String> docs = new ArrayList<>();
    for (String line : out.toString().strip().split("\n")) {
      JsonNode printed = JSON.readTree(line);
      String doc = printed.get("doc").asText();
      docs.add(doc);
      assertThat(json(served.get("/api/verify/" + java.net.URLEncoder.encode(doc, "UTF-8")))).as(doc)
          .isEqualTo(printed);
    }
    assertThat(docs).contains("001_4565c09814c26c97", "004_c09c4df45738eb88").hasSize(6);
  }

  @Test
  @DisplayName("the verdict of Sputnik's 62 names UCDP GED 227936 (90 at Jabal Thurdah) and grades it below")
  void verifyOfSixtyTwoNamesItsRecord() throws Exception {
    JsonNode verdict = json(served.get("/api/verify/001_4565c09814c26c97"));
    assertThat(verdict.get("verdict").asText()).isIn("corroborated", "contradicted", "mixed", "unverified");
    assertThat(verdict.get("score").asDouble()).isBetween(0.0, 1.0);
    List<String> graded = new ArrayList<>();
    verdict.get("records").forEach(r -> graded.add(r.get("count_text").asText() + " " + r.get("id").asText() + " "
        + r.get("grade").asText()));
    assertThat(graded).contains("62 227936 below");
    assertThat(served.get("/api/verify/no-such-doc").statusCode()).isEqualTo(404);
  }
}
