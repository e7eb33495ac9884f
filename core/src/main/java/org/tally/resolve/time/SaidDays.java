package org.tally.resolve.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.tally.lexicon.Lexicons;
import org.tally.lexicon.RuleFiles;
import org.tally.model.Span;

/**
 * Tells a day on which something was said from a day of harm, by the words of statement-day-cues.tsv standing just
 * before it: in "20 fighters were killed, a monitor said on Friday" or "a statement released Saturday" the day is when
 * the words came, and the attack may be a day or two older; in "were killed on Friday" it is the attack's. The main
 * incident takes its day from a statement only where the text around its lead gives no day of the harm.
 */
public final class SaidDays {
  /** How many words before the day a cue may stand: "told SANA late on Tuesday" puts three between. */
  private static final int REACH = 4;
  /** The characters before the day read for those words: four words fit, and a long sentence is not read whole. */
  private static final int LOOK_BACK = 80;

  // the cues lower-cased, each also as its plural ("assertions"): words are compared singular and without case
  private final Set<String> cues;

  private SaidDays(Set<String> cues) {
    this.cues = cues;
  }

  /** The cues of these lexicons, built once per lexicons. */
  public static SaidDays from(Lexicons rules) {
    return rules.built(SaidDays.class, r -> new SaidDays(r.file(RuleFiles.STATEMENT_DAY_CUES).rows().stream()
        .map(row -> String.join(" ", words(row.get("phrase")))).collect(Collectors.toUnmodifiableSet())));
  }

  /** True when a cue stands among the {@value #REACH} words (between blanks) before {@code day} in its sentence of {@code text}. */
  public boolean saidOn(String text, Span day) {
    int from = Math.max(0, day.start() - LOOK_BACK);
    // the words before the day in its own sentence: "... in Aleppo. Rescuers said Tuesday" reads "Rescuers said"
    for (int i = day.start() - 1; i >= from; i--) {
      char c = text.charAt(i);
      if ((c == '.' || c == '!' || c == '?') && i + 1 < text.length() && Character.isWhitespace(text.charAt(i + 1))) {
        from = i + 1;
        break;
      }
    }
    List<String> last = words(lastWords(text.substring(from, day.start()), REACH));
    for (int start = 0; start < last.size(); start++) {
      for (int end = start + 1; end <= last.size(); end++) {
        String phrase = String.join(" ", last.subList(start, end));
        if (cues.contains(phrase) || phrase.endsWith("s") && cues.contains(phrase.substring(0, phrase.length() - 1))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The last {@code n} words of the text, a word running between blanks: "told Al-Araby al-Jadeed on Wednesday" puts
   * two words between the cue and its day, as "told SANA late on Tuesday" does, not four.
   */
  public static String lastWords(String text, int n) {
    int at = text.length();
    for (int seen = 0; at > 0; ) {
      while (at > 0 && Character.isWhitespace(text.charAt(at - 1))) {
        at--;
      }
      if (at == 0 || seen == n) {
        break;
      }
      while (at > 0 && !Character.isWhitespace(text.charAt(at - 1))) {
        at--;
      }
      seen++;
    }
    return text.substring(at);
  }

  /**
   * The runs of letters of the text lower-cased, as splitting it at {@code [^\\p{L}]+} gives them, read by code
   * point without a pattern: this runs for every day a claim or a lead may take.
   */
  private static List<String> words(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    List<String> out = new ArrayList<>();
    int start = -1;
    for (int i = 0; i < lower.length(); ) {
      int c = lower.codePointAt(i);
      boolean letter = Character.isLetter(c);
      if (letter && start < 0) {
        start = i;
      } else if (!letter && start >= 0) {
        out.add(lower.substring(start, i));
        start = -1;
      }
      i += Character.charCount(c);
    }
    if (start >= 0) {
      out.add(lower.substring(start));
    }
    return out;
  }
}
