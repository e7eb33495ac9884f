package org.tally.app.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** What a route answers: a status, a content type, a body, and any extra headers. */
public record Response(int status, String contentType, byte[] body, Map<String, String> headers) {
  private static final ObjectMapper JSON = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

  public static Response html(int status, String page) {
    return new Response(status, "text/html; charset=utf-8", page.getBytes(StandardCharsets.UTF_8), Map.of());
  }

  public static Response html(String page) {
    return html(200, page);
  }

  public static Response json(int status, Object value) {
    try {
      return new Response(status, "application/json; charset=utf-8", JSON.writeValueAsBytes(value), Map.of());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
    }
  }

  public static Response json(Object value) {
    return json(200, value);
  }

  /** A JSON error body {"error": status, "message": ...}: what every /api/ failure answers. */
  public static Response jsonError(int status, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error", status);
    body.put("message", message);
    return json(status, body);
  }

  public static Response bytes(String contentType, byte[] body) {
    return new Response(200, contentType, body, Map.of());
  }

  public static Response redirect(String location, Map<String, String> headers) {
    Map<String, String> all = new LinkedHashMap<>(headers);
    all.put("Location", location);
    return new Response(303, "text/plain; charset=utf-8", new byte[0], all);
  }
}
