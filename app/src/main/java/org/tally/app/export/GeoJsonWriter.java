package org.tally.app.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * An RFC 7946 GeoJSON FeatureCollection, written feature by feature as they come, so memory holds one: each feature a
 * Point at [longitude, latitude] (WGS 84, the only system RFC 7946 allows, so no "crs" member) with the record's
 * fields as properties. Nested objects become dotted names ({@code location.admin1}), as in CSV, since QGIS shows each
 * property as a column of the layer and would show an object as JSON text.
 */
public final class GeoJsonWriter implements AutoCloseable {
  private static final JsonFactory JSON = new JsonFactory();

  private final JsonGenerator out;
  private int features;

  public GeoJsonWriter(Writer writer) {
    try {
      this.out = JSON.createGenerator(writer);
      out.setCodec(new com.fasterxml.jackson.databind.ObjectMapper());
      out.writeStartObject();
      out.writeStringField("type", "FeatureCollection");
      out.writeArrayFieldStart("features");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One Point feature; {@code id} is the feature's identifier (RFC 7946 section 3.2). */
  public void write(String id, double lon, double lat, Map<String, Object> properties) {
    try {
      out.writeStartObject();
      out.writeStringField("type", "Feature");
      out.writeStringField("id", id);
      out.writeObjectFieldStart("geometry");
      out.writeStringField("type", "Point");
      out.writeArrayFieldStart("coordinates");
      out.writeNumber(lon);
      out.writeNumber(lat);
      out.writeEndArray();
      out.writeEndObject();
      out.writeObjectField("properties", flat(properties));
      out.writeEndObject();
      features++;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> flat(Map<String, Object> record) {
    Map<String, Object> flat = new java.util.LinkedHashMap<>();
    record.forEach((key, value) -> {
      if (value instanceof Map<?, ?> nested) {
        flat((Map<String, Object>) nested).forEach((k, v) -> flat.put(key + "." + k, v));
      } else {
        flat.put(key, value);
      }
    });
    return flat;
  }

  public int features() {
    return features;
  }

  @Override
  public void close() {
    try {
      out.writeEndArray();
      out.writeEndObject();
      out.writeRaw('\n');
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
