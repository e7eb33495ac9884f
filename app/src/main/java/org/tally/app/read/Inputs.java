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
    try {
      if (source.isStdin()) {
        readStdin(source, options, stdin, documents, problems);
      } else {
        readFile(source, source.path(), options, documents, problems);
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

  /** Standard input is copied to a temporary file first, so it is scanned and read like any file, however large. */
  private static void readStdin(InputSource source, ReadOptions options, InputStream stdin,
                                Consumer<Document> documents, Consumer<ReadProblem> problems)
      throws IOException, ReadFailure {
    Path copy = Files.createTempFile("tally-stdin", ".in");
    try {
      Files.copy(stdin, copy, StandardCopyOption.REPLACE_EXISTING);
      readFile(source, copy, options, documents, problems);
    } finally {
      Files.deleteIfExists(copy);
    }
  }

  private static void readFile(InputSource source, Path file, ReadOptions options, Consumer<Document> documents,
                               Consumer<ReadProblem> problems) throws IOException, ReadFailure {
    if (Files.isDirectory(file)) {
      throw new ReadFailure("a folder, not a file");
    }
    long size = Files.size(file);
    if (size == 0) {
      throw new ReadFailure("empty file");
    }
    byte[] head = new byte[HEAD_BYTES];
    int headLength;
    try (InputStream in = Files.newInputStream(file)) {
      headLength = in.readNBytes(head, 0, head.length);
    }
    TextEncoding byMark = TextEncoding.fromMark(head, headLength);
    Format format = format(source, options, head, headLength, byMark);
    // The size check comes before the full scan, so an oversized file is never read whole.
    if (format.oneDocumentPerFile() && size - byMark.markLength() > options.maxDocumentBytes()) {
      throw new ReadFailure(options.overLimit(size));
    }
    Charset declared = format == Format.HTML ? HtmlReader.declaredCharset(head, headLength) : null;
    TextEncoding encoding = TextEncoding.detect(file, byMark, declared);
    reader(format, options).read(source, file, encoding, documents, problems);
  }

  /** By extension; a named file of unknown extension and standard input by their first bytes. */
  private static Format format(InputSource source, ReadOptions options, byte[] head, int headLength,
                               TextEncoding byMark) {
    return Format.ofExtension(source.extension()).orElseGet(() -> {
      String start = new String(head, byMark.markLength(), headLength - byMark.markLength(), byMark.charset());
      return new FormatSniffer(new ColumnNames(options)).sniff(start);
    });
  }

  private static DocumentReader reader(Format format, ReadOptions options) {
    return switch (format) {
      case TEXT -> new PlainTextReader();
      case HTML -> new HtmlReader();
      case CSV -> new CsvReader(options);
      case JSONL -> new JsonLinesReader(options);
    };
  }

  static String reason(Exception e) {
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }
}
