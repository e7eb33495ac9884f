package org.tally.app.run;

import org.tally.model.Document;
import org.tally.store.StoreException;

/**
 * A batch stopped because the store could take nothing more (disk full, read-only).
 *
 * @param failure what the store said
 * @param first the first document not stored
 * @param unstored how many analysed documents were waiting to be stored, {@code first} among them
 */
public record StoreStop(StoreException failure, Document first, int unstored) {
  /** One line saying what happened and what was and was not stored; {@code stored}: documents stored before. */
  public String message(int stored) {
    String before = stored == 0 ? "nothing of this run was stored"
        : stored + (stored == 1 ? " document of this run was" : " documents of this run were") + " stored before it";
    return failure.getMessage() + ". Stopped at " + first.source() + " [" + first.id() + "]: " + before
        + "; it and everything after it were not";
  }
}
