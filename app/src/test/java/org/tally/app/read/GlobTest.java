package org.tally.app.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GlobTest {
  @Test
  void doubleStarSlashMatchesNoFolder() {
    assertThat(Glob.of("**/*.txt").matches("a.txt")).isTrue();
  }

  @Test
  void doubleStarSlashMatchesManyFolders() {
    assertThat(Glob.of("**/*.txt").matches("x/y/a.txt")).isTrue();
  }

  @Test
  void singleStarDoesNotCrossFolders() {
    assertThat(Glob.of("*.txt").matches("x/a.txt")).isFalse();
  }

  @Test
  void questionMarkIsOneCharacter() {
    assertThat(Glob.of("a?.csv").matches("ab.csv")).isTrue();
    assertThat(Glob.of("a?.csv").matches("abc.csv")).isFalse();
  }

  @Test
  void negatedCharacterClassExcludes() {
    assertThat(Glob.of("[!0-4]*.txt").matches("7.txt")).isTrue();
    assertThat(Glob.of("[!0-4]*.txt").matches("3.txt")).isFalse();
  }

  @Test
  void dotIsLiteral() {
    assertThat(Glob.of("*.txt").matches("atxt")).isFalse();
  }
}
