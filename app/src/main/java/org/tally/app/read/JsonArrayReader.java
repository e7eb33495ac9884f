package org.tally.app.read;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import org.tally.model.Document;

/**
 * A JSON file holding one array of objects, read element by element (never the whole array at once): one document
 * per object ({@link JsonObjectRow}), with the same fields as JSON Lines. A bad element is reported and the others
 * are read; JSON broken mid-array ends the file there, since where the next element begins is then unknown.
 */
final class JsonArrayReader implements DocumentReader {
  /** Strict about repeated keys, as JSON Lines is; elements are read one at a time from one parser. */
  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
      .build();

  private final JsonObjectRow rows;

  JsonArrayReader(ReadOptions options) {
    this.rows = new JsonObjectRow(options);
  }

  @Override
  public void read(InputSource source, Path file, TextEncoding encoding, Consumer<Document> documents,
                   Consumer<ReadProblem> problems) throws IOException, ReadFailure {
    try (Reader reader = encoding.open(file); JsonParser parser = JSON.createParser(reader)) {
      JsonToken first = next(parser);
      if (first != JsonToken.START_ARRAY) {
        throw new ReadFailure(line(parser), "not a JSON array of objects: it opens with "
            + (first == null ? "nothing" : first.asString() == null ? first.name() : first.asString())
            + "; one object per line is JSON Lines (.jsonl)");
      }
      long ordinal = 0;
      while (true) {
        JsonToken token = next(parser);
        if (token == JsonToken.END_ARRAY) {
          break;
        }
        if (token == null) {
          throw new ReadFailure(line(parser), "not JSON: the array never closes");
        }
        long start = line(parser);
        JsonNode element = element(parser);
        long end = line(parser);
        ordinal++;
        Optional<String> fault = encoding.spoiled().firstIn(start, end);
        if (fault.isPresent()) {
          problems.accept(new ReadProblem(source.name(), start, fault.get() + "; this row was not read"));
        } else {
          rows.read(source, element, start, ordinal, documents, problems);
        }
      }
      if (next(parser) != null) {
        throw new ReadFailure(line(parser), "not JSON: text after the array's closing ]");
      }
    }
  }

  private static JsonToken next(JsonParser parser) throws ReadFailure, IOException {
    try {
      return parser.nextToken();
    } catch (JsonProcessingException e) {
      throw broken(parser, e);
    }
  }

  private static JsonNode element(JsonParser parser) throws ReadFailure, IOException {
    try {
      JsonNode node = JSON.readTree(parser);
      return node == null ? NullNode.getInstance() : node;
    } catch (JsonProcessingException e) {
      throw broken(parser, e);
    }
  }

  private static ReadFailure broken(JsonParser parser, JsonProcessingException e) {
    JsonLocation at = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
    long line = Math.max(1, at.getLineNr());
    return new ReadFailure(line, "not JSON: " + JsonLinesReader.shortReason(e) + "; the rest of the file was not read");
  }

  /** The line the parser stands on (1-based). */
  private static long line(JsonParser parser) {
    return Math.max(1, parser.currentTokenLocation().getLineNr());
  }
}
