package org.tally.app.read;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import org.tally.model.Document;
import org.tally.model.Metadata;

/** A SHA-256 digest of what a document says (text and metadata, not where it was read): equal for exact copies. */
final class ContentDigest {
  private final byte[] digest;

  private ContentDigest(byte[] digest) {
    this.digest = digest;
  }

  static ContentDigest of(Document document) {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
    Metadata metadata = document.metadata();
    for (String part : new String[] {document.text(), metadata.title(), metadata.outlet(), metadata.date(),
        metadata.url()}) {
      // a length before each part keeps ("ab", "c") apart from ("a", "bc"); -1 marks a missing part
      byte[] bytes = part == null ? new byte[0] : part.getBytes(StandardCharsets.UTF_8);
      sha.update(Integer.toString(part == null ? -1 : bytes.length).getBytes(StandardCharsets.US_ASCII));
      sha.update((byte) ':');
      sha.update(bytes);
    }
    return new ContentDigest(sha.digest());
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ContentDigest that && Arrays.equals(digest, that.digest);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(digest);
  }
}
