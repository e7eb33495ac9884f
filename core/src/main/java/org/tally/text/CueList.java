package org.tally.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.tally.lexicon.RuleFile;
import org.tally.lexicon.RuleRow;

/** The cues of one cue file (comment-cues.tsv and its siblings): which lines they mark, and how far. */
final class CueList {
  enum Match { LINE, PREFIX, CONTAINS, REGEX }

  /**
   * How far a cue reaches: its own line, every line after it too, its line only after the body, its line from the
   * cue on (page furniture glued to the article's last paragraph where the text lost its line breaks), or the cue's own
   * words inside the line (a teaser's headline set into a paragraph after a photo credit).
   */
  enum Scope { LINE, REST, TAIL, GLUED, INSET }

  /**
   * A cue; {@code anchored} when its regex can only match at the line's start, so no later start is tried;
   * {@code lead} the characters every match of an unanchored regex opens with ("..." for {@code \.\.\.\s*\d}), or "".
   */
  record Cue(String text, Match match, Scope scope, Pattern regex, boolean anchored, String lead) {
    /** {@code plain}: the line's raw text with no-break spaces made plain ones, worked out once for all cues. */
    boolean matches(Line line, String plain) {
      return switch (match) {
        case LINE -> line.norm().equals(text);
        case PREFIX -> line.norm().startsWith(text);
        case CONTAINS -> line.norm().contains(text);
        case REGEX -> {
          if (anchored) {
            yield regex.matcher(plain).lookingAt();
          }
          int from = plain.indexOf(lead);
          yield from >= 0 && from(plain, from).find();
        }
      };
    }

    /**
     * The regex searching {@code plain} from {@code from} on, where its lead first stands: no match starts before, and
     * the bounds stay those of the whole line for look-arounds and anchors. A search from every character, with the
     * case-insensitive regex folding each, is what this spares on lines that hold no lead at all.
     */
    java.util.regex.Matcher from(String plain, int from) {
      return regex.matcher(plain).region(from, plain.length()).useTransparentBounds(true).useAnchoringBounds(false);
    }
  }

  /**
   * True when a regex opens with {@code ^} and has no alternative outside its groups ("^a|b" may match anywhere):
   * every match then starts at the line's start. Quoting and nested classes are not read: such a regex is searched.
   */
  static boolean anchored(String regex) {
    return regex.startsWith("^") && !regex.contains("\\Q") && !outerAlternative(regex);
  }

  /**
   * The characters every match of {@code regex} opens with: its opening literal characters, up to the first that is
   * not plain ASCII punctuation, digit or space (letters match in any case, so none is read), less one a quantifier
   * follows. "" when there is none, or when an alternative outside groups ("a|b") or quoting makes the opening unsure.
   * A regex that opens with a case-sensitive group ("(?-i:Related (?:News|Stories))") leads with the group's opening
   * letters as written ("Related "), unless the group has an alternative of its own: without a lead, the regex is tried
   * from every character of every line.
   */
  static String lead(String regex) {
    if (regex.contains("\\Q") || outerAlternative(regex)) {
      return "";
    }
    if (regex.startsWith(CASE_SENSITIVE)) {
      String group = regex.substring(CASE_SENSITIVE.length());
      return outerAlternative(group.substring(0, groupEnd(group))) ? "" : opening(group, true);
    }
    return opening(regex, false);
  }

  private static final String CASE_SENSITIVE = "(?-i:";

  /** The literal characters {@code regex} opens with; letters only when they match {@code asWritten}. */
  private static String opening(String regex, boolean asWritten) {
    StringBuilder lead = new StringBuilder();
    int i = 0;
    while (i < regex.length()) {
      char c = regex.charAt(i);
      int next = i + 1;
      if (c == '\\' && next < regex.length()) {
        c = regex.charAt(next);
        next++;
        if (Character.isLetterOrDigit(c)) { // \d, \s, \b, a back reference: a class or a position, no literal
          break;
        }
      } else if ("^$.|?*+()[]{}".indexOf(c) >= 0) {
        break;
      }
      if (c >= 128 || Character.isLetter(c) && !asWritten) {
        break;
      }
      if (next < regex.length() && "?*+{".indexOf(regex.charAt(next)) >= 0) {
        break; // "ab?" need not hold its b
      }
      lead.append(c);
      i = next;
    }
    return lead.toString();
  }

  /** Where the group whose inside {@code rest} opens closes: the index of its ")", or the length when it never does. */
  private static int groupEnd(String rest) {
    int depth = 0;
    boolean inClass = false;
    for (int i = 0; i < rest.length(); i++) {
      char c = rest.charAt(i);
      if (c == '\\') {
        i++;
      } else if (inClass) {
        inClass = c != ']';
      } else if (c == '[') {
        inClass = true;
      } else if (c == '(') {
        depth++;
      } else if (c == ')' && depth-- == 0) {
        return i;
      }
    }
    return rest.length();
  }

  /** True when {@code regex} has an alternative outside its groups, or nested classes this reading does not follow. */
  private static boolean outerAlternative(String regex) {
    int depth = 0;
    boolean inClass = false;
    for (int i = 0; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\') {
        i++;
      } else if (inClass) {
        if (c == '[') {
          return true;
        }
        inClass = c != ']';
      } else if (c == '[') {
        inClass = true;
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == '|' && depth == 0) {
        return true;
      }
    }
    return false;
  }

  private final List<Cue> cues;

  private CueList(List<Cue> cues) {
    this.cues = List.copyOf(cues);
  }

  static CueList load(RuleFile file) {
    List<Cue> cues = new ArrayList<>();
    for (RuleRow row : file.rows()) {
      Match match = parse(row, "match", Match.class);
      Scope scope = parse(row, "scope", Scope.class);
      String text = row.get("cue");
      if (scope == Scope.GLUED && match != Match.REGEX) {
        throw row.error("scope", "glued reads where in the line the cue starts, so its cue must be a regex");
      }
      if (scope == Scope.INSET && match != Match.REGEX) {
        throw row.error("scope", "inset reads where in the line the cue starts and ends, so its cue must be a regex");
      }
      Pattern regex = null;
      if (match == Match.REGEX) {
        try {
          regex = Pattern.compile(text, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        } catch (PatternSyntaxException e) {
          throw row.error("cue", "not a valid regex: " + e.getDescription());
        }
      }
      boolean anchored = regex != null && anchored(text);
      cues.add(new Cue(match == Match.REGEX ? text : text.toLowerCase(Locale.ROOT), match, scope, regex, anchored,
          regex == null || anchored ? "" : lead(text)));
    }
    return new CueList(cues);
  }

  private static <E extends Enum<E>> E parse(RuleRow row, String column, Class<E> type) {
    try {
      return Enum.valueOf(type, row.get(column).toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw row.error(column, "\"" + row.get(column) + "\" is not one of " + java.util.Arrays.toString(type.getEnumConstants()).toLowerCase(Locale.ROOT));
    }
  }

  /** The first cue that marks this line, among those of the given scopes. */
  Optional<Cue> first(Line line, Scope... scopes) {
    String plain = line.raw().replace('\u00a0', ' ');
    for (Cue cue : cues) {
      if (inScopes(cue.scope(), scopes) && cue.matches(line, plain)) {
        return Optional.of(cue);
      }
    }
    return Optional.empty();
  }

  /** Where in the line's raw text the first glued cue starts, or -1. */
  int gluedAt(Line line) {
    String plain = null;
    for (Cue cue : cues) {
      if (cue.scope() == Scope.GLUED) {
        plain = plain == null ? line.raw().replace('\u00a0', ' ') : plain;
        int from = plain.indexOf(cue.lead());
        if (from < 0) {
          continue;
        }
        java.util.regex.Matcher m = cue.from(plain, from);
        if (m.find()) {
          return m.start();
        }
      }
    }
    return -1;
  }

  /** Where in the line's raw text each match of an inset cue starts and ends, {@code [start, end)}, in text order. */
  List<int[]> insets(Line line) {
    List<int[]> found = new ArrayList<>();
    String plain = null;
    for (Cue cue : cues) {
      if (cue.scope() == Scope.INSET) {
        plain = plain == null ? line.raw().replace('\u00a0', ' ') : plain;
        int from = plain.indexOf(cue.lead());
        if (from < 0) {
          continue;
        }
        java.util.regex.Matcher m = cue.from(plain, from);
        while (m.find()) {
          if (m.end() > m.start()) {
            found.add(new int[] {m.start(), m.end()});
          }
        }
      }
    }
    found.sort(java.util.Comparator.comparingInt(a -> a[0]));
    return found;
  }

  private static boolean inScopes(Scope scope, Scope[] scopes) {
    for (Scope s : scopes) {
      if (s == scope) {
        return true;
      }
    }
    return false;
  }
}
