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

  @Test
  void theLeadIsTheOpeningPunctuationDigitsAndSpacesThatEveryMatchStartsWith() {
    assertThat(CueList.lead("\\.\\.\\.\\s*(?:\\d+\\s+){1,3}(?-i:Topic|Related)\\b")).isEqualTo("...");
    assertThat(CueList.lead("12:3?0")).as("a quantified character is not held").isEqualTo("12:");
    assertThat(CueList.lead("# photo")).as("letters match in any case, so none is read").isEqualTo("# ");
    assertThat(CueList.lead("\\(afp\\)")).isEqualTo("(");
    assertThat(CueList.lead("(?-i:Related (?:News|Stories))\\b")).as("a case-sensitive group's letters, as written")
        .isEqualTo("Related ");
  }

  @Test
  void noLeadWhereTheOpeningIsUnsure() {
    assertThat(CueList.lead("\\.\\.|--")).as("an outer alternative").isEmpty();
    assertThat(CueList.lead("(?:\\.\\.)")).as("a group").isEmpty();
    assertThat(CueList.lead("\\d+\\.")).as("a class").isEmpty();
    assertThat(CueList.lead("\\Q..\\E")).as("quoting is not read").isEmpty();
    assertThat(CueList.lead("a+\\.")).isEmpty();
    assertThat(CueList.lead("(?-i:Related|Tags)")).as("an alternative of the case-sensitive group").isEmpty();
    assertThat(CueList.lead("(?-i:[|]Tags)")).as("a class opens the case-sensitive group").isEmpty();
  }

  /** Seeded samples: searching from where the lead first stands finds what a search of the whole line finds. */
  @Test
  void aSearchFromTheLeadFindsTheSameMatchAsASearchOfTheLine() {
    String[] regexes = {"\\.\\.\\s*\\d+\\b", "\\.\\.?\\d", "\\.(?<=a\\.)\\d", "- ?a", "\\.\\.(?!\\d)",
        "(?-i:A\\.)1", "(?-i:a (?:1|A))"};
    java.util.Random random = new java.util.Random(20261206);
    for (String regex : regexes) {
      String lead = CueList.lead(regex);
      assertThat(lead).as(regex).isNotEmpty();
      Pattern p = Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
      for (int n = 0; n < 3000; n++) {
        StringBuilder line = new StringBuilder();
        for (int k = random.nextInt(12); k > 0; k--) {
          line.append("a.1 -A".charAt(random.nextInt(6)));
        }
        String text = line.toString();
        java.util.regex.Matcher whole = p.matcher(text);
        int expected = whole.find() ? whole.start() : -1;
        int at = text.indexOf(lead);
        int found = -1;
        if (at >= 0) {
          java.util.regex.Matcher m = p.matcher(text).region(at, text.length()).useTransparentBounds(true)
              .useAnchoringBounds(false);
          found = m.find() ? m.start() : -1;
        }
        assertThat(found).as(regex + " on '" + text + "'").isEqualTo(expected);
      }
    }
  }
}
