package org.tally.spark;

import java.io.Serializable;
import org.tally.model.Document;
import org.tally.model.Metadata;

/**
 * A document as it travels between Spark's stages: the core model's records are not Serializable (nothing in core
 * knows about Spark), so the job carries their fields in this small class and builds the record again on the executor.
 */
final class DocumentRow implements Serializable {
  private static final long serialVersionUID = 1L;

  final String id;
  final String source;
  final String text;
  final String title;
  final String url;
  final String outlet;
  final String date;

  DocumentRow(Document document) {
    this.id = document.id();
    this.source = document.source();
    this.text = document.text();
    this.title = document.metadata().title();
    this.url = document.metadata().url();
    this.outlet = document.metadata().outlet();
    this.date = document.metadata().date();
  }

  Document document() {
    return new Document(id, source, text, new Metadata(title, url, outlet, date));
  }
}
