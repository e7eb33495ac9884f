package org.tally.app.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tally.analysis.Analysis;
import org.tally.app.export.ClaimRecord;
import org.tally.app.export.DocumentRecord;
import org.tally.app.export.IncidentRecord;
import org.tally.app.export.OutletRecord;
import org.tally.app.export.VerdictRecord;
import org.tally.app.web.Access;
import org.tally.app.web.Filters;
import org.tally.app.web.Ledger;
import org.tally.app.web.Request;
import org.tally.app.web.Response;
import org.tally.app.web.Route;
import org.tally.app.web.Site;
import org.tally.app.web.WebException;
import org.tally.event.MainIncident;
import org.tally.link.Incident;
import org.tally.model.Claim;
import org.tally.model.Document;
import org.tally.model.Metadata;
import org.tally.store.PutResult;
import org.tally.store.StoredDocument;

/** The JSON routes. Field names are the CLI's JSON fields (docs, extract, incidents, outlets, verify). */
public final class ApiRoutes {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Site site;
  private final Access access;

  public ApiRoutes(Site site, Access access) {
    this.site = site;
    this.access = access;
  }

  public List<Route> routes() {
    return List.of(
        new Route("GET", "/api/openapi.json", r -> openApi()),
        new Route("GET", "/api/documents", this::documents),
        new Route("GET", "/api/documents/{doc}", this::document),
        new Route("POST", "/api/documents", this::ingest),
        new Route("GET", "/api/claims", this::claims),
        new Route("GET", "/api/incidents", this::incidents),
        new Route("GET", "/api/incidents/{id}", this::incident),
        new Route("GET", "/api/outlets", r -> Response.json(
            site.ledger().outlets().stream().map(OutletRecord::of).toList())),
        new Route("GET", "/api/verify/{doc}", this::verdict),
        new Route("POST", "/api/extract", this::extract));
  }

  private Response documents(Request request) {
    Filters filters = Filters.of(request);
    List<Ledger.DocumentHead> heads = site.ledger().documents().values().stream()
        .filter(d -> filters.outlet() == null || filters.outlet().equalsIgnoreCase(String.valueOf(d.outlet())))
        .filter(d -> filters.from() == null || d.date() != null && !d.date().isBefore(filters.from()))
        .filter(d -> filters.to() == null || d.date() != null && !d.date().isAfter(filters.to()))
        .toList();
    return Response.json(Pages.of(request, heads, page -> page.stream().map(ApiRoutes::head).toList()));
  }

  private static Map<String, Object> head(Ledger.DocumentHead d) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("doc", d.id());
    out.put("title", d.title());
    out.put("outlet", d.outlet());
    out.put("date", d.date() == null ? null : d.date().toString());
    out.put("claims", d.claims());
    return out;
  }

  private Response document(Request request) {
    String id = request.var("doc");
    org.tally.store.Store reader = site.reader();
    StoredDocument doc = reader.document(id).orElseThrow(() -> new WebException(404, "no document with id " + id));
    List<Claim> claims = reader.claims(id);
    Ledger.DocumentHead head = site.ledger().documents().get(id);
    MainIncident main = head == null ? MainIncident.NONE : head.mainIncident().orElse(MainIncident.NONE);
    String text = doc.document().text();
    Map<String, Object> out = DocumentRecord.of(id, doc.source(), doc.facts(), main, claims, text);
    out.put("claim_list", claims.stream().map(c -> ClaimRecord.of(c, text)).toList());
    out.put("text", text);
    return Response.json(out);
  }

  private Response claims(Request request) {
    Filters filters = Filters.of(request);
    Map<String, Ledger.DocumentHead> docs = site.ledger().documents();
    List<Claim> matching = site.ledger().claims().stream().filter(c -> {
      Ledger.DocumentHead d = docs.get(c.doc());
      return filters.matches(c, d == null ? null : d.outlet(), d == null ? null : d.date());
    }).toList();
    return Response.json(Pages.of(request, matching, page -> {
      Map<String, String> texts = new LinkedHashMap<>();
      List<Map<String, Object>> out = new ArrayList<>();
      for (Claim c : page) {
        String text = texts.computeIfAbsent(c.doc(),
            d -> site.reader().document(d).map(s -> s.document().text()).orElse(""));
        out.add(ClaimRecord.of(c, text));
      }
      return out;
    }));
  }

  private Response incidents(Request request) {
    Filters filters = Filters.of(request);
    List<Incident> matching = site.ledger().incidents().stream().filter(filters::matches).toList();
    return Response.json(Pages.of(request, matching, page -> page.stream().map(IncidentRecord::of).toList()));
  }

  private Response incident(Request request) {
    return site.ledger().incident(request.var("id")).map(i -> Response.json(IncidentRecord.of(i)))
        .orElseThrow(() -> new WebException(404, "no incident or series with id " + request.var("id")));
  }

  /** One document's verdict, in the fields {@code tally verify --format jsonl} prints. */
  private Response verdict(Request request) {
    String id = request.var("doc");
    return site.ledger().verdict(id).map(v -> Response.json(VerdictRecord.of(v)))
        .orElseThrow(() -> new WebException(404, "no document with id " + id));
  }

  /** Text in (the body as plain text, or JSON {"text", "title"}), claims out; nothing is stored. */
  private Response extract(Request request) {
    if (!access.withinRate(request)) {
      throw new WebException(429, "too many extracts from this address this minute; wait a minute");
    }
    Document doc = documentOf(request, "pasted");
    Analysis analysis = site.analyser().analyse(doc);
    return Response.json(analysis.claims().stream().map(c -> ClaimRecord.of(c, doc.text())).toList());
  }

  /** Stores one document ({"id", "title", "text", "url", "source", "date"}) and links it. Needs the token. */
  private Response ingest(Request request) {
    if (!access.admitsWrite(request)) {
      throw new WebException(401, access.writesAllowed()
          ? "storing needs the server's token: send Authorization: Bearer TOKEN"
          : "writes are off: start tally serve with --token-file FILE to allow them");
    }
    if (!access.withinRate(request)) {
      throw new WebException(429, "too many writes from this address this minute; wait a minute");
    }
    if (site.store().readOnly()) {
      throw new WebException(409, "the database is read-only: nothing can be stored in it");
    }
    Document doc = documentOf(request, null);
    Analysis analysis = site.analyser().analyse(doc);
    PutResult result = site.store().put(analysis);
    site.refresh();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("doc", doc.id());
    out.put("result", result.name().toLowerCase(java.util.Locale.ROOT));
    out.put("claims", analysis.claims().size());
    return Response.json(result == PutResult.ADDED ? 201 : 200, out);
  }

  private static Document documentOf(Request request, String defaultId) {
    String type = request.header("Content-Type").orElse("");
    if (!type.startsWith("application/json")) {
      if (defaultId == null) {
        throw new WebException(415, "send the document as JSON: {\"id\", \"title\", \"text\", \"url\", \"source\","
            + " \"date\"}");
      }
      return new Document(defaultId, "-", request.bodyText(), Metadata.NONE);
    }
    JsonNode body;
    try {
      body = JSON.readTree(request.body());
    } catch (IOException e) {
      throw new WebException(400, "the body is not JSON: " + e.getMessage().lines().findFirst().orElse(""));
    }
    if (body == null || !body.isObject()) {
      throw new WebException(400, "the body must be a JSON object");
    }
    String text = string(body, "text");
    if (text == null) {
      throw new WebException(400, "text: missing; give the article's text");
    }
    String id = string(body, "id");
    if (id == null && defaultId == null) {
      throw new WebException(400, "id: missing; give the document's id");
    }
    return new Document(id == null ? defaultId : id, "api", text,
        new Metadata(string(body, "title"), string(body, "url"), string(body, "source"), string(body, "date")));
  }

  private static String string(JsonNode body, String field) {
    JsonNode value = body.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      throw new WebException(400, field + ": must be a string");
    }
    return value.asText();
  }

  private static Response openApi() {
    try (InputStream in = ApiRoutes.class.getResourceAsStream("openapi.json")) {
      if (in == null) {
        throw new IllegalStateException("openapi.json is missing from the build");
      }
      return new Response(200, "application/json; charset=utf-8", in.readAllBytes(), Map.of());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
