package org.tally.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Rule-file fixtures of the tests, read beside the test class that uses them: not rule files of Tally's. */
public final class RuleFixtures {
  private RuleFixtures() {}

  public static RuleFile load(Class<?> owner, String name) {
    InputStream in = owner.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("fixture " + name + " is missing beside " + owner.getName());
    }
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return RuleFile.parse(name, reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
