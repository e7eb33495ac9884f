package org.tally.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A server started with a token: every route needs it; with it, documents can be stored over the API. */
class TokenTest {
  static final String TOKEN = "test-token-0123456789abcdef";

  @TempDir static Path folder;
  static ServedLedger served;

  @BeforeAll
  static void serve() throws Exception {
    served = ServedLedger.start(folder, Optional.of(TOKEN));
  }

  @AfterAll
  static void stop() {
    served.close();
  }

  @Test
  void everyRouteNeedsTheToken() throws Exception {
    for (String path : new String[] {"/", "/incidents", "/api/outlets", "/static/tally.css", "/nothing"}) {
      assertThat(served.get(path).statusCode()).as(path).isEqualTo(401);
    }
    assertThat(served.get("/", "Authorization", "Bearer wrong-token-0123456789").statusCode()).isEqualTo(401);
    assertThat(served.get("/", "Authorization", "Bearer " + TOKEN).statusCode()).isEqualTo(200);
  }

  @Test
  void theTokenInTheAddressSetsACookieOnce() throws Exception {
    HttpResponse<String> login = served.get("/incidents?token=" + TOKEN);
    assertThat(login.statusCode()).isEqualTo(303);
    assertThat(login.headers().firstValue("Location")).hasValue("/incidents");
    String cookie = login.headers().firstValue("Set-Cookie").orElseThrow();
    assertThat(cookie).contains("HttpOnly", "SameSite=Strict");
    assertThat(served.get("/incidents", "Cookie", cookie.split(";")[0]).statusCode()).isEqualTo(200);
    assertThat(served.get("/incidents?token=not-it").statusCode()).isEqualTo(401);
  }

  @Test
  void theTokenRedirectNeverLeavesThisServer() throws Exception {
    HttpResponse<String> login = served.get("//evil.example/?token=" + TOKEN);
    assertThat(login.statusCode()).isEqualTo(303);
    assertThat(login.headers().firstValue("Location")).hasValue("/");
  }

  @Test
  void aDocumentPostedWithTheTokenIsStoredLinkedAndShown() throws Exception {
    HttpResponse<String> stored = served.post("/api/documents", "application/json",
        "{\"id\":\"posted-1\",\"title\":\"Strike on Saraqib\",\"source\":\"Test Wire\",\"date\":\"2017-03-09\","
            + "\"text\":\"Saraqib, March 9, 2017. Seventeen civilians were killed in an air strike on Saraqib in Idlib"
            + " on Thursday, rescue workers said.\"}",
        "Authorization", "Bearer " + TOKEN);
    assertThat(stored.statusCode()).as(stored.body()).isEqualTo(201);
    assertThat(ApiTest.json(stored).get("claims").asInt()).isEqualTo(1);
    var doc = ApiTest.json(served.get("/api/documents/posted-1", "Authorization", "Bearer " + TOKEN));
    assertThat(doc.get("claim_list").get(0).get("min").asInt()).isEqualTo(17);
    var incidents = ApiTest.json(served.get("/api/incidents?outlet=Test%20Wire", "Authorization", "Bearer " + TOKEN));
    assertThat(incidents.get("total").asInt()).isEqualTo(1);
    HttpResponse<String> again = served.post("/api/documents", "application/json",
        "{\"id\":\"posted-1\",\"title\":\"Strike on Saraqib\",\"source\":\"Test Wire\",\"date\":\"2017-03-09\","
            + "\"text\":\"Saraqib, March 9, 2017. Seventeen civilians were killed in an air strike on Saraqib in Idlib"
            + " on Thursday, rescue workers said.\"}",
        "Authorization", "Bearer " + TOKEN);
    assertThat(ApiTest.json(again).get("result").asText()).isEqualTo("unchanged");
  }

  @Test
  void aPostedDocumentWithoutTextIs400() throws Exception {
    HttpResponse<String> response = served.post("/api/documents", "application/json", "{\"id\":\"x\"}",
        "Authorization", "Bearer " + TOKEN);
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(ApiTest.json(response).get("message").asText()).contains("text");
  }
}
