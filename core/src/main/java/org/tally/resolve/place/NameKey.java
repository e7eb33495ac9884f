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
public final class NameKey {
  private NameKey() {}

  /** An Arabic article as transliterated before a sun letter ("an-Nu'man", "ar-Rastan"), news writes "al-". */
  private static final Pattern ARTICLE = Pattern.compile(
      "(?i)(?<=^|[\\s-])(an|ar|as|ad|ash|at|az|ez|es|ed|er|et|en|el)(?=[\\s-])");

  /**
   * The keys a name is filed under: as written, and with its articles written "al"; each also with its vowels as
   * written ("Ghantoo" is found as "Ghanto" too, whose key has no "oo" to fold).
   */
  public static List<String> variants(String name) {
    // the gazetteer files some 50,000 names as it loads: the variants that would repeat a key are not worked out
    String articled = mayHoldArticle(name) ? ARTICLE.matcher(name).replaceAll("al") : name;
    String key = of(name);
    boolean articles = !articled.equals(name);
    boolean vowels = mayFoldVowels(name) || articles && mayFoldVowels(articled);
    if (!articles && !vowels) {
      return List.of(key);
    }
    LinkedHashSet<String> keys = new LinkedHashSet<>();
    keys.add(key);
    keys.add(articles ? of(articled) : key);
    keys.add(vowels ? collapse(pieces(name, false)) : key);
    keys.add(vowels ? collapse(pieces(articled, false)) : key);
    return List.copyOf(keys);
  }

  /** The keys {@link #variants} gives, each worked out in full: what a test holds its shortcuts to. */
  static List<String> variantsInFull(String name) {
    LinkedHashSet<String> keys = new LinkedHashSet<>();
    String articled = ARTICLE.matcher(name).replaceAll("al");
    keys.add(of(name));
    keys.add(of(articled));
    keys.add(collapse(pieces(name, false)));
    keys.add(collapse(pieces(articled, false)));
    return List.copyOf(keys);
  }

  /** False when {@link #ARTICLE} cannot match: it needs a space or hyphen after the article. */
  private static boolean mayHoldArticle(String name) {
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '-' || c == ' ' || c >= '\t' && c <= '\r') {
        return true;
      }
    }
    return false;
  }

  /**
   * False when {@link #pieces} folds no vowel pair of the name ("oo", "ee", "ei", "ey", "ai"), so that its keys with
   * and without the vowels folded are one: the name is ASCII with no apostrophe (which {@code pieces} drops, bringing
   * the letters around it together) and holds none of those pairs in any case.
   */
  private static boolean mayFoldVowels(String name) {
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c >= 128 || c == '\'' || c == '`') {
        return true;
      }
      if (i > 0) {
        char before = Character.toLowerCase(name.charAt(i - 1));
        char lower = Character.toLowerCase(c);
        if (before == 'o' && lower == 'o' || before == 'e' && (lower == 'e' || lower == 'i' || lower == 'y')
            || before == 'a' && lower == 'i') {
          return true;
        }
      }
    }
    return false;
  }

  /** The key of a whole name. */
  public static String of(String name) {
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
    // a char array, not a StringBuilder: this runs for every gazetteer name as it loads and for every word read
    char[] out = new char[plain.length() + 1];
    int length = 0;
    int runStart = 0;
    for (int i = 0; i <= plain.length(); i++) {
      char c = i < plain.length() ? plain.charAt(i) : ' ';
      char before = length > runStart ? out[length - 1] : ' ';
      if ((c == 'u' || vowels && c == 'o') && before == 'o') {
        out[length - 1] = 'u'; // "ou" and "oo" are "u": "Makhmour", "Ghouta", "Maqsood"
      } else if (vowels && c == 'e' && before == 'e') {
        out[length - 1] = 'i'; // "ee" is "i": "Miskeen", "Sheikh Maskeen"
      } else if (vowels && (c == 'i' || c == 'y') && (before == 'e' || before == 'a')) {
        out[length - 1] = 'a'; // the diphthong "ei", "ey", "ai" is "ay": "Deir" and "Dayr", "Zeita"
        out[length++] = 'y';
      } else if (c >= 'a' && c <= 'z') {
        out[length++] = c;
      } else if (Character.getType(c) == Character.NON_SPACING_MARK || isApostrophe(c)) {
        continue;
      } else {
        length = foldEnding(out, length, runStart);
        runStart = length;
      }
    }
    return new String(out, 0, length);
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
    char[] out = new char[pieces.length()];
    int length = 0;
    for (int i = 0; i < pieces.length(); i++) {
      char c = pieces.charAt(i);
      if (length == 0 || out[length - 1] != c) {
        out[length++] = c;
      }
    }
    return new String(out, 0, length);
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

  /** Folds the ending of the word in {@code out[start, length)}; returns the new length. */
  private static int foldEnding(char[] out, int length, int start) {
    if (length - start < 4) {
      return length;
    }
    int last = length - 1;
    if (out[last] == 'h' && isVowel(out[last - 1])) {
      length = last;
      last--;
    }
    if (out[last] == 'e') {
      out[last] = 'a';
    }
    return length;
  }

  private static boolean isVowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
  }
}
