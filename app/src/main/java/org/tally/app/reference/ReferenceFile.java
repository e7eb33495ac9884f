package org.tally.app.reference;

import java.util.List;
import org.tally.verify.ReferenceRecord;

/**
 * The records of one reference file, and what was skipped.
 *
 * @param name the file as messages name it
 * @param source the dataset as reasons name it ("UCDP GED"; a mapped file's own name)
 * @param skipped one line per reason rows were skipped: "FILE: 12 rows skipped: unreadable date, first at line 40"
 */
public record ReferenceFile(String name, String source, List<ReferenceRecord> records, List<String> skipped) {
  public ReferenceFile {
    records = List.copyOf(records);
    skipped = List.copyOf(skipped);
  }
}
