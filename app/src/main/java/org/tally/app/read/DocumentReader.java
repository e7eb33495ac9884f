package org.tally.app.read;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.tally.model.Document;

/** Reads one file of one format into documents. Problems with single rows go to the sink; whole-file ones are thrown. */
interface DocumentReader {
  /**
   * @param source the input as the user named it (for ids and messages)
   * @param file where its bytes are (a copy, for standard input)
   * @param encoding how its bytes decode
   */
  void read(InputSource source, Path file, TextEncoding encoding, Consumer<Document> documents,
            Consumer<ReadProblem> problems) throws IOException, ReadFailure;
}
