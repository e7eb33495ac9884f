package org.tally.app.read;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.tally.model.Document;
import org.tally.model.Metadata;

/** Plain text and Markdown: the whole file is one document, its text exactly as decoded (offsets point into it). */
final class PlainTextReader implements DocumentReader {
  @Override
  public void read(InputSource source, Path file, TextEncoding encoding, Consumer<Document> documents,
                   Consumer<ReadProblem> problems) throws IOException, ReadFailure {
    String text = encoding.readAll(file);
    if (text.isBlank()) {
      throw new ReadFailure("no text, only white space");
    }
    documents.accept(new Document(source.id(), source.name(), text, Metadata.NONE));
  }
}
