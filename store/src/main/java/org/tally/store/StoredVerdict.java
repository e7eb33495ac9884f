package org.tally.store;

/**
 * A document's verdict as stored: enough to print it again without verifying, and to tell whether it is stale.
 *
 * @param contentHash the document's content hash when it was verified
 * @param basis a digest of what else the verdict rests on (references, the incident's claims); a different basis
 *     means the verdict must be rebuilt
 * @param json the printed object, JSON
 */
public record StoredVerdict(String doc, String contentHash, String basis, boolean credible, double score,
    String verdict, String json) {}
