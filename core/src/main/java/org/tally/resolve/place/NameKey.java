package org.tally.resolve.place;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The spelling-blind key of a place name, so that the many transliterations news uses meet:
 * accents, apostrophes, hyphens and spaces go ("Deir ez-Zor", "Deir Ezzor"), doubled letters
 * become one ("Raqqa", "Raqa"), and a long word's final "h" after a vowel and final "e" fold
 * ("Raqqah", "Hasakeh", "Hasaka"), French "ou" and English "oo" are "u" ("Makhmour", "Makhmur"), "ee" is "i"
 * ("Miskeen"), and the diphthong's "ei", "ey" and "ai" are GeoNames' "ay" ("Deir", "Dayr"; "Kafr Zeita", "Kafr
 * Zayta"; "Sheikh", "Shaykh").
 */
final class NameKey {
  private NameKey() {}

  /** An Arabic article as transliterated before a sun letter ("an-Nu'man", "ar-Rastan"), news writes "al-". */
  private static final Pattern ARTICLE = Pattern.compile(
      "(?i)(?<=^|[\\s-])(an|ar|as|ad|ash|at|az|ez|es|ed|er|et|en|el)(?=[\\s-])");

  /**
   * The keys a name is filed under: as written, and with its articles written "al"; each also with its vowels as
   * written ("Ghantoo" is found as "Ghanto" too, whose key has no "oo" to fold).
   */
  static List<String> variants(String name) {
    LinkedHashSet<String> keys = new LinkedHashSet<>();
    String articled = ARTICLE.matcher(name).replaceAll("al");
    keys.add(of(name));
    keys.add(of(articled));
    keys.add(collapse(pieces(name, false)));
    keys.add(collapse(pieces(articled, false)));
    return List.copyOf(keys);
  }

  /** The key of a whole name. */
  static String of(String name) {
    return collapse(pieces(name));
  }

  /** A word's letters, folded, before doubled letters collapse: keys of adjacent words may be concatenated. */
  static String pieces(String word) {
    return pieces(word, true);
  }

  /** @param vowels whether "oo", "ee" and the diphthongs fold too, or only "ou" */
  private static String pieces(String word, boolean vowels) {
    String plain = isAscii(word) ? word.toLowerCase(Locale.ROOT)
        : Normalizer.normalize(word, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
    if (alreadyPieces(plain)) {
      return plain; // most words: nothing to drop, fold or end differently, and no copy is made
    }
    StringBuilder out = new StringBuilder(plain.length());
    int runStart = 0;
    for (int i = 0; i <= plain.length(); i++) {
      char c = i < plain.length() ? plain.charAt(i) : ' ';
      char before = out.length() > runStart ? out.charAt(out.length() - 1) : ' ';
      if ((c == 'u' || vowels && c == 'o') && before == 'o') {
        out.setCharAt(out.length() - 1, 'u'); // "ou" and "oo" are "u": "Makhmour", "Ghouta", "Maqsood"
      } else if (vowels && c == 'e' && before == 'e') {
        out.setCharAt(out.length() - 1, 'i'); // "ee" is "i": "Miskeen", "Sheikh Maskeen"
      } else if (vowels && (c == 'i' || c == 'y') && (before == 'e' || before == 'a')) {
        out.setCharAt(out.length() - 1, 'a'); // the diphthong "ei", "ey", "ai" is "ay": "Deir" and "Dayr", "Zeita"
        out.append('y');
      } else if (c >= 'a' && c <= 'z') {
        out.append(c);
      } else if (Character.getType(c) == Character.NON_SPACING_MARK || isApostrophe(c)) {
        continue;
      } else {
        foldEnding(out, runStart);
        runStart = out.length();
      }
    }
    return out.toString();
  }

  /**
   * True when the loop of {@link #pieces} would give the word back as it is: letters a-z only, no pair it folds, and
   * no ending it folds (a vowel and "h", or "e", in a word of four letters or more).
   */
  private static boolean alreadyPieces(String plain) {
    int n = plain.length();
    for (int i = 0; i < n; i++) {
      char c = plain.charAt(i);
      if (c < 'a' || c > 'z' || i > 0 && folds(plain.charAt(i - 1), c)) {
        return false;
      }
    }
    return n < 4 || plain.charAt(n - 1) != 'e' && !(plain.charAt(n - 1) == 'h' && isVowel(plain.charAt(n - 2)));
  }

  /** Collapses doubled letters over a concatenation of pieces. */
  static String collapse(CharSequence pieces) {
    StringBuilder out = new StringBuilder(pieces.length());
    for (int i = 0; i < pieces.length(); i++) {
      char c = pieces.charAt(i);
      if (out.length() == 0 || out.charAt(out.length() - 1) != c) {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** The letter pairs {@link #pieces} writes otherwise: "ou", "oo", "ee", "ei", "ey", "ai". */
  private static boolean folds(char before, char c) {
    return before == 'o' && (c == 'u' || c == 'o') || before == 'e' && (c == 'e' || c == 'i' || c == 'y')
        || before == 'a' && c == 'i';
  }

  private static boolean isAscii(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (word.charAt(i) >= 128) {
        return false;
      }
    }
    return true;
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019' || c == '\u2018' || c == '`' || c == '\u02bf' || c == '\u02be' || c == '\u02bc';
  }

  private static void foldEnding(StringBuilder out, int start) {
    int length = out.length() - start;
    if (length < 4) {
      return;
    }
    int last = out.length() - 1;
    if (out.charAt(last) == 'h' && isVowel(out.charAt(last - 1))) {
      out.setLength(last);
      last--;
    }
    if (out.charAt(last) == 'e') {
      out.setCharAt(last, 'a');
    }
  }

  private static boolean isVowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
  }
}
