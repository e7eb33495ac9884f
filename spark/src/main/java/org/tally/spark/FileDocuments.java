package org.tally.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.tally.app.read.InputSource;
import org.tally.app.read.Inputs;
import org.tally.app.read.ReadOptions;

/**
 * Reads one input file of any format Tally reads, wherever Spark found it (local, HDFS, an object store), with the
 * CLI's own readers: the file is copied to the executor's local disk under its own name, so that its extension, its
 * first bytes and its id (the name without extension) are what {@code tally extract} sees. Problems are handed on as
 * {@code FILE: reason} lines, as the CLI prints them.
 */
final class FileDocuments {
  private FileDocuments() {}

  /** A local file as its path, as the CLI names it ("/data/a.csv", not "file:/data/a.csv"); others as their URI. */
  static String shown(String uri) {
    return uri.startsWith("file:") ? java.net.URI.create(uri).getPath() : uri;
  }

  static List<DocumentRow> read(String uri, InputStream bytes, ReadOptions options, Consumer<String> problems) {
    String name = uri.substring(uri.lastIndexOf('/') + 1);
    Path folder = null;
    try {
      folder = Files.createTempDirectory("tally-spark-input");
      Path local = folder.resolve(name);
      Files.copy(bytes, local, StandardCopyOption.REPLACE_EXISTING);
      InputSource source = new InputSource(local, shown(uri), true, InputSource.file(local, true).id());
      List<DocumentRow> rows = new ArrayList<>();
      Inputs.read(source, options, InputStream.nullInputStream(), document -> rows.add(new DocumentRow(document)),
          problem -> problems.accept(problem.message()));
      return rows;
    } catch (IOException e) {
      problems.accept(shown(uri) + ": cannot copy to the executor's disk: " + e.getMessage());
      return List.of();
    } finally {
      if (folder != null) {
        try (var files = Files.list(folder)) {
          for (Path file : files.toList()) {
            Files.deleteIfExists(file);
          }
          Files.deleteIfExists(folder);
        } catch (IOException e) {
          throw new UncheckedIOException("cannot clean " + folder, e);
        }
      }
    }
  }
}
