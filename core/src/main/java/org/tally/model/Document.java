package org.tally.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One article as read from its source, before any cleaning.
 *
 * @param id the document id of the contracts: a file name without extension, or a dataset row id
 * @param source where it was read from (a path, a path and line, or "-" for standard input)
 * @param text the article text; every offset in Tally points into it
 * @param metadata what the source says about it besides the text
 */
public record Document(String id, String source, String text, Metadata metadata) {
  public Document {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(text, "text");
    metadata = metadata == null ? Metadata.NONE : metadata;
    if (id.isBlank()) {
      throw new IllegalArgumentException("document id must not be blank (source " + source + ")");
    }
  }

  /** SHA-256 of the text and the metadata title: with the id, a document's identity in the store. */
  public String contentHash() {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(text.getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
      if (metadata.title() != null) {
        digest.update(metadata.title().getBytes(StandardCharsets.UTF_8));
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
