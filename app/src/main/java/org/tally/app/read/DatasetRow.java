package org.tally.app.read;

import java.util.function.Consumer;
import org.tally.model.Document;
import org.tally.model.Metadata;

/** What CSV rows and JSON lines share once their fields are read: the size limit, the id and the headline. */
final class DatasetRow {
  private DatasetRow() {}

  /**
   * Hands on the row's document, or a problem when its text is over the size limit.
   *
   * @param line where the row starts in the file, for messages and the document's source
   * @param ordinal the row's number, which names a row that has no id of its own
   */
  static void accept(InputSource source, long line, long ordinal, String id, String text, Metadata metadata,
      ReadOptions options, Consumer<Document> documents, Consumer<ReadProblem> problems) {
    long bytes = Utf8Length.of(text);
    if (bytes > options.maxDocumentBytes()) {
      problems.accept(new ReadProblem(source.name(), line, options.overLimit(bytes)));
      return;
    }
    String named = id == null || id.isBlank() ? source.id() + "-" + ordinal : id.strip();
    documents.accept(new Document(named, source.name() + ":" + line, Headline.withTitle(metadata.title(), text), metadata));
  }
}
