package org.tally.app.read;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.tally.model.Document;

/** Test helper: expands and reads inputs the way the CLI does, collecting documents and problems. */
final class Reading {
  final List<InputSource> sources = new ArrayList<>();
  final List<Document> documents = new ArrayList<>();
  final List<ReadProblem> problems = new ArrayList<>();

  static Reading of(String... inputs) {
    return withStdin(ReadOptions.defaults(), "", inputs);
  }

  static Reading of(ReadOptions options, String... inputs) {
    return withStdin(options, "", inputs);
  }

  static Reading withStdin(String stdin, String... inputs) {
    return withStdin(ReadOptions.defaults(), stdin, inputs);
  }

  static Reading withStdin(ReadOptions options, String stdin, String... inputs) {
    Reading reading = new Reading();
    reading.sources.addAll(Inputs.expand(List.of(inputs), reading.problems::add));
    InputStream in = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
    DistinctIds ids = new DistinctIds(); // one for the run, as the CLI keeps
    for (InputSource source : reading.sources) {
      Inputs.read(source, options, in, ids, reading.documents::add, reading.problems::add);
    }
    return reading;
  }

  static String fixture(String name) {
    try {
      return Path.of(Reading.class.getResource(name).toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  Document only() {
    if (documents.size() != 1) {
      throw new AssertionError("expected one document, got " + documents.size() + "; problems: " + messages());
    }
    return documents.get(0);
  }

  Document document(String id) {
    return documents.stream().filter(d -> d.id().equals(id)).findFirst()
        .orElseThrow(() -> new AssertionError("no document " + id + " in " + ids() + "; problems: " + messages()));
  }

  List<String> ids() {
    return documents.stream().map(Document::id).toList();
  }

  List<String> messages() {
    return problems.stream().map(ReadProblem::message).toList();
  }
}
