package org.tally.app.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.tally.model.Document;
import org.tally.model.Metadata;

/**
 * One JSON object of a JSON Lines or JSON array file, read into a document. Fields are found by name
 * ({@link ColumnNames}): id, title, text, url, source, date and their usual synonyms. Each must be a string, or null
 * or absent; an id may also be a whole number. A field of another type is an error naming it: converting it would
 * store something the file did not say.
 */
final class JsonObjectRow {
  private final ColumnNames columnNames;
  private final ReadOptions options;

  JsonObjectRow(ReadOptions options) {
    this.options = options;
    this.columnNames = new ColumnNames(options);
  }

  /** Reads {@code node}, which starts on {@code line} and is the {@code ordinal}-th of its file. */
  void read(InputSource source, JsonNode node, long line, long ordinal, Consumer<Document> documents,
            Consumer<ReadProblem> problems) {
    if (!node.isObject()) {
      problems.accept(new ReadProblem(source.name(), line, "not JSON: a JSON " + typeOf(node) + ", not an object"));
      return;
    }
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    try {
      String text = value(node, Field.TEXT, names);
      if (text == null) {
        problems.accept(new ReadProblem(source.name(), line, "no text field (looked for "
            + String.join(", ", columnNames.candidates(Field.TEXT)) + ")"));
        return;
      }
      if (text.isBlank()) {
        problems.accept(new ReadProblem(source.name(), line, "empty text field"));
        return;
      }
      Metadata metadata = new Metadata(value(node, Field.TITLE, names), value(node, Field.URL, names),
          value(node, Field.OUTLET, names), value(node, Field.DATE, names));
      DatasetRow.accept(source, line, ordinal, value(node, Field.ID, names), text, metadata, options, documents,
          problems);
    } catch (WrongType wrong) {
      problems.accept(new ReadProblem(source.name(), line, wrong.getMessage()));
    }
  }

  /** The field's string, or null when absent or null; a whole-number id as written. */
  private String value(JsonNode object, Field field, List<String> names) throws WrongType {
    var name = columnNames.find(field, names);
    if (name.isEmpty()) {
      return null;
    }
    JsonNode node = object.get(name.get());
    if (node == null || node.isNull()) {
      return null;
    }
    if (node.isTextual()) {
      return node.textValue();
    }
    if (field == Field.ID && node.isIntegralNumber()) {
      return node.asText();
    }
    String wanted = field == Field.ID ? "a string or a whole number" : "a string";
    throw new WrongType("field \"" + name.get() + "\" is a JSON " + typeOf(node) + ", not " + wanted
        + "; this row was not read");
  }

  private static String typeOf(JsonNode node) {
    return node.getNodeType().name().toLowerCase(Locale.ROOT);
  }

  /** A field of the wrong type: the row is reported, not converted. */
  private static final class WrongType extends Exception {
    WrongType(String message) {
      super(message, null, false, false);
    }
  }
}
