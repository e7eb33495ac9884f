package org.tally.extract.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.tally.model.Span;

class FineTokensTest {
  private static List<String> pieces(String text) {
    FineTokens fine = FineTokens.scan(text, 0, text.length());
    List<String> out = new ArrayList<>();
    for (int i = 0; i < fine.size(); i++) {
      out.add(text.substring(fine.start(i), fine.end(i)));
    }
    return out;
  }

  @Test
  void aHyphenatedWordIsThreeTokens() {
    assertThat(pieces("US-led strikes")).containsExactly("US", "-", "led", "strikes");
  }

  @Test
  void aPossessiveIsAnApostropheAndAnS() {
    assertThat(pieces("Syria's army and O'Brien's men")).containsExactly("Syria", "'", "s", "army", "and", "O'Brien",
        "'", "s", "men");
  }

  @Test
  void anApostropheBeforeMoreThanAnSStaysInsideTheWord() {
    assertThat(pieces("the shebab's' O'Sullivan")).containsExactly("the", "shebab", "'", "s", "'", "O'Sullivan");
  }

  @Test
  void aDayAfterAMonthEndsAtItsSpace() {
    // text without commas: "on September 10 923 fighters" is a day and a count, not 10,923
    assertThat(pieces("on September 10 923 fighters")).containsExactly("on", "September", "10", "923", "fighters");
    assertThat(pieces("on Sept. 4 120 people")).containsExactly("on", "Sept", ".", "4", "120", "people");
  }

  @Test
  void aGroupAfterAMonthStaysWithACommaOrWithoutADay() {
    // a comma is a thousands separator after a month too, and a figure above 31 is no day
    assertThat(pieces("in September 10,923 fighters")).containsExactly("in", "September", "10,923", "fighters");
    assertThat(pieces("in September 300 000 people")).containsExactly("in", "September", "300 000", "people");
    assertThat(pieces("some 10 923 fighters")).containsExactly("some", "10 923", "fighters");
  }

  @Test
  void figuresGroupedByThreeAreOneToken() {
    FineTokens fine = FineTokens.scan("1,319 and 12 100 but 2014 100", 0, 29);
    assertThat(fine.integer(0)).isEqualTo(1319);
    assertThat(fine.integer(2)).isEqualTo(12100);
    assertThat(fine.integer(4)).isEqualTo(2014);
    assertThat(fine.integer(5)).isEqualTo(100);
  }

  @Test
  void wordsAreLowerCasedAndFiguresHaveNoWord() {
    FineTokens fine = FineTokens.scan("Killed 42", 0, 9);
    assertThat(fine.word(0)).isEqualTo("killed");
    assertThat(fine.kind(1)).isEqualTo(FineTokens.NUMBER);
    assertThat(fine.word(1)).isNull();
  }

  @Test
  void scanningCountsTheCharactersScannedOnThisThread() {
    long before = FineTokens.scannedOnThisThread();
    FineTokens.scan("twelve killed", 0, 13);
    assertThat(FineTokens.scannedOnThisThread() - before).isEqualTo(13);
  }

  /**
   * Seeded texts of the characters tokens turn on: every word the tokenizer makes starts where a fine token starts
   * and ends where one ends, save at the spaces inside a figure grouped by spaces, which is as many words as groups.
   */
  @Test
  void wordsAreMadeOfWholeFineTokens() {
    Random random = new Random(20261206);
    String alphabet = "aAsS'\u2019-.,:/ 1230\u00a0\u2013\u0663\u00e9U$%(\n";
    for (int trial = 0; trial < 20_000; trial++) {
      StringBuilder text = new StringBuilder();
      for (int n = 1 + random.nextInt(16); n > 0; n--) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String t = text.toString();
      FineTokens fine = FineTokens.scan(t, 0, t.length());
      for (Token word : Tokenizer.tokens(t, new Span(0, t.length()))) {
        assertThat(startsOne(fine, word.start()) || inFigure(fine, word.start() - 1)).as("[%s] %s", t, word.text())
            .isTrue();
        assertThat(endsOne(fine, word.end()) || inFigure(fine, word.end())).as("[%s] %s", t, word.text()).isTrue();
      }
    }
  }

  private static boolean startsOne(FineTokens fine, int offset) {
    for (int i = 0; i < fine.size(); i++) {
      if (fine.start(i) == offset) {
        return true;
      }
    }
    return false;
  }

  private static boolean endsOne(FineTokens fine, int offset) {
    for (int i = 0; i < fine.size(); i++) {
      if (fine.end(i) == offset) {
        return true;
      }
    }
    return false;
  }

  /** True when the character at {@code offset} is a space inside a figure. */
  private static boolean inFigure(FineTokens fine, int offset) {
    for (int i = 0; i < fine.size(); i++) {
      if (fine.kind(i) == FineTokens.NUMBER && fine.start(i) < offset && offset < fine.end(i)
          && Character.isSpaceChar(fine.text().charAt(offset))) {
        return true;
      }
    }
    return false;
  }
}
