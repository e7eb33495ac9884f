package org.tally.app.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.zip.GZIPInputStream;

/**
 * The reference Tally ships: UCDP GED events in Syria, 2016-01 to 2019-11 (UCDP Georeferenced Event Dataset,
 * Sundberg and Melander 2013; Davies, Pettersson and Öberg 2023; CC BY 4.0), unchanged but gzipped.
 */
public final class BundledReference {
  public static final String NAME = "ucdp-ged-syria-2016-2019.csv";

  private BundledReference() {}

  public static ReferenceFile read(ReferenceReader reader) {
    try (InputStream in = BundledReference.class.getResourceAsStream(NAME + ".gz")) {
      if (in == null) {
        throw new IllegalStateException("the bundled reference " + NAME + " is missing from the build");
      }
      return reader.read(NAME + " (bundled)", NAME, new GZIPInputStream(in));
    } catch (IOException e) {
      throw new UncheckedIOException("the bundled reference " + NAME + " cannot be read", e);
    }
  }
}
