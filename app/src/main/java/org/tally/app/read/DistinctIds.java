package org.tally.app.read;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.tally.model.Document;

/**
 * The document ids seen so far in a run. A document whose id was seen before with other content is reported, naming
 * where the first one came from, and dropped, so that it never silently replaces the first one in a store or a
 * listing. An exact copy (same id, text, title, outlet, date and address) passes as before: nothing is lost by it, and
 * published datasets have them (FA-KES repeats 7 of its rows).
 */
public final class DistinctIds {
  private final Map<String, Place> first = new HashMap<>();

  /**
   * Where a document came from: an input, and the line its row starts on (null for a whole-file document), with a
   * digest of its content to tell a copy from a clash.
   */
  private record Place(String file, Long line, ContentDigest content) {
    String describe(Place later) {
      if (line == null) {
        return file;
      }
      return file.equals(later.file) ? "line " + line : file + ":" + line;
    }
  }

  /**
   * Passes {@code document}, read from {@code source}, to {@code documents} if its id is new, else reports it.
   */
  void accept(InputSource source, Document document, Consumer<Document> documents, Consumer<ReadProblem> problems) {
    Place place = placeOf(source, document);
    Place earlier = first.putIfAbsent(document.id(), place);
    if (earlier == null || earlier.content.equals(place.content)) {
      documents.accept(document);
    } else {
      problems.accept(new ReadProblem(place.file, place.line, "id \"" + document.id() + "\" was already used by "
          + earlier.describe(place) + "; this " + (place.line == null ? "file" : "row") + " was not read"));
    }
  }

  /** Readers name a row's source "NAME:LINE" and a whole file's "NAME", where NAME is the input's name. */
  private static Place placeOf(InputSource source, Document document) {
    String prefix = source.name() + ":";
    String where = document.source();
    ContentDigest content = ContentDigest.of(document);
    if (where.startsWith(prefix)) {
      try {
        return new Place(source.name(), Long.parseLong(where.substring(prefix.length())), content);
      } catch (NumberFormatException e) {
        return new Place(where, null, content);
      }
    }
    return new Place(where, null, content);
  }
}
