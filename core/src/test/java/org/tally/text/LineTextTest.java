package org.tally.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Line normalisation lower-cases ASCII on the way; it must give what the plain whole-line version gives. */
class LineTextTest {
  private static final String ALPHABET = "aZ09 \t\u00a0\u2007\u202f\ufeff-*#_•·>–—.,'’АВСЕНКМОРТХаеорсухΣσİéß€\n";

  @Test
  void normalizeEqualsTheWholeLineVersionOnRandomLines() {
    Random random = new Random(11);
    for (int round = 0; round < 20_000; round++) {
      StringBuilder line = new StringBuilder();
      for (int n = random.nextInt(30); n > 0; n--) {
        line.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
      assertThat(LineText.normalize(line.toString())).as("%s", line).isEqualTo(wholeLine(line.toString()));
    }
  }

  @Test
  void cyrillicTwinsInsideLatinWordsBecomeLatin() {
    assertThat(LineText.normalize("  • Сomment  ")).isEqualTo("comment");
  }

  /** The version before: twins folded, spaces squeezed, ends stripped, then the whole line lower-cased. */
  private static String wholeLine(String raw) {
    String cyrillic = "АВСЕНКМОРТХаеорсух";
    String latin = "ABCEHKMOPTXaeopcyx";
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      int twin = cyrillic.indexOf(c);
      if (twin >= 0 && (latinAt(raw, i - 1) || latinAt(raw, i + 1))) {
        c = latin.charAt(twin);
      }
      if (LineText.isSpace(c)) {
        if (!out.isEmpty() && out.charAt(out.length() - 1) != ' ') {
          out.append(' ');
        }
      } else {
        out.append(c);
      }
    }
    int start = 0;
    int end = out.length();
    while (start < end && "•·*#>-–—_ ".indexOf(out.charAt(start)) >= 0) {
      start++;
    }
    while (end > start && "*_ ".indexOf(out.charAt(end - 1)) >= 0) {
      end--;
    }
    return out.substring(start, end).toLowerCase(Locale.ROOT);
  }

  /** Seeded random lines: counting words only as far as asked says what counting them all says. */
  @Test
  void aLineHasAtLeastSoManyWordsExactlyWhenItsWordCountSaysSo() {
    Random random = new Random(20261206);
    for (int n = 0; n < 3000; n++) {
      StringBuilder line = new StringBuilder();
      for (int k = random.nextInt(120); k > 0; k--) {
        line.append("ab1 ,.-’é\u00a0".charAt(random.nextInt(10)));
      }
      String raw = line.toString();
      for (int count = 1; count <= 30; count++) {
        assertThat(LineText.hasWords(raw, count)).as(count + " in '" + raw + "'")
            .isEqualTo(LineText.words(raw) >= count);
      }
    }
  }

  private static boolean latinAt(String s, int i) {
    return i >= 0 && i < s.length() && ((s.charAt(i) >= 'a' && s.charAt(i) <= 'z') || (s.charAt(i) >= 'A' && s.charAt(i) <= 'Z'));
  }
}
