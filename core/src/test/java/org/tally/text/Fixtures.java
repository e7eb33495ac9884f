package org.tally.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.tally.model.Document;
import org.tally.model.Layout;
import org.tally.model.Section;
import org.tally.model.SectionKind;

/** Reads the named fixture files beside the tests and shows sections as (kind, text) pairs. */
final class Fixtures {
  private Fixtures() {}

  static Document document(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("no fixture " + name);
      }
      return new Document(name.replace(".txt", ""), name, new String(in.readAllBytes(), StandardCharsets.UTF_8), null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  record Part(SectionKind kind, String text) {}

  static List<Part> parts(Document doc, Layout layout) {
    return layout.sections().stream().map(s -> new Part(s.kind(), s.span().text(doc.text()))).toList();
  }

  static List<String> texts(Document doc, Layout layout, SectionKind kind) {
    return layout.of(kind).stream().map(Section::span).map(s -> s.text(doc.text())).toList();
  }
}
