package org.tally.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class CueListTest {
  @Test
  void aRegexOpeningWithACaretAndNoOuterAlternativeIsAnchored() {
    assertThat(CueList.anchored("^(?:copyright\\b|©\\s*(?:19|20)\\d{2})")).isTrue();
    assertThat(CueList.anchored("^[|(]\\s*photo")).as("a bar and a bracket inside a class").isTrue();
    assertThat(CueList.anchored("^\\(afp\\)$")).as("escaped parentheses").isTrue();
  }

  @Test
  void anOuterAlternativeOrNoCaretMayMatchAnywhere() {
    assertThat(CueList.anchored("^photo|credit")).isFalse();
    assertThat(CueList.anchored("(?:^photo)")).isFalse();
    assertThat(CueList.anchored("^(photo)|\\(afp\\)")).isFalse();
    assertThat(CueList.anchored("^\\Qa|b\\E")).as("quoting is not read").isFalse();
  }

  /** Seeded samples: where anchored() says so, looking at the start finds what a search finds. */
  @Test
  void anAnchoredRegexMatchesAtTheStartExactlyWhenASearchMatches() {
    String[] regexes = {"^a+b", "^(?:ab|ba)c", "^[ab|]+$", "^a(b|c)*"};
    java.util.Random random = new java.util.Random(20261205);
    for (String regex : regexes) {
      assertThat(CueList.anchored(regex)).as(regex).isTrue();
      Pattern p = Pattern.compile(regex);
      for (int n = 0; n < 2000; n++) {
        StringBuilder line = new StringBuilder();
        for (int k = random.nextInt(8); k > 0; k--) {
          line.append("abc|".charAt(random.nextInt(4)));
        }
        assertThat(p.matcher(line).lookingAt()).as(regex + " on " + line).isEqualTo(p.matcher(line).find());
      }
    }
  }
}
