package org.tally.app.read;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import org.tally.model.Document;

/**
 * JSON Lines: one object per line, one document per object ({@link JsonObjectRow}). A bad line (not JSON, a
 * repeated key, a field of the wrong type, a byte that does not decode) is reported and the other lines are read.
 */
final class JsonLinesReader implements DocumentReader {
  /** Strict: a repeated key or a second value on the line is an error, not silently dropped. */
  static final ObjectMapper JSON = JsonMapper.builder()
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  private final JsonObjectRow rows;

  JsonLinesReader(ReadOptions options) {
    this.rows = new JsonObjectRow(options);
  }

  @Override
  public void read(InputSource source, Path file, TextEncoding encoding, Consumer<Document> documents,
                   Consumer<ReadProblem> problems) throws IOException {
    try (BufferedReader reader = new BufferedReader(encoding.open(file))) {
      String line;
      long number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        Optional<String> fault = encoding.spoiled().firstIn(number, number);
        if (fault.isPresent()) {
          problems.accept(new ReadProblem(source.name(), number, fault.get() + "; this row was not read"));
        } else if (!line.isBlank()) {
          readLine(source, line, number, documents, problems);
        }
      }
    }
  }

  private void readLine(InputSource source, String line, long number, Consumer<Document> documents,
                        Consumer<ReadProblem> problems) {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      problems.accept(new ReadProblem(source.name(), number, "not JSON: " + shortReason(e)));
      return;
    }
    rows.read(source, node, number, number, documents, problems);
  }

  /** Jackson's message without its source excerpt and location, which repeat the line. */
  static String shortReason(JsonProcessingException e) {
    String message = String.valueOf(e.getOriginalMessage());
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
