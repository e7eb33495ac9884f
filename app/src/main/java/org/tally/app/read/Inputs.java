package org.tally.app.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.function.Consumer;
import org.tally.model.Document;

/**
 * The entry to reading: expands what the user named into sources, and reads each source into documents.
 * Bad input never throws: each problem goes to the problem sink, naming the file (and line), and reading goes on.
 */
public final class Inputs {
  private static final int HEAD_BYTES = 8 * 1024;

  private Inputs() {
  }

  /**
   * Expands inputs (files, folders recursively, globs like {@code corpus/**}{@code /*.txt}, "-" for standard input)
   * into a sorted list of sources; problems (no such file, unreadable) go to the sink.
   */
  public static List<InputSource> expand(List<String> inputs, Consumer<ReadProblem> problems) {
    return new InputExpander(problems).expand(inputs);
  }

  /** Reads one source; each document to {@code documents}, each problem to {@code problems}; never throws for bad input. */
  public static void read(InputSource source, ReadOptions options, InputStream stdin,
                          Consumer<Document> documents, Consumer<ReadProblem> problems) {
    read(source, options, stdin, new DistinctIds(), documents, problems);
  }

  /**
   * As {@link #read(InputSource, ReadOptions, InputStream, Consumer, Consumer)}, but a document whose id is already in
   * {@code ids} (one kept for a whole run) is reported, not passed on; so a repeated id never replaces the first.
   */
  public static void read(InputSource source, ReadOptions options, InputStream stdin, DistinctIds ids,
                          Consumer<Document> documents, Consumer<ReadProblem> problems) {
    Consumer<Document> distinct = document -> ids.accept(source, document, documents, problems);
    try {
      if (source.isStdin()) {
        readCopy(source, stdin, options, distinct, problems);
      } else {
        readFile(source, source.path(), options, distinct, problems);
      }
    } catch (ReadFailure failure) {
      problems.accept(failure.problem(source.name()));
    } catch (NoSuchFileException e) {
      problems.accept(new ReadProblem(source.name(), null, "no such file"));
    } catch (AccessDeniedException e) {
      problems.accept(new ReadProblem(source.name(), null, "cannot read: permission denied"));
    } catch (IOException | RuntimeException e) {
      problems.accept(new ReadProblem(source.name(), null, "cannot read: " + reason(e)));
    }
  }

  /**
   * A stream (a FIFO, a process substitution such as {@code <(cat file)}, a device) and a file that says it is empty
   * but may not be ({@code /proc} files) are copied once, then read like any file: the readers read a file more than
   * once, and a stream can be read only once. Standard input is copied the same way, however large.
   */
  private static void readCopy(InputSource source, InputStream in, ReadOptions options,
                               Consumer<Document> documents, Consumer<ReadProblem> problems)
      throws IOException, ReadFailure {
    Path copy = Files.createTempFile("tally-input", ".in");
    try {
      Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
      readRegularFile(source, copy, options, documents, problems);
    } finally {
      Files.deleteIfExists(copy);
    }
  }

  private static void readFile(InputSource source, Path file, ReadOptions options, Consumer<Document> documents,
                               Consumer<ReadProblem> problems) throws IOException, ReadFailure {
    if (Files.isDirectory(file)) {
      throw new ReadFailure("a folder, not a file");
    }
    if (!Files.isRegularFile(file) || Files.size(file) == 0) {
      try (InputStream in = Files.newInputStream(file)) {
        readCopy(source, in, options, documents, problems);
      }
      return;
    }
    readRegularFile(source, file, options, documents, problems);
  }

  private static void readRegularFile(InputSource source, Path file, ReadOptions options,
                                      Consumer<Document> documents, Consumer<ReadProblem> problems)
      throws IOException, ReadFailure {
    long size = Files.size(file);
    if (size == 0) {
      throw new ReadFailure("empty file");
    }
    byte[] head = new byte[HEAD_BYTES];
    int headLength;
    try (InputStream in = Files.newInputStream(file)) {
      headLength = in.readNBytes(head, 0, head.length);
    }
    TextEncoding byStart = TextEncoding.fromStart(head, headLength);
    Format format = format(source, file, options, head, headLength, byStart);
    if (format.selfDescribing()) {
      reader(format, options).read(source, file, byStart, documents, problems);
      return;
    }
    // The size check comes before the full scan, so an oversized file is never read whole.
    if (format.oneDocumentPerFile() && size - byStart.markLength() > options.maxDocumentBytes()) {
      throw new ReadFailure(options.overLimit(size));
    }
    Charset declared = format == Format.HTML ? HtmlReader.declaredCharset(head, headLength) : null;
    TextEncoding encoding = TextEncoding.detect(file, byStart, declared, format.rows());
    reader(format, options).read(source, file, encoding, documents, problems);
  }

  /** By extension; a named file of unknown extension and standard input by their first bytes. */
  private static Format format(InputSource source, Path file, ReadOptions options, byte[] head, int headLength,
                               TextEncoding byStart) {
    return Format.ofExtension(source.extension()).orElseGet(() -> {
      if (WarcFileReader.startsAWarc(file, head, headLength)) {
        return Format.WARC;
      }
      String start = new String(head, byStart.markLength(), headLength - byStart.markLength(), byStart.charset());
      return new FormatSniffer(new ColumnNames(options)).sniff(start);
    });
  }

  private static DocumentReader reader(Format format, ReadOptions options) {
    return switch (format) {
      case TEXT -> new PlainTextReader();
      case HTML -> new HtmlReader();
      case CSV -> new CsvReader(options, ',');
      case TSV -> new CsvReader(options, '\t');
      case JSONL -> new JsonLinesReader(options);
      case JSON -> new JsonArrayReader(options);
      case WARC -> new WarcFileReader(options);
      case FEED -> new FeedReader(options);
    };
  }

  static String reason(Exception e) {
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }
}
