package org.tally.store;

import java.time.Instant;
import org.tally.model.Document;
import org.tally.model.DocumentFacts;
import org.tally.model.Layout;

/** A document as read back from the store, with when it was (last) written. */
public record StoredDocument(
    String id,
    String source,
    String contentHash,
    Document document,
    Layout layout,
    DocumentFacts facts,
    Instant ingestedAt) {}
