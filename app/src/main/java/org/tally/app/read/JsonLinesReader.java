package org.tally.app.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.tally.model.Document;
import org.tally.model.Metadata;

/**
 * JSON Lines: one object per line, one document per object. Fields are found by name ({@link ColumnNames}): id,
 * title, text, url, source, date and their usual synonyms. A bad line is reported and the other lines are read.
 */
final class JsonLinesReader implements DocumentReader {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ColumnNames columnNames;
  private final ReadOptions options;

  JsonLinesReader(ReadOptions options) {
    this.options = options;
    this.columnNames = new ColumnNames(options);
  }

  @Override
  public void read(InputSource source, Path file, TextEncoding encoding, Consumer<Document> documents,
                   Consumer<ReadProblem> problems) throws IOException {
    try (BufferedReader reader = new BufferedReader(encoding.open(file))) {
      String line;
      long number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (!line.isBlank()) {
          readLine(source, line, number, documents, problems);
        }
      }
    }
  }

  private void readLine(InputSource source, String line, long number, Consumer<Document> documents,
                        Consumer<ReadProblem> problems) {
    JsonNode object;
    try {
      object = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      problems.accept(new ReadProblem(source.name(), number, "not JSON: " + shortReason(e)));
      return;
    }
    if (!object.isObject()) {
      problems.accept(new ReadProblem(source.name(), number, "not JSON: a JSON " + object.getNodeType()
          .name().toLowerCase(Locale.ROOT) + ", not an object"));
      return;
    }
    List<String> names = new ArrayList<>();
    Iterator<String> fieldNames = object.fieldNames();
    fieldNames.forEachRemaining(names::add);
    String text = value(object, Field.TEXT, names);
    if (text == null) {
      problems.accept(new ReadProblem(source.name(), number, "no text field (looked for "
          + String.join(", ", columnNames.candidates(Field.TEXT)) + ")"));
      return;
    }
    if (text.isBlank()) {
      problems.accept(new ReadProblem(source.name(), number, "empty text field"));
      return;
    }
    Metadata metadata = new Metadata(value(object, Field.TITLE, names), value(object, Field.URL, names),
        value(object, Field.OUTLET, names), value(object, Field.DATE, names));
    DatasetRow.accept(source, number, number, value(object, Field.ID, names), text, metadata, options, documents,
        problems);
  }

  /** The field's value as text (numbers too), or null when absent, null or a nested value. */
  private String value(JsonNode object, Field field, List<String> names) {
    return columnNames.find(field, names)
        .map(object::get)
        .filter(JsonNode::isValueNode)
        .filter(node -> !node.isNull())
        .map(JsonNode::asText)
        .orElse(null);
  }

  /** Jackson's message without its source excerpt and location, which repeat the line. */
  private static String shortReason(JsonProcessingException e) {
    String message = e.getOriginalMessage();
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
